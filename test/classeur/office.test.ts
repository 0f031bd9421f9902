/** Adaptateur Office.js du port, sur un Excel simulé (office-addin-mock) : écritures en tableaux 2-D, syncs comptés. */
import { insererFonction } from "../../src/actions/inserer-fonction";
import { ClasseurOffice } from "../../src/classeur/office";
import { versOffice } from "../../src/classeur/office/lot";
import type { Cellule, Modification } from "../../src/classeur/port";
import { FORMATS } from "../../src/classeur/port";
import { simulerExcel } from "./office-simulateur";

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("« Insérer » : une formule dans une cellule", () => {
  it("écrit range.formulas (invariant) dans la bonne cellule, le format d'abord, en un seul sync", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    const plan: Modification[] = [
      { type: "formule", feuille: "Feuil1", adresse: "B3", formule: "=AGORA.ECHEANCE(46096,\"30 jours\")", format: FORMATS.date, selectionner: true },
    ];
    await new ClasseurOffice().appliquer(plan);
    expect(journal.syncs).toBeLessThanOrEqual(1);
    expect(journal.syncs).toBe(1);
    const [plage] = journal.plages;
    expect(plage.id).toBe("Feuil1!B3");
    expect(plage.formulas).toEqual([['=AGORA.ECHEANCE(46096,"30 jours")']]);
    expect(plage.numberFormat).toEqual([["dd/mm/yyyy"]]);
    const ops = journal.operations;
    expect(ops.indexOf("numberFormat Feuil1!B3")).toBeLessThan(ops.indexOf("formulas Feuil1!B3"));
    expect(ops.indexOf("formulas Feuil1!B3")).toBeLessThan(ops.indexOf("sync"));
    expect(ops).toContain("sélection Feuil1!B3");
    expect(ops).not.toContain("lecture feuilles");
  });

  it("parcours complet d'« Insérer » : sélection, lecture de la cellule vide, écriture de la formule", async () => {
    const { journal } = simulerExcel({
      feuilles: ["Feuil1"],
      selection: { address: "Feuil1!$B$3:$C$5", rowCount: 3, columnCount: 2 },
      plages: { "Feuil1!B3": { address: "Feuil1!B3", values: [[""]], formulas: [[""]], rowCount: 1, columnCount: 1 } },
    });
    const issue = await insererFonction(new ClasseurOffice(), { nom: "AGORA.TTC", exemple: "=AGORA.TTC(1234,5;20%)", resultat: "nombre", format: "euros" });
    expect(issue).toMatchObject({ etat: "insere", message: "=AGORA.TTC(1234,5;20%) inséré en Feuil1!B3 (première cellule de la sélection)" });
    expect(journal.plages.map((p) => [p.id, p.formulas, p.numberFormat])).toEqual([["Feuil1!B3", [["=AGORA.TTC(1234.5,20%)"]], [['#,##0.00 "€"']]]]);
    expect(journal.syncs).toBe(3);
  });

  it("cellule non vide dans Excel : la question est posée, rien n'est écrit", async () => {
    const { journal } = simulerExcel({
      feuilles: ["Feuil1"],
      selection: { address: "Feuil1!B3", rowCount: 1, columnCount: 1 },
      plages: { "Feuil1!B3": { address: "Feuil1!B3", values: [[120]], formulas: [["=SUM(B1:B2)"]], rowCount: 1, columnCount: 1 } },
    });
    const issue = await insererFonction(new ClasseurOffice(), { nom: "AGORA.TTC", exemple: "=AGORA.TTC(100;20%)", resultat: "nombre" });
    expect(issue).toMatchObject({ etat: "a-confirmer", question: "La cellule Feuil1!B3 contient déjà la formule =SUM(B1:B2). Remplacer par =AGORA.TTC(100;20%) ?" });
    expect(journal.plages).toHaveLength(0);
    expect(journal.syncs).toBe(2);
  });

  it("feuille absente : message français, rien d'écrit", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    const plan: Modification[] = [{ type: "formule", feuille: "Ventes", adresse: "B3", formule: "=AGORA.TTC(100,20%)" }];
    await expect(new ClasseurOffice().appliquer(plan)).rejects.toThrow("La feuille « Ventes » n'existe pas.");
    expect(journal.plages).toHaveLength(0);
  });

  it("adresse invalide : refusée avant d'écrire", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    const plan: Modification[] = [{ type: "formule", feuille: "Feuil1", adresse: "B3:C4", formule: "=AGORA.TTC(100,20%)" }];
    await expect(new ClasseurOffice().appliquer(plan)).rejects.toThrow(/une seule cellule/);
    expect(journal.plages).toHaveLength(0);
    expect(journal.syncs).toBe(0);
  });
});

/** 10 000 lignes de ventes : date (série Excel), client, compte, montant, taux. */
function lignes(n: number): Cellule[][] {
  return Array.from({ length: n }, (_, i) => [46023 + (i % 365), `Client ${i + 1}`, "0411" + String(i % 100).padStart(2, "0"), (i * 37) % 10000 / 100, 0.2]);
}

describe("gros plans : tableaux 2-D entiers, peu de syncs", () => {
  it("un tableau de 10 000 lignes sur une nouvelle feuille : ≤ 3 syncs, une seule écriture 2-D", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    const donnees = lignes(10_000);
    const plan: Modification[] = [
      { type: "feuille", nom: "Ventes", remplacer: false, activer: true },
      {
        type: "table",
        feuille: "Ventes",
        nom: "T_Ventes",
        adresse: "A1",
        entetes: ["Date", "Client", "Compte", "Montant", "Taux"],
        lignes: donnees,
        formats: { Date: FORMATS.date, Montant: FORMATS.euros, Compte: FORMATS.texte },
      },
    ];
    const classeur = new ClasseurOffice();
    await classeur.appliquer(plan);
    expect(journal.syncs).toBeLessThanOrEqual(3);
    expect(classeur.dernierNombreDeSync).toBe(journal.syncs);
    const ecritures = journal.plages.filter((p) => p.formulas !== undefined);
    expect(ecritures).toHaveLength(1);
    const [grille] = ecritures;
    expect(grille.id).toBe("Ventes!A1:E10001");
    expect(grille.formulas).toHaveLength(10_001);
    expect(grille.formulas[0]).toEqual(["Date", "Client", "Compte", "Montant", "Taux"]);
    // Le compte « 041100 » reste un texte (apostrophe), les nombres restent des nombres.
    expect(grille.formulas[1]).toEqual([46023, "Client 1", "'041100", 0, 0.2]);
    expect(grille.numberFormat[0]).toEqual(["General", "General", "General", "General", "General"]);
    expect(grille.numberFormat[1]).toEqual(["dd/mm/yyyy", "General", "@", '#,##0.00 "€"', "General"]);
    const ops = journal.operations;
    expect(ops.indexOf("ajout feuille Ventes")).toBeLessThan(ops.indexOf("formulas Ventes!A1:E10001"));
    expect(ops.indexOf("formulas Ventes!A1:E10001")).toBeLessThan(ops.indexOf("ajout tableau Ventes!A1:E10001 avec en-têtes"));
    expect(ops).toContain("nom tableau T_Ventes");
  });

  it("des valeurs de 10 000 lignes sur une feuille existante : un seul sync", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    await new ClasseurOffice().appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "C5", valeurs: lignes(10_000) }]);
    expect(journal.syncs).toBe(1);
    expect(journal.plages).toHaveLength(1);
    expect(journal.plages[0].id).toBe("Feuil1!C5:G10004");
    expect(journal.plages[0].formulas).toHaveLength(10_000);
  });

  it("au-delà de la taille d'une requête : blocs de lignes contigus, un sync par bloc, rien de perdu", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    const donnees = lignes(1_000);
    await new ClasseurOffice({ budgetRequete: 20_000 }).appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: donnees }]);
    const blocs = journal.plages;
    expect(blocs.length).toBeGreaterThan(1);
    expect(journal.syncs).toBe(blocs.length);
    expect(blocs.flatMap((b) => b.formulas)).toEqual(donnees.map((l) => l.map(versOffice)));
    expect(blocs[0].id).toMatch(/^Feuil1!A1:E\d+$/);
    // Le calcul est suspendu au début de chaque requête d'écriture, jamais après la dernière.
    const ops = journal.operations;
    expect(ops.filter((o) => o === "suspendre calcul")).toHaveLength(blocs.length);
    expect(ops[ops.length - 1]).toBe("sync");
    expect(ops.filter((o) => o === "suspendre écran")).toHaveLength(1);
  });
});

describe("tout ou rien", () => {
  it("une feuille qui existe déjà sans « remplacer » : erreur française, aucune écriture", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1", "Bilan"] });
    const plan: Modification[] = [
      { type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[1, 2]] },
      { type: "feuille", nom: "bilan", remplacer: false },
      { type: "valeurs", feuille: "bilan", adresse: "A1", valeurs: [["Actif"]] },
    ];
    await expect(new ClasseurOffice().appliquer(plan)).rejects.toThrow(
      "Rien n'a été modifié dans le classeur. La feuille « Bilan » existe déjà : renommez-la ou supprimez-la, puis recommencez.",
    );
    expect(journal.syncs).toBe(1);
    expect(journal.plages).toHaveLength(0);
    expect(journal.operations.filter((o) => !o.startsWith("lecture") && o !== "sync")).toEqual([]);
  });

  it("un tableau dont le nom existe déjà : refusé ; une feuille protégée : refusée", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1", "Ventes"], tables: [{ nom: "T_Ventes", feuille: "Ventes" }], protegees: ["Feuil1"] });
    const plan: Modification[] = [
      { type: "table", feuille: "Ventes", nom: "t_ventes", adresse: "H1", entetes: ["A"], lignes: [[1]] },
      { type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[1]] },
    ];
    const erreur = await new ClasseurOffice().appliquer(plan).catch((e: Error) => e);
    expect((erreur as Error).message).toContain("Le tableau « t_ventes » existe déjà dans le classeur.");
    expect((erreur as Error).message).toContain("La feuille « Feuil1 » est protégée");
    expect(journal.plages).toHaveLength(0);
  });

  it("« remplacer » vide la feuille existante (tableaux, graphiques, contenu) sans la supprimer, puis écrit", async () => {
    const { journal } = simulerExcel({
      feuilles: ["Feuil1", "Balance"],
      tables: [{ nom: "T_Balance", feuille: "Balance" }],
      graphiques: [{ nom: "Graphique 1", feuille: "Balance" }],
      noms: ["TauxTVA"],
    });
    const plan: Modification[] = [
      { type: "feuille", nom: "Balance", remplacer: true },
      { type: "table", feuille: "Balance", nom: "T_Balance", adresse: "A1", entetes: ["Compte", "Solde"], lignes: [["401", -120.5]] },
      { type: "nom", nom: "TauxTVA", reference: "Balance!$B$2" },
    ];
    await new ClasseurOffice().appliquer(plan);
    const ops = journal.operations;
    expect(journal.syncs).toBe(2);
    expect(ops).not.toContain("ajout feuille Balance");
    expect(ops).toEqual(
      expect.arrayContaining(["suppression tableau T_Balance", "suppression graphique Graphique 1", "effacer All Balance!*", "suppression nom TauxTVA", "nom TauxTVA =Balance!$B$2"]),
    );
    expect(ops.indexOf("effacer All Balance!*")).toBeLessThan(ops.indexOf("formulas Balance!A1:B2"));
    expect(journal.plages.find((p) => p.id === "Balance!A1:B2")?.formulas).toEqual([["Compte", "Solde"], ["'401", -120.5]]);
  });
  it("graphique combiné : les séries `courbes` passent en courbe (Line), dans le même lot", async () => {
    const { journal } = simulerExcel({ feuilles: ["Budget"] });
    const plan: Modification[] = [
      { type: "graphique", feuille: "Budget", source: "Budget!$A$1:$D$4", genre: "colonnes", titre: "Trésorerie", courbes: [2], position: "A6" },
    ];
    await new ClasseurOffice().appliquer(plan);
    expect(journal.operations).toEqual(expect.arrayContaining(["graphique ColumnClustered Budget!$A$1:$D$4", "série 2 en Line", "position A6"]));
    expect(journal.operations).not.toContain("série 0 en Line");
    expect(journal.syncs).toBeLessThanOrEqual(2);
  });
});

describe("lectures", () => {
  it("selection() : feuille et adresse sans « $ », taille", async () => {
    simulerExcel({ feuilles: ["Ma feuille"], selection: { address: "'Ma feuille'!$B$3:$C$4", rowCount: 2, columnCount: 2 } });
    await expect(new ClasseurOffice().selection()).resolves.toEqual({ feuille: "Ma feuille", adresse: "B3:C4", lignes: 2, colonnes: 2 });
  });

  it("lirePlage : cellule vide → null, formule gardée seulement si elle commence par « = »", async () => {
    simulerExcel({
      feuilles: ["Feuil1"],
      plages: {
        "Feuil1!B3:C3": { address: "Feuil1!B3:C3", values: [["", 120]], formulas: [["", "=AGORA.TTC(100,20%)"]], rowCount: 1, columnCount: 2 },
      },
    });
    await expect(new ClasseurOffice().lirePlage("Feuil1", "B3:C3")).resolves.toEqual({
      plage: { feuille: "Feuil1", adresse: "B3:C3", lignes: 1, colonnes: 2 },
      valeurs: [[null, 120]],
      formules: [["", "=AGORA.TTC(100,20%)"]],
    });
  });
});

describe("textes écrits tels quels", () => {
  it.each([
    ["0401", "'0401"],
    ["15/03/2026", "'15/03/2026"],
    ["-5 %", "'-5 %"],
    ["VRAI", "'VRAI"],
    ["Client Martin", "Client Martin"],
    ["=SUM(A1:A2)", "=SUM(A1:A2)"],
  ])("%s → %s", (texte, ecrit) => {
    expect(versOffice(texte)).toBe(ecrit);
  });
  it("null vide la cellule, nombres et booléens inchangés", () => {
    expect(versOffice(null)).toBe("");
    expect(versOffice(12.5)).toBe(12.5);
    expect(versOffice(true)).toBe(true);
  });
});
