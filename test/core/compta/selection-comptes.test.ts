// Sélection de comptes des fonctions AGORA.SOLDE, DEBIT, CREDIT : préfixes, listes, intervalles.
import { lireSelectionComptes } from "../../../src/core/compta/selection-comptes";

const retenus = (selection: string, comptes: string[]) => comptes.filter((c) => lireSelectionComptes(selection, "comptes").contient(c));
const COMPTES = ["401000", "4011", "404", "408100", "409", "411000", "44566", "512", "601", "607000", "6811", "707", "709", "765"];

describe("sélection de comptes", () => {
  it("un préfixe : toute la classe ou tous les sous-comptes", () => {
    expect(retenus("6", COMPTES)).toEqual(["601", "607000", "6811"]);
    expect(retenus("512", COMPTES)).toEqual(["512"]);
    expect(retenus("401", COMPTES)).toEqual(["401000", "4011"]);
  });
  it("une liste « 6;7 », « 401,411 », « 6 7 »", () => {
    expect(retenus("6;7", COMPTES)).toEqual(["601", "607000", "6811", "707", "709", "765"]);
    expect(retenus("401,411", COMPTES)).toEqual(["401000", "4011", "411000"]);
    expect(retenus(" 6 7 ", COMPTES)).toEqual(retenus("6;7", COMPTES));
  });
  it("un intervalle « 401-408 » : bornes comprises, sous-comptes compris", () => {
    expect(retenus("401-408", COMPTES)).toEqual(["401000", "4011", "404", "408100"]);
    expect(retenus("401 à 408", COMPTES)).toEqual(retenus("401-408", COMPTES));
    expect(retenus("60-68;765", COMPTES)).toEqual(["601", "607000", "6811", "765"]);
  });
  it("un numéro saisi comme nombre", () => {
    expect(lireSelectionComptes(512, "comptes").contient("512000")).toBe(true);
  });
  it("décrit la sélection en français", () => {
    expect(lireSelectionComptes("6;7;401-408", "comptes").description).toBe("6, 7, de 401 à 408");
  });
  it("refuse une sélection vide, un intervalle à l'envers ou un caractère inattendu", () => {
    expect(() => lireSelectionComptes(" ; ", "comptes")).toThrow("comptes : aucun compte donné");
    expect(() => lireSelectionComptes("408-401", "comptes")).toThrow("comptes : l'intervalle « 408-401 » est à l'envers (401-408 ?).");
    expect(() => lireSelectionComptes("6*", "comptes")).toThrow("comptes : « 6* » n'est pas un compte ni un intervalle de comptes");
  });
});
