// Allègements (paie.md § 4) : réduction générale 2024-2025, RGDU 2026, taux réduits maladie et famille, heures supplémentaires.
import fc from "fast-check";
import { Dec } from "../../../src/core/argent";
import { baremeAu, calculerBulletin, reduction, smicReference } from "../../../src/core/paie";
import { TRACE_MUETTE } from "../../../src/core/trace";
import { bulletinA, bulletinB, ligne, n } from "./outils";

const jour = (annee: number, mois: number) => ({ annee, mois, jour: 1 });
const smicTempsPlein = (annee: number, mois: number) => smicReference(new Dec(1820), baremeAu(jour(annee, mois)), TRACE_MUETTE);
const rg = (brut: number | string, annee: number, mois: number, effectif = 11) =>
  reduction(new Dec(brut), smicTempsPlein(annee, mois), effectif, baremeAu(jour(annee, mois)), TRACE_MUETTE);

describe("RGDU 2026 (paie.md § 4.2)", () => {
  it("au SMIC : C = Tmin + Tdelta = 0,3981 (moins de 50) et 0,4021 (50 et plus)", () => {
    expect(n(rg("1823.03", 2026, 3).coefficient)).toBe(0.3981);
    expect(n(rg("1823.03", 2026, 3, 60).coefficient)).toBe(0.4021);
  });

  it("juste sous 3 SMIC : C ≈ Tmin = 0,02 ; à 3 SMIC (5 469,10 €) : plus de réduction", () => {
    expect(n(rg("5469.09", 2026, 3).coefficient)).toBe(0.02);
    expect(n(rg("5469.10", 2026, 3).montant)).toBe(0);
  });

  it("exemples (a) et (b) : 559,65 € et 124,05 € (avec le SMIC majoré des 8 HS)", () => {
    expect(n(rg(2150, 2026, 3).montant)).toBe(559.65);
    const b = baremeAu(jour(2026, 3));
    const smic = smicReference(new Dec(1820).plus(8 * 12), b, TRACE_MUETTE);
    expect(n(reduction(new Dec("4903.29"), smic, 60, b, TRACE_MUETTE).montant)).toBe(124.05);
  });

  it("juin 2026 : le SMIC de 12,31 € relève le seuil (3 × 12,31 × 1 820 ÷ 12 = 5 601,05 €)", () => {
    expect(n(rg("5500", 2026, 5).montant)).toBe(0);
    expect(n(rg("5500", 2026, 6).coefficient)).toBeGreaterThan(0);
    expect(n(rg("5601.05", 2026, 6).montant)).toBe(0);
  });

  it("propriété : le coefficient est compris entre 0 et le maximum et ne croît jamais avec le salaire", () => {
    fc.assert(
      fc.property(fc.integer({ min: 182303, max: 600000 }), fc.integer({ min: 1, max: 5000 }), fc.boolean(), (centimes, pas, grande) => {
        const a = rg(centimes / 100, 2026, 3, grande ? 60 : 11);
        const b = rg((centimes + pas) / 100, 2026, 3, grande ? 60 : 11);
        return a.coefficient.gte(b.coefficient) && b.coefficient.gte(0) && a.coefficient.lte(grande ? "0.4021" : "0.3981");
      }),
    );
  });
});

describe("réduction générale 2024-2025 (paie.md § 4.1 : C = T ÷ 0,6 × (1,6 × SMIC ÷ rémunération − 1))", () => {
  // Calculs à la main : SMIC mars 2025 = 11,88 × 1 820 ÷ 12 = 1 801,80 € ; 1,6 × 1 801,80 ÷ 2 000 = 1,44144 ;
  // T = 0,3194 : 0,3194 ÷ 0,6 × 0,44144 = 0,234993… → 0,2350 ; 2 000 × 0,2350 = 470,00 €.
  it("mars 2025, 2 000 € : C = 0,2350 ; réduction 470,00 €", () => {
    const r = rg(2000, 2025, 3);
    expect([n(r.coefficient), n(r.montant)]).toEqual([0.235, 470]);
  });

  // Au 01/05/2025, T = 0,3193 : 0,3193 ÷ 0,6 × 0,44144 = 0,234920… → 0,2349 ; 2 000 × 0,2349 = 469,80 €.
  it("mai 2025 (T = 0,3193, décret 2025-318) : C = 0,2349 ; 469,80 €", () => {
    const r = rg(2000, 2025, 5);
    expect([n(r.coefficient), n(r.montant)]).toEqual([0.2349, 469.8]);
  });

  // Janvier 2024, 50 salariés : SMIC 11,65 × 1 820 ÷ 12 = 1 766,9167 € ; 1,6 × 1 766,9167 ÷ 1 900 = 1,487930 ;
  // 0,3234 ÷ 0,6 × 0,487930 = 0,262994… → 0,2630 ; 1 900 × 0,2630 = 499,70 €.
  it("janvier 2024, 60 salariés, 1 900 € : C = 0,2630 ; 499,70 €", () => {
    const r = rg(1900, 2024, 1, 60);
    expect([n(r.coefficient), n(r.montant)]).toEqual([0.263, 499.7]);
  });

  it("plafonné à T au SMIC, nul à partir de 1,6 SMIC (2 882,88 € en 2025)", () => {
    expect(n(rg("1801.80", 2025, 3).coefficient)).toBe(0.3194);
    expect(n(rg("2882.88", 2025, 3).montant)).toBe(0);
    expect(n(rg("2882.87", 2025, 3).montant)).toBe(0);
    expect(n(rg("2880", 2025, 3).montant)).toBeGreaterThan(0);
  });
});

describe("taux réduits maladie et allocations familiales 2024-2025 (paie.md § 3.1)", () => {
  const mars2025 = (brut: string) => calculerBulletin(bulletinA((e) => (e.annee = 2025) && (e.salarie.salaireBase = new Dec(brut))));
  it("2025 : maladie à 7 % jusqu'à 4 054,05 €, 13 % au-delà ; famille à 3,45 % jusqu'à 5 945,94 €", () => {
    expect(n(ligne(mars2025("4054.05"), "maladie").tauxPatronal)).toBe(0.07);
    expect(n(ligne(mars2025("4054.06"), "maladie").tauxPatronal)).toBe(0.13);
    expect(n(ligne(mars2025("5945.94"), "famille").tauxPatronal)).toBe(0.0345);
    expect(n(ligne(mars2025("5945.95"), "famille").tauxPatronal)).toBe(0.0525);
  });

  it("le seuil est majoré des heures supplémentaires (au SMIC figé du seuil)", () => {
    // 4 040 € + 2 HS à 25 % (66,59 €) = 4 106,59 € : au-dessus de 4 054,05 € mais sous le seuil majoré
    // 2,25 × 11,88 × (151,6667 + 2) = 4 054,05 + 53,46 = 4 107,51 €.
    const b = calculerBulletin(bulletinA((e) => {
      e.annee = 2025;
      e.salarie.salaireBase = new Dec(4040);
      e.variables.heuresSup25 = new Dec(2);
    }));
    expect(n(b.totaux.brut)).toBe(4106.59);
    expect(n(ligne(b, "maladie").tauxPatronal)).toBe(0.07);
  });

  it("2026 : taux pleins pour tous (intégrés à la RGDU)", () => {
    const b = calculerBulletin(bulletinA());
    expect([n(ligne(b, "maladie").tauxPatronal), n(ligne(b, "famille").tauxPatronal)]).toEqual([0.13, 0.0525]);
  });
});

describe("heures supplémentaires (paie.md § 2.2)", () => {
  it("déduction forfaitaire : 1,50 €/h en deçà de 20 salariés, rien à 250 et plus avant 2026, 0,50 €/h en 2026", () => {
    const deduction = (annee: number, effectif: number) => {
      const b = calculerBulletin(bulletinB((e) => {
        e.annee = annee;
        e.entreprise.effectif = effectif;
      }));
      return b.lignes.find((l) => l.code === "deduction-forfaitaire-hs")?.montantPatronal?.toNumber() ?? 0;
    };
    expect(deduction(2026, 19)).toBe(-12);
    expect(deduction(2026, 60)).toBe(-4);
    expect(deduction(2026, 300)).toBe(-4);
    expect(deduction(2025, 300)).toBe(0);
    expect(deduction(2024, 60)).toBe(-4);
  });

  it("heures à 50 % : taux horaire × 1,5 ; exonération d'impôt limitée au reste du plafond annuel de 7 500 €", () => {
    const b = calculerBulletin(bulletinB((e) => {
      e.variables.heuresSup50 = new Dec(4);
      e.salarie.cumulHsExonerees = new Dec(7000);
    }));
    // 4 600 ÷ 151,67 × 1,5 × 4 = 181,974… → 181,97 ; HS du mois 303,29 + 181,97 = 485,26 ; reste du plafond 500 €.
    expect(n(ligne(b, "hs50").montantSalarial)).toBe(181.97);
    expect(n(b.informations.heuresSupExonerees)).toBe(485.26);
    const plafonne = calculerBulletin(bulletinB((e) => (e.salarie.cumulHsExonerees = new Dec(7400))));
    expect(n(plafonne.informations.heuresSupExonerees)).toBe(100);
    // Seule la part exonérée a son assiette de CSG à part : 100 × 98,25 % = 98,25.
    expect(n(ligne(plafonne, "csg-crds-hs").base)).toBe(98.25);
  });
});
