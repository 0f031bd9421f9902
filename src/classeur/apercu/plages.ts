/** Compléments aux adresses A1 (src/classeur/adresses.ts) propres à l'hôte d'aperçu. */
import { lettresColonne, referenceFeuille, type Position, type Rectangle } from "../adresses";

export function seChevauchent(a: Rectangle, b: Rectangle): boolean {
  return !(a.fin.ligne < b.debut.ligne || b.fin.ligne < a.debut.ligne || a.fin.colonne < b.debut.colonne || b.fin.colonne < a.debut.colonne);
}

/** Référence absolue « 'Ma feuille'!$A$1:$C$3 » d'un rectangle (une cellule seule : « Feuil1!$A$1 »). */
export function referenceAbsolue(feuille: string, r: Rectangle): string {
  const abs = (p: Position) => `$${lettresColonne(p.colonne)}$${p.ligne + 1}`;
  const seule = r.debut.ligne === r.fin.ligne && r.debut.colonne === r.fin.colonne;
  return `${referenceFeuille(feuille)}!${abs(r.debut)}${seule ? "" : `:${abs(r.fin)}`}`;
}

export function rectangleDe(debut: Position, lignes: number, colonnes: number): Rectangle {
  return { debut, fin: { ligne: debut.ligne + lignes - 1, colonne: debut.colonne + colonnes - 1 } };
}

/** Clé numérique d'une cellule dans une feuille (pour les Map de formats, d'origines…). */
export function cle(ligne: number, colonne: number): number {
  return ligne * 16_384 + colonne;
}

export function depuisCle(c: number): Position {
  return { ligne: Math.floor(c / 16_384), colonne: c % 16_384 };
}
