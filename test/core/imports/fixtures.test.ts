// Les fixtures réelles (shared/fixtures, fiches *.source.md) importées de bout en bout par le noyau.
// Attendus calculés indépendamment : attendus.json, produit par attendus.py (Python, decimal.Decimal, module csv),
// mêmes chiffres que les tableaux « Contrôles calculés » des fiches de provenance.
import { readFileSync } from "node:fs";
import path from "node:path";
import { lireGrilleXlsx } from "../../../src/cli/importer-classeur";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { detecterFormat, importer, importerGrilleSync, importerSync, lireCfonb, resumerImport } from "../../../src/core/imports";
import attendus from "./attendus.json";

const FIXTURES = path.resolve(__dirname, "../../../../shared/fixtures");
const lire = (nom: string) => readFileSync(path.join(FIXTURES, nom));

/** Σ débit et Σ crédit par compte, en centimes. */
function parCompte(lignes: readonly LigneEcriture[]): Record<string, [number, number]> {
  const r: Record<string, [number, number]> = {};
  for (const l of lignes) {
    const a = (r[l.compte] ??= [0, 0]);
    a[0] += l.debit;
    a[1] += l.credit;
  }
  return r;
}

describe("FEC adh-studio (fiche : 10 lignes, 4 écritures, 2 612,00 équilibré)", () => {
  const r = importerSync(lire("adh-studio-123456782FEC20251231.txt"));
  it("reconnu comme FEC tabulé en UTF-8, sans erreur ni remarque", () => {
    expect(r.ok).toBe(true);
    expect(r.reconnaissance).toMatchObject({ format: "fec", libelle: "FEC (tabulation)" });
    expect(r.encodage?.encodage).toBe("utf-8");
    expect(r.separateur).toBe("\t");
    expect(r.erreurs).toEqual([]);
  });
  it("lignes, écritures, totaux et balance par compte = attendus.json", () => {
    const s = resumerImport(r.lignes);
    expect([s.lignes, s.ecritures, s.debit, s.credit, s.equilibre]).toEqual([attendus.fec.lignes, attendus.fec.ecritures, attendus.fec.debit, attendus.fec.credit, true]);
    expect(parCompte(r.lignes)).toEqual(attendus.fec.comptes);
  });
  it("garde les numéros de ligne du fichier (en-tête = 1) et les comptes en texte", () => {
    expect(r.lignes.map((l) => l.origine)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.lignes[0]).toMatchObject({ journal: "VT", numero: "VT0001", compte: "41100000", tiers: "CLI001", lettrage: "A", debit: 120000, credit: 0 });
  });
  it("detecterFormat le reconnaît à son en-tête", () => {
    expect(detecterFormat(lire("adh-studio-123456782FEC20251231.txt").toString("utf8")).reconnaissance?.format).toBe("fec");
  });
});

describe("CSV générique d'Akretion (fiche : 9 lignes, 36 984,12 équilibré)", () => {
  const r = importerSync(lire("akretion-account_move_generic-fr_coa.csv"));
  it("reconnu comme Odoo / generic CSV, séparateur virgule malgré la virgule décimale entre guillemets", () => {
    expect(r.ok).toBe(true);
    expect(r.reconnaissance?.format).toBe("odoo");
    expect(r.reconnaissance?.libelle).toContain("Akretion");
    expect(r.separateur).toBe(",");
  });
  it("totaux et balance par compte = attendus.json ; l'analytique « PUR:25,2|SUPP:74,8 » ne décale rien", () => {
    const s = resumerImport(r.lignes);
    expect([s.lignes, s.debit, s.credit, s.equilibre]).toEqual([attendus.akretion.lignes, attendus.akretion.debit, attendus.akretion.credit, true]);
    expect(parCompte(r.lignes)).toEqual(attendus.akretion.comptes);
    expect(r.lignes[4]).toMatchObject({ compte: "645100", debit: 784212, credit: 0, origine: 5 });
  });
  it("sans numéro d'écriture : 3 écritures équilibrées numérotées (lignes 1-5 paie, 6-7 caution, 8-9 virement)", () => {
    expect(r.lignes.map((l) => l.numero)).toEqual(["1", "1", "1", "1", "1", "2", "2", "3", "3"]);
    expect(resumerImport(r.lignes).ecritures).toBe(3);
    expect(r.lignes[5]).toMatchObject({ piece: "Locaux", libelle: "Caution locaux" });
    expect(r.lignes[7]).toMatchObject({ date: { annee: 2022, mois: 2, jour: 2 }, lettrage: "A819" });
  });
});

describe("XLSX d'Akretion (fiche : dates en numéros de série, mêmes montants)", () => {
  it("la grille lue avec ExcelJS s'importe : 44592 = 31/01/2022, 421000 numérique gardé en texte, mêmes totaux", async () => {
    const grille = await lireGrilleXlsx(new Uint8Array(lire("akretion-account_move_generic-fr_coa.xlsx")));
    expect(grille?.lignes).toHaveLength(9);
    expect(grille?.lignes[0][0]).toBe(44592);
    const r = importerGrilleSync(grille!.lignes);
    expect(r.ok).toBe(true);
    expect(r.reconnaissance?.format).toBe("odoo");
    expect(r.lignes[0]).toMatchObject({ date: { annee: 2022, mois: 1, jour: 31 }, compte: "421000", credit: 1204212, debit: 0 });
    expect(parCompte(r.lignes)).toEqual(attendus.akretion.comptes);
    const s = resumerImport(r.lignes);
    expect([s.debit, s.credit, s.ecritures]).toEqual([attendus.akretion.debit, attendus.akretion.credit, 3]);
  });
});

describe("relevé CFONB 120 de l'OCA (fiche : 2 comptes, soldes cohérents)", () => {
  const texte = lire("oca-cfonb120-test_cfonb.txt").toString("latin1");
  const c = lireCfonb(texte);
  it("fins de ligne mélangées, pas de saut final : 2 relevés, 7 opérations", () => {
    expect(c.ok).toBe(true);
    expect(c.releves.map((r) => r.operations.length)).toEqual([4, 3]);
  });
  it("ancien solde, opérations signées et nouveau solde = attendus.json", () => {
    expect(c.releves.map((r) => ({ banque: r.banque, compte: r.compte, ancien: r.ancienSolde, operations: r.operations.map((o) => o.montant), nouveau: r.nouveauSolde }))).toEqual(attendus.cfonb);
  });
  it("compléments LIB ajoutés au libellé, dates JJMMAA, origine de chaque opération", () => {
    const o = c.releves[0].operations[0];
    expect(o.libelle).toBe("RETRAIT G.A.B. 064 000 *WASHINGTOK AVE LE 08/02/16 CB.920027136 MT D'ORIGINE USA 60300 1 USD = 0,90220563 EUR");
    expect(o).toMatchObject({ date: { annee: 2016, mois: 2, jour: 10 }, dateValeur: { annee: 2016, mois: 2, jour: 10 }, origine: 2, codeOperation: "0064" });
    expect(c.releves[1]).toMatchObject({ dateAncienSolde: { annee: 2016, mois: 2, jour: 9 }, banque: "30004", guichet: "00003" });
  });
  it("detecterFormat le reconnaît ; l'import de journal le renvoie vers le relevé", () => {
    expect(detecterFormat(texte).reconnaissance?.format).toBe("cfonb");
    const r = importerSync(lire("oca-cfonb120-test_cfonb.txt"));
    expect(r.ok).toBe(false);
    expect(r.erreurs[0].message).toContain("CFONB 120");
  });
  it("un montant modifié (5607L → 5608L : −560,83 au lieu de −560,73) rend le relevé incohérent : erreur à la ligne du 07, aucun relevé", () => {
    const fausse = texte.replace("0000000005607L", "0000000005608L");
    const r = lireCfonb(fausse);
    expect(r.ok).toBe(false);
    expect(r.releves).toEqual([]);
    expect(r.erreurs.triees()[0].message).toBe(
      "Ligne 16 : relevé du compte 12345678901 incohérent : ancien solde 19,05 + opérations −9\u202f673,67 = −9\u202f654,62, mais le nouveau solde est −9\u202f654,52.",
    );
  });
});

describe("API du volet : importer (asynchrone) avec avancement et annulation", () => {
  it("rend le même résultat que importerSync et signale l'avancement jusqu'à 1", async () => {
    const fractions: number[] = [];
    const r = await importer(lire("akretion-account_move_generic-fr_coa.csv"), { progres: (f) => fractions.push(f) });
    expect(r).toEqual(importerSync(lire("akretion-account_move_generic-fr_coa.csv")));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(r.apercu[0]).toEqual(["31/01/2022", "MISC", "421000", "", "", "Paye Janvier 2019", "", "12042,12", "", "A819"]);
  });
  it("un signal déjà annulé : ni lignes ni erreurs, annule = vrai", async () => {
    const r = await importer(lire("adh-studio-123456782FEC20251231.txt"), { signal: { aborted: true } });
    expect(r).toMatchObject({ ok: false, annule: true, lignes: [], erreurs: [] });
  });
});
