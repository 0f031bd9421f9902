// Fiche de stock : l'exemple de l'article X (comptabilite.md § 10.1) au centime, dans les trois méthodes,
// la lecture des mouvements, les erreurs, et la propriété « PEPS et CUMP laissent la même quantité en stock ».
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import { ficheStock, lireMethode, lireMouvements, tableauFiche, type FicheStock, type MethodeStock } from "../../../src/core/stocks";
import type { ValeurCellule } from "../../../src/core/nombres";
import { TraceEnregistree } from "../../../src/core/trace";

const ARTICLE_X: ValeurCellule[][] = [
  ["Date", "Libellé", "Entrée qté", "Prix unitaire", "Sortie qté"],
  ["01/03/2026", "Stock initial", 100, 12, null],
  ["05/03/2026", "Entrée", 200, 12.6, null],
  ["10/03/2026", "Sortie", null, null, 150],
  ["18/03/2026", "Entrée", 100, 13.2, null],
  ["25/03/2026", "Sortie", null, null, 180],
];

const fiche = (methode: MethodeStock, trace?: TraceEnregistree) => ficheStock(lireMouvements(ARTICLE_X), methode, trace);
const f2 = (d?: Decimal) => (d === undefined ? "" : d.toFixed(2));
/** Lignes « entrée (qté × PU = montant) | sortie | stock » pour comparer au tableau de la référence. */
const lignes = (f: FicheStock) =>
  f.lignes.map((l) => {
    const v = (x?: { quantite: Decimal; prix?: Decimal; montant?: Decimal }) => (x ? `${x.quantite} × ${f2(x.prix)} = ${f2(x.montant)}` : "-");
    return `${l.libelle} | ${v(l.entree)} | ${v(l.sortie)} | ${v(l.stock)}`;
  });

describe("fiche de stock — comptabilite.md § 10.1 (article X, mars 2026)", () => {
  it("CUMP après chaque entrée : 12,40 puis 12,72 ; sorties 1 860,00 et 2 289,60 ; stock final 70 × 12,72 = 890,40", () => {
    const f = fiche("cump");
    expect(lignes(f)).toEqual([
      "Stock initial | 100 × 12.00 = 1200.00 | - | 100 × 12.00 = 1200.00",
      "Entrée | 200 × 12.60 = 2520.00 | - | 300 × 12.40 = 3720.00",
      "Sortie | - | 150 × 12.40 = 1860.00 | 150 × 12.40 = 1860.00",
      "Entrée | 100 × 13.20 = 1320.00 | - | 250 × 12.72 = 3180.00",
      "Sortie | - | 180 × 12.72 = 2289.60 | 70 × 12.72 = 890.40",
    ]);
    expect([f.totalEntrees, f.totalSorties, f.stockFinal.valeur].map(f2)).toEqual(["5040.00", "4149.60", "890.40"]);
  });

  it("CUMP de période : 5 040 / 400 = 12,60 ; sorties 330 × 12,60 = 4 158,00 ; stock final 70 × 12,60 = 882,00", () => {
    const trace = new TraceEnregistree();
    const f = fiche("cumpPeriode", trace);
    expect(f.lignes.filter((l) => l.sortie).map((l) => f2(l.sortie!.montant))).toEqual(["1890.00", "2268.00"]);
    expect([f.totalSorties, f.stockFinal.valeur].map(f2)).toEqual(["4158.00", "882.00"]);
    expect(trace.lignes()).toContain("CUMP de période = (stock initial + entrées) / quantités = 5\u202f040,00 / 400 = 12,60");
  });

  it("PEPS : sortie du 10/03 = 100 × 12,00 + 50 × 12,60 = 1 830,00 ; du 25/03 = 150 × 12,60 + 30 × 13,20 = 2 286,00 ; stock final 924,00", () => {
    const trace = new TraceEnregistree();
    const f = fiche("peps", trace);
    expect(lignes(f)).toEqual([
      "Stock initial | 100 × 12.00 = 1200.00 | - | 100 × 12.00 = 1200.00",
      "Entrée | 200 × 12.60 = 2520.00 | - | 300 ×  = 3720.00",
      "Sortie | - | 100 × 12.00 = 1200.00 | -",
      "Sortie | - | 50 × 12.60 = 630.00 | 150 × 12.60 = 1890.00",
      "Entrée | 100 × 13.20 = 1320.00 | - | 250 ×  = 3210.00",
      "Sortie | - | 150 × 12.60 = 1890.00 | -",
      "Sortie | - | 30 × 13.20 = 396.00 | 70 × 13.20 = 924.00",
    ]);
    expect(trace.lignes()).toContain("Ligne 4, Sortie : 100 × 12,00 + 50 × 12,60 = 1\u202f830,00 ; reste 150 à 12,60");
    expect(trace.lignes()).toContain("Ligne 6, Sortie : 150 × 12,60 + 30 × 13,20 = 2\u202f286,00 ; reste 70 à 13,20");
  });

  it("contrôle général SI + entrées = sorties + SF : 5 040,00 = 4 116,00 + 924,00 (PEPS) = 4 149,60 + 890,40 (CUMP)", () => {
    const peps = fiche("peps");
    expect([peps.totalEntrees, peps.totalSorties, peps.stockFinal.valeur].map(f2)).toEqual(["5040.00", "4116.00", "924.00"]);
    const trace = new TraceEnregistree();
    fiche("cump", trace);
    expect(trace.lignes()).toContain("Contrôle : stock initial + entrées = sorties + stock final : 5\u202f040,00 = 4\u202f149,60 + 890,40");
  });

  it("CUMP arrondi non exact : l'écart de quelques centimes est toléré et signalé (§ 10.1)", () => {
    // 3 u à 1,00 puis 3 u à 2,01 : CUMP = 9,03 / 6 = 1,505 → 1,51 ; stock 6 × 1,51 = 9,06 au lieu de 9,03.
    const trace = new TraceEnregistree();
    const f = ficheStock(lireMouvements([[null, "Stock initial", 3, 1, null], [null, "Achat", 3, 2.01, null]]), "cump", trace);
    expect(f2(f.stockFinal.valeur)).toBe("9.06");
    expect(trace.lignes().at(-1)).toMatch(/^Attention : écart d'arrondi de −0,03 dû au CUMP arrondi/);
  });

  it("tableau renversé : en-tête de 11 colonnes, cellules vides à null", () => {
    const t = tableauFiche(fiche("cump"));
    expect(t[0]).toEqual(["Date", "Libellé", "Entrée qté", "Entrée PU", "Entrée montant", "Sortie qté", "Sortie PU", "Sortie montant", "Stock qté", "Stock PU", "Stock valeur"]);
    expect(t[3].slice(0, 5)).toEqual([{ annee: 2026, mois: 3, jour: 10 }, "Sortie", null, null, null]);
  });
});

describe("mouvements et méthodes — erreurs en français", () => {
  it("sortie supérieure au stock → #NOMBRE! « le stock ne peut pas devenir négatif »", () => {
    const m = lireMouvements([[null, "SI", 10, 5, null], [null, "Vente", null, null, 11]]);
    expect(() => ficheStock(m, "peps")).toThrow(
      expect.objectContaining({ code: "nombre", message: "mouvements, ligne 2 : sortie de 11 pour un stock de 10 ; le stock ne peut pas devenir négatif." }),
    );
  });
  it("entrée et sortie sur la même ligne, quantité négative, prix manquant, date impossible, plage trop étroite", () => {
    expect(() => lireMouvements([[null, "x", 5, 1, 3]])).toThrow(/^mouvements, ligne 1 : une entrée et une sortie sur la même ligne/);
    expect(() => lireMouvements([[null, "x", -5, 1, null]])).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^mouvements, ligne 1 : la quantité −5 doit être strictement positive/) }));
    expect(() => lireMouvements([[null, "x", 5, null, null]])).toThrow(/^mouvements, ligne 1, prix unitaire : le coût unitaire de l'entrée est vide\.$/);
    expect(() => lireMouvements([["31/02/2026", "x", 5, 1, null]])).toThrow(/^mouvements, ligne 1, date : la date « 31\/02\/2026 » n'existe pas\.$/);
    expect(() => lireMouvements([[1, 2, 3, 4]])).toThrow(/^mouvements : 5 colonnes sont attendues \(date \| libellé \| entrée qté \| prix unitaire \| sortie qté\), la plage en a 4\.$/);
    expect(() => lireMouvements([[null, null, null, null, null]])).toThrow(/^mouvements : aucun mouvement/);
  });
  it("méthodes reconnues (accents, casse, FIFO) ; DEPS refusé", () => {
    expect(["CUMP", "cump après chaque entrée", "CUMP période", "CUMP de fin de période", "PEPS", "fifo"].map((m) => lireMethode(m))).toEqual([
      "cump", "cump", "cumpPeriode", "cumpPeriode", "peps", "peps",
    ]);
    expect(() => lireMethode("DEPS")).toThrow(/^methode : « DEPS » n'est pas une méthode de valorisation.*DEPS\/LIFO est interdit en France/);
  });
});

describe("propriété : PEPS, CUMP et CUMP de période laissent la même quantité en stock, et le contrôle tient en PEPS", () => {
  it("sur des mouvements tirés au hasard (sorties jamais supérieures au stock)", () => {
    const mouvement = fc.record({ entree: fc.boolean(), quantite: fc.integer({ min: 1, max: 500 }), prixCentimes: fc.integer({ min: 0, max: 100_000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100_000 }), fc.array(mouvement, { maxLength: 20 }), (qi, pi, tires) => {
        let stock = qi;
        const plage: ValeurCellule[][] = [[null, "SI", qi, pi / 100, null]];
        for (const t of tires) {
          if (t.entree || t.quantite > stock) {
            plage.push([null, "E", t.quantite, t.prixCentimes / 100, null]);
            stock += t.quantite;
          } else {
            plage.push([null, "S", null, null, t.quantite]);
            stock -= t.quantite;
          }
        }
        const m = lireMouvements(plage);
        const fiches = (["cump", "cumpPeriode", "peps"] as const).map((methode) => ficheStock(m, methode));
        for (const f of fiches) expect(f.stockFinal.quantite.toNumber()).toBe(stock);
        const peps = fiches[2];
        expect(peps.totalEntrees.minus(peps.totalSorties).eq(peps.stockFinal.valeur)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
