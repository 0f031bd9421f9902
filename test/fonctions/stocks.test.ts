// Fonctions de stocks évaluées par HyperFormula : comptabilite.md § 10.1 et § 10.2, erreurs en français, AGORA.EXPLIQUE.
import { creerClasseurHf } from "../../src/hotes/hyperformula/plugin";
import { erreur, valeur } from "../outils/formules";


/** Évalue une formule posée en G1 d'une feuille dont A1:E… contient `donnees` ; rend la cellule G1 (ou son erreur). */
function surFeuille(donnees: (string | number | null)[][], formule: string) {
  const hf = creerClasseurHf({ Feuil1: donnees.map((l, i) => [...l, ...Array(6 - l.length).fill(null), i === 0 ? formule : null]) });
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 6 });
  const tout = hf.getSheetValues(0).map((l) => l.slice(6));
  hf.destroy();
  return { v, tout };
}

describe("CUMP et FICHE.STOCK — comptabilite.md § 10.1", () => {
  it("CUMP en colonnes ou en lignes ; cellules vides ignorées par paires", () => {
    expect(surFeuille([[100, 12], [200, 12.6], [null, null], [100, 13.2]], "=AGORA.CUMP(A1:A4;B1:B4)").v).toBe(12.6);
    expect(valeur("=AGORA.CUMP({100;200};{12;12,6})")).toBe(12.4);
  });
  it("CUMP : une quantité sans prix est refusée, en nommant la position", () => {
    const { v } = surFeuille([[100, 12], [200, null]], "=AGORA.CUMP(A1:A2;B1:B2)");
    expect(v).toMatchObject({ value: "#VALEUR!", message: "quantites, prix : le prix n° 2 est vide alors que la quantité ne l'est pas." });
  });
  it("FICHE.STOCK sur un mouvement impossible : #NOMBRE! « le stock ne peut pas devenir négatif »", () => {
    const { v } = surFeuille([["01/03/2026", "SI", 100, 12, null], ["10/03/2026", "Vente", null, null, 150]], "=AGORA.FICHE.STOCK(A1:E2)");
    expect(v).toMatchObject({ value: "#NOMBRE!", message: "mouvements, ligne 2 : sortie de 150 pour un stock de 100 ; le stock ne peut pas devenir négatif." });
  });
  it("FICHE.STOCK : méthode inconnue → #VALEUR! ; EXPLIQUE montre le CUMP de chaque entrée", () => {
    const donnees: (string | number | null)[][] = [["01/03/2026", "Stock initial", 100, 12, null], ["05/03/2026", "Entrée", 200, 12.6, null]];
    expect(surFeuille(donnees, '=AGORA.FICHE.STOCK(A1:E2;"DEPS")').v).toMatchObject({ value: "#VALEUR!" });
    const { tout } = surFeuille(donnees, '=AGORA.EXPLIQUE("FICHE.STOCK";A1:E2)');
    expect(tout.map((l) => l[0])).toContain("Ligne 2, Entrée : CUMP = (1\u202f200,00 + 2\u202f520,00) / 300 = 12,40");
  });
});

describe("indicateurs — comptabilite.md § 10.2", () => {
  it("stock d'alerte 400, Wilson 1 200 (10 commandes par an), stock moyen 20 000, rotation 12 (30 jours)", () => {
    expect(valeur("=AGORA.STOCK.ALERTE(12000/300;6;12000/300*4)")).toBe(400);
    expect(valeur("=AGORA.WILSON(12000;60;10*10%)")).toBe(1200);
    expect(valeur("=12000/AGORA.WILSON(12000;60;1)")).toBe(10);
    expect(valeur("=AGORA.STOCK.MOYEN(18000;22000)")).toBe(20000);
    expect(valeur("=360/AGORA.ROTATION(240000;18000;22000)")).toBe(30);
  });
  it("EXPLIQUE(WILSON) donne N*, la périodicité et le coût de gestion", () => {
    const lignes = (valeur('=AGORA.EXPLIQUE("WILSON";12000;60;1)') as string[][]).map((l) => l[0]);
    expect(lignes).toContain("Nombre de commandes N* = D / Q* = 10 ; périodicité = 360 / N* = 36 jours");
  });
  it("cas limites : D, Cp ou Cs ≤ 0 → #NOMBRE! ; stock moyen nul → #DIV/0!", () => {
    expect(erreur("=AGORA.WILSON(12000;0;1)")).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^cout_commande : /) });
    expect(erreur("=AGORA.ROTATION(1000;0;0)")).toMatchObject({ erreur: "#DIV/0!" });
  });
});
