/**
 * Lignes d'écriture générées par le volet (dotations, cession…) dans les colonnes de la table Journal du classeur :
 * Journal, Date, N° pièce, Compte, Libellé, Débit, Crédit — pour les recopier telles quelles dans le journal.
 */
import type Decimal from "decimal.js";
import { ZERO, somme } from "../../core/argent";
import type { Jour } from "../../core/dates";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellDate, cellMontant } from "./preparation";

export const ENTETES_JOURNAL = ["Journal", "Date", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"];

export interface LigneJournal {
  journal: string;
  date: Jour;
  piece: string;
  compte: string;
  libelle: string;
  /** Un montant au débit OU au crédit, positif. */
  debit?: Decimal;
  credit?: Decimal;
}

export const cellulesJournal = (l: LigneJournal): Cellule[] => [l.journal, cellDate(l.date), l.piece, l.compte, l.libelle, cellMontant(l.debit), cellMontant(l.credit)];

/** Le tableau Excel des lignes, aux formats date et euros. */
export function tableJournal(feuille: string, nom: string, adresse: string, lignes: readonly LigneJournal[]): Modification {
  return {
    type: "table",
    feuille,
    nom,
    adresse,
    entetes: [...ENTETES_JOURNAL],
    lignes: lignes.map(cellulesJournal),
    formats: { Date: FORMATS.date, Débit: FORMATS.euros, Crédit: FORMATS.euros },
  };
}

export function totauxJournal(lignes: readonly LigneJournal[]): { debit: Decimal; credit: Decimal } {
  return { debit: somme(lignes.map((l) => l.debit ?? ZERO)), credit: somme(lignes.map((l) => l.credit ?? ZERO)) };
}
