// Les deux bulletins complets de mars 2026 de paie.md § 10, ligne à ligne et au centime.
import { bulletinJson, calculerBulletin } from "../../../src/core/paie";
import { TraceEnregistree } from "../../../src/core/trace";
import { bulletinA, bulletinB, ligne, n, valeurs } from "./outils";

describe("paie.md § 10.1 : bulletin (a), non-cadre, 2 150,00 €, 11 salariés", () => {
  const b = calculerBulletin(bulletinA());

  it.each([
    ["maladie", [2150, null, null, 0.13, 279.5]],
    ["sante", [null, null, 30, null, 30]],
    ["atmp", [2150, null, null, 0.015, 32.25]],
    ["vieillesse-plafonnee", [2150, 0.069, 148.35, 0.0855, 183.83]],
    ["vieillesse-deplafonnee", [2150, 0.004, 8.6, 0.0211, 45.37]],
    ["retraite-t1", [2150, 0.0315, 67.73, 0.0472, 101.48]],
    ["ceg-t1", [2150, 0.0086, 18.49, 0.0129, 27.74]],
    ["famille", [2150, null, null, 0.0525, 112.88]],
    ["chomage", [2150, null, null, 0.04, 86]],
    ["ags", [2150, null, null, 0.0025, 5.38]],
    ["fnal", [2150, null, null, 0.001, 2.15]],
    ["csa", [2150, null, null, 0.003, 6.45]],
    ["dialogue-social", [2150, null, null, 0.00016, 0.34]],
    ["formation", [2150, null, null, 0.01, 21.5]],
    ["taxe-apprentissage", [2150, null, null, 0.0059, 12.69]],
    ["forfait-social", [30, null, null, 0.08, 2.4]],
    ["csg-deductible", [2142.38, 0.068, 145.68, null, null]],
    ["csg-non-deductible", [2142.38, 0.024, 51.42, null, null]],
    ["crds", [2142.38, 0.005, 10.71, null, null]],
    ["reduction-generale", [2150, null, null, null, -559.65]],
  ])("ligne %s", (code, attendu) => {
    expect(valeurs(ligne(b, code))).toEqual(attendu);
  });

  it("pas de T2, de CET, d'APEC ni de prévoyance cadre ; les blocs sont dans l'ordre du bulletin clarifié", () => {
    expect(b.lignes.map((l) => l.code)).toEqual([
      "salaire-base", "maladie", "sante", "atmp", "vieillesse-plafonnee", "vieillesse-deplafonnee", "retraite-t1", "ceg-t1", "famille", "chomage", "ags",
      "fnal", "csa", "dialogue-social", "formation", "taxe-apprentissage", "forfait-social", "csg-deductible", "csg-non-deductible", "crds", "reduction-generale",
    ]);
    expect(ligne(b, "reduction-generale").libelle).toBe("Réduction générale dégressive unique (C = 0,2603)");
  });

  it("totaux : 480,98 / 949,96 − 559,65 = 390,31 ; net 1 669,02 ; imposable 1 761,15 ; PAS 35,22 ; payé 1 633,80 ; coût 2 540,31", () => {
    expect(Object.fromEntries(Object.entries(b.totaux).map(([k, v]) => [k, v.toNumber()]))).toEqual({
      brut: 2150,
      cotisationsSalariales: 480.98,
      cotisationsPatronales: 390.31,
      reductionGenerale: 559.65,
      netSocial: 1669.02,
      netImposable: 1761.15,
      netAvantImpot: 1669.02,
      impotSource: 35.22,
      netPaye: 1633.8,
      coutEmployeur: 2540.31,
    });
    expect(n(b.informations.cotisationsPatronalesAvantAllegements)).toBe(949.96);
    expect(n(b.informations.coefficientReduction)).toBe(0.2603);
    expect(b.informations.tauxPASPersonnalise).toBe(true);
  });

  it("la trace refait le calcul de la RGDU de paie.md (3 SMIC = 5 469,10 ; C = 0,260338 → 0,2603 ; part Agirc-Arrco 84,49)", () => {
    const t = new TraceEnregistree();
    calculerBulletin(bulletinA(), t);
    const texte = t.lignes().join("\n");
    expect(texte).toContain("3 SMIC ÷ rémunération = 5\u202f469,10 ÷ 2\u202f150,00 = 2,543767…");
    expect(texte).toContain("C = 0,02 + 0,3781 × 0,635647… = 0,260338… → 0,2603");
    expect(texte).toContain("part Agirc-Arrco = 559,65 × 6,01 % ÷ 0,3981 = 84,49 ; part Urssaf = 475,16");
    expect(texte).toContain("Assiette CSG/CRDS = 2\u202f150,00 × 98,25\u202f% + prévoyance et santé patronales 30,00 = 2\u202f142,375 → 2\u202f142,38");
    expect(texte).toContain("Net imposable = 1\u202f669,02 + CSG non déductible et CRDS 62,13 + santé patronale 30,00 = 1\u202f761,15");
  });
});

describe("paie.md § 10.2 : bulletin (b), cadre, 4 600,00 € + 8 HS à 25 %, 60 salariés", () => {
  const b = calculerBulletin(bulletinB());

  it.each([
    ["salaire-base", [151.67, 4600 / 151.67, 4600, null, null]],
    ["maladie", [4903.29, null, null, 0.13, 637.43]],
    ["prevoyance-cadre", [4005, null, null, 0.015, 60.08]],
    ["sante", [null, null, 30, null, 30]],
    ["atmp", [4903.29, null, null, 0.012, 58.84]],
    ["vieillesse-plafonnee", [4005, 0.069, 276.35, 0.0855, 342.43]],
    ["vieillesse-deplafonnee", [4903.29, 0.004, 19.61, 0.0211, 103.46]],
    ["retraite-t1", [4005, 0.0315, 126.16, 0.0472, 189.04]],
    ["ceg-t1", [4005, 0.0086, 34.44, 0.0129, 51.66]],
    ["retraite-t2", [898.29, 0.0864, 77.61, 0.1295, 116.33]],
    ["ceg-t2", [898.29, 0.0108, 9.7, 0.0162, 14.55]],
    ["cet", [4903.29, 0.0014, 6.86, 0.0021, 10.3]],
    ["famille", [4903.29, null, null, 0.0525, 257.42]],
    ["chomage", [4903.29, null, null, 0.04, 196.13]],
    ["ags", [4903.29, null, null, 0.0025, 12.26]],
    ["apec", [4903.29, 0.00024, 1.18, 0.00036, 1.77]],
    ["fnal", [4903.29, null, null, 0.005, 24.52]],
    ["csa", [4903.29, null, null, 0.003, 14.71]],
    ["dialogue-social", [4903.29, null, null, 0.00016, 0.78]],
    ["formation", [4903.29, null, null, 0.01, 49.03]],
    ["taxe-apprentissage", [4903.29, null, null, 0.0059, 28.93]],
    ["forfait-social", [90.08, null, null, 0.08, 7.21]],
    ["csg-deductible", [4609.58, 0.068, 313.45, null, null]],
    ["csg-non-deductible", [4609.58, 0.024, 110.63, null, null]],
    ["crds", [4609.58, 0.005, 23.05, null, null]],
    ["csg-crds-hs", [297.98, 0.097, 28.9, null, null]],
    ["deduction-forfaitaire-hs", [8, null, null, null, -4]],
    ["reduction-generale", [4903.29, null, null, null, -124.05]],
  ])("ligne %s", (code, attendu) => {
    const v = valeurs(ligne(b, code));
    expect(v.map((x, i) => (i === 1 && code === "salaire-base" ? Number(x?.toFixed(6)) : x))).toEqual(attendu.map((x, i) => (i === 1 && code === "salaire-base" ? Number((x as number).toFixed(6)) : x)));
  });

  it("heures supplémentaires (paie.md § 2.2) : 30,329004 €/h × 1,25 = 37,911255 € ; 8 h = 303,29 €", () => {
    const hs = ligne(b, "hs25");
    expect(hs.tauxSalarial?.toFixed(6)).toBe("37.911255");
    expect(n(hs.montantSalarial)).toBe(303.29);
    expect(n(b.informations.tauxHoraire)).toBeCloseTo(30.329004, 6);
  });

  it("réduction salariale : taux 550,73 ÷ 4 903,29 = 11,2318 % ; 303,29 × 11,2318 % = 34,07", () => {
    const r = ligne(b, "reduction-salariale-hs");
    expect(r.tauxSalarial?.toFixed(6)).toBe("0.112318");
    expect(n(r.montantSalarial)).toBe(-34.07);
    expect(n(r.base)).toBe(303.29);
  });

  it("RGDU avec le SMIC de référence majoré des 8 HS : 1 919,1933 € ; C = 0,0253 ; 124,05 €", () => {
    expect(b.informations.smicReference.toFixed(4)).toBe("1919.1933");
    expect(n(b.informations.coefficientReduction)).toBe(0.0253);
  });

  it("totaux : 1 023,87 / 2 206,88 − 128,05 = 2 078,83 ; net 3 879,42 ; imposable 3 768,71 ; PAS 11,9 % = 448,48 ; payé 3 430,94 ; coût 6 982,12", () => {
    expect(Object.fromEntries(Object.entries(b.totaux).map(([k, v]) => [k, v.toNumber()]))).toEqual({
      brut: 4903.29,
      cotisationsSalariales: 1023.87,
      cotisationsPatronales: 2078.83,
      reductionGenerale: 124.05,
      netSocial: 3879.42,
      netImposable: 3768.71,
      netAvantImpot: 3879.42,
      impotSource: 448.48,
      netPaye: 3430.94,
      coutEmployeur: 6982.12,
    });
    expect(n(b.informations.cotisationsPatronalesAvantAllegements)).toBe(2206.88);
    expect(n(b.informations.allegements)).toBe(128.05);
    expect(n(b.informations.tauxPAS)).toBe(0.119);
    expect(b.informations.tauxPASPersonnalise).toBe(false);
    expect(n(b.informations.heuresSupExonerees)).toBe(303.29);
  });

  it("part Agirc-Arrco de la RGDU : 124,05 × 6,01 ÷ 40,21 = 18,54 ; part Urssaf 105,51", () => {
    const t = new TraceEnregistree();
    calculerBulletin(bulletinB(), t);
    expect(t.lignes()).toContain("Imputation : part Agirc-Arrco = 124,05 × 6,01 % ÷ 0,4021 = 18,54 ; part Urssaf = 105,51");
  });

  it("sortie JSON de la CLI : les champs de l'issue, nombres ou null, taux en fractions", () => {
    const j = bulletinJson(b);
    expect(Object.keys(j.totaux)).toEqual(["brut", "cotisationsSalariales", "cotisationsPatronales", "reductionGenerale", "netSocial", "netImposable", "netAvantImpot", "impotSource", "netPaye", "coutEmployeur"]);
    expect(j.lignes.find((l) => l.rubrique === "APEC")).toEqual({ rubrique: "APEC", base: 4903.29, tauxSalarial: 0.00024, montantSalarial: 1.18, tauxPatronal: 0.00036, montantPatronal: 1.77 });
    for (const l of j.lignes) expect(Object.keys(l)).toEqual(["rubrique", "base", "tauxSalarial", "montantSalarial", "tauxPatronal", "montantPatronal"]);
  });
});
