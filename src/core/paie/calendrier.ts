/**
 * Calendrier de paie : jours fériés de métropole (C. trav. art. L3133-1), jours ouvrés (lundi-vendredi hors fériés),
 * ouvrables (lundi-samedi hors fériés) et calendaires d'un mois ou d'une période. Les fériés sont supposés chômés,
 * lundi de Pentecôte compris (journée de solidarité : à saisir comme une absence ou non selon l'accord d'entreprise).
 */
import { ajouterJours, comparerJours, isoJour, joursDansMois, type Jour } from "../dates";

/** Dimanche de Pâques (algorithme anonyme grégorien, dit de Meeus/Jones/Butcher). */
export function paques(annee: number): Jour {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return { annee, mois, jour };
}

const CACHE_FERIES = new Map<number, Set<string>>();

/** Les onze jours fériés de l'année en métropole (hors Alsace-Moselle), en dates ISO. */
export function joursFeries(annee: number): Set<string> {
  const connus = CACHE_FERIES.get(annee);
  if (connus) return connus;
  const p = paques(annee);
  const fixes: [number, number][] = [[1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25]];
  const feries = new Set<string>(fixes.map(([mois, jour]) => isoJour({ annee, mois, jour })));
  for (const decalage of [1, 39, 50]) feries.add(isoJour(ajouterJours(p, decalage))); // lundi de Pâques, Ascension, lundi de Pentecôte
  CACHE_FERIES.set(annee, feries);
  return feries;
}

/** Jour de la semaine : 0 = dimanche … 6 = samedi. */
export function jourSemaine(j: Jour): number {
  return new Date(Date.UTC(j.annee, j.mois - 1, j.jour)).getUTCDay();
}

export function estFerie(j: Jour): boolean {
  return joursFeries(j.annee).has(isoJour(j));
}

export interface DecompteJours {
  /** Lundi-vendredi hors fériés. */
  ouvres: number;
  /** Lundi-samedi hors fériés. */
  ouvrables: number;
  calendaires: number;
}

/** Décompte des jours d'une période, bornes incluses. */
export function decompterJours(du: Jour, au: Jour): DecompteJours {
  const d: DecompteJours = { ouvres: 0, ouvrables: 0, calendaires: 0 };
  for (let j = du; comparerJours(j, au) <= 0; j = ajouterJours(j, 1)) {
    d.calendaires++;
    const s = jourSemaine(j);
    if (s === 0 || estFerie(j)) continue;
    d.ouvrables++;
    if (s !== 6) d.ouvres++;
  }
  return d;
}

/** Décompte d'un mois civil. */
export function decompterMois(annee: number, mois: number): DecompteJours {
  return decompterJours({ annee, mois, jour: 1 }, { annee, mois, jour: joursDansMois(annee, mois) });
}
