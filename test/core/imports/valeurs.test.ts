// Lecture des valeurs d'une extraction (exports-pgi.md § 7.3 nombres, § 7.4 dates) : attendus écrits à la main.
import fc from "fast-check";
import { lireDateSource, lireMontantSource, resoudreFormatDate } from "../../../src/core/imports";

describe("montants (exports-pgi.md § 7.3)", () => {
  it.each([
    ["1234,56", 123456],
    ["1234.56", 123456],
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1\u202f234,56", 123456],
    ["1.234,56", 123456],
    ["-1234,56", -123456],
    ["-1234.56", -123456],
    ["1234,56-", -123456],
    ["(1 234,56)", -123456],
    ["(12,00)", -1200],
    [" 000000000003000,00", 300000],
    ["-000000000001000,00", -100000],
    ["0", 0],
    ["", 0],
    ["12 €", 1200],
    ["\u22125,5", -550],
  ])("« %s » → %i centimes", (texte, centimes) => {
    expect(lireMontantSource(texte)).toBe(centimes);
  });
  it("vide et null valent 0 ; un nombre de classeur est lu à 15 chiffres significatifs (0,1 + 0,2)", () => {
    expect(lireMontantSource(null)).toBe(0);
    expect(lireMontantSource(0.1 + 0.2)).toBe(30);
    expect(lireMontantSource(12042.12)).toBe(1204212);
  });
  it("« 1.234 » : 1 234 si la décimale du format est la virgule ; refusé sinon (trois décimales)", () => {
    expect(lireMontantSource("1.234", ",")).toBe(123400);
    expect(lireMontantSource("1.234.567", ",")).toBe(123456700);
    expect(lireMontantSource("1.234", ".")).toBeUndefined();
  });
  it.each(["12,345", "abc", "1,2,3", "--5", "NaN", "1e5", "9".repeat(60)])("« %s » est refusé", (texte) => {
    expect(lireMontantSource(texte)).toBeUndefined();
  });
  it("propriété : n centimes écrits « 1 234,56 », « 1234.56 », « (1 234,56) » se relisent exactement", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => {
        const a = Math.abs(c);
        const euros = String(Math.floor(a / 100));
        const cts = String(a % 100).padStart(2, "0");
        const milliers = euros.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
        const signe = c < 0 ? "-" : "";
        return (
          lireMontantSource(`${signe}${milliers},${cts}`) === c &&
          lireMontantSource(`${signe}${euros}.${cts}`) === c &&
          (c >= 0 || lireMontantSource(`(${milliers},${cts})`) === c) &&
          (c >= 0 || lireMontantSource(`${euros},${cts}-`) === c)
        );
      }),
      { numRuns: 500, seed: 6 },
    );
  });
});

describe("dates (exports-pgi.md § 7.4)", () => {
  it.each([
    ["31/01/2022", "JJ/MM/AAAA", [2022, 1, 31]],
    ["1/2/2022", "JJ/MM/AAAA", [2022, 2, 1]],
    ["01/31/2022", "MM/JJ/AAAA", [2022, 1, 31]],
    ["2022-01-31", "AAAA-MM-JJ", [2022, 1, 31]],
    ["2022-01-31 00:00:00", "AAAA-MM-JJ", [2022, 1, 31]],
    ["20220131", "AAAAMMJJ", [2022, 1, 31]],
    ["31012022", "JJMMAAAA", [2022, 1, 31]],
    ["100216", "JJMMAA", [2016, 2, 10]],
    ["311299", "JJMMAA", [1999, 12, 31]],
  ] as const)("« %s » (%s)", (texte, format, [a, m, j]) => {
    expect(lireDateSource(texte, format)).toEqual({ annee: a, mois: m, jour: j });
  });
  it("un numéro de série de classeur : 44592 = 31/01/2022 (fiche de la fixture XLSX)", () => {
    expect(lireDateSource(44592, "JJ/MM/AAAA")).toEqual({ annee: 2022, mois: 1, jour: 31 });
  });
  it("une date impossible ou mal écrite est refusée avec un message qui cite la valeur", () => {
    expect(lireDateSource("30/02/2025", "JJ/MM/AAAA")).toEqual({ erreur: "la date « 30/02/2025 » n'existe pas (lue au format JJ/MM/AAAA)." });
    expect(lireDateSource("20250230", "AAAAMMJJ")).toEqual({ erreur: "la date « 20250230 » n'existe pas (lue au format AAAAMMJJ)." });
    expect(lireDateSource("2025-01-15", "JJ/MM/AAAA")).toEqual({ erreur: "« 2025-01-15 » n'est pas une date au format JJ/MM/AAAA (par exemple 31/01/2025)." });
  });
  it("format déduit des valeurs : JJ/MM dès qu'un jour > 12, MM/JJ dès qu'un 2e nombre > 12, remarque sans indice", () => {
    expect(resoudreFormatDate(["01/02/2025", "13/02/2025"])).toEqual({ format: "JJ/MM/AAAA" });
    expect(resoudreFormatDate(["01/02/2025", "02/13/2025"]).format).toBe("MM/JJ/AAAA");
    const sansIndice = resoudreFormatDate(["01/02/2025", "03/04/2025"]);
    expect(sansIndice.format).toBe("JJ/MM/AAAA");
    expect(sansIndice.remarque).toContain("MM/JJ/AAAA");
    expect(resoudreFormatDate(["2025-01-15"]).format).toBe("AAAA-MM-JJ");
    expect(resoudreFormatDate(["20250115", "20251231"]).format).toBe("AAAAMMJJ");
    expect(resoudreFormatDate(["15012025", "31122025"]).format).toBe("JJMMAAAA");
  });
});
