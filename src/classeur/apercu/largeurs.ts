/**
 * Largeur des colonnes après un plan, comme `autofitColumns` d'Excel : assez pour le contenu le plus large,
 * sans jamais rétrécir. Un texte hors tableau dont la cellule de droite est vide n'est pas compté : il déborde
 * sur elle, comme dans Excel (titres, phrases d'explication).
 */
import type { Moteur } from "./application";
import { idFeuille } from "./application";
import { cleFeuille, meta } from "./etat";
import { LARGEUR_COLONNE } from "../fichier/instantane";
import { afficherCellule } from "./lecture";

/** Largeur en pixels d'un texte dans la police de la grille ; `gras` pour les en-têtes de tableau. */
export type Mesure = (texte: string, gras: boolean) => number;

export const LARGEUR_MAX = 360;
/** Marges de la cellule (3 px de chaque côté, bordure) et place de la flèche de filtre d'un en-tête de tableau. */
const MARGE = 10;
const MARGE_ENTETE = 24;

/** Estimation sans navigateur : 6,5 px par caractère (7,2 en gras) à 13 px. */
export const mesureEstimee: Mesure = (texte, gras) => texte.length * (gras ? 7.2 : 6.5);

export function ajusterLargeurs(m: Moteur, feuille: string, colonnes: Set<number>, mesurer: Mesure): void {
  const sheet = idFeuille(m.hf, feuille);
  if (sheet === undefined) return;
  const nom = m.hf.getSheetName(sheet)!;
  const mf = meta(m.etat, nom);
  const tables = m.etat.tables.filter((t) => cleFeuille(t.feuille) === cleFeuille(nom));
  const dansTable = (l: number, c: number) =>
    tables.find((t) => l >= t.debut.ligne && l <= t.debut.ligne + t.lignes && c >= t.debut.colonne && c < t.debut.colonne + t.colonnes.length);
  const hauteur = m.hf.getSheetDimensions(sheet).height;
  for (const c of colonnes) {
    let max = 0;
    for (let l = 0; l < hauteur; l++) {
      const { texte, genre } = afficherCellule(m.hf, mf, { sheet, row: l, col: c });
      if (!texte) continue;
      const table = dansTable(l, c);
      if (genre === "texte" && !table && afficherCellule(m.hf, mf, { sheet, row: l, col: c + 1 }).genre === "vide") continue;
      const entete = table?.debut.ligne === l;
      max = Math.max(max, mesurer(texte, entete) + (entete ? MARGE_ENTETE : MARGE));
    }
    const px = Math.min(LARGEUR_MAX, Math.max(mf.largeurs.get(c) ?? LARGEUR_COLONNE, Math.ceil(max)));
    if (px !== LARGEUR_COLONNE) mf.largeurs.set(c, px);
  }
}
