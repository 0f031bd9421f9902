// Reconnaissance des en-têtes d'un journal : noms français usuels, noms du FEC (comptabilite.md § 2.1), sans accents ni casse.
import { champEntete, cleEntete, colonnesManquantes, reconnaitreColonnes } from "../../../src/core/compta/colonnes";

describe("en-têtes reconnus", () => {
  it.each([
    ["Date", "date"], ["Date d'écriture", "date"], ["EcritureDate", "date"], ["DATE COMPTABLE", "date"],
    ["Journal", "journal"], ["Code journal", "journal"], ["JournalCode", "journal"], ["Jal", "journal"],
    ["JournalLib", "journalLibelle"],
    ["N° écriture", "numero"], ["EcritureNum", "numero"], ["Numéro", "numero"], ["N°", "numero"], ["Nº mouvement", "numero"],
    ["N° pièce", "piece"], ["N° de pièce", "piece"], ["Pièce", "piece"], ["PieceRef", "piece"], ["Référence", "piece"],
    ["PieceDate", "pieceDate"], ["Date pièce", "pieceDate"],
    ["Compte", "compte"], ["N° compte", "compte"], ["CompteNum", "compte"], ["Compte général", "compte"], ["Numéro de compte", "compte"],
    ["CompteLib", "compteLibelle"], ["Libellé du compte", "compteLibelle"], ["Intitulé compte", "compteLibelle"],
    ["Tiers", "tiers"], ["Compte auxiliaire", "tiers"], ["CompAuxNum", "tiers"], ["Code tiers", "tiers"],
    ["CompAuxLib", "tiersLibelle"], ["Nom du tiers", "tiersLibelle"],
    ["Libellé", "libelle"], ["LIBELLE", "libelle"], ["EcritureLib", "libelle"], ["Libellé de l'écriture", "libelle"], ["Désignation", "libelle"],
    ["Débit", "debit"], ["debit", "debit"], ["Débit (€)", "debit"], ["Débit EUR", "debit"], ["Montant débit", "debit"],
    ["Crédit", "credit"], ["CREDIT", "credit"], ["Crédit €", "credit"], ["Montant en euros", "montant"],
    ["Montant", "montant"], ["Sens", "sens"], ["D/C", "sens"],
    ["Lettrage", "lettrage"], ["EcritureLet", "lettrage"], ["DateLet", "dateLettrage"],
    ["Échéance", "echeance"], ["Date d'échéance", "echeance"], ["ValidDate", "validation"],
  ])("« %s » → %s", (entete, champ) => {
    expect(champEntete(entete)).toBe(champ);
  });
  it("ignore les en-têtes inconnus", () => {
    expect(champEntete("Analytique")).toBeUndefined();
    expect(champEntete("")).toBeUndefined();
  });
  it("réduit un en-tête : sans accents, élisions, mots vides ni ponctuation", () => {
    expect(cleEntete("Date d'échéance")).toBe("dateecheance");
    expect(cleEntete("  N° de Pièce ")).toBe("npiece");
  });
});

describe("structure d'un journal", () => {
  it("donne l'index de chaque colonne ; la première l'emporte", () => {
    const s = reconnaitreColonnes(["Date", "Jnl", "Pièce", "Compte", "Libellé", "Débit", "Crédit", "Libellé"]);
    expect(s.colonnes).toEqual({ date: 0, journal: 1, piece: 2, compte: 3, libelle: 4, debit: 5, credit: 6 });
  });
  it("reconnaît les 18 champs du FEC (comptabilite.md § 2.1)", () => {
    const fec = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise".split("|");
    const s = reconnaitreColonnes(fec);
    expect(Object.keys(s.colonnes).sort()).toEqual(
      ["journal", "journalLibelle", "numero", "date", "compte", "compteLibelle", "tiers", "tiersLibelle", "piece", "pieceDate", "libelle", "debit", "credit", "lettrage", "dateLettrage", "validation"].sort(),
    );
  });
  it("nomme les colonnes obligatoires absentes", () => {
    expect(colonnesManquantes(reconnaitreColonnes(["Date", "Compte", "Débit"]))).toEqual(["Crédit"]);
    expect(colonnesManquantes(reconnaitreColonnes(["Date", "Compte", "Montant", "Sens"]))).toEqual([]);
    expect(colonnesManquantes(reconnaitreColonnes(["Compte", "Débit", "Crédit"]), { identifiant: true })).toEqual(["Date", "N° d'écriture ou Pièce"]);
  });
});
