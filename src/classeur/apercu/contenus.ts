/**
 * Passage d'une valeur du port (ou d'une saisie) à un contenu HyperFormula, et retour.
 * Un texte du port reste un texte (« 411000 », compte, n'est pas un nombre) : on le préfixe d'une apostrophe
 * quand HyperFormula le lirait autrement. Une formule du port est invariante : références structurées résolues,
 * séparateurs français.
 */
import type { RawCellContent } from "hyperformula";
import type { Position } from "../adresses";
import type { Cellule } from "../port";
import { versHf } from "./formules-hf";
import { resoudreReferencesStructurees, type TableReperee } from "./references-structurees";

/** Textes qu'HyperFormula ou Excel prendraient pour un nombre, une date, un pourcentage ou un booléen. */
const RESSEMBLE_A_UNE_VALEUR = /^\s*([-+]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*(e[-+]?\d+)?\s*[%€$]?|\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?|vrai|faux|true|false|'.*|[-+]?[€$]\s*[\d.,]+)\s*$/i;

export function texteProtege(s: string): string {
  return RESSEMBLE_A_UNE_VALEUR.test(s) ? `'${s}` : s;
}

export interface ContenuHf {
  contenu: RawCellContent;
  /** Formule invariante d'origine à retenir quand elle contenait des références structurées. */
  origine?: string;
}

export interface ContexteFormule {
  tables: readonly TableReperee[];
  feuille: string;
  position: Position;
}

/** Formule invariante → formule HyperFormula (les références structurées deviennent des A1 absolues). */
export function formuleHf(invariante: string, ctx: ContexteFormule): ContenuHf {
  const resolue = resoudreReferencesStructurees(invariante, ctx.tables, { feuille: ctx.feuille, position: ctx.position });
  return resolue === invariante ? { contenu: versHf(invariante) } : { contenu: versHf(resolue), origine: invariante };
}

/** Valeur d'une cellule du port → contenu HyperFormula. */
export function contenuHf(v: Cellule | undefined, ctx: ContexteFormule): ContenuHf {
  if (v === null || v === undefined || v === "") return { contenu: null };
  if (typeof v === "number" || typeof v === "boolean") return { contenu: v };
  if (v.startsWith("=") && v.length > 1) return formuleHf(v, ctx);
  return { contenu: texteProtege(v) };
}
