// Fonctions commerciales évaluées de bout en bout par HyperFormula (le moteur de l'aperçu et de `agora eval`).
import { FONCTIONS_COMMERCIALES } from "../../src/fonctions/commercial";
import { erreur, valeur } from "../outils/formules";


describe("fonctions commerciales — descripteurs", () => {
  it("chaque argument est décrit en français, chaque fonction a un ou deux exemples sourcés", () => {
    for (const f of FONCTIONS_COMMERCIALES) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const a of f.arguments) expect(a.description.length).toBeGreaterThan(10);
      expect(f.exemples.length).toBeGreaterThanOrEqual(1);
      expect(f.exemples.length).toBeLessThanOrEqual(2);
      for (const e of f.exemples) expect(e.source).toBeTruthy();
    }
  });
});

describe("fonctions commerciales — HyperFormula", () => {
  it("§ 5.2 : NET.COMMERCIAL(450;10%;5%) = 384,75 ; remises en texte « 10 % » et en nombre 10", () => {
    expect(valeur("=AGORA.NET.COMMERCIAL(450;10%;5%)")).toBe(384.75);
    expect(valeur('=AGORA.NET.COMMERCIAL(450;"10 %";5)')).toBe(384.75);
    expect(valeur("=AGORA.NET.COMMERCIAL(450;10%;;5%)")).toBe(384.75);
    expect(valeur("=AGORA.NET.COMMERCIAL(450;10%;5%;0)")).toBe(384.75);
  });
  it("§ 5.2 : NET.FINANCIER de la ligne 20 % puis du net commercial enchaîné", () => {
    expect(valeur("=AGORA.NET.FINANCIER(AGORA.NET.COMMERCIAL(450;10%;5%)+AGORA.NET.COMMERCIAL(480;8%);2%)")).toBe(809.82);
  });
  it("§ 11.1 : marge 40, taux de marge 50 %, taux de marque 1/3, CM 1,8, PV HT 120, PV TTC 144", () => {
    expect(valeur("=AGORA.MARGE(120;80)")).toBe(40);
    expect(valeur("=AGORA.TAUX.MARGE(120;80)")).toBe(0.5);
    // HyperFormula arrondit ses sorties à 10 décimales (precisionRounding) ; la fonction rend 40 ÷ 120 non arrondi.
    expect(valeur("=AGORA.TAUX.MARQUE(120;80)")).toBeCloseTo(1 / 3, 10);
    expect(valeur("=AGORA.COEF.MULTIPLICATEUR(144;80)")).toBe(1.8);
    expect(valeur("=AGORA.PV.HT(80;50%)")).toBe(120);
    expect(valeur('=AGORA.PV.HT(80;50%;"marge")')).toBe(120);
    expect(valeur("=AGORA.PV.TTC(80;50%;20%)")).toBe(144);
    expect(valeur("=AGORA.PV.TTC(80;0,5;20)")).toBe(144);
  });
  it("taux de marge non borné : 1,5 = 150 % ; taux de marque borné : 25 = 25 %", () => {
    expect(valeur("=AGORA.PV.HT(80;1,5)")).toBe(200); // 80 × 2,5
    expect(valeur('=AGORA.PV.HT(80;"150 %")')).toBe(200);
    expect(valeur('=AGORA.PV.HT(90;25;"marque")')).toBe(120); // 90 ÷ 0,75
    expect(valeur('=AGORA.PV.HT(90;0,25;"Marque")')).toBe(120);
  });
  it("marge négative autorisée : MARGE(70;80) = −10", () => {
    expect(valeur("=AGORA.MARGE(70;80)")).toBe(-10);
  });
  it("erreurs : codes HyperFormula et messages français", () => {
    const div0 = erreur("=AGORA.TAUX.MARGE(120;0)");
    expect(div0.erreur).toBe("#DIV/0!");
    expect(div0.message).toBe("cout : le coût d'achat est nul, le taux de marge (marge ÷ coût) n'est pas défini.");
    expect(erreur("=AGORA.TAUX.MARQUE(0;80)").erreur).toBe("#DIV/0!");
    expect(erreur("=AGORA.COEF.MULTIPLICATEUR(144;0)").erreur).toBe("#DIV/0!");
    expect(erreur('=AGORA.NET.COMMERCIAL(450;"150 %")')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^remise1 : .*100/) });
    expect(erreur("=AGORA.NET.COMMERCIAL(450;10%;-5%)")).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^remise2 : .*négatif/) });
    expect(erreur("=AGORA.NET.FINANCIER(826,35;-2%)").erreur).toBe("#NOMBRE!");
    expect(erreur('=AGORA.PV.HT(80;100%;"marque")')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/taux de marque/) });
    expect(erreur('=AGORA.PV.HT(80;50%;"prix")')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^base : « prix »/) });
    expect(erreur('=AGORA.MARGE("cent";80)')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^prix_vente_ht : /) });
    expect(erreur("=AGORA.MARGE(-120;80)")).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^prix_vente_ht : .*négatif/) });
  });
  it('=AGORA.EXPLIQUE("PV.TTC";80;50%;20%) montre comment 144 est obtenu (§ 11.1)', () => {
    expect(valeur('=AGORA.EXPLIQUE("PV.TTC";80;50%;20%)')).toEqual([
      ["PV HT = coût d'achat × (1 + taux de marge) = 80,00 × (1 + 50\u202f%) = 120,00"],
      ["TVA = 120,00 × 20\u202f% = 24,00"],
      ["TTC = HT + TVA = 120,00 + 24,00 = 144,00"],
      ["Résultat : 144,00\u00a0€"],
    ]);
  });
  it("EXPLIQUE signale la marge négative", () => {
    const lignes = (valeur('=AGORA.EXPLIQUE("TAUX.MARGE";70;80)') as string[][]).map((l) => l[0]);
    expect(lignes).toContain("Attention : marge négative : le prix de vente est inférieur au coût d'achat.");
    expect(lignes[lignes.length - 1]).toBe("Résultat : −12,5\u202f%");
  });
});
