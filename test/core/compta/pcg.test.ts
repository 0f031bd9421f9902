// Plan comptable général 2025 (pcg.tsv, pcg-README.md) : intitulés, validité des numéros, classes et sens normal (§ 3.1).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { classeCompte, comptePcg, estCompteValide, libelleCompte, sensNormal } from "../../../src/core/compta/pcg";
import { PCG_2025 } from "../../../src/core/compta/pcg-liste";

const TSV = path.resolve(__dirname, "../../../../shared/reference/pcg.tsv");

describe("module généré du PCG 2025", () => {
  it("reprend pcg.tsv ligne à ligne (861 comptes, numéro et intitulé)", () => {
    if (!existsSync(TSV)) {
      if (process.env.CI) throw new Error(`${TSV} absent en CI`);
      console.warn(`pcg.tsv absent (${TSV}) : comparaison sautée.`);
      return;
    }
    const lignes = readFileSync(TSV, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t").slice(0, 2));
    expect(PCG_2025.map(([n, l]) => [n, l])).toEqual(lignes);
  });
  it("compte 861 comptes, répartis par niveau comme le décrit pcg-README.md (8, 63, 268, 432, 90)", () => {
    const parNiveau = [1, 2, 3, 4, 5].map((n) => PCG_2025.filter(([numero]) => numero.length === n).length);
    expect(parNiveau).toEqual([8, 63, 268, 432, 90]);
  });
});

describe("libelleCompte : le compte du PCG le plus précis qui commence le numéro (pcg-README.md)", () => {
  it.each([
    ["411", "Clients"],
    ["411000", "Clients"],
    ["41100000", "Clients"],
    ["401DUPONT", "Fournisseurs"],
    ["4011", "Fournisseurs - Achats de biens et prestations de services"],
    ["6064000", "Fournitures administratives"],
    ["44571", "TVA collectée"],
    ["445710", "TVA collectée"],
    ["512001", "Banques"],
    ["6", "Comptes de charges"],
  ])("%s → %s", (numero, libelle) => {
    expect(libelleCompte(numero)).toBe(libelle);
  });
  it("accepte un numéro saisi comme nombre et les espaces autour", () => {
    expect(libelleCompte(411000)).toBe("Clients");
    expect(libelleCompte(" 707000 ")).toBe("Ventes de marchandises");
  });
  it("ne rattache pas un compte par sa seule classe : 791000 (transferts de charges, supprimés en 2025), 190, 999", () => {
    expect(libelleCompte("791000")).toBeUndefined();
    expect(libelleCompte("190")).toBeUndefined();
    expect(libelleCompte("999")).toBeUndefined();
    expect(libelleCompte("")).toBeUndefined();
  });
  it("675 (supprimé en 2025) se rattache seulement à 67 ; 657 existe (cessions d'immobilisations)", () => {
    expect(comptePcg("675100")).toEqual({ numero: "67", libelle: "Charges exceptionnelles" });
    expect(comptePcg("657")?.numero).toBe("657");
  });
});

describe("estCompteValide : trois chiffres (FEC-012) et un compte du PCG de classe 1 à 7, 8 tolérée (FEC-013)", () => {
  it.each(["411000", "41100000", "401DUPONT", "6064000", "101", "2815", "801", "890000"])("%s est valide", (n) => expect(estCompteValide(n)).toBe(true));
  it.each(["791000", "190", "999999", "000", "41", "4", "A411", "DUPONT", "", "9000"])("%s n'est pas valide", (n) => expect(estCompteValide(n)).toBe(false));
});

describe("classe et sens normal du solde (comptabilite.md § 3.1)", () => {
  it("classe = premier chiffre, de 1 à 8", () => {
    expect(classeCompte("411000")).toBe(4);
    expect(classeCompte("890")).toBe(8);
    expect(classeCompte("9")).toBeUndefined();
    expect(classeCompte("C0042")).toBeUndefined();
  });
  it.each([
    // classe 1 : créditeur sauf 109, 119, 129, 139, 169, 1209
    ["101000", "crediteur"], ["120", "crediteur"], ["164", "crediteur"],
    ["109", "debiteur"], ["119", "debiteur"], ["129", "debiteur"], ["139", "debiteur"], ["169", "debiteur"], ["1209", "debiteur"],
    // classe 2 : débiteur ; 28, 29, 269, 279 créditeurs
    ["2154", "debiteur"], ["2815", "crediteur"], ["2905", "crediteur"], ["269", "crediteur"], ["279", "crediteur"], ["261", "debiteur"],
    // classe 3 : débiteur ; 39 créditeur
    ["370", "debiteur"], ["397", "crediteur"],
    // classe 4
    ["401000", "crediteur"], ["404", "crediteur"], ["421", "crediteur"], ["431", "crediteur"], ["437", "crediteur"],
    ["44551", "crediteur"], ["44571", "crediteur"], ["411000", "debiteur"], ["4091", "debiteur"], ["44566", "debiteur"],
    ["44562", "debiteur"], ["44567", "debiteur"], ["491", "crediteur"], ["467", "variable"], ["4191", "crediteur"],
    // classe 5 : débiteur ; 519, 59 créditeurs
    ["512", "debiteur"], ["530", "debiteur"], ["519", "crediteur"], ["590", "crediteur"],
    // classe 6 : débiteur ; 603 variable ; 609, 619, 629, 649, 6989, 699 créditeurs
    ["607", "debiteur"], ["6811", "debiteur"], ["603", "variable"], ["609", "crediteur"], ["619", "crediteur"], ["629", "crediteur"],
    ["649", "crediteur"], ["6989", "crediteur"], ["699", "crediteur"],
    // classe 7 : créditeur ; 709 débiteur, 713 variable
    ["707", "crediteur"], ["765", "crediteur"], ["709", "debiteur"], ["713", "variable"],
    // classe 8 : hors bilan
    ["801", "variable"],
  ])("%s : %s", (numero, sens) => {
    expect(sensNormal(numero)).toBe(sens);
  });
  it("un numéro sans classe n'a pas de sens normal", () => expect(sensNormal("C0042")).toBeUndefined());
});
