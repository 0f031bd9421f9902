/** Filtre de période d'un état (--du, --au ; arguments du et au des fonctions), bornes comprises. */
import { jourFr, type Jour } from "../dates";
import { erreurValeur } from "../erreurs";

export interface Periode {
  du?: Jour;
  au?: Jour;
}

/** Clé numérique d'un jour, comparable et rapide : 20260315. */
export const cleJour = (j: Jour): number => j.annee * 10000 + j.mois * 100 + j.jour;

/** Prédicat « le jour est dans la période » ; erreur si du > au. */
export function filtrePeriode(p: Periode): (j: Jour) => boolean {
  if (p.du && p.au && cleJour(p.du) > cleJour(p.au)) {
    throw erreurValeur(`La période est vide : du ${jourFr(p.du)} au ${jourFr(p.au)} (la date de début est après la date de fin).`);
  }
  const du = p.du ? cleJour(p.du) : -Infinity;
  const au = p.au ? cleJour(p.au) : Infinity;
  if (du === -Infinity && au === Infinity) return () => true;
  return (j) => {
    const c = cleJour(j);
    return c >= du && c <= au;
  };
}

/** « du 01/03/2026 au 31/03/2026 », « jusqu'au 31/03/2026 », « toutes dates ». */
export function periodeFr(p: Periode): string {
  if (p.du && p.au) return `du ${jourFr(p.du)} au ${jourFr(p.au)}`;
  if (p.du) return `à partir du ${jourFr(p.du)}`;
  if (p.au) return `jusqu'au ${jourFr(p.au)}`;
  return "toutes dates";
}
