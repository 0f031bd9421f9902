// Valeurs d'un FEC (comptabilite.md § 2.1, exports-pgi.md § 7.3) : dates AAAAMMJJ, montants à virgule décimale.
import fc from "fast-check";
import { Dec, arrondi } from "../../../src/core/argent";
import { lireDateFec, lireMontantFec, montantFec } from "../../../src/core/fec";

describe("dates AAAAMMJJ (§ 2.1)", () => {
  it.each([
    ["20260315", 20260315],
    ["20240229", 20240229], // 2024 bissextile
    ["20000229", 20000229], // divisible par 400
    ["18991231", 18991231], // format correct ; l'année hors 1900–2099 est la règle FEC-015, pas un défaut de format
  ])("« %s » se lit", (s, n) => expect(lireDateFec(s)).toBe(n));

  it.each(["20250230", "20250431", "19000229", "20251301", "20250100", "2025-01-15", "15/01/2025", "2025011", "202501150", "", "2025O115"])(
    "« %s » n'est pas une date du calendrier au format AAAAMMJJ",
    (s) => expect(lireDateFec(s)).toBe(-1),
  );
});

describe("montants (§ 2.1 : virgule décimale, pas de séparateur de milliers, signe facultatif)", () => {
  it.each([
    ["1200,00", 120000],
    ["0,00", 0],
    ["", 0],
    ["92", 9200],
    ["-100,00", -10000],
    ["+3,5", 350],
    ["1200,", 120000],
    [",5", 50],
    // FEC d'Odoo (exports-pgi.md § 2.2) : position de signe (espace retirée par le lecteur) et zéros de tête.
    ["000000000003000,00", 300000],
    ["-000000000001000,00", -100000],
    ["0000000000000000000012,34", 1234],
  ])("« %s » = %i centimes, sans défaut", (s, c) => expect(lireMontantFec(s)).toBe(c));

  it("point décimal : FEC-018 (rejeté par Test Compta Demat depuis 2019), montant lu quand même", () => {
    expect(lireMontantFec("1200.50")).toEqual({ centimes: 120050, defaut: "FEC-018" });
  });

  it.each([
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1\u202f234,56", 123456],
    ["1.234,56", 123456],
    ["1.234.567", 123456700],
  ])("séparateur de milliers « %s » : FEC-019, lu %i centimes", (s, c) => expect(lireMontantFec(s)).toEqual({ centimes: c, defaut: "FEC-019" }));

  it("plus de deux décimales : FEC-020, arrondi au centime demi-unité éloignée de zéro (12,345 → 12,35 ; -0,005 → -0,01)", () => {
    expect(lireMontantFec("12,345")).toEqual({ centimes: 1235, defaut: "FEC-020" });
    expect(lireMontantFec("-0,005")).toEqual({ centimes: -1, defaut: "FEC-020" });
  });

  it.each(["abc", "12,00 €x", "1234,56-", "--5", ",", "+"])("« %s » est illisible : FEC-018 sans montant", (s) => {
    expect(lireMontantFec(s)).toMatchObject({ centimes: undefined, defaut: "FEC-018" });
  });

  it("un montant au-delà de 2^53 centimes est refusé plutôt qu'arrondi en binaire", () => {
    expect(lireMontantFec("999999999999999999999,00")).toMatchObject({ centimes: undefined, defaut: "FEC-018", detail: "montant trop grand" });
  });

  it("écriture : virgule, deux décimales, sans milliers", () => {
    expect(montantFec(120000)).toBe("1200,00");
    expect(montantFec(5)).toBe("0,05");
    expect(montantFec(-10000)).toBe("-100,00");
    expect(montantFec(123456789012)).toBe("1234567890,12");
  });
});

describe("propriétés des montants (oracle : decimal.js)", () => {
  it("tout montant écrit au format FEC (signe, 1 à 20 chiffres, 0 à 4 décimales) se lit comme le décimal exact arrondi au centime", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "+", "-"), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{0,4}$/), { nil: undefined }), (signe, entier, decimales) => {
        const texte = `${signe}${entier}${decimales === undefined ? "" : `,${decimales}`}`;
        const attendu = arrondi(new Dec(`${signe === "-" ? "-" : ""}${entier}.${decimales || "0"}`)).times(100);
        const lu = lireMontantFec(texte);
        const centimes = typeof lu === "number" ? lu : lu.centimes;
        const sur = attendu.abs().lte(Number.MAX_SAFE_INTEGER);
        if (!sur) expect(lu).toEqual({ centimes: undefined, defaut: "FEC-018", detail: "montant trop grand" });
        else {
          expect(String(centimes)).toBe(attendu.isZero() ? "0" : attendu.toString());
          // Conforme (un nombre) sauf au-delà de deux décimales (FEC-020).
          expect(typeof lu === "number" ? "conforme" : lu.defaut).toBe((decimales ?? "").length > 2 ? "FEC-020" : "conforme");
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("aller-retour montantFec → lireMontantFec sur des centimes quelconques", () => {
    fc.assert(fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (c) => expect(lireMontantFec(montantFec(c))).toBe(c)));
  });
});
