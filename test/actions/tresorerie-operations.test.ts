/**
 * Budget de trésorerie depuis les opérations prévues (ventes et achats HT, TVA, conditions de règlement) : l'exemple
 * du T1 2026 de comptabilite.md § 8, refait à partir des données de l'énoncé et non des tableaux de la référence.
 */
import fc from "fast-check";
import { Dec, ZERO, somme } from "../../src/core/argent";
import { budgetDepuisOperations, lireConditions, type OperationPrevue } from "../../src/core/tresorerie";
import { preparerBudget } from "../../src/actions/tresorerie";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule } from "../../src/classeur/port";
import { appliquer, jour, lignesTable, refus, serie } from "./immobilisations-outils";

const ENTETE = ["Nature", "Libellé", "Date", "Montant HT", "Taux TVA", "Conditions de règlement"];
const VENTES = "30 % comptant ; 50 % 30 jours fin de mois ; 20 % 60 jours";
/** L'énoncé du § 8 : factures datées du 15 du mois (30 j fin de mois → M+1, 60 j → M+2, comme le budget mensuel). */
const ENONCE_8: Cellule[][] = [
  ["Trésorerie initiale", "Banque", null, 3000, null, null],
  ["Encaissement", "Créances au 31/12", serie("10/01/2026"), 14400, null, null],
  ["Encaissement", "Créances au 31/12", serie("10/02/2026"), 7200, null, null],
  ["Vente", "Ventes de janvier", serie("15/01/2026"), 20000, 0.2, VENTES],
  ["Vente", "Ventes de février", serie("15/02/2026"), 24000, "20 %", VENTES],
  ["Vente", "Ventes de mars", serie("15/03/2026"), 30000, 20, VENTES],
  ["Décaissement", "Fournisseurs", serie("31/01/2026"), 13200, null, null],
  ["Achat", "Fournisseurs", serie("15/01/2026"), 12000, 0.2, "30 jours fin de mois"],
  ["Achat", "Fournisseurs", serie("15/02/2026"), 15000, 0.2, "30 jours fin de mois"],
  ["Achat", "Fournisseurs", serie("15/03/2026"), 14000, 0.2, "30 jours fin de mois"],
  ...["01", "02", "03"].flatMap((m): Cellule[][] => [
    ["Décaissement", "Salaires", serie(`28/${m}/2026`), 5000, null, null],
    ["Décaissement", "Charges sociales", serie(`15/${m}/2026`), 2000, null, null],
    ["Achat", "Loyer TTC", serie(`05/${m}/2026`), 1500, 0.2, "comptant"],
  ]),
  ["TVA à décaisser", "TVA de décembre", serie("20/01/2026"), 2400, null, null],
  ["Investissement", "Investissement TTC", serie("20/03/2026"), 6000, 0.2, null],
];
const SOURCE = { genre: "feuille", feuille: "Opérations" } as const;
const classeur = (lignes = ENONCE_8) => new ClasseurMemoire({ feuilles: { Opérations: [ENTETE, ...lignes] } });

describe("budget depuis les opérations prévues (comptabilite.md § 8)", () => {
  it("§ 8 : encaissements 21 600 / 27 840 / 30 000 ; décaissements 24 400 / 24 500 / 35 500 ; trésorerie 200 / 3 540 / −1 960", async () => {
    const c = classeur();
    const p = await appliquer(c, preparerBudget(c, { source: SOURCE }));
    const lignes = await lignesTable(c, "TabBudgetTresorerie");
    const ligne = (libelle: string) => lignes.find((l) => l[0] === libelle)?.slice(1);
    expect(ligne("Trésorerie au début du mois")).toEqual([3000, 200, 3540]);
    expect(ligne("Ventes de janvier")).toEqual([7200, 12000, 4800]);
    expect(ligne("Ventes de février")).toEqual([null, 8640, 14400]);
    expect(ligne("Ventes de mars")).toEqual([null, null, 10800]);
    expect(ligne("Total des encaissements")).toEqual([21600, 27840, 30000]);
    expect(ligne("Fournisseurs")).toEqual([13200, 14400, 18000]);
    expect(ligne("Loyer TTC")).toEqual([1800, 1800, 1800]);
    expect(ligne("TVA à décaisser")).toEqual([2400, 1300, 1500]);
    expect(ligne("Investissement TTC")).toEqual([null, null, 7200]);
    expect(ligne("Total des décaissements")).toEqual([24400, 24500, 35500]);
    expect(ligne("Trésorerie à la fin du mois (solde cumulé)")).toEqual([200, 3540, -1960]);
    expect(p.remarques[0].message).toMatch(/^Trésorerie négative à la fin de mars 2026 \(−1\u202f960,00 €\)/);
  });

  it("§ 8 : TVA collectée 4 000 / 4 800 / 6 000, déductible 2 700 / 3 300 / 4 300, due 1 300 / 1 500 / 1 700 ; bilan prévisionnel 30 960 / 16 800 / 1 700", async () => {
    const c = classeur();
    await appliquer(c, preparerBudget(c, { source: SOURCE }));
    // Tableau du budget en A4 : 1 + 1 + 4 + 1 encaissements, 1 + 6 + 1 décaissements, solde, fin = 17 lignes → A21 ; alerte en A23.
    expect((await c.lirePlage("Budget de trésorerie", "A25:D30")).valeurs).toEqual([
      ["TVA du mois (payée le mois suivant)", null, null, null],
      ["TVA", "Janvier 2026", "Février 2026", "Mars 2026"],
      ["TVA collectée (ventes)", 4000, 4800, 6000],
      ["TVA déductible (achats, investissements)", 2700, 3300, 4300],
      ["TVA due au titre du mois", 1300, 1500, 1700],
      [null, null, null, null],
    ]);
    expect((await c.lirePlage("Budget de trésorerie", "A31:B34")).valeurs).toEqual([
      ["Restant dû après mars 2026 (bilan prévisionnel)", null],
      ["Poste", "Montant"],
      ["Créances clients (ventes encaissées plus tard)", 30960],
      ["Dettes fournisseurs (achats payés plus tard)", 16800],
    ]);
    expect(c.cellule("Budget de trésorerie", "B35")?.valeur).toBe(1700);
    // Le graphique combiné : colonnes pour les flux, courbe pour la trésorerie de fin de mois.
    expect(c.graphiques.map((g) => [g.genre, g.courbes])).toEqual([["colonnes", [2]]]);
  });

  it("crédit de TVA reporté : un mois d'achats plus forts que les ventes ne fait rien payer, le mois suivant impute le crédit", () => {
    const op = (nature: OperationPrevue["nature"], date: string, ht: number): OperationPrevue => ({
      nature,
      libelle: nature,
      date: jour(date),
      montant: new Dec(ht),
      taux: new Dec("0.2"),
      parts: lireConditions("comptant"),
    });
    // Janvier : 200 − 600 = crédit 400 ; février : 1 000 − 100 − 400 = 500, payée en mars ; mars : 0 − 0 = 0.
    const b = budgetDepuisOperations([op("vente", "10/01/2026", 1000), op("achat", "12/01/2026", 3000), op("vente", "03/02/2026", 5000), op("achat", "04/02/2026", 500), { ...op("decaissement", "30/03/2026", 10), taux: ZERO }]);
    expect(b.tva.due.map(Number)).toEqual([0, 500, 0]);
    expect(b.tva.creditAnterieur.map(Number)).toEqual([0, 400, 0]);
    expect(b.tva.payee.map(Number)).toEqual([0, 0, 500]);
  });

  it("propriété : tout ce qui est facturé est soit réglé dans la période, soit dû en fin de période, au centime", () => {
    const operation = fc.record({
      vente: fc.boolean(),
      mois: fc.integer({ min: 1, max: 6 }),
      jour: fc.integer({ min: 1, max: 28 }),
      centimes: fc.integer({ min: 1, max: 5_000_000 }),
      taux: fc.constantFrom("0", "0.055", "0.1", "0.2"),
      conditions: fc.constantFrom("comptant", "30 jours", "45 jours fin de mois", "30 % comptant ; 70 % 60 jours", "50 % 30 jours fin de mois ; 50 % 90 jours"),
    });
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), (ops) => {
        const operations: OperationPrevue[] = ops.map((o) => ({
          nature: o.vente ? "vente" : "achat",
          libelle: o.vente ? "Ventes" : "Achats",
          date: { annee: 2026, mois: o.mois, jour: o.jour },
          montant: new Dec(o.centimes).div(100),
          taux: new Dec(o.taux),
          parts: lireConditions(o.conditions),
        }));
        const b = budgetDepuisOperations(operations);
        const ttc = (vente: boolean) => somme(operations.filter((o) => (o.nature === "vente") === vente).map((o) => o.montant.plus(o.montant.times(o.taux).toDecimalPlaces(2, Dec.ROUND_HALF_UP))));
        const regle = (l: { montants: Dec[] }[]) => somme(l.flatMap((x) => x.montants));
        expect(regle(b.encaissements).plus(b.fin.creances).toFixed(2)).toBe(ttc(true).toFixed(2));
        expect(regle(b.decaissements.slice(0, -1)).plus(b.fin.dettes).toFixed(2)).toBe(ttc(false).toFixed(2));
        // TVA : ce qui est payé + ce qui reste dû − le crédit restant = collectée − déductible.
        const net = somme(b.tva.collectee).minus(somme(b.tva.deductible));
        expect(somme(b.tva.payee).plus(b.fin.tvaADecaisser).minus(b.fin.creditTva).toFixed(2)).toBe(net.toFixed(2));
      }),
      { numRuns: 300 },
    );
  });
});

describe("refus : rien n'est écrit, le message nomme la ligne et la colonne", () => {
  it("nature inconnue, date illisible, conditions fausses, TVA sur un règlement", async () => {
    const c = classeur([
      ["Cadeau", "Bonbons", serie("10/01/2026"), 10, null, null],
      ["Vente", "Ventes", "bientôt", 100, 0.2, "comptant"],
      ["Achat", "Achats", serie("10/01/2026"), 100, 0.2, "60 % comptant ; 30 % 30 jours"],
      ["Encaissement", "Créance", serie("10/01/2026"), 100, 0.2, null],
    ]);
    const message = refus(await preparerBudget(c, { source: SOURCE, initiale: new Dec(0) }));
    expect(message).toMatch(/^4 problèmes dans le tableau des opérations prévues \(feuille « Opérations »\), rien n'a été écrit\./);
    expect(message).toContain("Feuille « Opérations », ligne 2, colonne A (Nature) : « Cadeau » n'est pas une nature");
    expect(message).toContain("ligne 3, colonne C (Date)");
    expect(message).toContain("ligne 4, colonne F (Conditions de règlement) : les parts font 90");
    expect(message).toContain("ligne 5, colonne E (Taux TVA) : « Encaissement » est un règlement, sans TVA");
    expect(await c.nomsFeuilles()).toEqual(["Opérations"]);
  });
});

describe("l'exemple Grain de Sel & Cie (feuille « Opérations de trésorerie »)", () => {
  it("fins de mois 16 093,40 / 17 862,90 / 12 755,40 ; TVA due 1 070,00 puis 722,50, crédit de 640,00 en mars (calcul à la main dans preview/donnees/tresorerie.ts)", async () => {
    const { planOperationsTresorerie, FEUILLE_OPERATIONS_TRESORERIE } = await import("../../preview/donnees/tresorerie");
    const c = new ClasseurMemoire({ feuilles: { Entreprise: [[null]] } });
    await c.appliquer(planOperationsTresorerie());
    const p = await appliquer(c, preparerBudget(c, { source: { genre: "feuille", feuille: FEUILLE_OPERATIONS_TRESORERIE } }));
    expect(p.remarques).toEqual([]);
    const lignes = await lignesTable(c, "TabBudgetTresorerie");
    const ligne = (libelle: string) => lignes.find((l) => l[0] === libelle)?.slice(1);
    expect(ligne("Total des encaissements")).toEqual([21964, 24749.5, 26210]);
    expect(ligne("Total des décaissements")).toEqual([15883, 22980, 31317.5]);
    expect(ligne("TVA à décaisser")).toEqual([1863, 1070, 722.5]);
    expect(ligne("Trésorerie à la fin du mois (solde cumulé)")).toEqual([16093.4, 17862.9, 12755.4]);
    // Pas d'alerte : les compléments commencent deux lignes sous le budget (A21), en A23.
    expect((await c.lirePlage("Budget de trésorerie", "A23:D34")).valeurs.filter((l) => l[0] !== null)).toEqual([
      ["TVA du mois (payée le mois suivant)", null, null, null],
      ["TVA", "Janvier 2025", "Février 2025", "Mars 2025"],
      ["TVA collectée (ventes)", 1700, 1517.5, 1610],
      ["TVA déductible (achats, investissements)", 630, 795, 2250],
      ["TVA due au titre du mois", 1070, 722.5, 0],
      ["Restant dû après mars 2025 (bilan prévisionnel)", null, null, null],
      ["Poste", "Montant", null, null],
      ["Créances clients (ventes encaissées plus tard)", 2400, null, null],
      ["Dettes fournisseurs (achats payés plus tard)", 10550, null, null],
      ["TVA à décaisser (TVA de mars 2025)", 0, null, null],
      ["Crédit de TVA à reporter", 640, null, null],
    ]);
  });
});
