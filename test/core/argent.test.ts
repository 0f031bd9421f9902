import { arrondi, arrondiA, enFrancais, montantFr, tauxFr } from "../../src/core/argent";
import { depuisFlottant } from "../../src/core/nombres";

// comptabilite.md § 0 et office-addin.md § 4.3 : demi-unité éloignée de zéro, jamais d'erreur binaire.
describe("arrondi au centime", () => {
  it.each([
    ["2.345", "2.35"],
    ["-2.345", "-2.35"],
    ["2.344", "2.34"],
    ["16.527", "16.53"],
    ["167.964", "167.96"],
    ["8.624", "8.62"],
    ["0.198", "0.2"],
  ])("%s → %s", (entree, attendu) => {
    expect(arrondi(entree).toString()).toBe(attendu);
  });

  it.each([
    [1.005, "1.01"],
    [0.285, "0.29"],
    [2.675, "2.68"],
    [-1.005, "-1.01"],
    [1234.565, "1234.57"],
  ])("flottant d'une cellule %s → %s (comme Excel, pas comme ROUND de HyperFormula)", (n, attendu) => {
    expect(arrondi(depuisFlottant(n)).toString()).toBe(attendu);
  });

  it("arrondit à l'euro la CA3 (0,50 → 1)", () => {
    expect(arrondiA("1700.5", 0).toString()).toBe("1701");
    expect(arrondiA("-0.5", 0).toString()).toBe("-1");
  });
});

describe("écriture française", () => {
  it("sépare les milliers par une espace fine et met une virgule décimale", () => {
    expect(montantFr("1173.2")).toBe("1\u202f173,20");
    expect(enFrancais("-1234567.891")).toBe("−1\u202f234\u202f567,891");
    expect(tauxFr("0.055")).toBe("5,5\u202f%");
  });
});
