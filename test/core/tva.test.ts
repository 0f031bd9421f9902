import fc from "fast-check";
import { Dec } from "../../src/core/argent";
import { ht, montantTva, tauxTva, ttc } from "../../src/core/tva";

const d = (s: string | number) => new Dec(s);

describe("TVA — exemples de comptabilite.md", () => {
  it("§ 5.2 : TVA par taux de la facture complète", () => {
    expect(montantTva(d("839.82"), d("0.2")).toFixed(2)).toBe("167.96");
    expect(montantTva(d("156.80"), d("0.055")).toFixed(2)).toBe("8.62");
  });
  it("§ 5.2 : l'acompte de 200 € TTC à 20 % contient 166,67 HT", () => {
    expect(ht(d(200), d("0.2")).toFixed(2)).toBe("166.67");
  });
  it("§ 4.5 : 0,99 × 20 % = 0,198 → 0,20", () => {
    expect(montantTva(d("0.99"), d("0.2")).toFixed(2)).toBe("0.20");
  });
  it("§ 11.1 : PV HT 120,00 à 20 % → 144,00 TTC", () => {
    expect(ttc(d(120), d("0.2")).toFixed(2)).toBe("144.00");
  });
  it("taux datés : 19,6 % jusqu'au 31/12/2013, 20 % ensuite ; 7 % intermédiaire en 2012", () => {
    expect(tauxTva("normal", { annee: 2013, mois: 12, jour: 31 }).toString()).toBe("0.196");
    expect(tauxTva("normal", { annee: 2014, mois: 1, jour: 1 }).toString()).toBe("0.2");
    expect(tauxTva("intermediaire", { annee: 2012, mois: 6, jour: 1 }).toString()).toBe("0.07");
    expect(() => tauxTva("intermediaire", { annee: 2011, mois: 6, jour: 1 })).toThrow(expect.objectContaining({ code: "na" }));
  });
});

const centimes = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => d(c).div(100));
const tauxUsuels = fc.constantFrom("0.2", "0.1", "0.055", "0.021", "0.196", "0.07", "0").map(d);
const tauxQuelconques = fc.integer({ min: 0, max: 10000 }).map((n) => d(n).div(10000));

describe("TVA — propriétés", () => {
  it("HT + TVA = TTC au centime pour tout montant et tout taux", () => {
    fc.assert(
      fc.property(centimes, fc.oneof(tauxUsuels, tauxQuelconques), (montant, t) => {
        expect(montant.plus(montantTva(montant, t)).eq(ttc(montant, t))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("HT(TTC(x)) retrouve x à 0,01 près", () => {
    fc.assert(
      fc.property(centimes, fc.oneof(tauxUsuels, tauxQuelconques), (montant, t) => {
        expect(ht(ttc(montant, t), t).minus(montant).abs().lte("0.01")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("la TVA est toujours un nombre entier de centimes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }).map((n) => d(n).div(1000)), tauxQuelconques, (m, t) => {
        expect(montantTva(m, t).times(100).isInteger()).toBe(true);
      }),
    );
  });
});
