/** Répartition d'un montant au prorata de poids, au centime, sans perdre ni créer un centime. */
import type Decimal from "decimal.js";
import { ZERO, arrondi, somme } from "../argent";

export interface Repartition {
  /** Parts arrondies au centime, dans l'ordre des poids ; leur somme est exactement le montant. */
  parts: Decimal[];
  /** Parts exactes avant arrondi (pour l'explication). */
  exactes: Decimal[];
  /** Écart d'arrondi reporté sur la part du plus grand poids (0 s'il n'y en a pas). */
  reste: Decimal;
  /** Rang de la part qui reçoit le reste : le plus grand poids (le premier en cas d'égalité). */
  rangReste: number;
}

/**
 * Répartit `montant` (au centime) proportionnellement à `poids` (positifs, de somme non nulle) :
 * chaque part = arrondi(montant × poids ÷ Σ poids), et l'écart d'arrondi va au plus grand poids,
 * de sorte que Σ parts = montant exactement.
 */
export function repartirAuProrata(montant: Decimal, poids: readonly Decimal[]): Repartition {
  const total = somme(poids);
  if (total.isZero()) throw new RangeError("repartirAuProrata : la somme des poids est nulle.");
  const exactes = poids.map((p) => montant.times(p).div(total));
  const parts = exactes.map((e) => arrondi(e));
  const reste = montant.minus(somme(parts));
  let rangReste = 0;
  poids.forEach((p, i) => {
    if (p.gt(poids[rangReste])) rangReste = i;
  });
  if (!reste.isZero()) parts[rangReste] = parts[rangReste].plus(reste);
  return { parts, exactes, reste: reste.isZero() ? ZERO : reste, rangReste };
}
