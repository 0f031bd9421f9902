/**
 * Les valeurs d'un FEC : noms des 18 champs, dates AAAAMMJJ et montants à virgule décimale (comptabilite.md § 2.1).
 * Lecture rapide (une ligne d'un fichier d'un million de lignes passe ici) et écriture.
 */
import { Dec, arrondi } from "../argent";
import { lireCentimes, type Centimes } from "../compta/centimes";
import type { Jour } from "../dates";
import { analyserTexteNombre } from "../nombres";

/** Les 18 champs, dans l'ordre de l'art. A. 47 A-1 du LPF. */
export const CHAMPS_FEC = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

/** La variante Montant/Sens remplace Debit et Credit (champs 12 et 13). */
export const CHAMPS_FEC_MONTANT_SENS = [...CHAMPS_FEC.slice(0, 11), "Montant", "Sens", ...CHAMPS_FEC.slice(13)] as const;

export type NomChampFec = (typeof CHAMPS_FEC)[number] | "Montant" | "Sens";

/** Position (0 à 17) de chaque champ dans l'ordre officiel ; Montant et Sens prennent la place de Debit et Credit. */
export const C = {
  JournalCode: 0,
  JournalLib: 1,
  EcritureNum: 2,
  EcritureDate: 3,
  CompteNum: 4,
  CompteLib: 5,
  CompAuxNum: 6,
  CompAuxLib: 7,
  PieceRef: 8,
  PieceDate: 9,
  EcritureLib: 10,
  Debit: 11,
  Credit: 12,
  EcritureLet: 13,
  DateLet: 14,
  ValidDate: 15,
  Montantdevise: 16,
  Idevise: 17,
} as const;

// ── Dates ────────────────────────────────────────────────────────────────────

const JOURS_PAR_MOIS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** « 20250115 » → 20250115 ; −1 si ce n'est pas 8 chiffres formant une date du calendrier (année 0001 à 9999). */
export function lireDateFec(s: string): number {
  if (s.length !== 8) return -1;
  let n = 0;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  const annee = Math.floor(n / 10000);
  const mois = Math.floor(n / 100) % 100;
  const jour = n % 100;
  if (annee < 1 || mois < 1 || mois > 12 || jour < 1) return -1;
  const max = mois === 2 && ((annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0) ? 29 : JOURS_PAR_MOIS[mois - 1];
  return jour > max ? -1 : n;
}

export const jourDepuisEntier = (n: number): Jour => ({ annee: Math.floor(n / 10000), mois: Math.floor(n / 100) % 100, jour: n % 100 });

export const entierDepuisJour = (j: Jour): number => j.annee * 10000 + j.mois * 100 + j.jour;

/** Jour → « 20250115 ». */
export const dateFec = (j: Jour): string => String(entierDepuisJour(j)).padStart(8, "0");

/** 20250115 → « 15/01/2025 ». */
export function dateFecFr(n: number): string {
  const s = String(n).padStart(8, "0");
  return `${s.slice(6, 8)}/${s.slice(4, 6)}/${s.slice(0, 4)}`;
}

// ── Montants ─────────────────────────────────────────────────────────────────

/**
 * Le cas courant, lu en un seul passage sur les caractères (deux montants par ligne : c'est la boucle la plus chaude
 * du lecteur) : signe facultatif, 1 à 15 chiffres, virgule et 1 ou 2 décimales facultatives. Rend les centimes, ou
 * −0,5 (impossible pour un entier) si le texte n'a pas cette forme ; les autres formes passent par lireCentimes ou
 * par un décimal exact. 15 chiffres × 100 < 2^53 : le calcul en nombre entier est exact.
 */
function lireMontantSimple(s: string): number {
  const n = s.length;
  const signe = s.charCodeAt(0);
  let i = signe === 43 || signe === 45 ? 1 : 0;
  const debut = i;
  let valeur = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    valeur = valeur * 10 + c;
  }
  const entiers = i - debut;
  if (entiers < 1 || entiers > 15) return -0.5;
  valeur *= 100;
  if (i < n) {
    const decimales = n - i - 1;
    if (s.charCodeAt(i) !== 44 || decimales < 1 || decimales > 2) return -0.5;
    const d1 = s.charCodeAt(i + 1) - 48;
    const d2 = decimales === 2 ? s.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -0.5;
    valeur += d1 * 10 + d2;
  }
  return signe === 45 && valeur !== 0 ? -valeur : valeur;
}

/** Chiffres et virgule seulement, écriture admise par le texte (« 1200, », « ,5 », zéros de tête d'Odoo). */
const MONTANT_VIRGULE = /^([+-]?)(\d*)(?:,(\d*))?$/;

export type DefautMontant = "FEC-018" | "FEC-019" | "FEC-020";

export interface LectureMontant {
  /** Montant en centimes, ou undefined s'il est illisible. */
  centimes: Centimes | undefined;
  defaut: DefautMontant;
  detail?: string;
}

/**
 * Montant d'un FEC en centimes. Rend un nombre dans le cas conforme ; sinon le défaut constaté, avec le montant
 * quand il se lit sans ambiguïté (« 1200.50 » : point décimal → FEC-018, lu 1 200,50 ; « 1 234,56 » → FEC-019 ;
 * « 12,345 » → FEC-020, arrondi au centime). Vide = 0.
 */
export function lireMontantFec(brut: string): Centimes | LectureMontant {
  if (brut === "") return 0;
  const simple = lireMontantSimple(brut);
  if (simple !== -0.5) return simple;
  const m = MONTANT_VIRGULE.exec(brut);
  if (m && (m[2] !== "" || (m[3] ?? "") !== "")) {
    const entier = m[2].replace(/^0+(?=\d)/, "") || "0";
    const decimales = m[3] ?? "";
    const valeur = new Dec(`${m[1]}${entier}.${decimales || "0"}`);
    return versCentimesFec(valeur, decimales.length > 2 ? "FEC-020" : undefined);
  }
  // Hors du format FEC : le montant est lu comme une saisie (lireCentimes, puis décimal exact au-delà du centime)
  // pour que l'écriture compte quand même dans les équilibres, et le défaut est signalé.
  // Séparateur de milliers : espace (ordinaire, insécable, fine), apostrophe, ou point suivi d'une virgule / de groupes de 3.
  const milliers = /[\s\u00a0\u202f']/.test(brut) || (brut.includes(".") && brut.includes(",")) || /^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(brut);
  const defaut = milliers ? "FEC-019" : "FEC-018";
  const centimes = /[0-9]/.test(brut) ? lireCentimes(brut) : undefined;
  if (centimes !== undefined) return { centimes, defaut };
  const lu = /[0-9]/.test(brut) ? analyserTexteNombre(brut) : undefined;
  if (!lu || lu.pourcent) return { centimes: undefined, defaut: "FEC-018", detail: "valeur illisible" };
  return versCentimesFec(lu.valeur, defaut);
}

function versCentimesFec(valeur: Dec, defaut: DefautMontant | undefined): Centimes | LectureMontant {
  const centimes = arrondi(valeur).times(100).toNumber();
  if (!Number.isSafeInteger(centimes)) return { centimes: undefined, defaut: "FEC-018", detail: "montant trop grand" };
  return defaut ? { centimes, defaut } : centimes;
}

/** Centimes → « 1200,00 », « -3,50 » : virgule décimale, sans séparateur de milliers (format du FEC). */
export function montantFec(c: Centimes): string {
  const a = Math.abs(c);
  return `${c < 0 ? "-" : ""}${Math.floor(a / 100)},${String(a % 100).padStart(2, "0")}`;
}
