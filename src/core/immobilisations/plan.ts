/**
 * Plan d'amortissement : les notions communes au linéaire et au dégressif, la lecture du mode
 * et le plan en tableau (comptabilite.md § 9).
 */
import type Decimal from "decimal.js";
import { ZERO } from "../argent";
import type { Jour } from "../dates";
import { erreurNombre, erreurValeur } from "../erreurs";
import { normaliserMotCle } from "../nombres";
import type { Calendrier } from "./calendrier";

export type ModeAmortissement = "lineaire" | "degressif";

/** Décompte du temps en linéaire : mois de 30 jours sur une année de 360 jours, ou jours calendaires. */
export type Decompte = "360" | "reel";

/** Durée d'utilisation la plus longue acceptée, en années (le plan renversé d'AGORA.PLAN.AMORT compte au plus 52 lignes). */
export const DUREE_MAX = 50;

export interface Immobilisation {
  /** Valeur d'origine HT (coût d'acquisition et frais accessoires). */
  valeurOrigine: Decimal;
  /** Mise en service (linéaire) ou acquisition (dégressif). */
  debut: Jour;
  /** Durée d'utilisation, en années entières. */
  duree: number;
  mode: ModeAmortissement;
  /** Linéaire seulement ; par défaut 30/360. */
  decompte?: Decompte;
  /** Linéaire seulement ; par défaut 0. */
  valeurResiduelle?: Decimal;
  calendrier: Calendrier;
}

/** Une ligne du plan : l'exercice, la période amortie, l'annuité et ce qu'il faut pour une dotation partielle. */
export interface LignePlan {
  exercice: number;
  /** Période amortie dans l'exercice (début et fin compris). */
  debut: Jour;
  fin: Jour;
  /** Clôture de l'exercice. */
  cloture: Jour;
  /** Base de calcul : base amortissable (linéaire) ou VNC de début d'exercice (dégressif). */
  base: Decimal;
  annuite: Decimal;
  cumul: Decimal;
  vnc: Decimal;
  /** Annuité de douze mois, exacte, dont l'annuité de l'exercice est la fraction (pour une dotation jusqu'à une date). */
  annuiteAnnuelle: Decimal;
  /** Vrai quand l'annuité est un complément (dernière annuité) et non une fraction d'annuité. */
  derniere: boolean;
}

export interface PlanAmortissement {
  immobilisation: Immobilisation;
  /** Base amortissable : valeur d'origine − valeur résiduelle. */
  baseAmortissable: Decimal;
  valeurResiduelle: Decimal;
  /** Taux appliqué (linéaire : 1 / durée ; dégressif : 1 / durée × coefficient). */
  taux: Decimal;
  /** Premier jour amorti (mise en service, ou 1er jour du mois d'acquisition). */
  depart: Jour;
  lignes: LignePlan[];
}

export const MODES_ACCEPTES = "« linéaire » (mois de 30 jours, par défaut), « linéaire jours réels » ou « dégressif »";

export interface ModeLu {
  mode: ModeAmortissement;
  decompte: Decompte;
}

/** Lit un mode d'amortissement écrit en français (accents et majuscules tolérés). */
export function lireMode(texte: string | undefined, champ = "mode"): ModeLu {
  if (texte === undefined) return { mode: "lineaire", decompte: "360" };
  const n = normaliserMotCle(texte).replace(/[.,]/g, "");
  if (["lineaire", "lin", "lineaire 360", "360"].includes(n)) return { mode: "lineaire", decompte: "360" };
  if (["lineaire reel", "lineaire reels", "lineaire jours reels", "lineaire 365", "reel", "jours reels"].includes(n)) return { mode: "lineaire", decompte: "reel" };
  if (["degressif", "degressif fiscal", "deg"].includes(n)) return { mode: "degressif", decompte: "360" };
  throw erreurValeur(`${champ} : « ${texte} » n'est pas un mode d'amortissement. Modes acceptés : ${MODES_ACCEPTES}.`);
}

/** Lit le décompte du linéaire : « 360 » (par défaut) ou « réel ». */
export function lireDecompte(texte: string | undefined, champ = "decompte"): Decompte {
  if (texte === undefined) return "360";
  const n = normaliserMotCle(texte);
  if (["360", "30/360", "30 360", "commercial"].includes(n)) return "360";
  if (["reel", "reels", "jours reels", "365", "exact"].includes(n)) return "reel";
  throw erreurValeur(`${champ} : « ${texte} » n'est pas un décompte ; écrivez « 360 » (mois de 30 jours) ou « réel » (jours calendaires).`);
}

/** Contrôles communs : durée entière de 1 à DUREE_MAX ans, valeur d'origine positive. */
export function verifierDuree(duree: number, champ = "duree"): void {
  if (!Number.isInteger(duree)) throw erreurValeur(`${champ} : ${duree} n'est pas un nombre entier d'années.`);
  if (duree < 1) throw erreurNombre(`${champ} : la durée d'utilisation doit être d'au moins 1 an (${duree} donné).`);
  if (duree > DUREE_MAX) throw erreurNombre(`${champ} : ${duree} ans dépasse la durée la plus longue acceptée (${DUREE_MAX} ans).`);
}

/** Annuité de l'exercice de rang donné ; 0 après la fin du plan. */
export function annuiteDuRang(plan: PlanAmortissement, rang: number): Decimal {
  if (!Number.isInteger(rang) || rang < 1) throw erreurNombre(`rang_exercice : ${rang} n'est pas un rang d'exercice (1 = exercice de la mise en service).`);
  return plan.lignes[rang - 1]?.annuite ?? ZERO;
}

export const ENTETE_PLAN = ["Exercice", "Début", "Fin", "Base", "Annuité", "Cumul", "VNC"] as const;

/** Le plan en tableau, avec sa ligne d'en-tête. */
export function tableauPlan(plan: PlanAmortissement): (string | number | Jour | Decimal)[][] {
  return [[...ENTETE_PLAN], ...plan.lignes.map((l) => [l.exercice, l.debut, l.fin, l.base, l.annuite, l.cumul, l.vnc])];
}
