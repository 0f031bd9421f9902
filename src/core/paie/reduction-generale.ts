/**
 * Allègements généraux de cotisations patronales (paie.md § 4) : réduction générale 2024-2025 et réduction générale
 * dégressive unique (RGDU) 2026, calculées sur le mois (hypothèse de mois identiques ; la méthode progressive sur les
 * cumuls annuels n'est pas appliquée). Coefficient arrondi à 4 décimales, montant au centime.
 */
import type Decimal from "decimal.js";
import { Dec, UN, ZERO, arrondi, enFrancais, montantFr, quotientFr, somme } from "../argent";
import type { Trace } from "../trace";
import { arrondiCourt, ligneMontants, montantApprocheFr, noter, noterRegle, patronal } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { LigneBulletin } from "./types";

/** Cotisations patronales sur lesquelles s'impute la réduction (Urssaf, chômage, Agirc-Arrco T1, CEG T1). */
export const CODES_IMPUTATION = ["maladie", "atmp", "vieillesse-plafonnee", "vieillesse-deplafonnee", "famille", "csa", "fnal", "chomage", "retraite-t1", "ceg-t1"];

/** Part des cotisations de retraite complémentaire dans le coefficient maximal : 4,72 % + 1,29 %. */
const PART_RETRAITE = new Dec("0.0601");

/**
 * Heures annuelles du SMIC de référence (D241-7 II CSS), pour garder un calcul exact (1 820 h et non 151,6667 h) :
 * temps plein 1 820 h, temps partiel 12 × heures du contrat ; × (salaire versé ÷ salaire sans absence) ;
 * + 12 × heures supplémentaires et complémentaires du mois. Le SMIC mensuel de référence en est le douzième.
 */
export function heuresReference(tempsPlein: boolean, heuresContrat: Decimal, facteurAbsence: Decimal, heuresMajorees: Decimal, b: BaremePaie): Decimal {
  const base = tempsPlein ? b.heuresAnnuellesSmic : heuresContrat.times(12);
  return base.times(facteurAbsence).plus(heuresMajorees.times(12));
}

/** SMIC de référence annualisé = heures annuelles × SMIC horaire (exact) ; le mensuel (1 823,0333 €) en est le douzième. */
export function smicReference(heuresAnnuelles: Decimal, b: BaremePaie, trace: Trace): Decimal {
  const smic = heuresAnnuelles.times(b.smicHoraire);
  noter(trace, () => `SMIC de référence = ${quotientFr(heuresAnnuelles.div(12), 4)} h × ${montantFr(b.smicHoraire)} = ${quotientFr(smic.div(12), 4)}`);
  return smic;
}

export interface Reduction {
  coefficient: Decimal;
  montant: Decimal;
  /** Coefficient maximal (T ou Tmin + Tdelta) : sert à répartir la réduction entre Urssaf et Agirc-Arrco. */
  maximum: Decimal;
  libelle: string;
}

const AUCUNE = (maximum: Decimal, libelle: string): Reduction => ({ coefficient: ZERO, montant: ZERO, maximum, libelle });

/**
 * Coefficient et montant de la réduction du mois. `remuneration` : brut soumis à cotisations (HS et primes comprises) ;
 * `smicAnnuel` : SMIC de référence annualisé. Les comparaisons et le rapport SMIC ÷ rémunération se font sur des
 * montants annualisés, exacts : 5 469,10 € est bien égal à 3 SMIC en mars 2026.
 */
export function reduction(remuneration: Decimal, smicAnnuel: Decimal, effectif: number, b: BaremePaie, trace: Trace): Reduction {
  const auMoins50 = effectif >= 50;
  const annuelle = remuneration.times(12);
  if (b.rgdu) {
    const r = b.rgdu;
    const tdelta = auMoins50 ? r.tdeltaAuMoins50 : r.tdeltaMoinsDe50;
    const maximum = r.tmin.plus(tdelta);
    const libelle = "Réduction générale dégressive unique";
    const seuil = smicAnnuel.times(r.seuilSmic);
    noterRegle(trace, () => `RGDU (CSS art. L241-13 et D241-7) : C = Tmin + Tdelta × [½ × (3 × SMIC ÷ rémunération − 1)]^${enFrancais(r.puissance)}, Tmin = ${enFrancais(r.tmin)}, Tdelta = ${enFrancais(tdelta)} (effectif ${auMoins50 ? "d'au moins 50" : "de moins de 50"}).`);
    if (remuneration.isZero() || annuelle.gte(seuil)) {
      noter(trace, () => `RGDU : rémunération ${montantFr(remuneration)} ≥ 3 SMIC (${montantApprocheFr(seuil.div(12))}) : pas de réduction`);
      return AUCUNE(maximum, libelle);
    }
    const rapport = seuil.div(annuelle);
    const x = rapport.minus(UN).div(2);
    const puissance = x.pow(r.puissance);
    const brut = r.tmin.plus(tdelta.times(puissance));
    const coefficient = Dec.min(brut, maximum).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
    noter(trace, () => `RGDU : 3 SMIC ÷ rémunération = ${montantApprocheFr(seuil.div(12))} ÷ ${montantFr(remuneration)} = ${quotientFr(rapport)} ; ½ × (${quotientFr(rapport)} − 1) = ${quotientFr(x)}`);
    noter(trace, () => `RGDU : ${quotientFr(x)}^${enFrancais(r.puissance)} = ${quotientFr(puissance)} ; C = ${enFrancais(r.tmin)} + ${enFrancais(tdelta)} × ${quotientFr(puissance)} = ${quotientFr(brut)} → ${enFrancais(coefficient)}`);
    return montantReduction(remuneration, coefficient, maximum, libelle, trace);
  }
  const g = b.reductionGenerale;
  if (!g) return AUCUNE(ZERO, "Réduction générale");
  const maximum = auMoins50 ? g.tAuMoins50 : g.tMoinsDe50;
  const libelle = "Réduction générale des cotisations patronales";
  const seuil = smicAnnuel.times(g.seuilSmic);
  noterRegle(trace, () => `Réduction générale (CSS art. L241-13 et D241-7) : C = (T ÷ 0,6) × (1,6 × SMIC ÷ rémunération − 1), T = ${enFrancais(maximum)} (effectif ${auMoins50 ? "d'au moins 50" : "de moins de 50"}).`);
  if (remuneration.isZero() || annuelle.gte(seuil)) {
    noter(trace, () => `Réduction générale : rémunération ${montantFr(remuneration)} ≥ 1,6 SMIC (${montantApprocheFr(seuil.div(12))}) : pas de réduction`);
    return AUCUNE(maximum, libelle);
  }
  const rapport = seuil.div(annuelle);
  const brut = maximum.div("0.6").times(rapport.minus(UN));
  const coefficient = Dec.min(brut.toDecimalPlaces(4, Dec.ROUND_HALF_UP), maximum);
  noter(trace, () => `Réduction générale : 1,6 SMIC ÷ rémunération = ${montantApprocheFr(seuil.div(12))} ÷ ${montantFr(remuneration)} = ${quotientFr(rapport)} ; C = (${enFrancais(maximum)} ÷ 0,6) × (${quotientFr(rapport)} − 1) = ${quotientFr(brut)} → ${enFrancais(coefficient)}`);
  return montantReduction(remuneration, coefficient, maximum, libelle, trace);
}

function montantReduction(remuneration: Decimal, coefficient: Decimal, maximum: Decimal, libelle: string, trace: Trace): Reduction {
  const exact = remuneration.times(coefficient);
  const montant = arrondi(exact);
  noter(trace, () => `${libelle} = ${montantFr(remuneration)} × ${enFrancais(coefficient)} = ${arrondiCourt(exact)}`);
  return { coefficient, montant, maximum, libelle };
}

/**
 * Ligne du bulletin, plafonnée aux cotisations sur lesquelles la réduction s'impute (la ligne AT/MP y est comptée en
 * entier, la loi la limitant à la part mutualisée) ; la trace montre la répartition Urssaf / Agirc-Arrco.
 */
export function ligneReduction(r: Reduction, remuneration: Decimal, cotisations: readonly LigneBulletin[], trace: Trace): LigneBulletin | null {
  if (r.montant.isZero()) return null;
  const plafond = somme(cotisations.filter((l) => CODES_IMPUTATION.includes(l.code)).map(patronal));
  const montant = Dec.min(r.montant, plafond);
  if (montant.lt(r.montant)) noter(trace, () => `Réduction plafonnée aux cotisations sur lesquelles elle s'impute : ${montantFr(montant)}`);
  const retraite = arrondi(montant.times(PART_RETRAITE).div(r.maximum));
  noter(trace, () => `Imputation : part Agirc-Arrco = ${montantFr(montant)} × 6,01 % ÷ ${enFrancais(r.maximum)} = ${montantFr(retraite)} ; part Urssaf = ${montantFr(montant.minus(retraite))}`);
  return ligneMontants("reduction-generale", "exonerations", `${r.libelle} (C = ${enFrancais(r.coefficient)})`, {
    base: remuneration,
    tauxPatronal: null,
    patronal: montant.neg(),
  });
}
