// Dégressif fiscal : les deux exemples de comptabilite.md § 9.3 au centime, les coefficients datés et les erreurs.
import { Dec } from "../../../src/core/argent";
import { coefficientDegressif, planDegressif, planLineaire } from "../../../src/core/immobilisations";
import { COEFFICIENTS_DEGRESSIFS } from "../../../src/core/legislation/degressif";
import { verifierParametre } from "../../../src/core/legislation/parametres";
import { TraceEnregistree } from "../../../src/core/trace";
import { immo, jour, lignesPlan } from "./outils";

const ACQUISITION = jour(2026, 7, 12);

describe("dégressif — comptabilite.md § 9.3", () => {
  it("exemple 1 (8 400 €, 12/07/2026, 4 ans) : 31,25 %, 6 mois, bascule en linéaire dès 2027", () => {
    const trace = new TraceEnregistree();
    const plan = planDegressif(immo(8400, ACQUISITION, 4, "degressif"), trace);
    expect(plan.taux.eq("0.3125")).toBe(true);
    expect(lignesPlan(plan)).toEqual([
      "1 | 01/07/2026 | 31/12/2026 | 8400.00 | 1312.50 | 1312.50 | 7087.50",
      "2 | 01/01/2027 | 31/12/2027 | 7087.50 | 2362.50 | 3675.00 | 4725.00",
      "3 | 01/01/2028 | 31/12/2028 | 4725.00 | 2362.50 | 6037.50 | 2362.50",
      "4 | 01/01/2029 | 31/12/2029 | 2362.50 | 2362.50 | 8400.00 | 0.00",
    ]);
    const lignes = trace.lignes().join("\n");
    expect(lignes).toContain("8\u202f400,00 × 31,25\u202f% × 6 / 12 = 1\u202f312,50");
    expect(lignes).toContain("3 années restantes, taux linéaire 1 / 3 = 33,3333\u202f% > 31,25\u202f% : passage au linéaire, annuité = 7\u202f087,50 / 3 = 2\u202f362,50");
  });

  it("exemple 2 (5 ans, coefficient 1,75 → 35 %) : bascule tardive en 2029, total 8 400,00", () => {
    const plan = planDegressif(immo(8400, ACQUISITION, 5, "degressif"));
    expect(plan.lignes.map((l) => [l.annuite.toFixed(2), l.vnc.toFixed(2)])).toEqual([
      ["1470.00", "6930.00"],
      ["2425.50", "4504.50"],
      ["1576.58", "2927.92"],
      ["1463.96", "1463.96"],
      ["1463.96", "0.00"],
    ]);
  });

  it("le plan finit avec le n-ième exercice (pas d'exercice de plus, contrairement au linéaire)", () => {
    expect(planDegressif(immo(8400, ACQUISITION, 4, "degressif")).lignes).toHaveLength(4);
    expect(planLineaire(immo(8400, ACQUISITION, 4)).lignes).toHaveLength(5);
  });

  it("amortissement dérogatoire 2026 : 1 312,50 − 985,83 = 326,67", () => {
    const deg = planDegressif(immo(8400, ACQUISITION, 4, "degressif")).lignes[0].annuite;
    const lin = planLineaire(immo(8400, ACQUISITION, 4)).lignes[0].annuite;
    expect(deg.minus(lin).toFixed(2)).toBe("326.67");
  });

  it("premier exercice de 21 mois (01/04/2026 → 31/12/2027) : 12 000 × 35 % × 21 / 12 = 7 350,00 (BOFiP : prorata sur la durée réelle)", () => {
    const plan = planDegressif(immo(12000, jour(2026, 4, 1), 5, "degressif", { premiereCloture: jour(2027, 12, 31) }));
    expect(plan.lignes[0].annuite.toFixed(2)).toBe("7350.00");
    expect(plan.lignes.at(-1)!.vnc.toFixed(2)).toBe("0.00");
  });
});

describe("coefficients dégressifs datés — CGI art. 39 A", () => {
  it("§ 9.3 : 1,25 (3 et 4 ans), 1,75 (5 et 6 ans), 2,25 (plus de 6 ans) pour un bien acquis en 2026", () => {
    const c = (n: number) => coefficientDegressif(n, ACQUISITION).toString();
    expect([3, 4, 5, 6, 7, 10, 50].map(c)).toEqual(["1.25", "1.25", "1.75", "1.75", "2.25", "2.25", "2.25"]);
  });

  it("§ 9.5 : les anciens coefficients (1,5 ; 2 ; 2,5) s'appliquent aux biens acquis avant 2001 ; la majoration 2009 à ceux de 2009", () => {
    expect([4, 5, 8].map((n) => coefficientDegressif(n, jour(2000, 6, 15)).toString())).toEqual(["1.5", "2", "2.5"]);
    expect([4, 5, 8].map((n) => coefficientDegressif(n, jour(2009, 6, 15)).toString())).toEqual(["1.75", "2.25", "2.75"]);
    expect(coefficientDegressif(4, jour(2010, 1, 1)).toString()).toBe("1.25");
  });

  it("le tableau est bien formé (dates ISO, sources) et la trace cite la source", () => {
    expect(verifierParametre(COEFFICIENTS_DEGRESSIFS)).toEqual([]);
    const trace = new TraceEnregistree();
    coefficientDegressif(5, ACQUISITION, trace);
    expect(trace.lignes()).toEqual([
      "Coefficient dégressif pour une durée de 5 ans (5 ou 6 ans), bien acquis le 12/07/2026 : 1,75",
      expect.stringMatching(/^Source : CGI art\. 39 A, 1 .*en vigueur depuis le 01\/01\/2010\.$/),
    ]);
  });

  it("erreurs : durée de moins de 3 ans (#NOMBRE!), date antérieure au tableau (#N/A), valeur résiduelle refusée", () => {
    expect(() => coefficientDegressif(2, ACQUISITION)).toThrow(
      expect.objectContaining({ code: "nombre", message: "duree : le dégressif fiscal est réservé aux biens d'une durée normale d'utilisation d'au moins 3 ans (CGI ann. II art. 22) ; 2 ans donnés." }),
    );
    expect(() => coefficientDegressif(5, jour(1990, 1, 1))).toThrow(expect.objectContaining({ code: "na" }));
    expect(() => planDegressif({ ...immo(8400, ACQUISITION, 5, "degressif"), valeurResiduelle: new Dec(100) })).toThrow(/^valeur_residuelle : /);
  });
});
