/** Évaluation d'une formule française isolée avec HyperFormula (commande `agora eval`, tests, bancs d'essai). */
import { DetailedCellError } from "hyperformula";
import type { CellValue } from "hyperformula";
import { depuisSerie, jourFr } from "../../core/dates";
import { creerClasseurHf } from "./plugin";

export type ValeurEvaluee = number | string | boolean;

export type Evaluation =
  | { ok: true; valeur: ValeurEvaluee | ValeurEvaluee[][]; estDate: boolean }
  | { ok: false; erreur: string; erreurInvariante: string; message: string };

/** Erreur HyperFormula (français) → libellé invariant d'Excel (anglais) pour la sortie JSON. */
const INVARIANT: Record<string, string> = {
  "#VALEUR!": "#VALUE!",
  "#NOMBRE!": "#NUM!",
  "#NOM?": "#NAME?",
  "#DIV/0!": "#DIV/0!",
  "#N/A": "#N/A",
  "#REF!": "#REF!",
  "#NUL!": "#NULL!",
  "#EPARS!": "#SPILL!",
  "#CYCLE!": "#CYCLE!",
  "#ERROR!": "#ERROR!",
  "#LIC!": "#LIC!",
};

function versValeur(c: CellValue): ValeurEvaluee {
  if (c === null || c === undefined) return "";
  if (c instanceof DetailedCellError) return c.value;
  return c as ValeurEvaluee;
}

/** Évalue une formule (« =AGORA.TTC(100;20%) ») ; les tableaux renversés sont rendus en entier. */
export function evaluerFormule(formule: string): Evaluation {
  const texte = formule.trim().startsWith("=") ? formule.trim() : `=${formule.trim()}`;
  const hf = creerClasseurHf({ Feuil1: [[texte]] });
  try {
    const premiere = hf.getCellValue({ sheet: 0, col: 0, row: 0 });
    if (premiere instanceof DetailedCellError) {
      const message = premiere.message || (premiere.value === "#ERROR!" ? "La formule ne peut pas être lue (séparateur « ; », virgule décimale)." : "");
      return { ok: false, erreur: premiere.value, erreurInvariante: INVARIANT[premiere.value] ?? premiere.value, message };
    }
    const feuille = hf.getSheetValues(0);
    const estDate = hf.getCellValueDetailedType({ sheet: 0, col: 0, row: 0 }) === "NUMBER_DATE";
    if (feuille.length === 1 && feuille[0].length === 1) return { ok: true, valeur: versValeur(premiere), estDate };
    // Tableau renversé : on retire les lignes et colonnes vides de la fin (taille prévue plus grande que le résultat).
    let lignes = feuille.map((l) => l.map(versValeur));
    while (lignes.length > 1 && lignes[lignes.length - 1].every((c) => c === "")) lignes = lignes.slice(0, -1);
    let largeur = Math.max(...lignes.map((l) => l.length));
    while (largeur > 1 && lignes.every((l) => (l[largeur - 1] ?? "") === "")) largeur--;
    return { ok: true, valeur: lignes.map((l) => Array.from({ length: largeur }, (_, i) => l[i] ?? "")), estDate };
  } finally {
    hf.destroy();
  }
}

/** Nombre affiché comme le format Standard d'Excel en français : virgule décimale, 15 chiffres significatifs. */
export function nombreStandard(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const t = Number(n.toPrecision(15)).toString();
  return t.replace(".", ",").replace("-", "-");
}

export function valeurEnTexte(v: ValeurEvaluee, estDate = false): string {
  if (typeof v === "number") return estDate ? jourFr(depuisSerie(v)) : nombreStandard(v);
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return v;
}
