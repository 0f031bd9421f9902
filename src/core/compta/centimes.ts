/**
 * Montants d'écritures en centimes entiers : exacts (tout entier jusqu'à 2^53 centimes, soit 90 000 milliards d'euros)
 * et rapides pour les boucles chaudes (balance d'un million de lignes). Conversion avec les décimaux du noyau.
 */
import type Decimal from "decimal.js";
import { Dec } from "../argent";
import { analyserTexteNombre, depuisFlottant } from "../nombres";

export type Centimes = number;

export function versCentimes(d: Decimal): Centimes {
  const c = d.times(100);
  if (!c.isInteger()) throw new RangeError(`Montant avec plus de deux décimales : ${d.toString()}`);
  return c.toNumber();
}

export function depuisCentimes(c: Centimes): Decimal {
  return new Dec(c).div(100);
}

/** Un nombre de classeur (1200.5) en centimes ; undefined s'il n'est pas fini ou a plus de deux décimales. */
export function centimesDeNombre(v: number): Centimes | undefined {
  if (!Number.isFinite(v)) return undefined;
  try {
    return versCentimes(depuisFlottant(v));
  } catch {
    return undefined;
  }
}

/**
 * Lecture rapide d'un montant écrit « 1200,00 », « 1200.5 », « -3 », « 1 234,56 » en centimes ;
 * undefined si ce n'est pas un montant à deux décimales au plus (l'appelant produit le message).
 */
export function lireCentimes(texte: string): Centimes | undefined {
  const m = /^\s*([+-]?)(\d{1,15})(?:[.,](\d{1,2}))?\s*$/.exec(texte);
  if (m) {
    const frac = m[3] === undefined ? 0 : m[3].length === 1 ? Number(m[3]) * 10 : Number(m[3]);
    const v = Number(m[2]) * 100 + frac;
    return m[1] === "-" ? -v : v;
  }
  const lu = analyserTexteNombre(texte);
  if (!lu || lu.pourcent) return undefined;
  const c = lu.valeur.times(100);
  return c.isInteger() ? c.toNumber() : undefined;
}

/** « 1 234,56 » à partir de centimes (espace fine insécable pour les milliers). */
export function centimesFr(c: Centimes): string {
  const negatif = c < 0;
  const a = Math.abs(c);
  const euros = Math.floor(a / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${negatif ? "−" : ""}${euros},${String(a % 100).padStart(2, "0")}`;
}
