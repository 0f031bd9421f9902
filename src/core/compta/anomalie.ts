/**
 * Anomalie d'un journal : un message français qui nomme la ligne (n° de ligne du fichier ou de la feuille),
 * pour la lecture comme pour la validation. On les collecte toutes : on ne s'arrête jamais à la première.
 */
export interface Anomalie {
  /** N° de la ligne fautive (ligne physique du fichier, en-tête = 1 ; ligne de la feuille) ; absent pour le fichier entier. */
  origine?: number;
  message: string;
}

/** Tri par ligne, les anomalies sans ligne à la fin, l'ordre d'arrivée conservé à ligne égale. */
export function trierAnomalies(liste: readonly Anomalie[]): Anomalie[] {
  return [...liste].sort((a, b) => (a.origine ?? Infinity) - (b.origine ?? Infinity));
}

/** « Ligne 12 : » ou rien si la ligne n'est pas connue. */
export const prefixeLigne = (origine: number | undefined): string => (origine === undefined ? "" : `Ligne ${origine} : `);

/** Collecteur plafonné : garde les `limite` premières anomalies et compte les autres (un fichier d'un million de lignes fautives). */
export class Anomalies {
  readonly liste: Anomalie[] = [];
  omises = 0;
  constructor(readonly limite = Infinity) {}
  ajouter(a: Anomalie): void {
    if (this.liste.length < this.limite) this.liste.push(a);
    else this.omises++;
  }
  get nombre(): number {
    return this.liste.length + this.omises;
  }
}
