// Fonctions de trésorerie évaluées par HyperFormula : comptabilite.md § 4.4 et § 8, erreurs en français, AGORA.EXPLIQUE.
import { creerClasseurHf } from "../../src/hotes/hyperformula/plugin";
import { erreur, valeur } from "../outils/formules";

const serie = (annee: number, mois: number, jour: number): number => (Date.UTC(annee, mois - 1, jour) - Date.UTC(1899, 11, 30)) / 86_400_000;


describe("ECHELONNER — comptabilite.md § 8", () => {
  it("ventes de février 28 800 : 8 640 en février, 14 400 en mars, 5 760 en avril ; total exact", () => {
    expect(valeur('=AGORA.ECHELONNER(28800;"15/02/2026";"30% comptant; 50% 30 jours fin de mois; 20% 60 jours")')).toEqual([
      [serie(2026, 2, 1), 8640],
      [serie(2026, 3, 1), 14400],
      [serie(2026, 4, 1), 5760],
    ]);
    const tiers = valeur('=AGORA.ECHELONNER(100;"15/01/2026";"33,33% comptant; 33,33% 30 jours; 33,34% 60 jours")') as number[][];
    expect(tiers.map((l) => l[1])).toEqual([33.33, 33.33, 33.34]);
  });
  it("erreurs : parts qui ne font pas 100 % (#NOMBRE!), terme inconnu (#VALEUR!)", () => {
    expect(erreur('=AGORA.ECHELONNER(1000;"15/01/2026";"30% comptant; 60% 30 jours")')).toMatchObject({ erreur: "#NOMBRE!", message: "conditions : les parts font 90\u202f% au lieu de 100\u202f%." });
    expect(erreur('=AGORA.ECHELONNER(1000;"15/01/2026";"100% un jour")')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^conditions : « un jour » n'est pas un terme de paiement/) });
  });
  it("EXPLIQUE : le calcul de chaque part, les échéances et la répartition par mois", () => {
    const lignes = (valeur('=AGORA.EXPLIQUE("ECHELONNER";1000;"10/01/2026";"30% comptant; 70% 30 jours fin de mois")') as string[][]).map((l) => l[0]);
    expect(lignes).toEqual(
      expect.arrayContaining([
        "30\u202f% comptant : 1\u202f000,00 × 30\u202f% = 300,00",
        "70\u202f% 30 jours fin de mois : reste = 1\u202f000,00 − 300,00 = 700,00",
        "Fin de ce mois : 28/02/2026",
        "Par mois : janvier 2026 300,00 ; février 2026 700,00",
      ]),
    );
  });
});

describe("TVA.A.DECAISSER — comptabilite.md § 4.4", () => {
  it("un montant, une plage de déductible, un crédit antérieur", () => {
    expect(valeur("=AGORA.TVA.A.DECAISSER(6000;4300)")).toBe(1700);
    const hf = creerClasseurHf({ Feuil1: [[6000, 3100, 1200, "=AGORA.TVA.A.DECAISSER(A1;B1:C1)", "=AGORA.TVA.A.DECAISSER(3000;B1:C1)", "=AGORA.TVA.A.DECAISSER(6000;B1:C1;1300)"]] });
    expect(hf.getSheetValues(0)[0].slice(3)).toEqual([1700, -1300, 400]);
    hf.destroy();
  });
  it("montant négatif ou illisible : l'erreur nomme l'argument", () => {
    expect(erreur("=AGORA.TVA.A.DECAISSER(-5;100)")).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^collectee : /) });
    expect(erreur('=AGORA.TVA.A.DECAISSER(100;"cent")')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^deductible : « cent » n'est pas un nombre/) });
  });
});

describe("BUDGET.TRESORERIE — comptabilite.md § 8", () => {
  it("depuis une colonne de totaux, avec l'alerte du mois négatif dans EXPLIQUE", () => {
    const hf = creerClasseurHf({
      Feuil1: [
        [21600, 24400, '=AGORA.BUDGET.TRESORERIE(A1:A3;B1:B3;3000)'],
        [27840, 24500],
        [30000, 35500],
        ['=AGORA.EXPLIQUE("BUDGET.TRESORERIE";A1:A3;B1:B3;3000)'],
      ],
    });
    const v = hf.getSheetValues(0);
    expect(v.slice(0, 4).map((l) => l.slice(2, 7))).toEqual([
      ["Mois", "Encaissements", "Décaissements", "Solde du mois", "Solde cumulé"],
      [1, 21600, 24400, -2800, 200],
      [2, 27840, 24500, 3340, 3540],
      [3, 30000, 35500, -5500, -1960],
    ]);
    const explication = v.slice(3).map((l) => l[0]).filter((c) => typeof c === "string");
    expect(explication).toContain("Attention : trésorerie négative en fin de mois 3 : besoin de financement (découvert, emprunt, négociation des délais de paiement).");
    hf.destroy();
  });
  it("plages de longueurs différentes → #VALEUR! en français", () => {
    const hf = creerClasseurHf({ Feuil1: [[1, 2, 3], [4, 5, null], ["=AGORA.BUDGET.TRESORERIE(A1:C1;A2:B2;0)"]] });
    const c = hf.getCellValue({ sheet: 0, row: 2, col: 0 }) as { value: string; message: string };
    expect(c.value).toBe("#VALEUR!");
    expect(c.message).toMatch(/^encaissements, decaissements : 3 mois d'encaissements et 2 mois de décaissements/);
    hf.destroy();
  });
});
