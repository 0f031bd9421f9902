/**
 * Écriture d'un FEC (comptabilite.md § 2.1) : en-tête des 18 champs, une ligne par ligne d'écriture, dates AAAAMMJJ,
 * montants à virgule décimale sans séparateur de milliers, « 0,00 » dans la colonne opposée.
 * Séparateur : tabulation par défaut (ou |). Fin de ligne : CRLF par défaut — l'art. A. 47 A-1 sépare les
 * enregistrements par « retour chariot et/ou fin de ligne », CRLF satisfait les deux lectures (et les outils Windows) ;
 * la dernière ligne se termine aussi par CRLF. Le texte rendu est à encoder en ISO-8859-15 (jeu prévu par le texte)
 * ou en UTF-8 (toléré) par l'appelant.
 */
import type { LigneEcriture } from "../compta/ecriture";
import { CHAMPS_FEC, CHAMPS_FEC_MONTANT_SENS, dateFec, montantFec } from "./valeurs";

export interface OptionsEcriture {
  separateur?: "\t" | "|";
  finDeLigne?: "\r\n" | "\n";
  /** Colonnes Montant + Sens (D/C) au lieu de Debit + Credit. */
  variante?: "debit-credit" | "montant-sens";
}

/**
 * Un texte de champ : sans le séparateur, sans saut de ligne ni caractère de contrôle, sans espace insécable
 * (remplacés par une espace), sans espaces autour (le lecteur les retire, comme Test Compta Demat).
 */
function champ(s: string | undefined, separateur: string): string {
  if (s === undefined || s === "") return "";
  let t = s;
  if (/[\u0000-\u001f\u007f\u00a0|]/.test(t)) {
    t = t.replace(/[\u0000-\u001f\u007f\u00a0]/g, " ");
    if (separateur === "|") t = t.replace(/\|/g, " ");
  }
  return t.trim();
}

/**
 * Le texte d'un FEC. PieceDate et ValidDate absentes prennent la date d'écriture (ce sont des champs obligatoires :
 * la pièce est du jour de l'écriture, l'écriture est validée par l'export) ; les autres champs absents restent vides.
 */
export function ecrireFec(lignes: Iterable<LigneEcriture>, options: OptionsEcriture = {}): string {
  const sep = options.separateur ?? "\t";
  const fin = options.finDeLigne ?? "\r\n";
  const montantSens = options.variante === "montant-sens";
  const morceaux: string[] = [(montantSens ? CHAMPS_FEC_MONTANT_SENS : CHAMPS_FEC).join(sep)];
  for (const l of lignes) {
    const montants = montantSens
      ? [montantFec(l.debit !== 0 ? l.debit : l.credit), l.debit !== 0 ? "D" : "C"]
      : [montantFec(l.debit), montantFec(l.credit)];
    morceaux.push(
      [
        champ(l.journal, sep),
        champ(l.journalLibelle, sep),
        champ(l.numero, sep),
        dateFec(l.date),
        champ(l.compte, sep),
        champ(l.compteLibelle, sep),
        champ(l.tiers, sep),
        champ(l.tiersLibelle, sep),
        champ(l.piece, sep),
        dateFec(l.pieceDate ?? l.date),
        champ(l.libelle, sep),
        ...montants,
        champ(l.lettrage, sep),
        l.dateLettrage ? dateFec(l.dateLettrage) : "",
        dateFec(l.validation ?? l.date),
        l.montantDevise !== undefined ? montantFec(l.montantDevise) : "",
        champ(l.devise, sep),
      ].join(sep),
    );
  }
  return morceaux.join(fin) + fin;
}
