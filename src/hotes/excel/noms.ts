/**
 * Règles de Microsoft pour l'`id` et le `name` d'une fonction personnalisée Excel
 * (learn.microsoft.com « Naming guidelines for custom functions », custom-functions-naming.md) :
 * - id : lettres A–Z, chiffres 0–9, « _ » et « . » seulement ;
 * - name : lettres Unicode, chiffres, « _ » et « . » ;
 * - tous deux commencent par une lettre et ont **au moins trois caractères** ;
 * - un nom ne doit pas ressembler à une référence de cellule (A1 à XFD1048576, R1C1 à R1048576C16384)
 *   ni reprendre une fonction de macro Excel 4.0 (RUN, ECHO…).
 * Nos descripteurs servent à la fois d'id et de name : on leur applique la plus stricte des deux règles.
 */

/** Fonctions de macro Excel 4.0 et noms courts réservés qu'un nom AGORA pourrait heurter (liste non exhaustive). */
export const MACROS_EXCEL4: readonly string[] = [
  "ALERT", "ARGUMENT", "CALL", "CALLER", "DOCUMENTS", "ECHO", "ERROR", "EVALUATE", "FILES", "FORMULA", "GET.CELL",
  "GET.DOCUMENT", "GET.WORKBOOK", "GOTO", "HALT", "INPUT", "MESSAGE", "NAMES", "REGISTER", "RESULT", "RETURN", "RUN",
  "SELECTION", "SET.NAME", "SET.VALUE", "VOLATILE", "WINDOWS",
];

const COLONNE_MAX = 16384; // XFD
const LIGNE_MAX = 1048576;

function numeroColonne(lettres: string): number {
  return [...lettres].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

/** Le nom se lirait comme une référence de cellule (« TVA1 », « R2C3 »). */
export function ressembleAReference(nom: string): boolean {
  const a1 = /^([A-Z]{1,3})([0-9]+)$/i.exec(nom);
  if (a1 && numeroColonne(a1[1].toUpperCase()) <= COLONNE_MAX && Number(a1[2]) >= 1 && Number(a1[2]) <= LIGNE_MAX) return true;
  const l1c1 = /^R([0-9]+)C([0-9]+)$/i.exec(nom);
  return !!l1c1 && Number(l1c1[1]) >= 1 && Number(l1c1[1]) <= LIGNE_MAX && Number(l1c1[2]) >= 1 && Number(l1c1[2]) <= COLONNE_MAX;
}

/**
 * Raisons, en français, pour lesquelles Excel refuserait ce nom comme id et comme name ; liste vide si le nom est valide.
 * `reserves` : noms de fonctions intégrées d'Excel (toutes langues) à ne pas reprendre.
 */
export function problemesNomExcel(nom: string, reserves: ReadonlySet<string> = new Set()): string[] {
  const raisons: string[] = [];
  if (!/^[A-Z0-9_.]*$/.test(nom)) raisons.push("seuls les lettres A à Z, les chiffres, « _ » et « . » sont permis");
  if (!/^[A-Z]/i.test(nom)) raisons.push("le nom doit commencer par une lettre");
  if (nom.length < 3) raisons.push(`au moins trois caractères sont exigés (« ${nom} » en a ${nom.length})`);
  if (nom.length > 128) raisons.push("128 caractères au plus");
  if (ressembleAReference(nom)) raisons.push("le nom se lit comme une référence de cellule");
  const majuscules = nom.toUpperCase();
  if (MACROS_EXCEL4.includes(majuscules)) raisons.push("c'est le nom d'une fonction de macro Excel 4.0");
  if (reserves.has(majuscules)) raisons.push("c'est le nom d'une fonction intégrée d'Excel");
  return raisons;
}
