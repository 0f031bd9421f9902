/**
 * Adresses A1 : lettres de colonne, cellules (« B3 », « $B$3 »), plages (« B3:D10 »), références de feuille
 * (« Feuil1!B3 », « 'Ma feuille'!B3 »). Index à partir de 0 ; les erreurs sont en français et nomment l'adresse.
 */
import { erreurValeur, type ErreurAgora } from "../core/erreurs";

/** Dimensions d'une feuille Excel (depuis Excel 2007). */
export const MAX_LIGNES = 1_048_576;
export const MAX_COLONNES = 16_384;

export interface Position {
  /** Ligne, à partir de 0 (la ligne 1 d'Excel est 0). */
  ligne: number;
  /** Colonne, à partir de 0 (A est 0). */
  colonne: number;
}

export interface Rectangle {
  debut: Position;
  fin: Position;
}

/** Lettres d'une colonne : 0 → « A », 25 → « Z », 26 → « AA ». */
export function lettresColonne(colonne: number): string {
  if (!Number.isInteger(colonne) || colonne < 0 || colonne >= MAX_COLONNES) {
    throw erreurValeur(`La colonne n° ${colonne + 1} n'existe pas (une feuille a ${MAX_COLONNES} colonnes, de A à XFD).`);
  }
  let n = colonne + 1;
  let lettres = "";
  while (n > 0) {
    const reste = (n - 1) % 26;
    lettres = String.fromCharCode(65 + reste) + lettres;
    n = Math.floor((n - 1) / 26);
  }
  return lettres;
}

/** Index d'une colonne à partir de ses lettres : « A » → 0, « AA » → 26 (majuscules ou minuscules). */
export function indexColonne(lettres: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(lettres)) throw erreurValeur(`« ${lettres} » n'est pas une colonne (exemples : A, AB, XFD).`);
  let n = 0;
  for (const c of lettres.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  if (n > MAX_COLONNES) throw erreurValeur(`La colonne ${lettres.toUpperCase()} n'existe pas (la dernière colonne est XFD).`);
  return n - 1;
}

const CELLULE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

function erreurAdresse(adresse: string): ErreurAgora {
  return erreurValeur(`« ${adresse} » n'est pas une adresse de cellule valide (exemples : B3 ; B3:D10).`);
}

/** Lit une cellule « B3 » ou « $B$3 ». */
export function lireCellule(adresse: string): Position {
  const m = CELLULE.exec(adresse.trim());
  if (!m) throw erreurAdresse(adresse);
  const ligne = Number(m[2]) - 1;
  if (ligne < 0 || ligne >= MAX_LIGNES) {
    throw erreurValeur(`« ${adresse} » : la ligne ${m[2]} n'existe pas (une feuille a ${MAX_LIGNES} lignes).`);
  }
  return { ligne, colonne: indexColonne(m[1]) };
}

/** Colonnes entières « A:C » ou lignes entières « 3:5 » : les coins de la plage correspondante. */
function lignesOuColonnes(a: string, b: string, adresse: string): [Position, Position] | undefined {
  const col = /^\$?([A-Za-z]{1,3})$/;
  const lig = /^\$?([0-9]{1,7})$/;
  const ca = col.exec(a);
  const cb = col.exec(b);
  if (ca && cb) return [{ ligne: 0, colonne: indexColonne(ca[1]) }, { ligne: MAX_LIGNES - 1, colonne: indexColonne(cb[1]) }];
  const la = lig.exec(a);
  const lb = lig.exec(b);
  if (la && lb) {
    const [x, y] = [Number(la[1]) - 1, Number(lb[1]) - 1];
    if (x < 0 || y < 0 || x >= MAX_LIGNES || y >= MAX_LIGNES) throw erreurAdresse(adresse);
    return [{ ligne: x, colonne: 0 }, { ligne: y, colonne: MAX_COLONNES - 1 }];
  }
  return undefined;
}

/**
 * Lit une plage « B3:D10 », une cellule seule, des colonnes « A:C » ou des lignes « 3:5 » ;
 * les coins sont remis dans l'ordre (« D10:B3 » = « B3:D10 »).
 */
export function lirePlageA1(adresse: string): Rectangle {
  const morceaux = adresse.trim().split(":");
  if (morceaux.length > 2 || morceaux.some((m) => m === "")) throw erreurAdresse(adresse);
  const entieres = morceaux.length === 2 ? lignesOuColonnes(morceaux[0], morceaux[1], adresse) : undefined;
  const a = entieres ? entieres[0] : lireCellule(morceaux[0]);
  const b = entieres ? entieres[1] : morceaux.length === 2 ? lireCellule(morceaux[1]) : a;
  return {
    debut: { ligne: Math.min(a.ligne, b.ligne), colonne: Math.min(a.colonne, b.colonne) },
    fin: { ligne: Math.max(a.ligne, b.ligne), colonne: Math.max(a.colonne, b.colonne) },
  };
}

export function dimensions(r: Rectangle): { lignes: number; colonnes: number } {
  return { lignes: r.fin.ligne - r.debut.ligne + 1, colonnes: r.fin.colonne - r.debut.colonne + 1 };
}

/** « B3 » à partir d'une position. */
export function formaterCellule(p: Position): string {
  if (!Number.isInteger(p.ligne) || p.ligne < 0 || p.ligne >= MAX_LIGNES) {
    throw erreurValeur(`La ligne ${p.ligne + 1} n'existe pas (une feuille a ${MAX_LIGNES} lignes).`);
  }
  return `${lettresColonne(p.colonne)}${p.ligne + 1}`;
}

/** Adresse du rectangle de `lignes` × `colonnes` cellules commençant en `debut` : « B3 » ou « B3:D10 ». */
export function formaterPlage(debut: Position, lignes = 1, colonnes = 1): string {
  if (lignes < 1 || colonnes < 1) throw erreurValeur("Une plage contient au moins une cellule.");
  const fin = { ligne: debut.ligne + lignes - 1, colonne: debut.colonne + colonnes - 1 };
  if (fin.ligne >= MAX_LIGNES || fin.colonne >= MAX_COLONNES) {
    throw erreurValeur(`La plage de ${lignes} × ${colonnes} cellules à partir de ${formaterCellule(debut)} dépasse les limites de la feuille.`);
  }
  return lignes === 1 && colonnes === 1 ? formaterCellule(debut) : `${formaterCellule(debut)}:${formaterCellule(fin)}`;
}

export function formaterRectangle(r: Rectangle): string {
  const { lignes, colonnes } = dimensions(r);
  return formaterPlage(r.debut, lignes, colonnes);
}

/** Vrai si la position est dans le rectangle. */
export function contient(r: Rectangle, p: Position): boolean {
  return p.ligne >= r.debut.ligne && p.ligne <= r.fin.ligne && p.colonne >= r.debut.colonne && p.colonne <= r.fin.colonne;
}

/** Un nom de feuille s'écrit sans apostrophes s'il ne contient que lettres, chiffres, « _ » et « . » et ne ressemble pas à une cellule. */
function nomSimple(nom: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(nom) && !CELLULE.test(nom) && !/^[Rr]\d*[Cc]\d*$/.test(nom);
}

/** Nom de feuille tel qu'il s'écrit dans une référence : « Feuil1 », « 'Ma feuille' », « 'L''été' ». */
export function referenceFeuille(nom: string): string {
  return nomSimple(nom) ? nom : `'${nom.replace(/'/g, "''")}'`;
}

/** Référence complète : « Feuil1!B3 », « 'Ma feuille'!B3:C4 ». */
export function adresseComplete(feuille: string, adresse: string): string {
  return `${referenceFeuille(feuille)}!${adresse}`;
}

/** Sépare « 'Ma feuille'!B3 » en feuille et adresse ; sans « ! », la feuille est absente. */
export function separerFeuille(reference: string): { feuille?: string; adresse: string } {
  const r = reference.trim().replace(/^=/, "");
  if (r.startsWith("'")) {
    let i = 1;
    let nom = "";
    while (i < r.length) {
      if (r[i] === "'" && r[i + 1] === "'") {
        nom += "'";
        i += 2;
      } else if (r[i] === "'") break;
      else nom += r[i++];
    }
    if (r[i] !== "'" || r[i + 1] !== "!") throw erreurValeur(`« ${reference} » n'est pas une référence de plage valide (exemple : 'Ma feuille'!B3).`);
    return { feuille: nom, adresse: r.slice(i + 2) };
  }
  const bang = r.lastIndexOf("!");
  return bang < 0 ? { adresse: r } : { feuille: r.slice(0, bang), adresse: r.slice(bang + 1) };
}

/** Adresse sans « $ », coins dans l'ordre : « $B$3:$D$10 » → « B3:D10 ». */
export function normaliserAdresse(adresse: string): string {
  return formaterRectangle(lirePlageA1(adresse));
}
