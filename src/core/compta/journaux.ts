/** Les journaux usuels (comptabilite.md § 1.2) : codes et libellés, pour la liste du tableau Journal et le FEC. */
/** Libellés des journaux usuels (comptabilite.md § 1.2). */
export const LIBELLES_JOURNAUX: Readonly<Record<string, string>> = {
  ACH: "Achats",
  VTE: "Ventes",
  BQ: "Banque",
  CAI: "Caisse",
  OD: "Opérations diverses",
  AN: "À-nouveaux",
};

/** Libellé d'un journal : « Ventes », « Banque 2 » (BQ2), « Journal HA » pour un code inconnu. */
export function libelleJournal(code: string): string {
  const usuel = LIBELLES_JOURNAUX[code.toUpperCase()];
  if (usuel) return usuel;
  const m = /^(BQ|CAI)\s*[-_]?\s*(\d+)$/i.exec(code);
  if (m) return `${LIBELLES_JOURNAUX[m[1].toUpperCase()]} ${m[2]}`;
  return `Journal ${code}`;
}
