// « État de rapprochement bancaire » (module Comptabilité du volet) : l'exemple de comptabilite.md § 7 au 31/03/2026,
// rejoué de bout en bout sur un ClasseurMemoire (journal structuré + relevé collé dans une feuille), puis les refus.
//
// Journal (compte 512) construit pour que le solde soit celui du § 7 : à-nouveau 4 000,00 (D) + virement Dupont
// 2 400,00 (D) − chèque n° 122 1 590,00 (C) − chèque n° 123 1 200,00 (C) + remise n° 45 640,00 (D) = 4 250,00 débiteur.
// Relevé : ancien solde 4 000,00 + 2 400,00 − 1 590,00 + virement client 410,00 − frais 18,00 − assurance 22,00
// = 5 180,00 créditeur (le solde du § 7). Pointés : virement Dupont et chèque n° 122. Non pointés : ceux du § 7.
// Attendu (§ 7) : 4 250 + 410 − 18 − 22 = 4 620 ; 5 180 − 1 200 + 640 = 4 620 ; écritures D 512 410 / C 411 410 ;
// D 627 18 / C 512 18 ; D 616 22 / C 512 22.
import { appliquerPreparation, preparerRapprochement, preparerStructuration, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import type { Cellule, Modification } from "../../../src/classeur/port";
import { centimes, exportBrut } from "../compta-donnees";

type Brute = Parameters<typeof exportBrut>[0][number];

const JOURNAL: Brute[] = [
  ["AN", "01/03/2026", "AN-01", "512000", "", "À-nouveau banque", "4 000,00", null],
  ["AN", "01/03/2026", "AN-01", "101000", "", "À-nouveau capital", null, "4 000,00"],
  ["BQ", "10/03/2026", "VIR-01", "512000", "", "Règlement client Dupont", "2 400,00", null],
  ["BQ", "10/03/2026", "VIR-01", "411000", "C0042", "Règlement client Dupont", null, "2 400,00"],
  ["BQ", "12/03/2026", "CHQ-122", "401000", "F0012", "Chèque n° 122 fournisseur", "1 590,00", null],
  ["BQ", "12/03/2026", "CHQ-122", "512000", "", "Chèque n° 122 fournisseur", null, "1 590,00"],
  ["BQ", "25/03/2026", "CHQ-123", "401000", "F0012", "Chèque n° 123 fournisseur", "1 200,00", null],
  ["BQ", "25/03/2026", "CHQ-123", "512000", "", "Chèque n° 123 fournisseur", null, "1 200,00"],
  ["BQ", "30/03/2026", "REM-45", "512000", "", "Remise de chèques n° 45", "640,00", null],
  ["BQ", "30/03/2026", "REM-45", "411000", "C0042", "Remise de chèques n° 45", null, "640,00"],
];

/** Un relevé comme le donne une banque : titre, en-tête, ancien solde, opérations, nouveau solde. */
const RELEVE: Cellule[][] = [
  ["Banque Populaire de l'Ouest — relevé de compte n° 3"],
  ["Du 01/03/2026 au 31/03/2026"],
  [],
  ["Date opé.", "Libellé", "Référence", "Débit", "Crédit"],
  [null, "Ancien solde au 28/02/2026", null, null, "4 000,00"],
  ["11/03/2026", "VIR SEPA DUPONT SARL", null, null, 2400],
  ["16/03/2026", "CHEQUE", "0000122", 1590, null],
  ["20/03/2026", "VIR client Martin", null, null, 410],
  ["31/03/2026", "Frais bancaires", null, 18, null],
  ["31/03/2026", "Prélèvement assurance", null, 22, null],
  [null, "Nouveau solde au 31/03/2026", null, null, 5180],
];

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
type Table = Extract<Modification, { type: "table" }>;
const table = (p: Preparation, nom: string): Table => p.plan.find((m): m is Table => m.type === "table" && m.nom === nom)!;
const textes = (p: Preparation): string[] => p.plan.flatMap((m) => (m.type === "valeurs" ? m.valeurs.flat().filter((v): v is string => typeof v === "string") : []));

async function classeur(journal: Brute[] = JOURNAL, releve: Cellule[][] = RELEVE): Promise<ClasseurMemoire> {
  const c = new ClasseurMemoire({ feuilles: { Saisie: exportBrut(journal), "Relevé bancaire": releve } });
  const issue = await appliquerPreparation(c, prete(await preparerStructuration(c, { source: { genre: "feuille", feuille: "Saisie" } })));
  expect(issue.ok).toBe(true);
  return c;
}

describe("rapprochement bancaire : l'exemple de comptabilite.md § 7 (31/03/2026)", () => {
  it("l'état en deux colonnes du § 7 : soldes 4 250,00 D et 5 180,00 C, non-pointés, soldes rectifiés 4 620,00 = 4 620,00", async () => {
    const p = prete(await preparerRapprochement(await classeur(), { feuilleReleve: "Relevé bancaire" }));
    const t = table(p, "Rapprochement");
    expect(t.feuille).toBe("Rapprochement bancaire");
    expect(t.entetes).toEqual(["Compte 512000 (entreprise)", "Débit 512", "Crédit 512", "Relevé (banque)", "Débit relevé", "Crédit relevé"]);
    const montants = t.lignes.map((l) => [centimes(l[1]), centimes(l[2]), centimes(l[4]), centimes(l[5])]);
    expect(montants).toEqual([
      [425000, 0, 0, 518000], // soldes au 31/03
      [41000, 0, 120000, 0], // virement client reçu | chèque n° 123 non encaissé
      [0, 1800, 0, 64000], // frais bancaires | remise non créditée
      [0, 2200, 0, 0], // prélèvement assurance
      [462000, 0, 0, 462000], // soldes rectifiés
    ]);
    expect(t.lignes[1][0]).toBe("20/03 VIR client Martin");
    expect(t.lignes[1][3]).toBe("25/03 Chèque n° 123 fournisseur");
    expect(t.lignes[4][0]).toBe("Solde rectifié");
    expect(textes(p)).toContain("Solde 512000 rectifié = solde du relevé rectifié : vérifié (4\u202f620,00\u00a0€ = 4\u202f620,00\u00a0€).");
    expect(p.succes).toBe("État de rapprochement au 31/03/2026 : soldes rectifiés 4\u202f620,00\u00a0€ et 4\u202f620,00\u00a0€ (égaux).");
  });

  it("les écritures du § 7 pour les opérations du relevé seulement : D 512 410 / C 411 ; D 627 18 / C 512 ; D 616 22 / C 512", async () => {
    const p = prete(await preparerRapprochement(await classeur(), { feuilleReleve: "Relevé bancaire" }));
    const e = table(p, "EcrituresRapprochement");
    expect(e.entetes).toEqual(["Libellé", "Date", "Compte", "Libellé du compte", "Débit", "Crédit"]);
    expect(e.lignes.map((l) => [l[2], centimes(l[4]), centimes(l[5])])).toEqual([
      ["512000", 41000, 0],
      ["411", 0, 41000],
      ["627", 1800, 0],
      ["512000", 0, 1800],
      ["616", 2200, 0],
      ["512000", 0, 2200],
    ]);
    expect(e.lignes.map((l) => l[0])).toEqual(["VIR client Martin", "VIR client Martin", "Frais bancaires", "Frais bancaires", "Prélèvement assurance", "Prélèvement assurance"]);
  });

  it("pointe le virement Dupont et le chèque n° 122 (référence « 0000122 » du relevé = pièce CHQ-122)", async () => {
    const p = prete(await preparerRapprochement(await classeur(), { feuilleReleve: "Relevé bancaire" }));
    const t = table(p, "Pointage");
    expect(t.lignes.map((l) => [l[0], l[6], centimes(l[4]), centimes(l[5])])).toEqual([
      ["VIR SEPA DUPONT SARL", "VIR-01", 240000, 0],
      ["CHEQUE", "CHQ-122", 0, 159000],
    ]);
  });
});

describe("rapprochement bancaire : refus et cas particuliers", () => {
  it("relevé faux : le nouveau solde ne se recalcule pas → refus qui nomme la cellule, rien n'est écrit", async () => {
    const faux = RELEVE.map((l) => [...l]);
    faux[10][4] = 5_200;
    const c = await classeur(JOURNAL, faux);
    const issue = await preparerRapprochement(c, { feuilleReleve: "Relevé bancaire" });
    expect(issue).toMatchObject({
      ok: false,
      message: "Le relevé ne se recalcule pas : ancien solde + opérations = 5\u202f180,00\u00a0€, mais le nouveau solde indiqué est 5\u202f200,00\u00a0€ (écart 20,00\u00a0€). Une opération manque ou est mal recopiée.",
      anomalies: [{ cellule: "'Relevé bancaire'!B11" }],
    });
    expect(await c.nomsFeuilles()).not.toContain("Rapprochement bancaire");
  });

  it("montant illisible et date impossible : chaque anomalie nomme sa cellule", async () => {
    const faux = RELEVE.map((l) => [...l]);
    faux[5][4] = "2 400,001";
    faux[8][0] = "31/02/2026";
    const issue = await preparerRapprochement(await classeur(JOURNAL, faux), { feuilleReleve: "Relevé bancaire" });
    expect(issue.ok).toBe(false);
    if (issue.ok) return;
    expect(issue.anomalies.map((a) => a.cellule)).toEqual(["'Relevé bancaire'!E6", "'Relevé bancaire'!A9"]);
    expect(issue.anomalies[0].message).toBe("Ligne 6, colonne « Crédit » : « 2 400,001 » n'est pas un montant en euros (deux décimales au plus).");
    expect(issue.anomalies[1].message).toContain("la date « 31/02/2026 » n'existe pas");
  });

  it("feuille sans en-tête de relevé, feuille absente, plusieurs comptes de banque : messages en français", async () => {
    const c = await classeur(JOURNAL, [["Notes"], ["rien ici"]]);
    expect(await preparerRapprochement(c, { feuilleReleve: "Relevé bancaire" })).toMatchObject({ ok: false, message: expect.stringContaining("aucune ligne d'en-tête de relevé bancaire") });
    expect(await preparerRapprochement(c, { feuilleReleve: "Relevé de mars" })).toMatchObject({ ok: false, message: "Le classeur n'a pas de feuille « Relevé de mars » : choisissez la feuille du relevé bancaire." });
    const deux = await classeur([...JOURNAL, ["BQ", "31/03/2026", "VIR-9", "512100", "", "Virement interne", "10,00", null], ["BQ", "31/03/2026", "VIR-9", "512000", "", "Virement interne", null, "10,00"]]);
    expect(await preparerRapprochement(deux, { feuilleReleve: "Relevé bancaire" })).toMatchObject({ ok: false, message: "Le journal a plusieurs comptes de banque (512000, 512100) : choisissez celui du relevé." });
    // Le bon compte choisi : les 10,00 du virement interne sont dans le journal seulement (remise non créditée).
    const p = prete(await preparerRapprochement(deux, { feuilleReleve: "Relevé bancaire", compteBanque: "512000" }));
    expect(p.resume[1]).toBe("Solde 512000 au 31/03/2026 : 4\u202f240,00\u00a0€ ; solde du relevé : 5\u202f180,00\u00a0€.");
  });

  it("relevé en une colonne Montant signée, sans ancien solde ni référence : même pointage", async () => {
    const signe: Cellule[][] = [
      ["Date", "Libellé", "Montant"],
      ["01/03/2026", "Solde initial", 4000],
      ["11/03/2026", "VIR SEPA DUPONT SARL", 2400],
      ["16/03/2026", "CHEQUE 122", -1590],
      ["20/03/2026", "VIR client Martin", 410],
      ["31/03/2026", "Frais bancaires", -18],
      ["31/03/2026", "Prélèvement assurance", "-22,00"],
    ];
    const p = prete(await preparerRapprochement(await classeur(JOURNAL, signe), { feuilleReleve: "Relevé bancaire" }));
    const t = table(p, "Rapprochement");
    expect(t.lignes[t.lignes.length - 1].map((v) => (typeof v === "number" ? centimes(v) : v))).toEqual(["Solde rectifié", 462000, null, "Solde rectifié", null, 462000]);
  });

  it("même numéro de chèque, montant différent : non pointé (chacun explique l'écart de son côté), signalé comme erreur de saisie probable", async () => {
    const faux = RELEVE.map((l) => [...l]);
    faux[6][3] = 1509; // chèque 122 : 1 590,00 dans le journal, 1 509,00 sur le relevé
    faux[10][4] = 5261;
    const p = prete(await preparerRapprochement(await classeur(JOURNAL, faux), { feuilleReleve: "Relevé bancaire" }));
    expect(p.remarques.map((r) => r.message)).toContain(
      "« CHEQUE » : 1\u202f509,00\u00a0€ sur le relevé, 1\u202f590,00\u00a0€ dans le journal (pièce CHQ-122) : même numéro, montants différents, erreur de saisie probable (non pointé).",
    );
    // 4 250 + 410 − 18 − 22 − 1 509 = 3 111 = 5 261 − 1 200 − 1 590 + 640 : les deux chèques restent non pointés.
    expect(p.resume[2]).toBe("Soldes rectifiés : 3\u202f111,00\u00a0€ et 3\u202f111,00\u00a0€ : égaux, mais un numéro a deux montants différents (voir ci-dessous) : erreur de saisie probable.");
  });
});
