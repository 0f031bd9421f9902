import fc from "fast-check";
import { Dec } from "../../src/core/argent";
import { ajouterJours, ajouterMois, comparerJours, type Jour } from "../../src/core/dates";
import { pointMort, seuilRentabilite } from "../../src/core/gestion";
import { TraceEnregistree } from "../../src/core/trace";

const d = (s: string | number) => new Dec(s);
const jour = (annee: number, mois: number, j: number): Jour => ({ annee, mois, jour: j });
const JANVIER_2026 = jour(2026, 1, 1);

describe("seuil de rentabilité — comptabilite.md § 11.2", () => {
  it("CA 300 000, charges variables 180 000 : taux de MCV 40 % ; SR = 84 000 / 0,40 = 210 000", () => {
    const tauxMcv = d(300_000 - 180_000).div(300_000);
    expect(tauxMcv.eq("0.4")).toBe(true);
    expect(seuilRentabilite(d(84_000), tauxMcv).toFixed(2)).toBe("210000.00");
  });
  it("arrondi au centime : 10 000 / 30 % = 33 333,333… → 33 333,33", () => {
    const trace = new TraceEnregistree();
    expect(seuilRentabilite(d(10_000), d("0.3"), trace).toFixed(2)).toBe("33333.33");
    expect(trace.lignes()[0]).toMatch(/= 33\u202f333,333333… → 33\u202f333,33$/);
  });
  it("taux de MCV nul ou négatif → #NOMBRE! « seuil inatteignable »", () => {
    for (const t of ["0", "-0.1"]) {
      expect(() => seuilRentabilite(d(84_000), d(t))).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/seuil inatteignable/) }));
    }
  });
});

describe("point mort — comptabilite.md § 11.2 (année de 360 jours, mois de 30 jours)", () => {
  it("210 000 / 300 000 × 12 = 8,4 mois = 8 mois et 12 jours → 12 septembre", () => {
    const trace = new TraceEnregistree();
    expect(pointMort(d(210_000), d(300_000), JANVIER_2026, trace)).toEqual(jour(2026, 9, 12));
    expect(trace.lignes()).toContain("Point mort = 01/01/2026 + 8 mois + 12 jours − 1 jour = 12/09/2026");
  });
  it("exercice décalé (01/07/2025 – 30/06/2026) : 8 mois et 12 jours → 12/03/2026", () => {
    expect(pointMort(d(210_000), d(300_000), jour(2025, 7, 1))).toEqual(jour(2026, 3, 12));
  });
  it("mois entiers : 100 000 / 300 000 × 12 = 4 mois → 30 avril (fin du 4e mois)", () => {
    expect(pointMort(d(100_000), d(300_000), JANVIER_2026)).toEqual(jour(2026, 4, 30));
  });
  it("jour entamé : 52 000 / 300 000 × 12 = 2,08 mois ; 0,08 × 30 = 2,4 → 3 jours → 03/03/2026", () => {
    expect(pointMort(d(52_000), d(300_000), JANVIER_2026)).toEqual(jour(2026, 3, 3));
  });
  it("février : 1,99 mois = 1 mois et 29,7 → 30 jours, ramené au 28/02/2026 (29/02/2028, année bissextile)", () => {
    // 199 000 / 1 200 000 × 12 = 1,99.
    expect(pointMort(d(199_000), d(1_200_000), JANVIER_2026)).toEqual(jour(2026, 2, 28));
    expect(pointMort(d(199_000), d(1_200_000), jour(2028, 1, 1))).toEqual(jour(2028, 2, 29));
  });
  it("SR = CA → dernier jour de l'exercice ; SR nul → premier jour", () => {
    expect(pointMort(d(300_000), d(300_000), JANVIER_2026)).toEqual(jour(2026, 12, 31));
    expect(pointMort(d(0), d(300_000), JANVIER_2026)).toEqual(JANVIER_2026);
  });
  it("SR > CA → #N/A : le seuil n'est pas atteint pendant l'exercice (jamais une date de l'exercice suivant)", () => {
    expect(() => pointMort(d(310_000), d(300_000), JANVIER_2026)).toThrow(
      expect.objectContaining({ code: "na", message: expect.stringMatching(/n'est pas atteint pendant l'exercice/) }),
    );
    expect(() => pointMort(d(1), d(0), JANVIER_2026)).toThrow(expect.objectContaining({ code: "na" }));
  });
});

describe("point mort — propriétés", () => {
  const debuts = fc.record({ annee: fc.integer({ min: 1990, max: 2090 }), mois: fc.integer({ min: 1, max: 12 }) }).map(({ annee, mois }) => jour(annee, mois, 1));
  const montants = fc.integer({ min: 1, max: 10_000_000_00 }).map((c) => d(c).div(100));

  it("reste dans l'exercice et tombe dans le mois que donne le calcul en mois de 30 jours", () => {
    fc.assert(
      fc.property(montants, montants, debuts, (a, b, debut) => {
        const [seuil, ca] = a.lte(b) ? [a, b] : [b, a];
        const date = pointMort(seuil, ca, debut);
        expect(comparerJours(date, debut)).toBeGreaterThanOrEqual(0);
        expect(comparerJours(date, ajouterJours(ajouterMois(debut, 12), -1))).toBeLessThanOrEqual(0);
        // Le seuil est atteint au cours du mois de rang ⌈SR × 360 / CA / 30⌉ (mois de 30 jours).
        const rang = Math.max(1, seuil.times(12).div(ca).ceil().toNumber());
        const moisAttendu = ajouterMois(debut, rang - 1);
        expect([date.annee, date.mois]).toEqual([moisAttendu.annee, moisAttendu.mois]);
      }),
      { numRuns: 2000 },
    );
  });
  it("croît avec le seuil (à chiffre d'affaires égal)", () => {
    fc.assert(
      fc.property(montants, montants, montants, (a, b, c) => {
        const [s1, s2, ca] = [a, b, c].sort((x, y) => x.comparedTo(y));
        expect(comparerJours(pointMort(s1, ca, JANVIER_2026), pointMort(s2, ca, JANVIER_2026))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
