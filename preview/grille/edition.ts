/** État de la saisie dans une cellule, partagé par la grille et la barre de formule. */
import type { Position } from "../../src/classeur/adresses";

export interface Edition {
  feuille: string;
  position: Position;
  texte: string;
  /** « entrer » (saisie commencée par une touche : les flèches valident) ou « modifier » (F2, double-clic, barre). */
  mode: "entrer" | "modifier";
  /** Où se trouve le curseur de saisie. */
  source: "cellule" | "barre";
}

/** Vrai si un clic sur une cellule doit insérer sa référence dans la formule en cours (après « = », « ; », « + »…). */
export function enPointage(e: Edition | null): boolean {
  return !!e && e.texte.startsWith("=") && /[=;(+\-*/:&<>^]$/.test(e.texte);
}

/** Largeur approximative d'un texte dans la police de la grille (13 px), en pixels. */
let contexte: CanvasRenderingContext2D | null | undefined;
export function largeurTexte(texte: string, gras = false): number {
  if (contexte === undefined && typeof document !== "undefined") {
    contexte = document.createElement("canvas").getContext("2d");
  }
  if (!contexte) return texte.length * 7;
  contexte.font = `${gras ? "600 " : ""}13px "Segoe UI", "Segoe UI Web (West European)", -apple-system, Roboto, "Helvetica Neue", sans-serif`;
  return contexte.measureText(texte).width;
}
