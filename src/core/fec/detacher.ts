/**
 * Copie autonome d'un morceau de ligne. V8 représente une sous-chaîne de 13 caractères ou plus comme une vue sur la
 * chaîne d'origine : garder un numéro d'écriture, un libellé ou un message qui en cite un garderait en mémoire tout
 * le bloc d'un Mio dont la ligne a été découpée. La concaténation puis la découpe forcent une copie à plat.
 */
export const detacher = (s: string): string => (s.length < 13 ? s : (" " + s).slice(1));
