/**
 * Écriture de CSV destinés à un tableur, sans injection de formule (OWASP, « CSV Injection ») : une cellule qui
 * commence par =, +, -, @, une tabulation ou un retour chariot serait exécutée comme une formule par Excel ou
 * LibreOffice (=HYPERLINK(…), =cmd|…) ; elle reçoit une apostrophe en tête, qui la garde en texte. Exception : un
 * nombre ordinaire (-12,50, +3, -1 234,56) reste un nombre, sans apostrophe.
 * Le FEC n'est pas concerné : c'est un fichier fiscal dont les valeurs doivent rester celles de la comptabilité
 * (voir docs/fec.md).
 */

/** Nombre ordinaire : signe, chiffres (groupes de milliers séparés par une espace admis), décimales à virgule ou point. */
const NOMBRE = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?$/;

/** Premiers caractères qui font d'une cellule une formule dans un tableur. */
const DEBUT_FORMULE = /^[=+\-@\t\r]/;

/** La cellule, précédée d'une apostrophe si un tableur la prendrait pour une formule. */
export function neutraliserFormule(texte: string): string {
  return DEBUT_FORMULE.test(texte) && !NOMBRE.test(texte) ? `'${texte}` : texte;
}

/** Une cellule de CSV : neutralisée, puis entre guillemets si elle contient le séparateur, un guillemet ou un saut de ligne. */
export function champCsv(valeur: string | number | boolean | null | undefined, separateur = ";"): string {
  if (valeur === null || valeur === undefined) return "";
  const texte = neutraliserFormule(String(valeur));
  return texte.includes(separateur) || /["\r\n]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

/** Une ligne de CSV (sans fin de ligne). */
export function ligneCsv(valeurs: readonly (string | number | boolean | null | undefined)[], separateur = ";"): string {
  return valeurs.map((v) => champCsv(v, separateur)).join(separateur);
}
