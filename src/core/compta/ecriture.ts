/**
 * Le modèle du journal : une ligne d'écriture porte le compte, le tiers, le libellé et un débit OU un crédit.
 * Une écriture est l'ensemble des lignes d'un même journal et d'un même numéro ; elle doit être équilibrée.
 * Ce modèle est commun au FEC, aux imports de PGI, à la table `Journal` du classeur et aux états.
 */
import type { Jour } from "../dates";
import type { Centimes } from "./centimes";

export interface LigneEcriture {
  /** Code du journal : VTE, ACH, BQ1, OD, AN… */
  journal: string;
  journalLibelle?: string;
  /** Numéro d'écriture (EcritureNum) : identifie l'écriture avec le journal. */
  numero: string;
  date: Jour;
  /** Numéro de compte, toujours une chaîne (zéros significatifs, « 411CLI01 »). */
  compte: string;
  compteLibelle?: string;
  /** Compte auxiliaire du tiers (CompAuxNum) : client ou fournisseur. */
  tiers?: string;
  tiersLibelle?: string;
  /** Référence de la pièce justificative (PieceRef). */
  piece: string;
  pieceDate?: Jour;
  libelle: string;
  /** Débit en centimes, ≥ 0 ; une ligne porte un débit ou un crédit, pas les deux. */
  debit: Centimes;
  credit: Centimes;
  lettrage?: string;
  dateLettrage?: Jour;
  echeance?: Jour;
  validation?: Jour;
  montantDevise?: Centimes;
  devise?: string;
  /** Où la ligne a été lue (n° de ligne du fichier, ligne de la feuille), pour nommer la source d'une erreur. */
  origine?: number;
}

export interface Ecriture {
  journal: string;
  numero: string;
  date: Jour;
  piece: string;
  lignes: LigneEcriture[];
}

/** Clé d'une écriture : journal et numéro. */
export const cleEcriture = (l: Pick<LigneEcriture, "journal" | "numero">): string => `${l.journal}\u0000${l.numero}`;

/** Solde d'une ligne au sens débit − crédit. */
export const soldeLigne = (l: Pick<LigneEcriture, "debit" | "credit">): Centimes => l.debit - l.credit;

/** Σ débits et Σ crédits de lignes, en centimes. */
export function totauxLignes(lignes: Iterable<Pick<LigneEcriture, "debit" | "credit">>): { debit: Centimes; credit: Centimes } {
  let debit = 0;
  let credit = 0;
  for (const l of lignes) {
    debit += l.debit;
    credit += l.credit;
  }
  return { debit, credit };
}

/** Regroupe des lignes en écritures, dans l'ordre de leur première apparition. */
export function regrouperEcritures(lignes: Iterable<LigneEcriture>): Ecriture[] {
  const parCle = new Map<string, Ecriture>();
  for (const l of lignes) {
    const cle = cleEcriture(l);
    let e = parCle.get(cle);
    if (!e) {
      e = { journal: l.journal, numero: l.numero, date: l.date, piece: l.piece, lignes: [] };
      parCle.set(cle, e);
    }
    e.lignes.push(l);
  }
  return [...parCle.values()];
}
