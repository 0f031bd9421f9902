// CUMP d'une liste d'entrées et indicateurs de stock : les exemples de comptabilite.md § 10.1 et § 10.2.
import { Dec } from "../../../src/core/argent";
import { cump, rotation, stockAlerte, stockMoyen, wilson } from "../../../src/core/stocks";
import { TraceEnregistree } from "../../../src/core/trace";

const d = (...n: number[]) => n.map((x) => new Dec(x));

describe("CUMP — comptabilite.md § 10.1", () => {
  it("après l'entrée du 05/03 : 3 720 / 300 = 12,40 ; de période : 5 040 / 400 = 12,60", () => {
    expect(cump(d(100, 200), d(12, 12.6)).toFixed(2)).toBe("12.40");
    const trace = new TraceEnregistree();
    expect(cump(d(100, 200, 100), d(12, 12.6, 13.2), trace).toFixed(2)).toBe("12.60");
    expect(trace.lignes()).toEqual(["Valeur = 100 × 12,00 + 200 × 12,60 + 100 × 13,20 = 5\u202f040,00", "CUMP = 5\u202f040,00 / 400 = 12,60"]);
  });
  it("arrondi au centime : (3 × 1,00 + 3 × 2,01) / 6 = 1,505 → 1,51", () => {
    expect(cump(d(3, 3), d(1, 2.01)).toFixed(2)).toBe("1.51");
  });
  it("erreurs : quantités nulles (#DIV/0!), négatives (#NOMBRE!), listes de longueurs différentes (#VALEUR!)", () => {
    expect(() => cump(d(0), d(12))).toThrow(expect.objectContaining({ code: "div0" }));
    expect(() => cump(d(-1, 2), d(12, 12))).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^quantites : la quantité n° 1/) }));
    expect(() => cump(d(1, 2), d(12))).toThrow(expect.objectContaining({ code: "valeur" }));
  });
});

describe("indicateurs — comptabilite.md § 10.2", () => {
  it("stock moyen (18 000 + 22 000) / 2 = 20 000 ; rotation 240 000 / 20 000 = 12 ; durée 30 jours", () => {
    expect(stockMoyen(new Dec(18000), new Dec(22000)).toNumber()).toBe(20000);
    const trace = new TraceEnregistree();
    expect(rotation(new Dec(240000), new Dec(18000), new Dec(22000), trace).toNumber()).toBe(12);
    expect(trace.lignes()).toContain("Durée moyenne de stockage = 360 / rotation = 30 jours (12 / rotation = 1 mois)");
  });
  it("Wilson : Q* = √(2 × 12 000 × 60 / 1) = 1 200 ; N* = 10 ; périodicité 36 jours ; coût de gestion 1 200", () => {
    const trace = new TraceEnregistree();
    expect(wilson(new Dec(12000), new Dec(60), new Dec(1), trace).toNumber()).toBe(1200);
    expect(trace.lignes()).toEqual([
      "Q* = √(2 × 12\u202f000 × 60 / 1) = √1\u202f440\u202f000 = 1\u202f200",
      "Nombre de commandes N* = D / Q* = 10 ; périodicité = 360 / N* = 36 jours",
      "Coût de gestion = N* × Cp + Q*/2 × Cs = 600,00 + 600,00 = 1\u202f200,00",
    ]);
  });
  it("Wilson non entier : valeur exacte, la trace conseille l'arrondi à l'unité supérieure", () => {
    const trace = new TraceEnregistree();
    expect(wilson(new Dec(1000), new Dec(50), new Dec(3), trace).toNumber()).toBeCloseTo(Math.sqrt((2 * 1000 * 50) / 3), 12);
    expect(trace.lignes().at(-1)).toMatch(/arrondir Q\* à l'unité supérieure/);
  });
  it("stock d'alerte : c = 12 000 / 300 = 40 ; sécurité 40 × 4 = 160 ; 40 × 6 + 160 = 400", () => {
    const c = new Dec(12000).div(300);
    expect(stockAlerte(c, new Dec(6), c.times(4)).toNumber()).toBe(400);
  });
  it("cas limites : D, Cp ou Cs ≤ 0 → #NOMBRE! ; stock moyen nul → #DIV/0!", () => {
    expect(() => wilson(new Dec(0), new Dec(60), new Dec(1))).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^demande_annuelle : /) }));
    expect(() => wilson(new Dec(12000), new Dec(60), new Dec(-1))).toThrow(/^cout_possession_unitaire : /);
    expect(() => rotation(new Dec(100), new Dec(0), new Dec(0))).toThrow(expect.objectContaining({ code: "div0" }));
    expect(() => stockAlerte(new Dec(-1), new Dec(6), new Dec(0))).toThrow(/^consommation_journaliere : /);
  });
});
