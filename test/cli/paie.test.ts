// `agora paie bulletin` de bout en bout : la commande construite par esbuild, lancée comme un utilisateur la lance.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const racine = path.resolve(__dirname, "../..");
const dossier = mkdtempSync(path.join(tmpdir(), "agora-paie-"));
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
const fichier = (nom: string, contenu: unknown): string => {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, typeof contenu === "string" ? contenu : JSON.stringify(contenu));
  return chemin;
};

/** paie.md § 10.1, avec l'entrée de l'issue complétée de la complémentaire santé de l'exemple. */
const bulletinA = {
  periode: "2026-03",
  entreprise: { effectif: 11, tauxAT: 0.015, complementaireSante: { cotisation: 60, partPatronale: 0.5 } },
  salarie: { statut: "non-cadre", salaireBase: 2150, heuresMensuelles: 151.67, tauxPAS: 0.02 },
  variables: { heuresSup25: 0, heuresSup50: 0, primes: [], absences: [] },
};
/** paie.md § 10.2 : cadre, 8 heures supplémentaires, taux neutre. */
const bulletinB = {
  periode: "2026-03",
  entreprise: { effectif: 60, tauxAT: 0.012, complementaireSante: { cotisation: 60 } },
  salarie: { statut: "cadre", salaireBase: 4600 },
  variables: { heuresSup25: 8 },
};

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
});

describe("agora paie bulletin", () => {
  it("--json : les totaux du bulletin (a) de paie.md § 10.1, au centime", () => {
    const r = agora("paie", "bulletin", fichier("a.json", bulletinA), "--json");
    expect(r.status).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.totaux).toEqual({
      brut: 2150,
      cotisationsSalariales: 480.98,
      cotisationsPatronales: 390.31,
      reductionGenerale: 559.65,
      netSocial: 1669.02,
      netImposable: 1761.15,
      netAvantImpot: 1669.02,
      impotSource: 35.22,
      netPaye: 1633.8,
      coutEmployeur: 2540.31,
    });
    expect(sortie.lignes[0]).toEqual({ rubrique: "Salaire de base", base: 151.67, tauxSalarial: expect.any(Number), montantSalarial: 2150, tauxPatronal: null, montantPatronal: null });
    expect(sortie.lignes[0].tauxSalarial).toBeCloseTo(14.175513, 6);
    expect(sortie.lignes).toContainEqual({ rubrique: "Sécurité sociale plafonnée", base: 2150, tauxSalarial: 0.069, montantSalarial: 148.35, tauxPatronal: 0.0855, montantPatronal: 183.83 });
  });

  it("sortie ordinaire : le bulletin (b) de paie.md § 10.2 en tableau texte français", () => {
    const r = agora("paie", "bulletin", fichier("b.json", bulletinB));
    expect(r.status).toBe(0);
    const lignes = r.stdout.split("\n");
    expect(lignes[0]).toBe("Bulletin de paie de mars 2026 — salarié cadre");
    expect(r.stdout).toContain("RETRAITE");
    expect(lignes.find((l) => l.startsWith("Complémentaire Agirc-Arrco T2"))).toMatch(/898,29 +8,64\u202f% +77,61 +12,95\u202f% +116,33$/);
    expect(lignes.find((l) => l.startsWith("TOTAL DES COTISATIONS"))).toMatch(/1\u202f023,87 +2\u202f078,83$/);
    expect(lignes.find((l) => l.startsWith("Net payé"))).toMatch(/3\u202f430,94$/);
    expect(lignes.find((l) => l.startsWith("Impôt sur le revenu"))).toMatch(/448,48 \(taux non personnalisé 11,9\u202f%\)$/);
  });

  it("--explique ajoute les étapes du calcul ; une alerte s'affiche quand le taux AT/MP manque", () => {
    const sansAt = { ...bulletinA, entreprise: { effectif: 11 } };
    const r = agora("paie", "bulletin", fichier("sans-at.json", sansAt), "--explique");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Attention : Taux AT/MP non renseigné");
    expect(r.stdout).toContain("Étapes du calcul :");
    expect(r.stdout).toContain("Net imposable = ");
  });

  it("données invalides : code 1 et message qui nomme le champ ; en JSON, {\"erreur\": …}", () => {
    const faux = { ...bulletinA, salarie: { ...bulletinA.salarie, tauxPAS: 2 } };
    const r = agora("paie", "bulletin", fichier("faux.json", faux));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("agora paie bulletin : salarie.tauxPAS : 2 est supérieur à 1 ; les taux s'écrivent en fraction (0,015 pour 1,5\u202f%).\n");
    const json = agora("paie", "bulletin", fichier("faux.json", faux), "--json");
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).erreur).toContain("salarie.tauxPAS");
  });

  it("fichier absent ou JSON mal formé : code 2", () => {
    const absent = agora("paie", "bulletin", path.join(dossier, "absent.json"));
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain("est introuvable");
    const casse = agora("paie", "bulletin", fichier("casse.json", "{ periode: 2026-03"));
    expect(casse.status).toBe(2);
    expect(casse.stderr).toContain("n'est pas un JSON valide");
  });
});
