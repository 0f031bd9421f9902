import fc from "fast-check";
import { estFormatDate, formaterNombre, formaterTexte, nombreStandard, sections } from "../../src/classeur/apercu/formats-nombre";

const FINE = "\u202f";

/** Numéro de série Excel d'une date, calculé indépendamment du code (jour 0 = 30/12/1899, dates après mars 1900). */
const serie = (a: number, m: number, j: number) => (Date.UTC(a, m - 1, j) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("formats de nombre affichés comme Excel en français", () => {
  it.each<[number, string | undefined, string]>([
    [1234.5, '#,##0.00 "€"', `1${FINE}234,50 €`],
    [-1234.5, '#,##0.00 "€"', `-1${FINE}234,50 €`],
    [1234.5, "#,##0.00 [$€-40C]", `1${FINE}234,50 €`],
    [1234567.891, "#,##0.00", `1${FINE}234${FINE}567,89`],
    [0.2, "0.00%", "20,00%"],
    [0.055, "0.0%", "5,5%"],
    [12.5, "0", "13"],
    [0.5, "#.00", ",50"],
    [0, '#,##0.00;-#,##0.00;"-"', "-"],
    // Excel arrondit l'affichage sur 15 chiffres significatifs, demi-unité éloignée de zéro (office-addin.md § 4.3).
    [2.675, "0.00", "2,68"],
    [1.005, "0.00", "1,01"],
    // Excel garde le signe d'un négatif arrondi à zéro (le « -0 » bien connu des tableurs).
    [-0.001, "0.00", "-0,00"],
    [serie(2025, 3, 12), "dd/mm/yyyy", "12/03/2025"],
    [serie(2025, 3, 12), "dddd d mmmm yyyy", "mercredi 12 mars 2025"],
    [serie(2025, 3, 12) + 0.5, "dd/mm/yyyy hh:mm", "12/03/2025 12:00"],
    [serie(2024, 2, 29), "d mmm yy", "29 févr. 24"],
  ])("%s au format %s → « %s »", (n, code, attendu) => {
    expect(formaterNombre(n, code).texte).toBe(attendu);
  });

  it("format Standard : 11 caractères au plus, virgule décimale, notation scientifique au-delà", () => {
    expect(nombreStandard(100)).toBe("100");
    expect(nombreStandard(-2.5)).toBe("-2,5");
    expect(nombreStandard(1 / 3)).toBe("0,333333333");
    expect(nombreStandard(123456789012)).toBe("1,23457E+11");
    expect(nombreStandard(0.1 + 0.2)).toBe("0,3");
    expect(formaterNombre(1e-12).texte).toBe("1E-12");
  });

  it("couleur d'une section ([Red]) et section négative", () => {
    expect(formaterNombre(-5, "#,##0.00;[Red]-#,##0.00")).toEqual({ texte: "-5,00", couleur: "#c50f1f" });
    expect(formaterNombre(-5, "0;(0)").texte).toBe("(5)");
  });

  it("textes : format « @ » et quatrième section", () => {
    expect(formaterTexte("abc", "@")).toBe("abc");
    expect(formaterTexte("abc", '0;0;0;"Réf. "@')).toBe("Réf. abc");
    expect(formaterTexte("abc", "0.00")).toBe("abc");
  });

  it("reconnaît les formats de date et découpe les sections hors guillemets", () => {
    expect(estFormatDate("dd/mm/yyyy")).toBe(true);
    expect(estFormatDate('#,##0.00 "€"')).toBe(false);
    expect(estFormatDate('0 "jours"')).toBe(false);
    expect(sections('0;"a;b";0')).toEqual(["0", '"a;b"', "0"]);
  });

  it("propriété : un montant en centimes s'affiche comme Intl.NumberFormat fr-FR (oracle indépendant)", () => {
    const intl = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (centimes) => {
        const n = centimes / 100;
        expect(formaterNombre(n, "#,##0.00").texte).toBe(intl.format(n).replace("\u2212", "-"));
      }),
    );
  });

  it("propriété : le format Standard tient en 11 caractères et garde au moins 5 chiffres significatifs", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e10, max: 1e10, noNaN: true }).filter((x) => Math.abs(x) > 1e-6), (x) => {
        const texte = nombreStandard(x);
        expect(texte.length).toBeLessThanOrEqual(11);
        const relu = Number(texte.replace(",", ".").replace("E", "e"));
        expect(Math.abs(relu - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-5);
      }),
    );
  });
});
