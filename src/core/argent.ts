/**
 * Montants en euros : décimaux exacts (decimal.js), arrondis au centime, demi-unité éloignée de zéro.
 * `Decimal.ROUND_HALF_UP` de decimal.js arrondit bien « away from zero » : 2,345 → 2,35 et −2,345 → −2,35.
 */
import Decimal from "decimal.js";

export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const UN = new Dec(1);
export const CENT = new Dec(100);

export const REGLE_ARRONDI = "Arrondi au centime, demi-unité éloignée de zéro.";

/** Arrondi au centime, demi-unité éloignée de zéro. */
export function arrondi(d: Decimal.Value): Decimal {
  return new Dec(d).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Arrondi à `n` décimales, demi-unité éloignée de zéro (euros entiers de la CA3 : n = 0). */
export function arrondiA(d: Decimal.Value, n: number): Decimal {
  return new Dec(d).toDecimalPlaces(n, Decimal.ROUND_HALF_UP);
}

export function somme(valeurs: Iterable<Decimal>): Decimal {
  let s = ZERO;
  for (const v of valeurs) s = s.plus(v);
  return s;
}

/** Valeur numérique JavaScript d'un décimal (pour la rendre à une cellule). -0 devient 0. */
export function versNombre(d: Decimal): number {
  const n = d.toNumber();
  return n === 0 ? 0 : n;
}

const ESPACE_FINE = "\u202f";

/** Nombre écrit à la française : « 1 234,56 » (séparateur de milliers : espace fine insécable, comme Intl fr-FR). */
export function enFrancais(d: Decimal.Value, decimales?: number): string {
  const v = new Dec(d);
  const texte = decimales === undefined ? v.toFixed() : v.toFixed(decimales, Decimal.ROUND_HALF_UP);
  const negatif = texte.startsWith("-");
  const [entier, frac] = (negatif ? texte.slice(1) : texte).split(".");
  const groupes = entier.replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE);
  const signe = negatif && !/^[0.]+$/.test(texte.slice(1)) ? "−" : "";
  return signe + groupes + (frac ? "," + frac : "");
}

/** Montant à la française avec deux décimales : « 1 234,50 ». */
export const montantFr = (d: Decimal.Value): string => enFrancais(d, 2);

/** Taux (fraction) écrit en pourcentage à la française : 0,055 → « 5,5 % ». */
export function tauxFr(t: Decimal.Value): string {
  const pourcent = new Dec(t).times(100);
  const court = pourcent.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return `${enFrancais(court)}${ESPACE_FINE}%`;
}

/** Valeur exacte à la française : deux décimales au moins (montant), toutes celles qu'il faut au-delà. */
export function exactFr(d: Decimal.Value): string {
  const v = new Dec(d);
  return v.decimalPlaces() <= 2 ? montantFr(v) : enFrancais(v);
}

/**
 * Étape d'arrondi écrite pour une explication : « 16,527 → 16,53 », « 985,833333… → 985,83 »,
 * ou « 16,53 » s'il n'y a rien à arrondir. Au-delà de `decimales` décimales, la valeur exacte est abrégée.
 */
export function arrondiFr(exact: Decimal.Value, decimales = 6): string {
  const r = arrondi(exact);
  return r.eq(exact) ? montantFr(r) : `${quotientFr(exact, decimales)} → ${montantFr(r)}`;
}

/**
 * Quotient non arrondi écrit pour une explication : exact s'il tient en `decimales` décimales,
 * sinon arrondi à l'affichage et suivi de « … » (1/3 → « 0,333333… »). Le calcul garde la valeur exacte.
 */
export function quotientFr(d: Decimal.Value, decimales = 6): string {
  const v = new Dec(d);
  return v.decimalPlaces() > decimales ? `${enFrancais(v.toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP))}…` : enFrancais(v);
}
