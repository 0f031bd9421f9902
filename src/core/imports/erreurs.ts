/**
 * Collecte des erreurs d'un import : on ne s'arrête jamais à la première, mais la liste est plafonnée (un fichier d'un
 * million de lignes fausses) ; les suivantes sont comptées. Chaque erreur nomme la ligne et, si elle est connue, la colonne.
 */
import type { ErreurImport } from "./types";

export const LIMITE_ERREURS = 10_000;

export class CollecteErreurs {
  readonly liste: ErreurImport[] = [];
  omises = 0;
  constructor(readonly limite = LIMITE_ERREURS) {}

  /** `message` sans la ligne ni la colonne : le préfixe « Ligne 5, colonne « Débit » : » est ajouté ici (ligne 0 : le fichier). */
  ajouter(ligne: number, message: string, colonne?: string): void {
    if (this.liste.length >= this.limite) {
      this.omises++;
      return;
    }
    const ou = ligne > 0 ? `Ligne ${ligne}${colonne ? `, colonne « ${colonne} »` : ""} : ` : colonne ? `Colonne « ${colonne} » : ` : "";
    this.liste.push({ ligne, ...(colonne ? { colonne } : {}), message: ou + message });
  }

  get nombre(): number {
    return this.liste.length + this.omises;
  }

  /** Les erreurs triées par ligne (ordre d'arrivée conservé à ligne égale ; le fichier entier en tête). */
  triees(): ErreurImport[] {
    return [...this.liste].sort((a, b) => a.ligne - b.ligne);
  }
}
