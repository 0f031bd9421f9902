// `agora paie mois` de bout en bout : un .xlsx écrit par l'adaptateur ExcelJS, lu par la commande construite.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ecrireXlsx } from "../../src/classeur/fichier";
import type { Modification } from "../../src/classeur/port";
import { planExemple, PREMIERE_FEUILLE } from "../../preview/donnees/exemple";

const racine = path.resolve(__dirname, "../..");
const dossier = mkdtempSync(path.join(tmpdir(), "agora-paie-mois-"));
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });

async function classeur(nom: string, plan: Modification[], premiere = "Feuil1"): Promise<string> {
  const c = new ClasseurApercu(premiere);
  await c.appliquer(plan);
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, await ecrireXlsx(c.exporter()));
  return chemin;
}

/** paie.md § 10.1 et § 10.2 dans une entreprise de 60 salariés : le salaire de (a) vient d'une formule. */
const PLAN_MARS: Modification[] = [
  { type: "feuille", nom: "Registre du personnel", remplacer: false },
  {
    type: "table",
    feuille: "Registre du personnel",
    nom: "TabRegistre",
    adresse: "A1",
    entetes: ["Matricule", "Nom", "Statut", "Salaire de base", "Taux PAS"],
    lignes: [
      ["B01", "Durand", "cadre", 4600, null],
      ["A01", "Martin", "non-cadre", "=2000+150", 0.02],
    ],
  },
  { type: "feuille", nom: "Paramètres de paie", remplacer: false },
  { type: "valeurs", feuille: "Paramètres de paie", adresse: "A1", valeurs: [["Effectif", 60], ["Taux AT/MP", 0.012], ["Complémentaire santé", 60]] },
  { type: "feuille", nom: "Variables 2026-03", remplacer: false },
  { type: "valeurs", feuille: "Variables 2026-03", adresse: "A1", valeurs: [["Matricule", "Heures sup. 25 %"], ["B01", 8]] },
];

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
});

describe("agora paie mois", () => {
  it("--json : le bulletin (b) de paie.md § 10.2 (net payé 3 430,94 ; coût 6 982,12) et les totaux de l'entreprise", async () => {
    const chemin = await classeur("mars.xlsx", PLAN_MARS);
    const r = agora("paie", "mois", chemin, "--periode", "2026-03", "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.periode).toBe("2026-03");
    expect(sortie.registre).toBe("Registre du personnel");
    expect(sortie.variables).toBe("Variables 2026-03");
    const b = sortie.salaries[0];
    expect([b.matricule, b.statut, b.totaux.brut, b.totaux.netPaye, b.totaux.coutEmployeur]).toEqual(["B01", "cadre", 4903.29, 3430.94, 6982.12]);
    // (a) à 60 salariés : FNAL 0,50 % et forfait social ; brut 2 150 lu depuis une formule recalculée.
    expect(sortie.salaries[1].totaux.brut).toBe(2150);
    expect(sortie.totaux.brut).toBe(7053.29);
    expect(sortie.totaux.netPaye).toBeCloseTo(3430.94 + sortie.salaries[1].totaux.netPaye, 2);
  });

  it("sortie ordinaire sur l'entreprise d'exemple (janvier 2025) : Inès Barreau, net payé 1 476,61 ; coût employeur 2 055,07", async () => {
    const chemin = await classeur("exemple.xlsx", planExemple(), PREMIERE_FEUILLE);
    const r = agora("paie", "mois", chemin, "--periode", "janvier 2025");
    expect(r.status).toBe(0);
    const lignes = r.stdout.split("\n");
    expect(lignes[0]).toBe("Paie de janvier 2025 — Grain de Sel & Cie : 4 bulletins (registre : feuille « Personnel », variables : « Variables 2025-01 »)");
    const ines = lignes.find((l) => l.startsWith("S03"));
    // Calcul à la main (paie.md § 3 et § 4.1, janvier 2025, 5 salariés, AT/MP 1,50 %, santé 50 € à 50 %) :
    // salariales 25 + 131,10 + 7,60 + 59,85 + 16,34 + CSG/CRDS (1 891,75) 128,64 + 45,40 + 9,46 = 423,39 ;
    // patronales 678,33 − réduction générale 1 900 × 0,2754 = 523,26 → 155,07 ; taux neutre 0 % (1 556,47 < 1 591).
    expect(ines?.split(/\s{2,}/)).toEqual(["S03", "Inès Barreau", "non-cadre", "0\u202f%", "1 900,00", "423,39", "1 476,61", "0,00", "1 476,61", "155,07", "2 055,07"].map((s) => s.replace(/ (?=\d{3},)/g, "\u202f")));
    expect(lignes.some((l) => l.startsWith("Total"))).toBe(true);
    expect(r.stderr).toContain("Attention : S05 Lina Moreau : contrat d'apprentissage");
  });

  it("code 1 et message qui nomme la cellule ; code 2 pour un fichier illisible", async () => {
    const chemin = await classeur("faux.xlsx", [
      ...PLAN_MARS.slice(0, 1),
      { type: "valeurs", feuille: "Registre du personnel", adresse: "A1", valeurs: [["Matricule", "Nom", "Statut", "Salaire de base"], ["X1", "Y", "cadre", -5]] },
      ...PLAN_MARS.slice(2, 4),
    ]);
    const r = agora("paie", "mois", chemin, "--periode", "2026-03");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^agora paie mois : Un problème dans le registre du personnel \(feuille « Registre du personnel »\), rien n'a été écrit\. Feuille « Registre du personnel », ligne 2, colonne D \(Salaire de base\) : le montant -5 est négatif/);
    const texte = path.join(dossier, "texte.xlsx");
    writeFileSync(texte, "pas un classeur");
    const illisible = agora("paie", "mois", texte, "--periode", "2026-03", "--json");
    expect(illisible.status).toBe(2);
    expect(JSON.parse(illisible.stdout).erreur).toMatch(/n'est pas un classeur \.xlsx lisible/);
    expect(agora("paie", "mois", chemin, "--periode", "2023-01").status).toBe(1);
  });
});
