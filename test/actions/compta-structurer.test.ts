// « Structurer le journal » (module Comptabilité du volet) sur ClasseurMemoire : un export désordonné des écritures
// types de comptabilite.md § 6 devient le tableau Journal ; refus nommant la ligne et la colonne ; remplacement
// confirmé et idempotent.
import { appliquerPreparation, preparerStructuration, type IssuePreparation, type Preparation } from "../../src/actions/compta";
import { formuleDesequilibre, planTableJournal } from "../../src/actions/compta/table-journal";
import { importerSync } from "../../src/core/imports";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule, Modification } from "../../src/classeur/port";
import { centimes, exportBrut, QUATRE_PREMIERES, SIX_SUIVANTES } from "./compta-donnees";

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}

const tableDu = (p: Preparation) => p.plan.find((m): m is Extract<Modification, { type: "table" }> => m.type === "table")!;

async function structurer(feuilles: Record<string, Cellule[][]>, selection = "Saisie!A1", options = {}) {
  const classeur = new ClasseurMemoire({ feuilles, selection });
  const issue = await preparerStructuration(classeur, options);
  return { classeur, issue };
}

describe("structurer : les écritures types du § 6 dans un export désordonné", () => {
  it("reconnaît Jnl, N° pièce, N° compte, Compte auxiliaire ; saute titres et totaux ; 29 lignes, 10 écritures", async () => {
    const { issue } = await structurer({ Saisie: exportBrut([...QUATRE_PREMIERES, ...SIX_SUIVANTES], { totaux: ["25 641,83", "25 641,83"] }) });
    const p = prete(issue);
    expect(p.lecture).toEqual({ lignes: 29, ecritures: 10, feuille: "Saisie", zone: "A4:H35" });
    // La ligne « Totaux » (ligne 35 de la feuille) est laissée de côté, et dite.
    expect(p.remarques).toEqual([{ cellule: "Saisie!A35", message: "Ligne 35 ignorée : ligne de présentation « Totaux » (ni date, ni compte, ni pièce)." }]);
    // Total des débits du § 6, additionné à la main : 1 200 + 2 400 + 2 400 + 1 200 + 60 + 120 + 1 196 + 10 080 + 985,83 + 6 000.
    expect(p.resume).toContain("Totaux : débit 25\u202f641,83\u00a0€, crédit 25\u202f641,83\u00a0€ : le journal est équilibré.");
  });

  it("le tableau Journal : 12 colonnes, dates en séries Excel, montants en euros, intitulés du PCG", async () => {
    const p = prete((await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) })).issue);
    const t = tableDu(p);
    expect(t.nom).toBe("Journal");
    expect(t.feuille).toBe("Journal structuré");
    expect(t.adresse).toBe("A1");
    expect(t.entetes).toEqual(["Journal", "Date", "Numéro", "Pièce", "Compte", "Libellé du compte", "Tiers", "Libellé", "Débit", "Crédit", "Lettrage", "Échéance"]);
    // 02/03/2026 = série 46083 (1er janvier 1900 = 1, avec le faux 29/02/1900).
    expect(t.lignes[0]).toEqual(["ACH", 46083, "FA-001", "FA-001", "607", "Achats de marchandises", null, "Achat de marchandises", 1000, null, null, null]);
    expect(t.lignes[2]).toEqual(["ACH", 46083, "FA-001", "FA-001", "401", "Fournisseurs", "F0012", "Achat de marchandises", null, 1200, null, null]);
    // Un compte saisi comme nombre (411) devient le texte « 411 ».
    expect(t.lignes[3].slice(4, 7)).toEqual(["411", "Clients", "C0042"]);
    expect(t.formats).toMatchObject({ Date: "dd/mm/yyyy", Débit: '#,##0.00 "€"', Crédit: '#,##0.00 "€"', Compte: "@", Échéance: "dd/mm/yyyy" });
    // Σ débits du § 1.6 : 7 200,00.
    expect(t.lignes.reduce((s, l) => s + centimes(l[8]), 0)).toBe(720000);
    expect(t.lignes.reduce((s, l) => s + centimes(l[9]), 0)).toBe(720000);
  });

  it("liste de choix des journaux et mise en forme des écritures déséquilibrées (SOMME.SI.ENS, syntaxe invariante)", async () => {
    const p = prete((await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) })).issue);
    expect(p.plan).toContainEqual({
      type: "validation",
      feuille: "Journal structuré",
      adresse: "A2:A11",
      liste: ["ACH", "VTE", "BQ", "CAI", "OD", "AN"],
      message: "Choisissez un code de journal : ACH (achats), VTE (ventes), BQ (banque), CAI (caisse), OD (opérations diverses), AN (à-nouveaux).",
    });
    expect(p.plan).toContainEqual({
      type: "mise-en-forme",
      feuille: "Journal structuré",
      adresse: "A2:L11",
      formule: "=ROUND(SUMIFS($I:$I,$A:$A,$A2,$C:$C,$C2)-SUMIFS($J:$J,$A:$A,$A2,$C:$C,$C2),2)<>0",
      remplissage: "#FDE7E9",
      police: "#A4262C",
    });
    expect(formuleDesequilibre()).not.toMatch(/;/);
  });

  it("applique : la feuille est créée et activée, le tableau écrit avec ses formats ; le message de succès le dit", async () => {
    const { classeur, issue } = await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) });
    const issueApplication = await appliquerPreparation(classeur, prete(issue));
    expect(issueApplication).toEqual({ ok: true, message: "Feuille « Journal structuré » créée : tableau Journal de 10 lignes (4 écritures, du 02/03/2026 au 25/03/2026)." });
    expect(classeur.feuilleActive).toBe("Journal structuré");
    expect(classeur.cellule("Journal structuré", "I2")).toEqual({ valeur: 1000, formule: "", format: '#,##0.00 "€"' });
    expect(classeur.cellule("Journal structuré", "B2")).toEqual({ valeur: 46083, formule: "", format: "dd/mm/yyyy" });
    expect((await classeur.lireTable("Journal"))?.lignes).toHaveLength(10);
  });

  it("une écriture déséquilibrée n'est pas bloquante : elle est signalée avec ses lignes et mise en évidence", async () => {
    const lignes = QUATRE_PREMIERES.map((l) => [...l] as typeof l);
    lignes[4][7] = 1990; // 707 au crédit : 1 990 au lieu de 2 000
    const p = prete((await structurer({ Saisie: exportBrut(lignes) })).issue);
    expect(p.remarques).toEqual([
      { cellule: "Saisie!A8:H10", message: "Écriture VTE n° FV-001 déséquilibrée : débit 2\u202f400,00 / crédit 2\u202f390,00 (écart 10,00 ; lignes 8, 9, 10)." },
    ]);
    expect(p.resume).toContain("Mise en forme conditionnelle : les lignes d'une écriture déséquilibrée en rouge (1 écriture concernée).");
  });

  it("variante Montant + Sens (D/C), sans colonne Journal : lue, avec une remarque sur la colonne vide", async () => {
    const grille: Cellule[][] = [
      ["Date", "Pièce", "Compte", "Libellé", "Montant", "Sens"],
      ["02/03/2026", "FA-001", "607000", "Achat", "1000", "D"],
      ["02/03/2026", "FA-001", "445660", "Achat", "200", "D"],
      ["02/03/2026", "FA-001", "401000", "Achat", "1200", "C"],
    ];
    const p = prete((await structurer({ Saisie: grille })).issue);
    expect(tableDu(p).lignes.map((l) => [l[0], l[4], l[8], l[9]])).toEqual([
      [null, "607000", 1000, null],
      [null, "445660", 200, null],
      [null, "401000", null, 1200],
    ]);
    expect(p.remarques.map((r) => r.message)).toContain(
      "Le journal lu n'a pas de colonne Journal : la colonne Journal du tableau est vide, choisissez le code de chaque écriture dans sa liste (ACH, VTE, BQ…).",
    );
  });

  it("une sélection de plusieurs cellules limite la lecture ; des colonnes entières se réduisent à la partie utilisée", async () => {
    const grille = exportBrut(QUATRE_PREMIERES);
    const p1 = prete((await structurer({ Saisie: grille }, "Saisie!A4:H7")).issue);
    expect(p1.lecture).toMatchObject({ lignes: 3, ecritures: 1, zone: "A4:H7" });
    const p2 = prete((await structurer({ Saisie: grille }, "Saisie!A:H")).issue);
    expect(p2.lecture).toMatchObject({ lignes: 10, zone: "A4:H14" });
  });

  it("source désignée par son nom de feuille, feuille à créer configurable", async () => {
    const classeur = new ClasseurMemoire({ feuilles: { Accueil: [["Bonjour"]], Saisie: exportBrut(QUATRE_PREMIERES) } });
    const p = prete(await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Saisie" }, feuille: "Journal de mars" }));
    expect(p.feuilles).toEqual(["Journal de mars"]);
    expect(tableDu(p).feuille).toBe("Journal de mars");
  });
});

describe("structurer : refus en français, rien n'est écrit", () => {
  it("valeurs illisibles, compte hors PCG, montant négatif, débit et crédit : toutes citées, avec leur cellule", async () => {
    const lignes = QUATRE_PREMIERES.map((l) => [...l] as typeof l);
    lignes[0][6] = "mille"; // ligne 5, Débit
    lignes[1][3] = "190"; // ligne 6, compte absent du PCG
    lignes[3][6] = -2400; // ligne 8, montant négatif
    lignes[6][7] = "10"; // ligne 11, débit et crédit
    lignes[9][1] = "31/02/2026"; // ligne 14, date impossible
    const { classeur, issue } = await structurer({ Saisie: exportBrut(lignes) });
    expect(issue.ok).toBe(false);
    if (issue.ok) return;
    expect(issue.message).toBe("5 anomalies empêchent de continuer. Corrigez ces lignes dans la feuille « Saisie », puis relancez l'analyse.");
    const parCellule = issue.anomalies.filter((a) => !a.message.startsWith("Écriture")).map((a) => [a.cellule, a.message]);
    expect(parCellule).toEqual([
      ["Saisie!G5", "Ligne 5, colonne « Débit » : « mille » n'est pas un montant en euros à deux décimales au plus."],
      ["Saisie!D6", expect.stringMatching(/^Ligne 6 : compte « 190 » absent du plan comptable général/)],
      ["Saisie!G8", expect.stringMatching(/^Ligne 8 : montant négatif au débit \(−2\u202f400,00\)/)],
      ["Saisie!G11", expect.stringMatching(/^Ligne 11 : débit \(2\u202f400,00\) et crédit \(10,00\) renseignés sur la même ligne/)],
      ["Saisie!B14", expect.stringMatching(/^Ligne 14, colonne « Date » : .*31\/02\/2026.*n'existe pas/)],
    ]);
    expect(issue.lecture).toMatchObject({ lignes: 10, feuille: "Saisie" });
    expect(await classeur.nomsFeuilles()).toEqual(["Saisie"]);
  });

  it("aucun en-tête de journal : le message dit ce qu'il faut et ce qui a été lu", async () => {
    const { issue } = await structurer({ Saisie: [["Nom", "Prénom"], ["Dupont", "Léa"]] });
    expect(issue).toMatchObject({ ok: false });
    expect(!issue.ok && issue.message).toBe(
      "Feuille « Saisie » : aucune ligne d'en-tête de journal dans les 20 premières lignes lues (il faut au moins les colonnes Date, Compte, Débit et Crédit — ou Montant et Sens — et un N° de pièce ou d'écriture). En-têtes lus en ligne 1 : « Nom », « Prénom ».",
    );
  });

  it("colonne de pièce absente : les lignes ne peuvent pas être regroupées en écritures", async () => {
    const { issue } = await structurer({ Saisie: [["Date", "Compte", "Débit", "Crédit"], ["02/03/2026", "607", 10, null]] });
    expect(!issue.ok && issue.message).toBe(
      "Feuille « Saisie », ligne 1 : colonne N° d'écriture ou Pièce absente de la ligne d'en-tête (en-têtes lus : « Date », « Compte », « Débit », « Crédit »).",
    );
  });

  it("feuille vide, nom de feuille à créer invalide, journal déjà dans la feuille à créer", async () => {
    expect(!(await structurer({ Saisie: [] })).issue.ok).toBe(true);
    const vide = (await structurer({ Saisie: [] })).issue;
    expect(!vide.ok && vide.message).toMatch(/^La feuille « Saisie » est vide/);
    const nom = (await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) }, "Saisie!A1", { feuille: "Journal/2026" })).issue;
    expect(!nom.ok && nom.message).toBe("Feuille à créer : Le nom de feuille « Journal/2026 » contient un caractère interdit (: \\ / ? * [ ]).");
    const meme = (await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) }, "Saisie!A1", { feuille: "saisie" })).issue;
    expect(!meme.ok && meme.message).toMatch(/^Le journal à structurer est déjà dans la feuille « Saisie », celle que cette étape crée/);
  });

  it("un tableau « Journal » existe déjà sur une autre feuille : refus qui dit où", async () => {
    const classeur = new ClasseurMemoire({ feuilles: { Saisie: exportBrut(QUATRE_PREMIERES), Ancien: [] }, selection: "Saisie!A1" });
    await classeur.appliquer([{ type: "table", feuille: "Ancien", nom: "Journal", adresse: "A1", entetes: ["X"], lignes: [] }]);
    const issue = await preparerStructuration(classeur);
    expect(!issue.ok && issue.message).toBe(
      "Le classeur contient déjà un tableau nommé « Journal », dans la feuille « Ancien » : renommez ce tableau (onglet Création de tableau › Nom du tableau) ou supprimez cette feuille, puis recommencez.",
    );
  });
});

describe("structurer : régénération", () => {
  it("la feuille existe : remplacement seulement confirmé, et le résultat est identique (idempotent)", async () => {
    const { classeur, issue } = await structurer({ Saisie: exportBrut(QUATRE_PREMIERES) });
    await appliquerPreparation(classeur, prete(issue));
    const avant = JSON.stringify([...classeur.feuille("Journal structuré")!.cellules]);
    classeur.selectionner("Saisie", "A1");
    const p = prete(await preparerStructuration(classeur));
    expect(p.remplacees).toEqual(["Journal structuré"]);
    expect(p.resume[0]).toMatch(/^Remplacer la feuille « Journal structuré »/);
    const refus = await appliquerPreparation(classeur, p);
    expect(refus).toEqual({ ok: false, message: "La feuille « Journal structuré » existe déjà : confirmez le remplacement pour continuer. Rien n'a été modifié." });
    expect(await appliquerPreparation(classeur, p, { confirme: true })).toMatchObject({ ok: true, message: expect.stringMatching(/remplacée/) });
    expect(JSON.stringify([...classeur.feuille("Journal structuré")!.cellules])).toBe(avant);
    expect(classeur.tables.filter((t) => t.nom === "Journal")).toHaveLength(1);
    expect(classeur.misesEnForme).toHaveLength(1);
    expect(classeur.validations).toHaveLength(1);
  });
});

describe("sécurité : un libellé qui ressemble à une formule reste du texte", () => {
  it("un CSV importé dont le libellé est « =HYPERLINK(…) » et la pièce « =1+1 » : apostrophe ajoutée, aucune formule écrite", async () => {
    const csv = [
      "Date;Journal;Pièce;Compte;Libellé;Débit;Crédit",
      '15/01/2026;VE;=1+1;411000;=HYPERLINK(B1);120,00;',
      "15/01/2026;VE;=1+1;707000;Vente;;120,00",
    ].join("\n");
    const r = importerSync(new TextEncoder().encode(csv));
    expect(r.ok).toBe(true);
    const plan = planTableJournal("Journal structuré", r.lignes);
    const t = plan.find((m): m is Extract<Modification, { type: "table" }> => m.type === "table")!;
    const col = (nom: string) => t.entetes.indexOf(nom);
    expect(t.lignes[0][col("Libellé")]).toBe('\'=HYPERLINK(B1)');
    expect(t.lignes[0][col("Pièce")]).toBe("'=1+1");
    const classeur = new ClasseurMemoire({ feuilles: { Feuil1: [[null]] } });
    await classeur.appliquer([{ type: "feuille", nom: "Journal structuré", remplacer: false }, ...plan]);
    const g = await classeur.lirePlage("Journal structuré", "A1:L3");
    expect(g.formules.flat().filter((f) => f !== "")).toEqual([]);
  });
});
