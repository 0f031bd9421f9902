/**
 * Où sont, dans la feuille, les cellules d'une colonne du journal relu (la colonne Lettrage du tableau `Journal`) :
 * la lecture garde le n° de ligne de la feuille de chaque ligne d'écriture (`origine`) et la plage lue.
 */
import type { ChampJournal } from "../../core/compta/colonnes";
import { adresseComplete, lettresColonne, lirePlageA1 } from "../../classeur/adresses";
import type { JournalDuClasseur } from "./source";

/** Lettres de la colonne d'un champ (« K »), ou undefined si le journal n'a pas cette colonne. */
export function colonneDuChamp(journal: JournalDuClasseur, champ: ChampJournal): string | undefined {
  const j = journal.lecture.structure.colonnes[champ];
  if (j === undefined) return undefined;
  return lettresColonne(lirePlageA1(journal.lecture.zone).debut.colonne + j);
}

/** « 'Journal structuré'!K12 » : la cellule d'un champ pour une ligne de la feuille. */
export function celluleDuChamp(journal: JournalDuClasseur, champ: ChampJournal, origine: number | undefined): string | undefined {
  const colonne = colonneDuChamp(journal, champ);
  return colonne === undefined || origine === undefined ? undefined : adresseComplete(journal.feuille, `${colonne}${origine}`);
}

/** Regroupe des n° de ligne en suites consécutives : [4, 5, 6, 9] → [[4, 6], [9, 9]]. */
export function suitesConsecutives(lignes: readonly number[]): [debut: number, fin: number][] {
  const triees = [...new Set(lignes)].sort((a, b) => a - b);
  const suites: [number, number][] = [];
  for (const l of triees) {
    const derniere = suites[suites.length - 1];
    if (derniere && derniere[1] === l - 1) derniere[1] = l;
    else suites.push([l, l]);
  }
  return suites;
}
