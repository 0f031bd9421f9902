// Grand livre (comptabilite.md § 1.6) sur les dix écritures types du § 6 : lignes triées par date puis numéro,
// solde progressif, totaux. Attendus calculés à la main à partir des montants de la référence.
import { calculerGrandLivre, comparerNumeros } from "../../../src/core/compta/grand-livre";
import { lireSelectionComptes } from "../../../src/core/compta/selection-comptes";
import { ECRITURES_TYPES, ecriture } from "./ecritures-types";

const compte = (numero: string, lignes = ECRITURES_TYPES) => calculerGrandLivre(lignes).comptes.find((c) => c.compte === numero)!;
const resume = (numero: string) =>
  compte(numero).lignes.map((l) => [`${String(l.date.jour).padStart(2, "0")}/${String(l.date.mois).padStart(2, "0")}`, l.numero, l.debit, l.credit, l.solde]);

describe("grand livre des écritures types (comptabilite.md § 6)", () => {
  it("401 Fournisseurs : achat, avoir reçu, escompte, règlement — triés par date, solde progressif", () => {
    expect(resume("401")).toEqual([
      ["02/03", "1", 0, 120000, -120000], // achat 1 200,00 TTC
      ["10/03", "5", 6000, 0, -114000], // avoir reçu 60,00
      ["15/03", "7", 0, 117600, -231600], // facture avec escompte 1 176,00
      ["25/03", "4", 120000, 0, -111600], // règlement par chèque 1 200,00
    ]);
    expect(compte("401")).toMatchObject({ libelle: "Fournisseurs", debit: 126000, credit: 237600, solde: -111600 });
  });

  it("44566 TVA déductible : 200,00 − 10,00 + 196,00 − 3 100,00 (liquidation § 4.4)", () => {
    expect(resume("44566")).toEqual([
      ["02/03", "1", 20000, 0, 20000],
      ["10/03", "5", 0, 1000, 19000],
      ["15/03", "7", 19600, 0, 38600],
      ["31/03", "10", 0, 310000, -271400],
    ]);
  });

  it("512 Banques et 2815 amortissements (dotation de 985,83 du § 9)", () => {
    expect(resume("512")).toEqual([["20/03", "3", 240000, 0, 240000], ["25/03", "4", 0, 120000, 120000]]);
    expect(compte("2815")).toMatchObject({ debit: 0, credit: 98583, solde: -98583, libelle: expect.stringMatching(/^Installations, matériels/) });
  });

  it("les comptes sont triés comme des chaînes ; le total débit = total crédit du journal", () => {
    const g = calculerGrandLivre(ECRITURES_TYPES);
    expect(g.comptes.map((c) => c.compte)).toEqual(["2154", "2815", "401", "404", "411", "44551", "44562", "44566", "44571", "512", "607", "609", "6811", "707", "709", "765"]);
    expect(g.totaux.debit).toBe(g.totaux.credit);
    expect(g.totaux.debit).toBe(ECRITURES_TYPES.reduce((s, l) => s + l.debit, 0));
  });

  it("à date égale, le numéro d'écriture se compare naturellement (2 avant 10), puis l'ordre du fichier", () => {
    const lignes = [
      ...ecriture("BQ", "10", "2026-03-05", "b", [["512", 10, 0], ["411", 0, 10]]),
      ...ecriture("BQ", "2", "2026-03-05", "a", [["512", 20, 0], ["411", 0, 20]]),
      ...ecriture("BQ", "2", "2026-03-04", "c", [["512", 0, 5], ["401", 5, 0]]),
    ];
    expect(compte("512", lignes).lignes.map((l) => [l.libelle, l.solde])).toEqual([["c", -500], ["a", 1500], ["b", 2500]]);
    expect(comparerNumeros("VT0002", "VT0010")).toBeLessThan(0);
  });

  it("filtre par période et par comptes", () => {
    const g = calculerGrandLivre(ECRITURES_TYPES, { du: { annee: 2026, mois: 3, jour: 20 }, au: { annee: 2026, mois: 3, jour: 31 }, compte: lireSelectionComptes("4;5", "comptes").contient });
    expect(g.comptes.map((c) => [c.compte, c.lignes.length])).toEqual([["401", 1], ["411", 1], ["44551", 1], ["44562", 1], ["44566", 1], ["44571", 1], ["512", 2]]);
  });

  it("garde tiers, lettrage et ligne d'origine", () => {
    const [l] = calculerGrandLivre(ECRITURES_TYPES).comptes.find((c) => c.compte === "411")!.lignes;
    expect(l).toMatchObject({ tiers: "C0042", journal: "VTE", piece: "P2", libelle: "Vente de marchandises" });
    expect(typeof l.origine).toBe("number");
  });
});
