/**
 * Le calendrier d'un plan d'amortissement : jour de clôture des exercices, dates de clôture successives,
 * et décompte du temps (jours de 30 jours sur 360, jours réels, mois entamés) — comptabilite.md § 9.2 et § 9.3.
 */
import { ajouterJours, ajouterMois, comparerJours, ecartJours, joursDansMois, jourFr, lireDate, type Jour } from "../dates";
import { erreurNombre, erreurValeur } from "../erreurs";
import { estVide } from "../nombres";

/** Jour de clôture des exercices : le jour et le mois. Un 28 ou 29 février désigne la fin de février. */
export interface Cloture {
  mois: number;
  jour: number;
}

export const CLOTURE_31_DECEMBRE: Cloture = { mois: 12, jour: 31 };

const deux = (n: number): string => String(n).padStart(2, "0");

export const clotureFr = (c: Cloture): string => `${deux(c.jour)}/${deux(c.mois)}`;

/** Vérifie qu'un jour et un mois forment un jour de clôture possible (29/02 accepté : fin de février). */
export function creerCloture(jour: number, mois: number, champ: string): Cloture {
  if (!Number.isInteger(mois) || mois < 1 || mois > 12 || !Number.isInteger(jour) || jour < 1 || jour > joursDansMois(2000, mois)) {
    throw erreurValeur(`${champ} : le ${deux(jour)}/${deux(mois)} n'existe pas ; un jour de clôture s'écrit « 31/12 », « 30/06 »…`);
  }
  return { mois, jour };
}

/**
 * Lit un jour de clôture : une date (seuls le jour et le mois comptent), un texte « 31/12 » ou « 30/06/2026 ».
 * Vide : 31/12.
 */
export function lireCloture(v: unknown, champ: string): Cloture {
  if (estVide(v)) return CLOTURE_31_DECEMBRE;
  if (typeof v === "string") {
    const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(v);
    if (m) return creerCloture(Number(m[1]), Number(m[2]), champ);
  }
  let date: Jour | undefined;
  try {
    if (typeof v === "number" || typeof v === "string") date = lireDate(v, champ);
  } catch {
    // message commun ci-dessous
  }
  if (!date) {
    throw erreurValeur(`${champ} : « ${String(v)} » n'est pas un jour de clôture (exemples acceptés : « 31/12 » ; « 30/06 » ; DATE(2026;6;30)).`);
  }
  return { mois: date.mois, jour: date.jour };
}

/** Date de clôture d'une année ; la clôture au 28 ou 29 février tombe le dernier jour de février. */
export function dateCloture(c: Cloture, annee: number): Jour {
  const jour = c.mois === 2 && c.jour >= 28 ? joursDansMois(annee, 2) : c.jour;
  return { annee, mois: c.mois, jour };
}

/** Première clôture le jour donné ou après. */
export function clotureSuivante(c: Cloture, j: Jour): Jour {
  const meme = dateCloture(c, j.annee);
  return comparerJours(meme, j) >= 0 ? meme : dateCloture(c, j.annee + 1);
}

export const estFinDeMois = (j: Jour): boolean => j.jour === joursDansMois(j.annee, j.mois);

/**
 * Jours de `debut` à `fin`, les deux compris, en mois de 30 jours (année de 360 jours) : le jour de départ j compte
 * 30 − min(j, 30) + 1 jours dans son mois (un 31 compte 1 jour) ; le dernier jour d'un mois finit ce mois (30).
 * 12/07 → 31/12 : (30 − 12 + 1) + 5 × 30 = 169.
 */
export function jours360(debut: Jour, fin: Jour): number {
  const d1 = Math.min(debut.jour, 30);
  const d2 = estFinDeMois(fin) ? 30 : Math.min(fin.jour, 30);
  return 360 * (fin.annee - debut.annee) + 30 * (fin.mois - debut.mois) + d2 - d1 + 1;
}

/** Détail du décompte 30/360 pour une explication : « (30 − 12 + 1) + 5 × 30 = 169 jours ». */
export function detailJours360(debut: Jour, fin: Jour): string {
  const n = jours360(debut, fin);
  const moisSuivants = 12 * (fin.annee - debut.annee) + fin.mois - debut.mois;
  if (debut.jour > 1 && estFinDeMois(fin) && moisSuivants > 0) {
    return `(30 − ${Math.min(debut.jour, 30)} + 1) + ${moisSuivants} × 30 = ${n} jours`;
  }
  return `${n} jours`;
}

/** Jours calendaires de `debut` à `fin`, les deux compris. */
export const joursReels = (debut: Jour, fin: Jour): number => ecartJours(debut, fin) + 1;

/** Jours calendaires des douze mois qui finissent à la clôture (365 ou 366). */
export const joursAnnee = (cloture: Jour): number => joursReels(ajouterJours(ajouterMois(cloture, -12), 1), cloture);

/**
 * Mois entamés de `debut` à `fin` compris : 01/07 → 31/12 = 6 ; 01/01 → 15/03 = 3 (le mois de `fin` compte dès qu'il
 * est entamé).
 */
export function moisEntames(debut: Jour, fin: Jour): number {
  const lendemain = ajouterJours(fin, 1);
  const m = 12 * (lendemain.annee - debut.annee) + lendemain.mois - debut.mois;
  return lendemain.jour > debut.jour ? m + 1 : m;
}

/** Exercices successifs : la première clôture peut être éloignée (premier exercice plus long ou plus court). */
export interface Calendrier {
  cloture: Cloture;
  premiereCloture: Jour;
  /** Vrai quand la première clôture est donnée : le premier exercice peut durer plus ou moins de 12 mois. */
  premierExerciceLibre: boolean;
}

/** Plus long premier exercice accepté, en mois (C. com. : un exercice dure en principe 12 mois ; le premier, au plus 24). */
export const MOIS_MAX_PREMIER_EXERCICE = 24;

export function creerCalendrier(debut: Jour, cloture: Cloture = CLOTURE_31_DECEMBRE, premiereCloture?: Jour): Calendrier {
  if (!premiereCloture) return { cloture, premiereCloture: clotureSuivante(cloture, debut), premierExerciceLibre: false };
  if (comparerJours(premiereCloture, debut) < 0) {
    throw erreurNombre(`premiere_cloture : la première clôture (${jourFr(premiereCloture)}) précède le début de l'amortissement (${jourFr(debut)}).`);
  }
  if (comparerJours(premiereCloture, ajouterMois(debut, MOIS_MAX_PREMIER_EXERCICE)) >= 0) {
    throw erreurNombre(
      `premiere_cloture : la première clôture (${jourFr(premiereCloture)}) est à plus de ${MOIS_MAX_PREMIER_EXERCICE} mois du début de l'amortissement (${jourFr(debut)}).`,
    );
  }
  const c: Cloture = premiereCloture.mois === 2 && estFinDeMois(premiereCloture) ? { mois: 2, jour: 29 } : { mois: premiereCloture.mois, jour: premiereCloture.jour };
  return { cloture: c, premiereCloture, premierExerciceLibre: true };
}

/** Date de clôture de l'exercice de rang k (1 = exercice du début de l'amortissement). */
export function clotureDuRang(cal: Calendrier, k: number): Jour {
  return k === 1 ? cal.premiereCloture : dateCloture(cal.cloture, cal.premiereCloture.annee + k - 1);
}

/** Premier jour de l'exercice de rang k (pour le premier : douze mois avant sa clôture, même s'il a commencé avant ou après). */
export function ouvertureDuRang(cal: Calendrier, k: number): Jour {
  const cloture = clotureDuRang(cal, k);
  return k === 1 ? ajouterJours(ajouterMois(cloture, -12), 1) : ajouterJours(clotureDuRang(cal, k - 1), 1);
}
