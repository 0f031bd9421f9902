/**
 * Valeur nette comptable à une date quelconque et cession d'une immobilisation (comptabilite.md § 9.4 et § 6) :
 * dotation de l'exercice jusqu'à la date (linéaire : jours 30/360 ou réels ; dégressif : mois entamés, le mois de la
 * date compté), amortissements cumulés, VNC, plus ou moins-value avec les comptes du PCG 2025.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, arrondiFr, montantFr, tauxFr } from "../argent";
import { comparerJours, jourFr, type Jour } from "../dates";
import { erreurNombre } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";
import { fractionDegressif, planDegressif } from "./degressif";
import { fractionLineaire, planLineaire } from "./lineaire";
import type { Immobilisation, LignePlan, PlanAmortissement } from "./plan";

export function planAmortissement(immo: Immobilisation, trace: Trace = TRACE_MUETTE): PlanAmortissement {
  return immo.mode === "lineaire" ? planLineaire(immo, trace) : planDegressif(immo, trace);
}

export interface Position {
  plan: PlanAmortissement;
  date: Jour;
  /** Exercice de la date ; absent quand la date suit la fin du plan. */
  ligne?: LignePlan;
  /** Dotation de l'exercice jusqu'à la date (comprise). */
  dotation: Decimal;
  /** Amortissements des exercices antérieurs. */
  cumulAnterieur: Decimal;
  cumul: Decimal;
  vnc: Decimal;
}

const depart = (immo: Immobilisation): string => (immo.mode === "lineaire" ? "la mise en service" : "l'acquisition");

/** Position de l'immobilisation à la fin du jour `date` : dotation de l'exercice en cours, cumul, VNC. */
export function positionAu(immo: Immobilisation, date: Jour, trace: Trace = TRACE_MUETTE, champ = "date"): Position {
  if (comparerJours(date, immo.debut) < 0) {
    throw erreurNombre(`${champ} : le ${jourFr(date)} précède ${depart(immo)} (${jourFr(immo.debut)}) ; le bien n'est pas encore amorti.`);
  }
  const plan = planAmortissement(immo);
  const vo = immo.valeurOrigine;
  trace.regle(
    immo.mode === "lineaire"
      ? `Linéaire : ${montantFr(plan.baseAmortissable)} sur ${immo.duree} ans depuis la mise en service du ${jourFr(immo.debut)}, dotation au prorata ${
          (immo.decompte ?? "360") === "360" ? "des jours (mois de 30 jours, année de 360 jours)" : "des jours calendaires"
        }.`
      : `Dégressif fiscal au taux de ${tauxFr(plan.taux)} depuis le ${jourFr(plan.depart)}, dotation au prorata des mois (le mois de la date compte en entier).`,
  );
  const ligne = plan.lignes.find((l) => comparerJours(l.fin, date) >= 0);
  if (!ligne) {
    const derniere = plan.lignes[plan.lignes.length - 1];
    trace.etape(`Le plan s'est terminé le ${jourFr(derniere.fin)} : amortissements cumulés = ${montantFr(derniere.cumul)}, VNC = ${montantFr(derniere.vnc)}`);
    return { plan, date, dotation: ZERO, cumulAnterieur: derniere.cumul, cumul: derniere.cumul, vnc: derniere.vnc };
  }
  const cumulAnterieur = ligne.cumul.minus(ligne.annuite);
  if (ligne.exercice > 1) trace.etape(`Amortissements des exercices 1 à ${ligne.exercice - 1} : ${montantFr(cumulAnterieur)}`);
  let dotation: Decimal;
  const periode = `Exercice ${ligne.exercice} (${jourFr(ligne.debut)} → ${jourFr(date)})`;
  if (comparerJours(date, ligne.fin) === 0) {
    dotation = ligne.annuite;
    trace.etape(`${periode} : annuité entière ${montantFr(dotation)}`);
  } else {
    const f =
      immo.mode === "lineaire" ? fractionLineaire(immo, ligne.debut, date, ligne.cloture) : fractionDegressif(immo.calendrier, ligne.exercice, ligne.debut, date);
    const brut = ligne.annuiteAnnuelle.times(f.valeur);
    dotation = arrondi(brut);
    if (dotation.gt(ligne.annuite)) dotation = ligne.annuite;
    trace.etape(`${periode}, ${f.detail} : dotation = ${arrondiFr(ligne.annuiteAnnuelle)} × ${f.texte} = ${arrondiFr(brut)}`);
  }
  const cumul = cumulAnterieur.plus(dotation);
  const vnc = vo.minus(cumul);
  trace.etape(`Amortissements cumulés au ${jourFr(date)} = ${montantFr(cumulAnterieur)} + ${montantFr(dotation)} = ${montantFr(cumul)}`);
  trace.etape(`VNC = ${montantFr(vo)} − ${montantFr(cumul)} = ${montantFr(vnc)}`);
  return { plan, date, ligne, dotation, cumulAnterieur, cumul, vnc };
}

export interface Cession extends Position {
  prix: Decimal;
  /** Prix − VNC : positif = plus-value, négatif = moins-value. */
  resultat: Decimal;
}

/** Cession : dotation complémentaire jusqu'à la date, sortie de l'actif (657), prix (757), plus ou moins-value. */
export function cession(immo: Immobilisation, date: Jour, prix: Decimal, trace: Trace = TRACE_MUETTE): Cession {
  const p = positionAu(immo, date, trace, "date_cession");
  const prixArrondi = arrondi(prix);
  const resultat = prixArrondi.minus(p.vnc);
  const vo = immo.valeurOrigine;
  trace.regle("PCG 2025 : VNC des éléments cédés au débit du 657, prix de cession au crédit du 757 (résultat d'exploitation) ; avant 2025 : 675 et 775 ; immobilisation financière : 6671 et 7671.");
  if (!p.dotation.isZero()) trace.etape(`1. Dotation complémentaire : D 6811 ${montantFr(p.dotation)} / C 28… (amortissements) ${montantFr(p.dotation)}`);
  trace.etape(`2. Sortie de l'actif : D 28… ${montantFr(p.cumul)} ; D 657 ${montantFr(p.vnc)} / C 2… (immobilisation) ${montantFr(vo)}`);
  trace.etape(`3. Prix de cession : D 462 / C 757 ${montantFr(prixArrondi)} (HT ; la TVA éventuelle va au 44571)`);
  const nature = resultat.isNeg() ? "Moins-value" : "Plus-value";
  trace.etape(`${nature} = 757 − 657 = ${montantFr(prixArrondi)} − ${montantFr(p.vnc)} = ${montantFr(resultat)}`);
  return { ...p, prix: prixArrondi, resultat };
}
