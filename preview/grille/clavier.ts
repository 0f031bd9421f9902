/**
 * Clavier de la grille, comme Excel : flèches (Maj pour étendre, Ctrl pour aller au bord des données), Entrée, Tab,
 * Début, Ctrl+Début, Pg.Préc/Pg.Suiv, F2 (modifier), une touche de caractère (saisir), Suppr, Ctrl+Z/Ctrl+Y,
 * Alt+Bas (liste déroulante), Ctrl+A (tout), F6 (passer au volet).
 */
import type { Position } from "../../src/classeur/adresses";

export interface Touche {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type ActionClavier =
  | { type: "deplacer"; lignes: number; colonnes: number; etendre: boolean }
  | { type: "bord"; lignes: number; colonnes: number; etendre: boolean }
  | { type: "aller"; position: "debut-ligne" | "a1"; etendre: boolean }
  | { type: "page"; sens: 1 | -1; etendre: boolean }
  | { type: "editer"; texte?: string }
  | { type: "effacer"; puisEditer: boolean }
  | { type: "annuler" }
  | { type: "retablir" }
  | { type: "liste" }
  | { type: "tout" }
  | { type: "volet" };

const FLECHES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Action de la grille pour une touche, hors édition ; undefined : la touche n'est pas pour la grille. */
export function actionClavier(t: Touche): ActionClavier | undefined {
  const ctrl = t.ctrlKey || t.metaKey;
  const fleche = FLECHES[t.key];
  if (fleche && t.altKey && t.key === "ArrowDown") return { type: "liste" };
  if (fleche) return { type: ctrl ? "bord" : "deplacer", lignes: fleche[0], colonnes: fleche[1], etendre: t.shiftKey };
  switch (t.key) {
    case "Enter":
      return { type: "deplacer", lignes: t.shiftKey ? -1 : 1, colonnes: 0, etendre: false };
    case "Tab":
      return { type: "deplacer", lignes: 0, colonnes: t.shiftKey ? -1 : 1, etendre: false };
    case "Home":
      return { type: "aller", position: ctrl ? "a1" : "debut-ligne", etendre: t.shiftKey };
    case "PageDown":
      return { type: "page", sens: 1, etendre: t.shiftKey };
    case "PageUp":
      return { type: "page", sens: -1, etendre: t.shiftKey };
    case "F2":
      return { type: "editer" };
    case "F6":
      return { type: "volet" };
    case "Delete":
      return { type: "effacer", puisEditer: false };
    case "Backspace":
      return { type: "effacer", puisEditer: true };
  }
  if (ctrl && !t.altKey) {
    const k = t.key.toLowerCase();
    if (k === "z") return { type: "annuler" };
    if (k === "y") return { type: "retablir" };
    if (k === "a") return { type: "tout" };
    return undefined;
  }
  // Un caractère imprimable commence la saisie (AltGr donne ctrl+alt sous Windows : accepté).
  if (t.key.length === 1 && (!t.altKey || t.ctrlKey)) return { type: "editer", texte: t.key };
  return undefined;
}

/** Position bornée à la feuille affichée. */
export function borner(p: Position, taille: { lignes: number; colonnes: number }): Position {
  return { ligne: Math.min(Math.max(p.ligne, 0), taille.lignes - 1), colonne: Math.min(Math.max(p.colonne, 0), taille.colonnes - 1) };
}

/**
 * Ctrl+flèche : jusqu'au bord du bloc de données (ou jusqu'au début du bloc suivant), comme Excel.
 * `plein(p)` dit si une cellule a un contenu.
 */
export function bordDonnees(depart: Position, lignes: number, colonnes: number, taille: { lignes: number; colonnes: number }, plein: (p: Position) => boolean): Position {
  const suivante = (p: Position): Position => ({ ligne: p.ligne + lignes, colonne: p.colonne + colonnes });
  const dedans = (p: Position) => p.ligne >= 0 && p.colonne >= 0 && p.ligne < taille.lignes && p.colonne < taille.colonnes;
  let p = depart;
  let q = suivante(p);
  if (!dedans(q)) return p;
  if (plein(p) && plein(q)) {
    // Dans un bloc : on va à sa dernière cellule.
    while (dedans(suivante(q)) && plein(suivante(q))) q = suivante(q);
    return q;
  }
  // Hors d'un bloc : on saute les vides jusqu'à la prochaine cellule pleine, ou au bord de la feuille.
  p = q;
  while (dedans(suivante(p)) && !plein(p)) p = suivante(p);
  return p;
}
