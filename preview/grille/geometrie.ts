/** Géométrie de la grille : tailles fixes des lignes, largeurs des colonnes, lignes visibles (virtualisation). */
import type { Position, Rectangle } from "../../src/classeur/adresses";

export const HAUTEUR_LIGNE = 22;
export const HAUTEUR_ENTETE = 22;
export const LARGEUR_NUMEROS = 46;
/** Lignes rendues au-delà de la partie visible, pour un défilement sans blanc. */
const MARGE_LIGNES = 8;

/** Taille affichée d'une feuille : au moins 100 lignes × 26 colonnes, et toujours un peu de place après les données. */
export function tailleFeuille(etendue: { lignes: number; colonnes: number }): { lignes: number; colonnes: number } {
  return { lignes: Math.max(100, etendue.lignes + 30), colonnes: Math.max(26, etendue.colonnes + 4) };
}

export interface Colonnes {
  largeurs: number[];
  /** Bord gauche de chaque colonne, numéros de ligne compris. */
  gauches: number[];
  total: number;
}

export function colonnes(nombre: number, largeur: (c: number) => number): Colonnes {
  const largeurs = Array.from({ length: nombre }, (_, c) => largeur(c));
  const gauches: number[] = [];
  let x = LARGEUR_NUMEROS;
  for (const l of largeurs) {
    gauches.push(x);
    x += l;
  }
  return { largeurs, gauches, total: x };
}

export function hautLigne(ligne: number): number {
  return HAUTEUR_ENTETE + ligne * HAUTEUR_LIGNE;
}

/** Lignes à rendre pour un défilement vertical et une hauteur de fenêtre donnés. */
export function lignesVisibles(defilement: number, hauteur: number, total: number): { premiere: number; derniere: number } {
  const premiere = Math.max(0, Math.floor((defilement - HAUTEUR_ENTETE) / HAUTEUR_LIGNE) - MARGE_LIGNES);
  const derniere = Math.min(total - 1, Math.ceil((defilement + hauteur) / HAUTEUR_LIGNE) + MARGE_LIGNES);
  return { premiere, derniere };
}

/** Rectangle à l'écran (coordonnées du contenu défilant) d'une zone de cellules. */
export function cadre(zone: Rectangle, cols: Colonnes): { left: number; top: number; width: number; height: number } {
  const left = cols.gauches[zone.debut.colonne] ?? cols.total;
  const droite = (cols.gauches[zone.fin.colonne] ?? cols.total) + (cols.largeurs[zone.fin.colonne] ?? 0);
  return { left, top: hautLigne(zone.debut.ligne), width: droite - left, height: (zone.fin.ligne - zone.debut.ligne + 1) * HAUTEUR_LIGNE };
}

/** Zone entre deux coins, dans l'ordre. */
export function zoneEntre(a: Position, b: Position): Rectangle {
  return {
    debut: { ligne: Math.min(a.ligne, b.ligne), colonne: Math.min(a.colonne, b.colonne) },
    fin: { ligne: Math.max(a.ligne, b.ligne), colonne: Math.max(a.colonne, b.colonne) },
  };
}

/** Défilement minimal pour rendre une cellule visible. */
export function defilementPour(
  p: Position,
  cols: Colonnes,
  vue: { haut: number; gauche: number; hauteur: number; largeur: number },
): { haut: number; gauche: number } {
  let haut = vue.haut;
  let gauche = vue.gauche;
  const y = hautLigne(p.ligne);
  if (y - HAUTEUR_ENTETE < haut) haut = y - HAUTEUR_ENTETE;
  else if (y + HAUTEUR_LIGNE > haut + vue.hauteur) haut = y + HAUTEUR_LIGNE - vue.hauteur;
  const x = cols.gauches[p.colonne] ?? 0;
  const w = cols.largeurs[p.colonne] ?? 0;
  if (x - LARGEUR_NUMEROS < gauche) gauche = x - LARGEUR_NUMEROS;
  else if (x + w > gauche + vue.largeur) gauche = x + w - vue.largeur;
  return { haut: Math.max(0, haut), gauche: Math.max(0, gauche) };
}
