// Règles de nommage de Microsoft (custom-functions-naming.md) : id A–Z 0–9 _ . ; commence par une lettre ;
// au moins trois caractères ; pas une référence de cellule ; pas une macro Excel 4.0 ni une fonction intégrée.
import fc from "fast-check";
import { MACROS_EXCEL4, problemesNomExcel, ressembleAReference } from "../../../src/hotes/excel/noms";

describe("règles de nommage des fonctions personnalisées Excel", () => {
  it.each(["TVA", "TTC", "TAUX.TVA", "NET.COMMERCIAL", "PV.HT", "COEF_2", "XFE1", "R0C1"])("%s est accepté", (nom) => {
    expect(problemesNomExcel(nom)).toEqual([]);
  });

  it("« HT » est refusé : deux caractères, Microsoft en exige trois", () => {
    expect(problemesNomExcel("HT")).toEqual(["au moins trois caractères sont exigés (« HT » en a 2)"]);
  });

  it.each([
    ["2TVA", "le nom doit commencer par une lettre"],
    [".TVA", "le nom doit commencer par une lettre"],
    ["ÉCHÉANCE", "seuls les lettres A à Z, les chiffres, « _ » et « . » sont permis"],
    ["TAUX TVA", "seuls les lettres A à Z, les chiffres, « _ » et « . » sont permis"],
    ["TVA1", "le nom se lit comme une référence de cellule"],
    ["XFD1048576", "le nom se lit comme une référence de cellule"],
    ["R2C3", "le nom se lit comme une référence de cellule"],
    ["RUN", "c'est le nom d'une fonction de macro Excel 4.0"],
    ["ECHO", "c'est le nom d'une fonction de macro Excel 4.0"],
  ])("%s est refusé : %s", (nom, raison) => {
    expect(problemesNomExcel(nom)).toContain(raison);
  });

  it("un nom de fonction intégrée fourni comme réservé est refusé (ARRONDI, ROUND)", () => {
    const reserves = new Set(["ARRONDI", "ROUND"]);
    expect(problemesNomExcel("ARRONDI", reserves)).toEqual(["c'est le nom d'une fonction intégrée d'Excel"]);
    expect(problemesNomExcel("ROUND", reserves)).toEqual(["c'est le nom d'une fonction intégrée d'Excel"]);
    expect(problemesNomExcel("ARRONDI.CENTIME", reserves)).toEqual([]);
  });

  it("références de cellule : colonnes jusqu'à XFD, lignes de 1 à 1 048 576", () => {
    expect(ressembleAReference("A1")).toBe(true);
    expect(ressembleAReference("XFD1")).toBe(true);
    expect(ressembleAReference("XFE1")).toBe(false);
    expect(ressembleAReference("A1048577")).toBe(false);
    expect(ressembleAReference("A0")).toBe(false);
    expect(ressembleAReference("R1048576C16384")).toBe(true);
    expect(ressembleAReference("R1C16385")).toBe(false);
  });

  it("propriété : tout nom de moins de trois caractères est refusé", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2 }), (nom) => problemesNomExcel(nom).length > 0));
  });

  it("propriété : lettre puis au moins deux caractères A–Z, 0–9, « _ », « . » (sans chiffre) est accepté", () => {
    const lettre = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const suite = fc.array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ_."), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(lettre, suite, (l, s) => {
        const nom = l + s.join("");
        return MACROS_EXCEL4.includes(nom) || problemesNomExcel(nom).length === 0;
      }),
    );
  });
});
