/**
 * Dates sans heure du noyau (« jours ») et conversion avec les numéros de série d'Excel (système 1900).
 * Excel compte le faux 29/02/1900 : le numéro 60 n'existe pas comme vraie date, 61 = 01/03/1900.
 */
import { erreurValeur } from "./erreurs";
import { analyserTexteNombre, estVide } from "./nombres";

export interface Jour {
  annee: number;
  mois: number; // 1..12
  jour: number; // 1..31
}

const MS_PAR_JOUR = 86_400_000;
/** Jour 0 d'Excel vu comme 30/12/1899 pour tous les numéros ≥ 61. */
const EPOQUE_EXCEL = Date.UTC(1899, 11, 30);

export function estBissextile(a: number): boolean {
  return (a % 4 === 0 && a % 100 !== 0) || a % 400 === 0;
}

export function joursDansMois(annee: number, mois: number): number {
  return [31, estBissextile(annee) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1];
}

export function jourValide(annee: number, mois: number, jour: number): boolean {
  return (
    Number.isInteger(annee) && Number.isInteger(mois) && Number.isInteger(jour) &&
    annee >= 1900 && annee <= 9999 && mois >= 1 && mois <= 12 && jour >= 1 && jour <= joursDansMois(annee, mois)
  );
}

export function creerJour(annee: number, mois: number, jour: number): Jour {
  if (!jourValide(annee, mois, jour)) {
    throw erreurValeur(`La date ${pad(jour)}/${pad(mois)}/${annee} n'existe pas.`);
  }
  return { annee, mois, jour };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function versUtc(j: Jour): number {
  return Date.UTC(j.annee, j.mois - 1, j.jour);
}

function depuisUtc(ms: number): Jour {
  const d = new Date(ms);
  return { annee: d.getUTCFullYear(), mois: d.getUTCMonth() + 1, jour: d.getUTCDate() };
}

/** Numéro de série Excel (système 1900) d'un jour. */
export function versSerie(j: Jour): number {
  const n = Math.round((versUtc(j) - EPOQUE_EXCEL) / MS_PAR_JOUR);
  // Avant le 01/03/1900, Excel n'a pas encore compté le faux 29/02/1900.
  return n <= 60 ? n - 1 : n;
}

/** Jour d'un numéro de série Excel. Le numéro 60 (le faux 29/02/1900) est refusé. */
export function depuisSerie(serie: number): Jour {
  if (!Number.isFinite(serie) || serie < 1 || serie >= 2_958_466) {
    throw erreurValeur(`Le nombre ${serie} n'est pas une date Excel valide.`);
  }
  const n = Math.floor(serie);
  if (n === 60) throw erreurValeur("Le 29/02/1900 n'existe pas (erreur historique d'Excel).");
  return depuisUtc(EPOQUE_EXCEL + (n < 60 ? n + 1 : n) * MS_PAR_JOUR);
}

export function isoJour(j: Jour): string {
  return `${String(j.annee).padStart(4, "0")}-${pad(j.mois)}-${pad(j.jour)}`;
}

export function jourFr(j: Jour): string {
  return `${pad(j.jour)}/${pad(j.mois)}/${j.annee}`;
}

export function ajouterJours(j: Jour, n: number): Jour {
  return depuisUtc(versUtc(j) + n * MS_PAR_JOUR);
}

/** Ajoute des mois ; le jour est ramené au dernier jour du mois s'il n'existe pas (31/01 + 1 mois = 28 ou 29/02). */
export function ajouterMois(j: Jour, n: number): Jour {
  const total = j.annee * 12 + (j.mois - 1) + n;
  const annee = Math.floor(total / 12);
  const mois = (total % 12) + 1;
  return { annee, mois, jour: Math.min(j.jour, joursDansMois(annee, mois)) };
}

export function finDeMois(j: Jour): Jour {
  return { annee: j.annee, mois: j.mois, jour: joursDansMois(j.annee, j.mois) };
}

/** Nombre de jours de a à b (b − a). */
export function ecartJours(a: Jour, b: Jour): number {
  return Math.round((versUtc(b) - versUtc(a)) / MS_PAR_JOUR);
}

export function comparerJours(a: Jour, b: Jour): number {
  return versUtc(a) - versUtc(b);
}

/** Lit une date : numéro de série Excel, texte « 15/03/2026 », « 2026-03-15 » ou « 20260315 ». */
export function lireDate(v: unknown, champ: string): Jour {
  if (estVide(v)) throw erreurValeur(`${champ} : la date est vide.`);
  if (typeof v === "number") {
    try {
      return depuisSerie(v);
    } catch {
      throw erreurValeur(`${champ} : ${v} n'est pas une date Excel valide.`);
    }
  }
  if (typeof v === "string") {
    const s = v.trim();
    let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) return verifier(Number(m[3]), Number(m[2]), Number(m[1]), v, champ);
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    if (m) return verifier(Number(m[1]), Number(m[2]), Number(m[3]), v, champ);
    const nombre = analyserTexteNombre(s);
    if (nombre && !nombre.pourcent) return lireDate(nombre.valeur.toNumber(), champ);
  }
  throw erreurValeur(`${champ} : « ${String(v)} » n'est pas une date (exemples acceptés : 15/03/2026 ; 2026-03-15).`);
}

function verifier(a: number, m: number, j: number, brut: unknown, champ: string): Jour {
  if (!jourValide(a, m, j)) throw erreurValeur(`${champ} : la date « ${String(brut)} » n'existe pas.`);
  return { annee: a, mois: m, jour: j };
}

/** Jour d'aujourd'hui (fuseau local de la machine). */
export function aujourdhui(): Jour {
  const d = new Date();
  return { annee: d.getFullYear(), mois: d.getMonth() + 1, jour: d.getDate() };
}
