/**
 * Retenues pour absence non rémunérée (paie.md § 2.5). La méthode est choisie par l'entreprise ; seule celle des
 * heures réelles du mois garantit toujours une retenue strictement proportionnelle. Horaire réparti sur 5 jours
 * (lundi-vendredi) : heures par jour = horaire hebdomadaire ÷ 5, horaire hebdomadaire = heures mensuelles × 12 ÷ 52.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, enFrancais, montantFr } from "../argent";
import { comparerJours, jourFr, type Jour } from "../dates";
import { erreurValeur } from "../erreurs";
import type { Trace } from "../trace";
import { decompterJours, decompterMois, type DecompteJours } from "./calendrier";
import { arrondiCourt, ligneMontants, noter } from "./lignes";
import type { Absence, LigneBulletin, MethodeAbsence } from "./types";

/** Jours ouvrés moyens d'un mois : 5 × 52 ÷ 12. */
export const JOURS_OUVRES_MOYENS = new Dec("21.67");
const TRENTIEME = new Dec(30);

export const LIBELLES_METHODES: Record<MethodeAbsence, string> = {
  "heures-reelles": "heures réelles du mois",
  "horaire-moyen": "horaire mensuel moyen",
  "jours-ouvres": "jours ouvrés réels",
  "jours-ouvrables": "jours ouvrables réels",
  "jours-calendaires": "jours calendaires réels",
  trentieme: "trentième",
  "jours-ouvres-moyens": "jours ouvrés moyens (21,67)",
};

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const moisFr = (annee: number, mois: number): string => `${MOIS[mois - 1]} ${annee}`;

export interface ContexteAbsence {
  annee: number;
  mois: number;
  /** Salaire mensuel de base (celui qu'on aurait versé sans absence). */
  salaire: Decimal;
  heuresMensuelles: Decimal;
  methode: MethodeAbsence;
}

/** Heures par jour ouvré : horaire hebdomadaire (arrondi à 2 décimales) ÷ 5 ; 151,67 h → 35 h → 7 h. */
export function heuresParJour(heuresMensuelles: Decimal): Decimal {
  return heuresMensuelles.times(12).div(52).toDecimalPlaces(2, Dec.ROUND_HALF_UP).div(5);
}

interface Quantites {
  heures?: Decimal;
  jours?: DecompteJours;
}

function quantites(a: Absence, champ: string, c: ContexteAbsence): Quantites {
  if (a.heures) return { heures: a.heures };
  if (!a.du || !a.au) throw erreurValeur(`${champ} : indiquez la période (du, au) ou le nombre d'heures de l'absence.`);
  const debut = { annee: c.annee, mois: c.mois, jour: 1 };
  const horsMois = (j: Jour) => j.annee !== c.annee || j.mois !== c.mois;
  if (horsMois(a.du) || horsMois(a.au)) {
    throw erreurValeur(`${champ} : la période du ${jourFr(a.du)} au ${jourFr(a.au)} sort du mois de paie (${moisFr(debut.annee, debut.mois)}).`);
  }
  if (comparerJours(a.du, a.au) > 0) throw erreurValeur(`${champ} : le début (${jourFr(a.du)}) est après la fin (${jourFr(a.au)}).`);
  const jours = decompterJours(a.du, a.au);
  return { jours, heures: heuresParJour(c.heuresMensuelles).times(jours.ouvres) };
}

/** Retenue d'une absence selon la méthode de l'entreprise, plafonnée au salaire. */
export function retenueAbsence(a: Absence, champ: string, c: ContexteAbsence, trace: Trace): LigneBulletin {
  const q = quantites(a, champ, c);
  const mois = decompterMois(c.annee, c.mois);
  const S = c.salaire;
  const exigerJours = (): DecompteJours => {
    if (!q.jours) throw erreurValeur(`${champ} : la méthode « ${LIBELLES_METHODES[c.methode]} » compte des jours ; indiquez la période (du, au) plutôt qu'un nombre d'heures.`);
    return q.jours;
  };
  let quantite: Decimal;
  let unite: string;
  let exact: Decimal;
  let formule: string;
  switch (c.methode) {
    case "heures-reelles": {
      const heuresMois = heuresParJour(c.heuresMensuelles).times(mois.ouvres);
      quantite = q.heures ?? ZERO;
      unite = "h";
      exact = S.times(quantite).div(heuresMois);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} h ÷ ${enFrancais(heuresMois)} h du mois (${mois.ouvres} jours ouvrés)`;
      break;
    }
    case "horaire-moyen":
      quantite = q.heures ?? ZERO;
      unite = "h";
      exact = S.div(c.heuresMensuelles).times(quantite);
      formule = `${montantFr(S)} ÷ ${enFrancais(c.heuresMensuelles)} h × ${enFrancais(quantite)} h`;
      break;
    case "jours-ouvres":
      quantite = new Dec(exigerJours().ouvres);
      unite = "j";
      exact = S.times(quantite).div(mois.ouvres);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} ÷ ${mois.ouvres} jours ouvrés`;
      break;
    case "jours-ouvrables":
      quantite = new Dec(exigerJours().ouvrables);
      unite = "j";
      exact = S.times(quantite).div(mois.ouvrables);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} ÷ ${mois.ouvrables} jours ouvrables`;
      break;
    case "jours-calendaires":
      quantite = new Dec(exigerJours().calendaires);
      unite = "j";
      exact = S.times(quantite).div(mois.calendaires);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} ÷ ${mois.calendaires} jours calendaires`;
      break;
    case "trentieme":
      quantite = new Dec(exigerJours().calendaires);
      unite = "j";
      exact = S.times(quantite).div(TRENTIEME);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} ÷ 30`;
      break;
    case "jours-ouvres-moyens":
      quantite = new Dec(exigerJours().ouvres);
      unite = "j";
      exact = S.times(quantite).div(JOURS_OUVRES_MOYENS);
      formule = `${montantFr(S)} × ${enFrancais(quantite)} ÷ 21,67`;
      break;
  }
  const montant = Dec.min(arrondi(exact), S);
  noter(trace, () => `${a.motif} (${LIBELLES_METHODES[c.methode]}) : ${formule} = ${arrondiCourt(exact)}${montant.lt(arrondi(exact)) ? ` plafonné au salaire ${montantFr(S)}` : ""}`);
  return ligneMontants("absence", "remuneration", `${a.motif} (${enFrancais(quantite)}\u00a0${unite})`, {
    base: quantite,
    tauxSalarial: unite === "h" ? S.div(c.heuresMensuelles) : null,
    salarial: montant.neg(),
  });
}

