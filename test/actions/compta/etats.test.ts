// « Générer les états de synthèse » et « Préparer la déclaration de TVA » (module Comptabilité du volet), sur un
// ClasseurMemoire dont le journal a été structuré à l'étape 1. Figures attendues : celles de comptabilite.md
// § 3.3–3.4 (SIG et CAF), § 6 et § 3.2 (compte de résultat et bilan des 4 premières écritures), § 4.4 (CA3 de mars 2026).
import { appliquerPreparation, preparerEtatsSynthese, preparerStructuration, preparerTva, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurApercu } from "../../../src/classeur/apercu";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import type { Cellule, Classeur, Modification } from "../../../src/classeur/port";
import { centimes, exportBrut, QUATRE_PREMIERES } from "../compta-donnees";

type Brute = Parameters<typeof exportBrut>[0][number];

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
type Table = Extract<Modification, { type: "table" }>;
const table = (p: Preparation, nom: string): Table => p.plan.find((m): m is Table => m.type === "table" && m.nom === nom)!;
/** Ligne du tableau dont la première colonne vaut `libelle` → montant en centimes de la colonne `j`. */
const montant = (t: Table, libelle: string, j = 1): number => {
  const l = t.lignes.find((x) => x[0] === libelle);
  if (!l) throw new Error(`ligne « ${libelle} » absente : ${t.lignes.map((x) => x[0]).join(" | ")}`);
  return centimes(l[j]);
};
const textes = (p: Preparation): string[] => p.plan.flatMap((m) => (m.type === "valeurs" ? m.valeurs.flat().filter((v): v is string => typeof v === "string") : []));

async function structure(lignes: Brute[], classeur: Classeur = new ClasseurMemoire({ feuilles: { Saisie: exportBrut(lignes) } })): Promise<Classeur> {
  const issue = await appliquerPreparation(classeur, prete(await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Saisie" } })));
  expect(issue.ok).toBe(true);
  return classeur;
}

/** L'exemple du § 3.3 en une écriture d'OD (un compte par poste, la banque équilibre), montants de la référence. */
const D = (compte: string, euros: number): Brute => ["OD", "31/12/2026", "OD-SIG", compte, "", "Exemple § 3.3", euros, null];
const C = (compte: string, euros: number): Brute => ["OD", "31/12/2026", "OD-SIG", compte, "", "Exemple § 3.3", null, euros];
const GESTION: Brute[] = [
  C("707000", 180000), D("607000", 110000), C("603700", 2000), C("701000", 60000), C("713500", 3000), D("601000", 20000), D("603100", 1000),
  D("613200", 10000), D("622600", 15000), C("740000", 5000), D("631000", 3000), D("641100", 40000), D("645100", 15000), C("781500", 1000),
  C("758000", 2000), D("681120", 12000), D("658000", 1500), C("768000", 500), D("661100", 2000), C("778000", 800), D("678000", 300), D("695000", 5000),
];
// Produits 254 300 − charges 234 800 = 19 500 (le résultat net du § 3.3) : la banque reçoit 19 500 au débit.
const SIG: Brute[] = [...GESTION, D("512000", 19500)];

describe("états de synthèse : l'exemple de comptabilite.md § 3.3 et § 3.4", () => {
  it("SIG : MC 72 000, production 63 000, VA 89 000, EBE 36 000, RE 25 500, RCAI 24 000, exceptionnel 500, net 19 500", async () => {
    const p = prete(await preparerEtatsSynthese(await structure(SIG)));
    const t = table(p, "SIG");
    expect(t.feuille).toBe("SIG et CAF");
    expect(t.entetes).toEqual(["Solde", "Montant", "Calcul"]);
    const soldes = ["Marge commerciale", "Production de l'exercice", "Valeur ajoutée", "Excédent brut d'exploitation", "Résultat d'exploitation", "Résultat courant avant impôts", "Résultat exceptionnel", "Résultat net"];
    expect(soldes.map((s) => montant(t, s))).toEqual([7_200_000, 6_300_000, 8_900_000, 3_600_000, 2_550_000, 2_400_000, 50_000, 1_950_000]);
    // Composantes de la cascade, signe compris : coût d'achat des marchandises vendues 110 000 − 2 000 = 108 000 ; consommations 46 000.
    expect(montant(t, "− Coût d'achat des marchandises vendues")).toBe(10_800_000);
    expect(montant(t, "− Consommations en provenance des tiers")).toBe(4_600_000);
    expect(montant(t, "+ Ventes de marchandises")).toBe(18_000_000);
  });

  it("CAF : 30 500 par la méthode additive et par la méthode soustractive (§ 3.4), contrôle écrit", async () => {
    const p = prete(await preparerEtatsSynthese(await structure(SIG)));
    const t = table(p, "CAF");
    expect(t.lignes.map((l) => [l[0], centimes(l[1])])).toEqual([
      ["CAF (méthode additive)", 3_050_000],
      ["CAF (méthode soustractive)", 3_050_000],
    ]);
    expect(textes(p)).toContain("CAF additive = CAF soustractive : vérifié (30\u202f500,00\u00a0€ = 30\u202f500,00\u00a0€).");
  });

  it("compte de résultat : résultat 19 500 (bénéfice), égal au résultat net des SIG et au résultat du bilan", async () => {
    const p = prete(await preparerEtatsSynthese(await structure(SIG)));
    const t = table(p, "CompteDeResultat");
    expect(montant(t, "Résultat de l'exercice (bénéfice)")).toBe(1_950_000);
    // Ventes de marchandises 180 000 + production vendue 60 000 + stockée 3 000 + subventions 5 000 + reprises 1 000 + autres produits 2 000.
    expect(montant(t, "Total produits d'exploitation")).toBe(25_100_000);
    expect(montant(t, "Résultat exceptionnel")).toBe(50_000);
    expect(textes(p)).toContain("Résultat du compte de résultat = résultat du bilan (Σ produits − Σ charges) = résultat net des SIG : vérifié (19\u202f500,00\u00a0€).");
    expect(t.lignes[0]).toEqual(["PRODUITS D'EXPLOITATION", null, null]);
  });
});

describe("états de synthèse : les 4 premières écritures du § 6 (bilan § 3.2)", () => {
  it("compte de résultat : ventes de marchandises 2 000, achats 1 000, bénéfice 1 000", async () => {
    const p = prete(await preparerEtatsSynthese(await structure(QUATRE_PREMIERES)));
    const t = table(p, "CompteDeResultat");
    expect([montant(t, "Ventes de marchandises"), montant(t, "Achats de marchandises"), montant(t, "Résultat de l'exercice (bénéfice)")]).toEqual([200_000, 100_000, 100_000]);
  });

  it("bilan : actif 44566 200 + 512 1 200 = 1 400 ; passif résultat 1 000 + 44571 400 = 1 400 ; équilibre vérifié", async () => {
    const p = prete(await preparerEtatsSynthese(await structure(QUATRE_PREMIERES)));
    const t = table(p, "Bilan");
    expect(t.entetes).toEqual(["Actif", "Montant net", "Passif", "Montant"]);
    const actif = Object.fromEntries(t.lignes.filter((l) => l[1] !== null).map((l) => [l[0], centimes(l[1])]));
    const passif = Object.fromEntries(t.lignes.filter((l) => l[3] !== null).map((l) => [l[2], centimes(l[3])]));
    expect(actif).toEqual({ "Total actif immobilisé": 0, "Autres créances": 20_000, Disponibilités: 120_000, "Total actif circulant": 140_000, "TOTAL ACTIF": 140_000 });
    expect(passif).toEqual({ "Résultat de l'exercice": 100_000, "Total capitaux propres": 100_000, "Dettes fiscales et sociales": 40_000, "Total dettes": 40_000, "TOTAL PASSIF": 140_000 });
    expect(textes(p)).toContain("Total actif = total passif : vérifié (1\u202f400,00\u00a0€ = 1\u202f400,00\u00a0€).");
    expect(textes(p)).toContain("Disponibilités : 512 1\u202f200,00 = 1\u202f200,00.");
  });

  it("trois feuilles, la première activée ; régénérer demande confirmation puis donne les mêmes feuilles", async () => {
    const c = await structure(QUATRE_PREMIERES);
    const p = prete(await preparerEtatsSynthese(c));
    expect(p.feuilles).toEqual(["Compte de résultat", "Bilan", "SIG et CAF"]);
    expect(p.plan.filter((m) => m.type === "feuille")).toEqual([
      { type: "feuille", nom: "Compte de résultat", remplacer: false, activer: true },
      { type: "feuille", nom: "Bilan", remplacer: false },
      { type: "feuille", nom: "SIG et CAF", remplacer: false },
    ]);
    expect((await appliquerPreparation(c, p)).ok).toBe(true);
    const avant = await c.lirePlage("Bilan");
    const p2 = prete(await preparerEtatsSynthese(c));
    expect(p2.remplacees).toEqual(["Compte de résultat", "Bilan", "SIG et CAF"]);
    expect(await appliquerPreparation(c, p2)).toMatchObject({ ok: false });
    expect(await appliquerPreparation(c, p2, { confirme: true })).toMatchObject({ ok: true });
    expect(await c.lirePlage("Bilan")).toEqual(avant);
    expect((await c.nomsFeuilles()).filter((n) => n === "Bilan")).toHaveLength(1);
  });

  it("dans l'aperçu (HyperFormula), le plan s'applique et la grille montre le total du bilan", async () => {
    const apercu = new ClasseurApercu("Saisie");
    await apercu.appliquer([{ type: "valeurs", feuille: "Saisie", adresse: "A1", valeurs: rectangle(exportBrut(QUATRE_PREMIERES)) }]);
    await structure(QUATRE_PREMIERES, apercu);
    expect((await appliquerPreparation(apercu, prete(await preparerEtatsSynthese(apercu)))).ok).toBe(true);
    const grille = (await apercu.lirePlage("Bilan")).valeurs;
    const ligne = grille.find((l) => l[0] === "TOTAL ACTIF")!;
    expect(centimes(ligne[1])).toBe(140_000);
    expect(apercu.feuilleActive()).toBe("Compte de résultat");
  });
});

/** § 4.4, mars 2026 : ventes HT 30 000 (44571 6 000), achats (44566 3 100), immobilisation (44562 1 200) ; une vente en février. */
const TVA: Brute[] = [
  ["VTE", "15/02/2026", "FV-010", "411000", "C0042", "Vente de février", 1200, null],
  ["VTE", "15/02/2026", "FV-010", "706000", "", "Vente de février", null, 1000],
  ["VTE", "15/02/2026", "FV-010", "445710", "", "Vente de février", null, 200],
  ["VTE", "10/03/2026", "FV-011", "411000", "C0042", "Ventes de mars", 36000, null],
  ["VTE", "10/03/2026", "FV-011", "706000", "", "Ventes de mars", null, 30000],
  ["VTE", "10/03/2026", "FV-011", "445710", "", "Ventes de mars", null, 6000],
  ["ACH", "12/03/2026", "FA-020", "604000", "", "Achats de mars", 15500, null],
  ["ACH", "12/03/2026", "FA-020", "445660", "", "Achats de mars", 3100, null],
  ["ACH", "12/03/2026", "FA-020", "401000", "F0012", "Achats de mars", null, 18600],
  ["ACH", "20/03/2026", "FI-003", "218300", "", "Ordinateur", 6000, null],
  ["ACH", "20/03/2026", "FI-003", "445620", "", "Ordinateur", 1200, null],
  ["ACH", "20/03/2026", "FI-003", "404000", "", "Ordinateur", null, 7200],
];

describe("TVA : la CA3 de mars 2026 (comptabilite.md § 4.4)", () => {
  it("par défaut le dernier mois : A1 30 000 ; 08 30 000 / 6 000 ; 16 6 000 ; 19 1 200 ; 20 3 100 ; 23 4 300 ; TD 1 700 ; 28 1 700 ; 32 1 700", async () => {
    const p = prete(await preparerTva(await structure(TVA)));
    const t = table(p, "DeclarationCA3");
    expect(t.feuille).toBe("TVA CA3");
    expect(t.entetes).toEqual(["Ligne", "Libellé", "Base HT", "Montant", "Calcul"]);
    expect(t.lignes.map((l) => [l[0], l[2], l[3]])).toEqual([
      ["A1", null, 30000],
      ["08", 30000, 6000],
      ["16", null, 6000],
      ["19", null, 1200],
      ["20", null, 3100],
      ["23", null, 4300],
      ["TD", null, 1700],
      ["28", null, 1700],
      ["32", null, 1700],
    ]);
    expect(t.formats).toMatchObject({ Ligne: "@", Montant: '#,##0 "€"' });
    expect(p.titre).toBe("Préparer la déclaration de TVA CA3 de mars 2026");
  });

  it("le plan s'applique (feuille « TVA CA3 » activée), la ligne de totaux de l'écriture somme 6 000,00 / 6 000,00", async () => {
    const apercu = new ClasseurApercu("Saisie");
    await apercu.appliquer([{ type: "valeurs", feuille: "Saisie", adresse: "A1", valeurs: rectangle(exportBrut(TVA)) }]);
    await structure(TVA, apercu);
    expect(await appliquerPreparation(apercu, prete(await preparerTva(apercu)))).toEqual({ ok: true, message: "CA3 de mars 2026 préparée : TVA due 1 700 €." });
    expect(apercu.feuilleActive()).toBe("TVA CA3");
    const grille = (await apercu.lirePlage("TVA CA3")).valeurs;
    const totaux = grille.find((l) => l[0] === "Totaux")!;
    expect([centimes(totaux[2]), centimes(totaux[3])]).toEqual([600_000, 600_000]);
    expect(grille.find((l) => l[0] === "08")?.slice(2, 4)).toEqual([30000, 6000]);
  });

  it("écriture de liquidation au 31/03 : D 44571 6 000 / C 44566 3 100 / C 44562 1 200 / C 44551 1 700", async () => {
    const p = prete(await preparerTva(await structure(TVA)));
    const t = table(p, "LiquidationTVA");
    expect(t.lignes.map((l) => [l[0], centimes(l[2]), centimes(l[3])])).toEqual([
      ["44571", 600_000, 0],
      ["44566", 0, 310_000],
      ["44562", 0, 120_000],
      ["44551", 0, 170_000],
    ]);
    expect(textes(p)).toContain("Écriture de liquidation au 31/03/2026 (journal OD), au centime. Paiement le mois suivant : D 44551 / C 512 1\u202f700,00\u00a0€.");
  });

  it("le mois choisi seul : février, vente de 1 000 HT → A1 1 000 ; 08 1 000 / 200 ; TD 200", async () => {
    const p = prete(await preparerTva(await structure(TVA), { mois: "2026-02" }));
    expect(table(p, "DeclarationCA3").lignes.map((l) => [l[0], l[3]])).toEqual([["A1", 1000], ["08", 200], ["16", 200], ["19", 0], ["20", 0], ["23", 0], ["TD", 200], ["28", 200], ["32", 200]]);
  });

  it("cas crédit du § 4.4 : 44571 = 3 000, 44566 = 3 100, 44562 = 1 200 → 25 = 1 300, 27 = 1 300 ; D 44567 1 300 ; reporté en ligne 22 le mois suivant", async () => {
    const credit: Brute[] = [
      ["VTE", "10/03/2026", "FV-1", "411000", "C1", "Ventes", 18000, null],
      ["VTE", "10/03/2026", "FV-1", "706000", "", "Ventes", null, 15000],
      ["VTE", "10/03/2026", "FV-1", "445710", "", "Ventes", null, 3000],
      ["ACH", "12/03/2026", "FA-1", "604000", "", "Achats", 15500, null],
      ["ACH", "12/03/2026", "FA-1", "445660", "", "Achats", 3100, null],
      ["ACH", "12/03/2026", "FA-1", "401000", "F1", "Achats", null, 18600],
      ["ACH", "20/03/2026", "FI-1", "218300", "", "Ordinateur", 6000, null],
      ["ACH", "20/03/2026", "FI-1", "445620", "", "Ordinateur", 1200, null],
      ["ACH", "20/03/2026", "FI-1", "404000", "", "Ordinateur", null, 7200],
      // La liquidation de mars (§ 4.4), passée le 31/03, puis une vente d'avril.
      ["OD", "31/03/2026", "TVA-03", "445710", "", "Liquidation", 3000, null],
      ["OD", "31/03/2026", "TVA-03", "445670", "", "Liquidation", 1300, null],
      ["OD", "31/03/2026", "TVA-03", "445660", "", "Liquidation", null, 3100],
      ["OD", "31/03/2026", "TVA-03", "445620", "", "Liquidation", null, 1200],
      ["VTE", "10/04/2026", "FV-2", "411000", "C1", "Ventes", 12000, null],
      ["VTE", "10/04/2026", "FV-2", "706000", "", "Ventes", null, 10000],
      ["VTE", "10/04/2026", "FV-2", "445710", "", "Ventes", null, 2000],
    ];
    const c = await structure(credit);
    // Mars sans l'écriture de liquidation : on la retire du calcul en relisant un journal sans elle.
    const sansLiquidation = await structure(credit.filter((l) => l[2] !== "TVA-03"));
    const mars = prete(await preparerTva(sansLiquidation, { mois: "2026-03" }));
    expect(table(mars, "DeclarationCA3").lignes.map((l) => [l[0], l[3]])).toEqual([["A1", 15000], ["08", 3000], ["16", 3000], ["19", 1200], ["20", 3100], ["23", 4300], ["25", 1300], ["27", 1300]]);
    expect(table(mars, "LiquidationTVA").lignes.map((l) => [l[0], centimes(l[2]), centimes(l[3])])).toEqual([
      ["44571", 300_000, 0],
      ["44566", 0, 310_000],
      ["44562", 0, 120_000],
      ["44567", 130_000, 0],
    ]);
    // Avec la liquidation dans le journal, la CA3 de mars le signale.
    const deja = prete(await preparerTva(c, { mois: "2026-03" }));
    expect(deja.remarques.map((r) => r.message)).toContain("Le journal contient déjà une écriture de liquidation de la TVA en mars 2026 (D 44571 / C 44566) : elle solde les comptes de TVA, la déclaration préparée ici est donc incomplète.");
    // Avril : le crédit de 1 300 est reporté en ligne 22 ; 2 000 − 1 300 = 700 dus.
    const avril = prete(await preparerTva(c));
    expect(table(avril, "DeclarationCA3").lignes.map((l) => [l[0], l[3]])).toEqual([["A1", 10000], ["08", 2000], ["16", 2000], ["19", 0], ["20", 0], ["22", 1300], ["23", 1300], ["TD", 700], ["28", 700], ["32", 700]]);
  });

  it("un mois sans opération est refusé, les mois disponibles sont nommés", async () => {
    const issue = await preparerTva(await structure(TVA), { mois: "2026-04" });
    expect(issue).toEqual({ ok: false, message: "Le journal n'a aucune opération en avril 2026 : choisissez un de ces mois : février 2026, mars 2026.", anomalies: [] });
  });
});

describe("refus", () => {
  it("sans tableau Journal ni feuille « Journal structuré » : l'étape 1 est demandée, rien n'est écrit", async () => {
    const c = new ClasseurMemoire({ feuilles: { Saisie: exportBrut(QUATRE_PREMIERES) } });
    const issue = await preparerEtatsSynthese(c);
    expect(issue).toEqual({ ok: false, message: "Le classeur n'a pas de tableau « Journal » ni de feuille « Journal structuré » : commencez par l'étape 1, « Structurer le journal ».", anomalies: [] });
    expect(await c.nomsFeuilles()).toEqual(["Saisie"]);
  });
});

/** Grille rectangulaire (les plans du port exigent des lignes de même longueur). */
function rectangle(g: Cellule[][]): Cellule[][] {
  const n = Math.max(...g.map((l) => l.length));
  return g.map((l) => [...l, ...Array<Cellule>(n - l.length).fill(null)]);
}
