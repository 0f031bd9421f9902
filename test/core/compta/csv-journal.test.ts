// Lecture d'un journal CSV : séparateurs, guillemets, en-têtes français, anomalies qui nomment la ligne et la colonne.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Anomalies } from "../../../src/core/compta/anomalie";
import { decouperCsv, detecterSeparateur, lireJournalCsv, lireJournalCsvTexte } from "../../../src/core/compta/csv-journal";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";

const lire = (texte: string) => {
  const anomalies = new Anomalies();
  const lignes = lireJournalCsvTexte(texte, anomalies);
  return { lignes, messages: anomalies.liste.map((a) => a.message) };
};
const resume = (l: LigneEcriture) => [l.journal, l.numero, `${l.date.jour}/${l.date.mois}/${l.date.annee}`, l.compte, l.tiers ?? "", l.debit, l.credit, l.origine];

const VENTE = [
  "Date;Journal;N° pièce;Compte;Tiers;Libellé;Débit;Crédit",
  "05/03/2026;VTE;FA-101;411000;C0042;Facture FA-101 Dupont;1 200,00;",
  "05/03/2026;VTE;FA-101;707000;;Facture FA-101 Dupont;;1000",
  "05/03/2026;VTE;FA-101;445710;;Facture FA-101 Dupont;0;200,00",
].join("\n");

describe("journal CSV", () => {
  it("lit un journal séparé par « ; » (montants français, vide = 0) : la vente de comptabilite.md § 2.1", () => {
    const { lignes, messages } = lire(VENTE);
    expect(messages).toEqual([]);
    expect(lignes.map(resume)).toEqual([
      ["VTE", "FA-101", "5/3/2026", "411000", "C0042", 120000, 0, 2],
      ["VTE", "FA-101", "5/3/2026", "707000", "", 0, 100000, 3],
      ["VTE", "FA-101", "5/3/2026", "445710", "", 0, 20000, 4],
    ]);
    expect(lignes[0]).toMatchObject({ piece: "FA-101", libelle: "Facture FA-101 Dupont" });
  });

  it("lit une tabulation, un BOM et des fins de ligne CRLF", () => {
    const texte = "\ufeff" + VENTE.replace(/;/g, "\t").replace(/\n/g, "\r\n") + "\r\n";
    const { lignes, messages } = lire(texte);
    expect(messages).toEqual([]);
    expect(lignes.map((l) => l.debit + l.credit)).toEqual([120000, 100000, 20000]);
  });

  it("lit des champs entre guillemets : virgule décimale dans un fichier à virgules, guillemets doublés, retour à la ligne", () => {
    const texte = [
      "Date,Journal,Compte,Analytique,Libellé,Débit,Crédit,Pièce",
      '"31/01/2022","MISC",641100,"PUR:25,2|SUPP:74,8","Paye ""janvier""","15000,57",0,A1',
      '"31/01/2022","MISC",421000,,"Net à payer',
      'salariés",,"15000,57",A1',
    ].join("\n");
    const { lignes, messages } = lire(texte);
    expect(messages).toEqual([]);
    expect(lignes.map((l) => [l.compte, l.libelle, l.debit, l.credit, l.origine])).toEqual([
      ["641100", 'Paye "janvier"', 1500057, 0, 2],
      ["421000", "Net à payer\nsalariés", 0, 1500057, 3],
    ]);
  });

  it("saute les lignes de titre d'un export avant l'en-tête", () => {
    const { lignes } = lire(["Société Exemple SARL", "Journal des ventes — mars 2026", "", VENTE].join("\n"));
    expect(lignes.map((l) => l.origine)).toEqual([5, 6, 7]);
  });

  it("lit la variante Montant / Sens (D, C, +1, -1)", () => {
    const { lignes, messages } = lire(["EcritureNum;EcritureDate;CompteNum;Montant;Sens", "1;20260305;411000;1200,00;D", "1;20260305;707000;1000,00;C", "1;20260305;445710;200,00;-1"].join("\n"));
    expect(messages).toEqual([]);
    expect(lignes.map((l) => [l.debit, l.credit])).toEqual([[120000, 0], [0, 100000], [0, 20000]]);
  });

  it("collecte toutes les anomalies en nommant la ligne et la colonne, et écarte les lignes fautives", () => {
    const texte = [
      "Date;Journal;N° pièce;Compte;Libellé;Débit;Crédit",
      "05/03/2026;VTE;1;411000;Facture;12,345;",
      "31/02/2026;VTE;1;707000;Facture;;1000",
      "05/03/2026;VTE;1;;Facture;;200",
      "05/03/2026;VTE;1;445710;Facture;200,00;0;12",
      "05/03/2026;VTE;2;512000;Encaissement;douze;",
      "05/03/2026;VTE;2;411000;Encaissement;;100",
    ].join("\n");
    const { lignes, messages } = lire(texte);
    expect(messages).toEqual([
      "Ligne 2, colonne « Débit » : « 12,345 » n'est pas un montant en euros à deux décimales au plus.",
      "Ligne 3, colonne « Date » : la date « 31/02/2026 » n'existe pas.",
      "Ligne 4, colonne « Compte » : le numéro de compte est vide.",
      "Ligne 5 : 8 champs au lieu des 7 de l'en-tête (un montant à virgule décimale non entouré de guillemets dans un fichier séparé par des virgules ?).",
      "Ligne 6, colonne « Débit » : « douze » n'est pas un montant en euros à deux décimales au plus.",
    ]);
    expect(lignes.map((l) => l.origine)).toEqual([7]);
  });

  it("refuse un en-tête incomplet en nommant les colonnes absentes", () => {
    expect(() => lire("Date;Compte;Débit;Crédit\n05/03/2026;411000;1;")).toThrow(
      "Ligne 1 : colonne N° d'écriture ou Pièce absente de la ligne d'en-tête (en-têtes lus : « Date », « Compte », « Débit », « Crédit »).",
    );
  });

  it("refuse un fichier sans en-tête de journal (l'export Odoo sans en-tête des fixtures)", () => {
    const texte = readFileSync(path.resolve(__dirname, "../../../../shared/fixtures/akretion-account_move_generic-fr_coa.csv"), "utf8");
    expect(() => lire(texte)).toThrow(/^Ligne 1 : aucune ligne d'en-tête de journal reconnue/);
    expect(() => lire("")).toThrow(/aucune ligne d'en-tête/);
  });

  it("signale un guillemet jamais refermé", () => {
    const { messages } = lire(VENTE + '\n05/03/2026;VTE;FA-101;445710;;"Facture;0;200,00');
    expect(messages).toEqual(["Ligne 5 : guillemet ouvert jamais refermé."]);
  });

  it("lit un flux de lignes comme le texte entier", async () => {
    async function* flux() {
      for (const l of VENTE.split("\n")) yield l;
    }
    const lues: LigneEcriture[] = [];
    for await (const l of lireJournalCsv(flux(), new Anomalies())) lues.push(l);
    expect(lues).toEqual(lire(VENTE).lignes);
  });
});

describe("outils CSV", () => {
  it("détecte le séparateur le plus fréquent hors guillemets", () => {
    expect(detecterSeparateur("a;b;c")).toBe(";");
    expect(detecterSeparateur('a,"b;c;d",e')).toBe(",");
    expect(detecterSeparateur("a\tb\tc,d")).toBe("\t");
    expect(detecterSeparateur("a|b|c")).toBe("|");
  });
  it("découpe avec guillemets doublés et séparateur protégé", () => {
    expect(decouperCsv('1,"a,b","c ""d""",', ",")).toEqual(["1", "a,b", 'c "d"', ""]);
  });
});

describe("propriété : écrire un journal en CSV puis le relire rend les mêmes lignes", () => {
  const champ = (v: string, sep: string) => (/["\n\r]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v);
  const montant = (c: number, sep: string) => {
    const t = `${Math.floor(c / 100)},${String(c % 100).padStart(2, "0")}`;
    return sep === "," ? `"${t}"` : t;
  };
  it("quel que soit le séparateur et le contenu des libellés (guillemets, séparateurs, retours à la ligne)", () => {
    const ligne = fc.record({
      numero: fc.stringMatching(/^[A-Z0-9-]{1,8}$/),
      jour: fc.integer({ min: 1, max: 28 }),
      compte: fc.constantFrom("411000", "401DUPONT", "707", "44571", "512000"),
      libelle: fc.string({ unit: fc.constantFrom("a", "é", " ", ";", ",", "|", "\t", '"', "\n", "x", "€") , maxLength: 20 }),
      debit: fc.integer({ min: 0, max: 10 ** 12 }),
      credit: fc.integer({ min: 0, max: 10 ** 12 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(";", ",", "\t", "|"), fc.array(ligne, { minLength: 1, maxLength: 20 }), (sep, lignes) => {
        const texte = [
          ["Date", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"].join(sep),
          ...lignes.map((l) => [`${String(l.jour).padStart(2, "0")}/03/2026`, l.numero, l.compte, champ(l.libelle, sep), montant(l.debit, sep), montant(l.credit, sep)].join(sep)),
        ].join("\r\n");
        const { lignes: lues, messages } = lire(texte);
        expect(messages).toEqual([]);
        expect(lues.map((l) => [l.numero, l.date.jour, l.compte, l.libelle, l.debit, l.credit])).toEqual(
          lignes.map((l) => [l.numero, l.jour, l.compte, l.libelle.trim(), l.debit, l.credit]),
        );
      }),
    );
  });
});
