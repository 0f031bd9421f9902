/**
 * Lecture d'une cellule de l'aperçu : texte affiché comme Excel en français, contenu de la barre de formule,
 * tableaux renversés (plage d'un résultat matriciel), partie utilisée d'une feuille.
 */
import { DetailedCellError, type HyperFormula, type SimpleCellAddress } from "hyperformula";
import type { Position, Rectangle } from "../adresses";
import { versFrancaise } from "../formules";
import { formaterNombre, formaterTexte, nombreStandard } from "./formats-nombre";
import { erreurAffichee, messageFrancais } from "./formules-hf";
import type { MetaFeuille } from "./etat";
import { cle } from "./plages";

export type GenreValeur = "vide" | "nombre" | "texte" | "booleen" | "erreur";

export interface CelluleAffichee {
  texte: string;
  genre: GenreValeur;
  alignement: "gauche" | "droite" | "centre";
  /** Message d'une erreur (infobulle), en français quand on le connaît. */
  message?: string;
  couleur?: string;
  /** La cellule contient une formule (l'ancre d'un résultat renversé compris). */
  formule: boolean;
  /** La cellule reçoit une partie d'un résultat renversé (sans contenir la formule). */
  renversee: boolean;
}

/** Format implicite d'une saisie (« 20 % », « 12/03/2025 ») quand la cellule n'a pas de format choisi. */
function formatImplicite(hf: HyperFormula, a: SimpleCellAddress, valeur: number): string | undefined {
  switch (hf.getCellValueDetailedType(a)) {
    case "NUMBER_PERCENT":
      return Number.isInteger(Number((valeur * 100).toPrecision(12))) ? "0%" : "0.00%";
    case "NUMBER_DATE":
      return "dd/mm/yyyy";
    case "NUMBER_DATETIME":
      return "dd/mm/yyyy hh:mm";
    case "NUMBER_TIME":
      return "hh:mm";
    case "NUMBER_CURRENCY":
      return '#,##0.00 "€"';
    default:
      return undefined;
  }
}

/**
 * Format d'affichage d'une cellule : celui qu'on lui a donné, sinon celui de la saisie (« 20 % », « 15/03/2025 »).
 * Pour une formule, seules les dates gardent un format implicite : HyperFormula propage le « % » d'un argument
 * à tout le résultat (=A1*2+A2 avec A2 = 20 % donnerait « 2520 % »), ce qu'Excel ne fait pas.
 */
export function formatDe(hf: HyperFormula, meta: MetaFeuille | undefined, a: SimpleCellAddress): string | undefined {
  const explicite = meta?.formats.get(cle(a.row, a.col));
  if (explicite) return explicite;
  const v = hf.getCellValue(a);
  if (typeof v !== "number") return undefined;
  const implicite = formatImplicite(hf, a, v);
  if (implicite && (hf.doesCellHaveFormula(a) || hf.isCellPartOfArray(a)) && !/[dy]/.test(implicite) && implicite !== "hh:mm") return undefined;
  return implicite;
}

export function afficherCellule(hf: HyperFormula, meta: MetaFeuille | undefined, a: SimpleCellAddress): CelluleAffichee {
  const v = hf.getCellValue(a);
  const formule = hf.doesCellHaveFormula(a);
  const renversee = !formule && hf.isCellPartOfArray(a);
  const base = { formule, renversee };
  if (v instanceof DetailedCellError) {
    return { ...base, texte: erreurAffichee(v.type), genre: "erreur", alignement: "centre", message: messageFrancais(v.message, v.type) };
  }
  if (v === null || v === undefined || v === "") return { ...base, texte: "", genre: v === "" ? "texte" : "vide", alignement: "gauche" };
  if (typeof v === "boolean") return { ...base, texte: v ? "VRAI" : "FAUX", genre: "booleen", alignement: "centre" };
  if (typeof v === "number") {
    const { texte, couleur } = formaterNombre(v, formatDe(hf, meta, a));
    return { ...base, texte, genre: "nombre", alignement: "droite", ...(couleur ? { couleur } : {}) };
  }
  return { ...base, texte: formaterTexte(String(v), meta?.formats.get(cle(a.row, a.col))), genre: "texte", alignement: "gauche" };
}

/** Ancre (cellule de la formule) du résultat renversé qui couvre `a`, s'il y en a un. */
export function ancreRenversement(hf: HyperFormula, a: SimpleCellAddress): SimpleCellAddress | undefined {
  if (!hf.isCellPartOfArray(a)) return undefined;
  if (hf.doesCellHaveFormula(a)) return a;
  let row = a.row;
  while (row > 0 && !hf.doesCellHaveFormula({ ...a, row }) && hf.isCellPartOfArray({ ...a, row: row - 1 })) row--;
  let col = a.col;
  while (!hf.doesCellHaveFormula({ ...a, row, col }) && col > 0 && hf.isCellPartOfArray({ ...a, row, col: col - 1 })) col--;
  const ancre = { sheet: a.sheet, row, col };
  return hf.doesCellHaveFormula(ancre) ? ancre : undefined;
}

/** Rectangle occupé par le résultat renversé d'une ancre (cellules non vides comprises dans la taille prévue). */
export function plageRenversee(hf: HyperFormula, ancre: SimpleCellAddress): Rectangle {
  const dedans = (row: number, col: number) => hf.isCellPartOfArray({ sheet: ancre.sheet, row, col }) && !hf.doesCellHaveFormula({ sheet: ancre.sheet, row, col });
  let finCol = ancre.col;
  while (dedans(ancre.row, finCol + 1)) finCol++;
  let finLigne = ancre.row;
  while (dedans(finLigne + 1, ancre.col)) finLigne++;
  // La taille prévue peut dépasser le résultat : on s'arrête aux dernières cellules non vides.
  const vide = (row: number, col: number) => {
    const v = hf.getCellValue({ sheet: ancre.sheet, row, col });
    return v === null || v === "";
  };
  while (finLigne > ancre.row && Array.from({ length: finCol - ancre.col + 1 }, (_, k) => ancre.col + k).every((c) => vide(finLigne, c))) finLigne--;
  while (finCol > ancre.col && Array.from({ length: finLigne - ancre.row + 1 }, (_, k) => ancre.row + k).every((r) => vide(r, finCol))) finCol--;
  return { debut: { ligne: ancre.row, colonne: ancre.col }, fin: { ligne: finLigne, colonne: finCol } };
}

export interface ContenuSaisie {
  texte: string;
  /** Formule de l'ancre montrée pour une cellule d'un résultat renversé (grisée, non modifiable ici). */
  heritee: boolean;
}

/** Nombre tel qu'on le retape en français : toutes ses décimales, virgule décimale. */
function nombreEnSaisie(n: number, format: string | undefined): string {
  if (format && /[dy]/i.test(format.replace(/"[^"]*"/g, ""))) return formaterNombre(n, Number.isInteger(n) ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm:ss").texte;
  if (format?.includes("%")) return `${String(Number((n * 100).toPrecision(15))).replace(".", ",")}%`;
  const t = String(Number(n.toPrecision(15)));
  return t.includes("e") ? nombreStandard(n) : t.replace(".", ",");
}

/** Ce que montre la barre de formule, en français : « =AGORA.TTC(100;20%) », « 12,5 », « 15/03/2025 ». */
export function contenuSaisie(hf: HyperFormula, meta: MetaFeuille | undefined, a: SimpleCellAddress): ContenuSaisie {
  const origine = meta?.origines.get(cle(a.row, a.col));
  if (origine) return { texte: versFrancaise(origine), heritee: false };
  const formule = hf.getCellFormula(a);
  if (formule) return { texte: formule, heritee: false };
  const ancre = ancreRenversement(hf, a);
  if (ancre) return { texte: contenuSaisie(hf, meta, ancre).texte, heritee: true };
  const brut = hf.getCellSerialized(a);
  if (brut === null || brut === undefined) return { texte: "", heritee: false };
  if (typeof brut === "boolean") return { texte: brut ? "VRAI" : "FAUX", heritee: false };
  if (typeof brut === "number") return { texte: nombreEnSaisie(brut, formatDe(hf, meta, a)), heritee: false };
  return { texte: String(brut), heritee: false };
}

/** Partie utilisée d'une feuille (comme `getUsedRange` d'Excel) ; undefined si la feuille est vide. */
export function partieUtilisee(hf: HyperFormula, sheet: number): Rectangle | undefined {
  let debut: Position | undefined;
  let fin: Position | undefined;
  // Contenus saisis et valeurs calculées (un résultat renversé occupe des cellules sans contenu).
  for (const grille of [hf.getSheetSerialized(sheet), hf.getSheetValues(sheet)] as unknown[][][]) {
    grille.forEach((ligne, l) =>
      ligne.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        debut = { ligne: Math.min(debut?.ligne ?? l, l), colonne: Math.min(debut?.colonne ?? c, c) };
        fin = { ligne: Math.max(fin?.ligne ?? l, l), colonne: Math.max(fin?.colonne ?? c, c) };
      }),
    );
  }
  return debut && fin ? { debut, fin } : undefined;
}
