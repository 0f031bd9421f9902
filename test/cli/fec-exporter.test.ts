// Classeurs .xlsx en ligne de commande, de bout en bout sur la commande construite : `agora compta balance|… CLASSEUR.xlsx`
// (tableau Journal lu par le lecteur du volet) et `agora fec exporter`. Le classeur est celui de l'exemple de l'aperçu
// (Grain de Sel & Cie), enregistré en .xlsx par l'adaptateur ExcelJS : bilan d'ouverture de pedagogie.md § 6,
// 79 258,40 € au débit et au crédit.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appliquerPreparation, preparerStructuration } from "../../src/actions/compta";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ecrireXlsx } from "../../src/classeur/fichier";
import { decoderTexte } from "../../src/core/encodage";
import { lireFec, validerFec } from "../../src/core/fec";
import { planExemple, PREMIERE_FEUILLE } from "../../preview/donnees/exemple";
import { OUVERTURE } from "../../preview/donnees/grain-de-sel";

const racine = path.resolve(__dirname, "../..");
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
let dossier: string;
/** Le classeur de l'exemple tel quel (feuille « Journal », tableau TabJournal) et après l'étape 1 (tableau Journal). */
let brut: string;
let structure: string;
let faux: string;

async function exemple(): Promise<ClasseurApercu> {
  const c = new ClasseurApercu(PREMIERE_FEUILLE);
  await c.appliquer(planExemple());
  return c;
}

async function enregistrer(c: ClasseurApercu, nom: string): Promise<string> {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, await ecrireXlsx(c.exporter()));
  return chemin;
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  dossier = mkdtempSync(path.join(tmpdir(), "agora-xlsx-"));
  const c = await exemple();
  brut = await enregistrer(c, "grain-de-sel.xlsx");
  const p = await preparerStructuration(c, { source: { genre: "feuille", feuille: "Journal" } });
  if (!p.ok) throw new Error(p.message);
  expect((await appliquerPreparation(c, p.preparation)).ok).toBe(true);
  structure = await enregistrer(c, "grain-de-sel-structure.xlsx");
  // Ligne 3 du tableau Journal : débit 6 800,00 → 6 800,01 (écriture déséquilibrée) ; ligne 5 : débit illisible.
  await c.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "I3", valeurs: [[6800.01]] }]);
  faux = await enregistrer(c, "desequilibre.xlsx");
}, 60_000);
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Totaux du bilan d'ouverture, additionnés par le test sur les données de l'exemple (centimes). */
const total = (j: 2 | 3) => OUVERTURE.reduce((s, l) => s + Math.round(l[j] * 100), 0);

describe("agora compta … CLASSEUR.xlsx", () => {
  it.each([
    ["le tableau Journal (après l'étape 1 du volet)", () => structure],
    ["la feuille « Journal » de l'exemple, ligne de totaux ignorée", () => brut],
  ])("balance --json de %s : 79 258,40 des deux côtés (pedagogie.md § 6)", (_, fichier) => {
    expect([total(2), total(3)]).toEqual([7_925_840, 7_925_840]);
    const r = agora("compta", "balance", fichier(), "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const balance = JSON.parse(r.stdout);
    expect(balance.totaux).toEqual({ debit: 79258.4, credit: 79258.4 });
    expect(balance.comptes).toHaveLength(new Set(OUVERTURE.map(([c]) => c)).size);
    expect(balance.comptes.find((c: { compte: string }) => c.compte === "512000")).toMatchObject({ debit: 9362.4, credit: 0, solde: 9362.4 });
  });

  it("bilan, résultat, sig, tva et grand livre lisent aussi le classeur", () => {
    const bilan = agora("compta", "bilan", structure, "--json");
    expect(bilan.status).toBe(0);
    // Bilan d'ouverture (pedagogie.md § 6) : actif brut 79 258,40 − amortissements 23 100,00 = 56 158,40 net ; au passif
    // 34 555,40 de capitaux propres + 12 600,00 d'emprunt + 9 003,00 de dettes = 56 158,40.
    expect(JSON.parse(bilan.stdout).totaux).toEqual({ actif: 56158.4, passif: 56158.4 });
    for (const etat of ["resultat", "sig", "tva", "grand-livre"]) expect(agora("compta", etat, structure).status).toBe(0);
    expect(agora("compta", "grand-livre", structure, "--comptes", "101").stdout).toContain("101000");
  });

  it("écriture déséquilibrée dans le classeur : journal rejeté (code 1), la ligne est nommée", () => {
    const r = agora("compta", "balance", faux);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("journal rejeté (1 écriture déséquilibrée)");
    expect(r.stderr).toContain("Écriture AN n° AN2025-001 déséquilibrée : débit 79\u202f258,41 / crédit 79\u202f258,40 (écart 0,01 ; lignes 2, 3, 4");
  });

  it("refus : .xls, fichier absent, pas un classeur, pas de journal (code 2, message français)", async () => {
    const xls = agora("compta", "balance", path.join(dossier, "vieux.xls"));
    expect([xls.status, xls.stderr]).toEqual([2, expect.stringContaining("enregistrez-le au format .xlsx")]);
    expect(agora("compta", "balance", path.join(dossier, "absent.xlsx")).stderr).toContain("est introuvable");
    writeFileSync(path.join(dossier, "texte.xlsx"), "ceci n'est pas un classeur");
    expect(agora("compta", "balance", path.join(dossier, "texte.xlsx")).stderr).toContain("n'est pas un classeur .xlsx lisible");
    const sansJournal = agora("compta", "balance", await enregistrer(new ClasseurApercu("Feuil1"), "vide.xlsx"));
    expect([sansJournal.status, sansJournal.stderr]).toEqual([
      2,
      "agora compta balance : « vide.xlsx » : Le classeur n'a pas de tableau « Journal » ni de feuille « Journal structuré » : structurez d'abord le journal dans le volet Agora (module Comptabilité, étape 1), ou nommez « Journal » la feuille du journal.\n",
    ]);
   }, 60_000);
});

describe("agora fec exporter", () => {
  it("écrit 000000117FEC20251231.txt : relu, 22 lignes, totaux 79 258,40 ; conforme pour `agora fec valider`", () => {
    const sortie = mkdtempSync(path.join(dossier, "fec-"));
    const r = agora("fec", "exporter", structure, "--siren", "000000117", "--cloture", "2025-12-31", "--sortie", sortie);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("FEC 000000117FEC20251231.txt : 22 lignes, 1 écriture, débit 79\u202f258,40\u00a0€ = crédit 79\u202f258,40\u00a0€");
    const fichier = path.join(sortie, "000000117FEC20251231.txt");
    const texte = decoderTexte(readFileSync(fichier), "iso-8859-15").texte;
    expect(texte.split("\r\n")[0]).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
    );
    const relu = lireFec(texte);
    expect(relu.lignes.map((l) => [l.compte, l.debit, l.credit])).toEqual(OUVERTURE.map(([c, , d, k]) => [c, Math.round(d * 100), Math.round(k * 100)]));
    expect(validerFec(texte, { nomFichier: fichier }).erreurs).toEqual([]);
    const valider = agora("fec", "valider", fichier, "--siren", "000000117", "--json");
    expect(valider.status).toBe(0);
    expect(JSON.parse(valider.stdout)).toMatchObject({ valide: true, lignes: 22, totalDebit: "79258,40", totalCredit: "79258,40" });
  });

  it("SIREN à la clé fausse : code 1, rien n'est écrit", () => {
    const sortie = mkdtempSync(path.join(dossier, "fec-"));
    const r = agora("fec", "exporter", structure, "--siren", "999999999", "--cloture", "2025-12-31", "--sortie", sortie);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Le SIREN 999999999 n'existe pas : sa clé de contrôle (formule de Luhn) est fausse");
    expect(r.stderr).toContain("Aucun fichier n'est écrit.");
    expect(readdirSync(sortie)).toEqual([]);
  });

  it("journal déséquilibré : code 1, FEC-023 sur la ligne 2 de la feuille, rien n'est écrit", () => {
    const sortie = mkdtempSync(path.join(dossier, "fec-"));
    const r = agora("fec", "exporter", faux, "--siren", "000000117", "--cloture", "2025-12-31", "--sortie", sortie);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("'Journal structuré'!A2:L2 — FEC-023 (erreur) : Écriture AN000001 déséquilibrée : débit 79\u202f258,41 / crédit 79\u202f258,40");
    expect(readdirSync(sortie)).toEqual([]);
  });

  it("options : obligatoires et bien écrites (code 2)", () => {
    expect(agora("fec", "exporter", structure, "--cloture", "2025-12-31").stderr).toContain("--siren est obligatoire");
    expect(agora("fec", "exporter", structure, "--siren", "000000117").stderr).toContain("--cloture est obligatoire");
    const date = agora("fec", "exporter", structure, "--siren", "000000117", "--cloture", "31/12/2025");
    expect([date.status, date.stderr]).toEqual([2, expect.stringContaining("« 31/12/2025 » doit s'écrire AAAA-MM-JJ")]);
    const dossierAbsent = agora("fec", "exporter", structure, "--siren", "000000117", "--cloture", "2025-12-31", "--sortie", path.join(dossier, "nulle-part"));
    expect([dossierAbsent.status, dossierAbsent.stderr]).toEqual([2, expect.stringContaining("n'existe pas")]);
    expect(existsSync(path.join(dossier, "nulle-part"))).toBe(false);
  });
});
