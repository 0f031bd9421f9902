// « Générer la balance » et « Générer le grand livre » (module Comptabilité du volet) : le tableau de balance de
// comptabilite.md § 1.6 (7 200 / 7 200, 2 400 / 2 400), le grand livre des écritures du § 6 (soldes progressifs
// recalculés à la main), la balance auxiliaire, les refus, la régénération ; totaux calculés par HyperFormula.
import { appliquerPreparation, preparerBalance, preparerGrandLivre, preparerStructuration, type IssuePreparation, type Preparation } from "../../src/actions/compta";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule, Classeur, Modification } from "../../src/classeur/port";
import { centimes, exportBrut, QUATRE_PREMIERES, SIX_SUIVANTES } from "./compta-donnees";

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}

type Table = Extract<Modification, { type: "table" }>;
const table = (p: Preparation, nom: string): Table => p.plan.find((m): m is Table => m.type === "table" && m.nom === nom)!;
const valeursEn = (p: Preparation, feuille: string, adresse: string) =>
  p.plan.find((m): m is Extract<Modification, { type: "valeurs" }> => m.type === "valeurs" && m.feuille === feuille && m.adresse === adresse)?.valeurs;

/** Un classeur dont le journal des lignes données a été structuré (étape 1). */
async function structure(lignes: Parameters<typeof exportBrut>[0], classeur: Classeur = new ClasseurMemoire({ feuilles: { Saisie: exportBrut(lignes) } })) {
  const issue = await appliquerPreparation(classeur, prete(await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Saisie" } })));
  expect(issue.ok).toBe(true);
  return classeur;
}

describe("balance : l'exemple de comptabilite.md § 1.6 (4 premières écritures du § 6)", () => {
  it("le tableau de la référence, ligne à ligne (comptes, débit, crédit, SD, SC ; case vide = 0,00)", async () => {
    const p = prete(await preparerBalance(await structure(QUATRE_PREMIERES)));
    const t = table(p, "Balance");
    expect(t.feuille).toBe("Balance");
    expect(t.adresse).toBe("A4");
    expect(t.entetes).toEqual(["Compte", "Libellé", "Débit", "Crédit", "Solde débiteur", "Solde créditeur"]);
    expect(t.lignes.map((l) => [l[0], l[2], l[3], l[4], l[5]])).toEqual([
      ["401", 1200, 1200, null, null],
      ["411", 2400, 2400, null, null],
      ["44566", 200, 0, 200, null],
      ["44571", 0, 400, null, 400],
      ["512", 2400, 1200, 1200, null],
      ["607", 1000, 0, 1000, null],
      ["707", 0, 2000, null, 2000],
    ]);
    expect(t.lignes.map((l) => l[1])).toEqual(["Fournisseurs", "Clients", "TVA sur autres biens et services", "TVA collectée", "Banques", "Achats de marchandises", "Ventes de marchandises"]);
    // Totaux du § 1.6, additionnés par le test : 7 200,00 / 7 200,00 et 2 400,00 / 2 400,00.
    const somme = (j: number) => t.lignes.reduce((s, l) => s + centimes(l[j]), 0);
    expect([somme(2), somme(3), somme(4), somme(5)]).toEqual([720000, 720000, 240000, 240000]);
  });

  it("ligne de totaux en formules SOMME sur le tableau, contrôles Σ D = Σ C et Σ SD = Σ SC écrits en français", async () => {
    const p = prete(await preparerBalance(await structure(QUATRE_PREMIERES)));
    expect(valeursEn(p, "Balance", "A12")).toEqual([["Totaux", null, "=SUM(Balance[Débit])", "=SUM(Balance[Crédit])", "=SUM(Balance[Solde débiteur])", "=SUM(Balance[Solde créditeur])"]]);
    expect(p.plan).toContainEqual({ type: "mise-en-forme", feuille: "Balance", adresse: "A12:F12", formule: '=$A12<>""', remplissage: "#EBF3FC", police: "#0F548C" });
    expect(valeursEn(p, "Balance", "A14")).toEqual([
      ["Contrôles"],
      ["Σ débits = Σ crédits : vérifié (7\u202f200,00\u00a0€ = 7\u202f200,00\u00a0€)."],
      ["Σ soldes débiteurs = Σ soldes créditeurs : vérifié (2\u202f400,00\u00a0€ = 2\u202f400,00\u00a0€)."],
    ]);
    expect(p.resume).toEqual([
      "Créer la feuille « Balance » : tableau Balance de 7 comptes, ligne de totaux (formules SOMME) et contrôles.",
      "Créer la feuille « Balance auxiliaire » : tableau BalanceAuxiliaire de 2 lignes (clients et fournisseurs par tiers).",
      "Σ débits = 7\u202f200,00\u00a0€ ; Σ crédits = 7\u202f200,00\u00a0€ : la balance est équilibrée.",
      "Σ soldes débiteurs = 2\u202f400,00\u00a0€ ; Σ soldes créditeurs = 2\u202f400,00\u00a0€.",
    ]);
  });

  it("dans l'aperçu (HyperFormula), la ligne de totaux calcule 7 200,00 / 7 200,00 / 2 400,00 / 2 400,00", async () => {
    const apercu = new ClasseurApercu("Saisie");
    await apercu.appliquer([{ type: "valeurs", feuille: "Saisie", adresse: "A1", valeurs: rectangle(exportBrut(QUATRE_PREMIERES)) }]);
    await structure(QUATRE_PREMIERES, apercu);
    const issue = await appliquerPreparation(apercu, prete(await preparerBalance(apercu)));
    expect(issue).toMatchObject({ ok: true, message: expect.stringContaining("Σ débits 7\u202f200,00\u00a0€, Σ crédits 7\u202f200,00\u00a0€ (équilibrée)") });
    const totaux = (await apercu.lirePlage("Balance", "A12:F12")).valeurs[0];
    expect(totaux.slice(2).map(centimes)).toEqual([720000, 720000, 240000, 240000]);
    expect(apercu.feuilleActive()).toBe("Balance");
  });
});

describe("balance auxiliaire : clients et fournisseurs par tiers", () => {
  it("§ 1.6 : C0042 soldé (2 400 / 2 400), F0012 soldé (1 200 / 1 200) ; contrôles par catégorie", async () => {
    const p = prete(await preparerBalance(await structure(QUATRE_PREMIERES)));
    const t = table(p, "BalanceAuxiliaire");
    expect(t.feuille).toBe("Balance auxiliaire");
    expect(t.entetes).toEqual(["Compte", "Tiers", "Libellé", "Débit", "Crédit", "Solde débiteur", "Solde créditeur"]);
    expect(t.lignes).toEqual([
      ["401", "F0012", "Fournisseurs", 1200, 1200, null, null],
      ["411", "C0042", "Clients", 2400, 2400, null, null],
    ]);
    expect(valeursEn(p, "Balance auxiliaire", "A9")).toEqual([
      ["Contrôles"],
      ["Σ soldes des fournisseurs = solde de leurs comptes dans la balance générale : vérifié (0,00\u00a0€)."],
      ["Σ soldes des clients = solde de leurs comptes dans la balance générale : vérifié (0,00\u00a0€)."],
    ]);
  });

  it("§ 6 en entier : C0042 créditeur de 120,00 € (avoir), F0012 créditeur de 1 116,00 € ; 404 sans tiers regroupé", async () => {
    // F0012 : crédits 1 200 + 1 176 ; débits 1 200 + 60 → 2 376 − 1 260 = 1 116 C. C0042 : 2 400 − 2 400 − 120 = −120 → 120 C.
    const p = prete(await preparerBalance(await structure([...QUATRE_PREMIERES, ...SIX_SUIVANTES])));
    expect(table(p, "BalanceAuxiliaire").lignes).toEqual([
      ["401", "F0012", "Fournisseurs", 1260, 2376, null, 1116],
      ["404", null, "Lignes sans tiers (Fournisseurs d'immobilisations)", 0, 10080, null, 10080],
      ["411", "C0042", "Clients", 2400, 2520, null, 120],
    ]);
    expect(p.remarques.map((r) => r.message)).toContain(
      "1 ligne des comptes clients ou fournisseurs n'a pas de tiers : la balance auxiliaire la regroupe par compte (« Lignes sans tiers »). Renseignez la colonne Tiers du journal pour détailler chaque client et fournisseur.",
    );
  });
});

describe("grand livre : les écritures du § 6", () => {
  it("compte 44566 : lignes triées par date, solde progressif 200 D, 190 D, 386 D, 2 714 C, puis le total du compte", async () => {
    const p = prete(await preparerGrandLivre(await structure([...QUATRE_PREMIERES, ...SIX_SUIVANTES])));
    const t = table(p, "GrandLivre");
    expect(t.entetes).toEqual(["Compte", "Libellé du compte", "Date", "Journal", "Numéro", "Pièce", "Libellé", "Débit", "Crédit", "Solde"]);
    const l44566 = t.lignes.filter((l) => l[0] === "44566");
    // 02/03 achat 200 D ; 10/03 avoir 10 C ; 15/03 escompte 196 D ; 31/03 liquidation 3 100 C (séries Excel des dates).
    expect(l44566.map((l) => [l[2], l[3], l[7], l[8], l[9]])).toEqual([
      [46083, "ACH", 200, null, 200],
      [46091, "ACH", null, 10, 190],
      [46096, "ACH", 196, null, 386],
      [46112, "OD", null, 3100, -2714],
      [null, null, 396, 3110, -2714],
    ]);
    expect(l44566[4][6]).toBe("Total du compte 44566");
    expect(t.formats?.Solde).toBe('#,##0.00 "€ D";#,##0.00 "€ C";0.00 "€"');
    // Σ de toutes les lignes hors totaux = Σ des débits du § 6 : 25 641,83.
    const lignes = t.lignes.filter((l) => l[2] !== null);
    expect(lignes).toHaveLength(29);
    expect(lignes.reduce((s, l) => s + centimes(l[7]), 0)).toBe(2564183);
    expect(lignes.reduce((s, l) => s + centimes(l[8]), 0)).toBe(2564183);
    expect(t.lignes).toHaveLength(29 + 16); // 16 comptes, un total chacun
  });

  it("sous-totaux mis en évidence (ligne sans date), totaux généraux et contrôle", async () => {
    const p = prete(await preparerGrandLivre(await structure(QUATRE_PREMIERES)));
    const n = table(p, "GrandLivre").lignes.length; // 10 lignes + 7 totaux
    expect(n).toBe(17);
    expect(p.plan).toContainEqual({ type: "mise-en-forme", feuille: "Grand livre", adresse: "A5:J21", formule: '=AND($A5<>"",$C5="")', remplissage: "#EBF3FC", police: "#0F548C" });
    expect(valeursEn(p, "Grand livre", "G23")).toEqual([["Totaux du grand livre", 7200, 7200, 0]]);
    expect(valeursEn(p, "Grand livre", "A25")).toEqual([["Contrôles"], ["Σ débits = Σ crédits : vérifié (7\u202f200,00\u00a0€ = 7\u202f200,00\u00a0€)."]]);
  });
});

describe("états : refus et régénération", () => {
  it("sans tableau Journal ni feuille « Journal structuré » : commencer par l'étape 1", async () => {
    const issue = await preparerBalance(new ClasseurMemoire({ feuilles: { Saisie: exportBrut(QUATRE_PREMIERES) } }));
    expect(!issue.ok && issue.message).toBe(
      "Le classeur n'a pas de tableau « Journal » ni de feuille « Journal structuré » : commencez par l'étape 1, « Structurer le journal ».",
    );
  });

  it("une ligne du tableau Journal modifiée à la main devient fausse : refus qui nomme sa cellule", async () => {
    const classeur = (await structure(QUATRE_PREMIERES)) as ClasseurMemoire;
    await classeur.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "E4", valeurs: [["999"]] }]);
    const issue = await preparerGrandLivre(classeur);
    expect(issue.ok).toBe(false);
    if (issue.ok) return;
    expect(issue.message).toBe("1 anomalie empêche de continuer. Corrigez cette ligne dans le tableau Journal (feuille « Journal structuré »), ou relancez l'étape 1 sur le journal d'origine corrigé.");
    expect(issue.anomalies[0]).toEqual({ cellule: "'Journal structuré'!E4", message: expect.stringMatching(/^Ligne 4 : compte « 999 » absent du plan comptable général/) });
  });

  it("un journal déséquilibré donne une balance générée, avec l'écart dans les contrôles", async () => {
    const lignes = QUATRE_PREMIERES.map((l) => [...l] as typeof l);
    lignes[9][7] = "1190.00"; // 512 au crédit : 1 190 au lieu de 1 200
    const p = prete(await preparerBalance(await structure(lignes)));
    expect(valeursEn(p, "Balance", "A14")?.[1]).toEqual(["Σ débits = Σ crédits : ÉCART de 10,00\u00a0€ (7\u202f200,00\u00a0€ ≠ 7\u202f190,00\u00a0€)."]);
    expect(p.remarques[0].message).toBe("La balance est déséquilibrée : écart de 10,00\u00a0€ entre le total des débits et celui des crédits (voir les écritures déséquilibrées).");
    expect(p.remarques[1]).toEqual({ cellule: "'Journal structuré'!A10:L11", message: expect.stringMatching(/^Écriture BQ n° CHQ-01 déséquilibrée/) });
  });

  it("régénérer : remplacement après confirmation, contenu identique ; un tableau « Balance » ailleurs est refusé", async () => {
    const classeur = (await structure(QUATRE_PREMIERES)) as ClasseurMemoire;
    expect((await appliquerPreparation(classeur, prete(await preparerBalance(classeur)))).ok).toBe(true);
    const avant = JSON.stringify([...classeur.feuille("Balance")!.cellules]);
    const p = prete(await preparerBalance(classeur));
    expect(p.remplacees).toEqual(["Balance", "Balance auxiliaire"]);
    expect((await appliquerPreparation(classeur, p)).ok).toBe(false);
    expect((await appliquerPreparation(classeur, p, { confirme: true })).ok).toBe(true);
    expect(JSON.stringify([...classeur.feuille("Balance")!.cellules])).toBe(avant);
    expect(classeur.tables.map((t) => t.nom).sort()).toEqual(["Balance", "BalanceAuxiliaire", "Journal"]);
    // La balance renommée par l'élève garde son tableau « Balance » : on ne l'écrase pas.
    classeur.feuille("Balance")!.nom = "Balance de mars";
    for (const t of classeur.tables) if (t.feuille === "Balance") t.feuille = "Balance de mars";
    const refus = await preparerBalance(classeur);
    expect(!refus.ok && refus.message).toMatch(/^Le classeur contient déjà un tableau nommé « Balance », dans la feuille « Balance de mars »/);
  });
});

/** Grille rectangulaire (lignes complétées de cellules vides) pour un plan « valeurs ». */
function rectangle(g: Cellule[][]): Cellule[][] {
  const largeur = Math.max(...g.map((l) => l.length));
  return g.map((l) => Array.from({ length: largeur }, (_, j) => l[j] ?? null));
}
