/** Seuil de rentabilité et point mort (comptabilite.md § 11.2). */
import type Decimal from "decimal.js";
import { REGLE_ARRONDI, arrondi, enFrancais, exactFr, montantFr, quotientFr, tauxFr } from "./argent";
import { ajouterJours, ajouterMois, comparerJours, jourFr, type Jour } from "./dates";
import { erreurNA, erreurNombre } from "./erreurs";
import { TRACE_MUETTE, type Trace } from "./trace";

/** Seuil de rentabilité (en chiffre d'affaires) = charges fixes / taux de marge sur coût variable, au centime. */
export function seuilRentabilite(chargesFixes: Decimal, tauxMcv: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  if (tauxMcv.lte(0)) {
    throw erreurNombre(
      "taux_marge_sur_cout_variable : le taux est négatif ou nul, la marge sur coût variable ne couvre jamais les charges fixes (seuil inatteignable).",
    );
  }
  const brut = chargesFixes.div(tauxMcv);
  const seuil = arrondi(brut);
  const calcul = brut.eq(seuil) ? montantFr(seuil) : `${quotientFr(brut)} → ${montantFr(seuil)}`;
  trace.etape(`Seuil de rentabilité = charges fixes ÷ taux de marge sur coût variable = ${exactFr(chargesFixes)} ÷ ${tauxFr(tauxMcv)} = ${calcul}`);
  if (!brut.eq(seuil)) trace.regle(REGLE_ARRONDI);
  return seuil;
}

const jourS = (n: Decimal): string => `${enFrancais(n)} jour${n.gt(1) ? "s" : ""}`;

/**
 * Date du point mort. Convention (comptabilite.md § 11.2) : activité régulière sur une année commerciale
 * de 360 jours, douze mois de 30 jours. Durée = SR / CA × 12 mois ; m mois entiers, puis j = partie décimale × 30
 * jours arrondis au jour supérieur (le seuil est atteint au cours de ce jour entamé) ;
 * date = début + m mois + j jours − 1 jour (8,4 mois → 8 mois 12 jours → 12/09 pour un exercice commencé le 01/01).
 * Le « 30e jour » d'un mois plus court est ramené au dernier jour de ce mois : le point mort reste dans le mois
 * que donne le calcul en mois de 30 jours.
 * SR > CA : le seuil n'est pas atteint pendant l'exercice (erreur « na », jamais une date de l'exercice suivant).
 */
export function pointMort(seuil: Decimal, chiffreAffaires: Decimal, debut: Jour, trace: Trace = TRACE_MUETTE): Jour {
  if (seuil.gt(chiffreAffaires)) {
    throw erreurNA(
      `Le seuil de rentabilité (${exactFr(seuil)}\u00a0€) dépasse le chiffre d'affaires annuel (${exactFr(chiffreAffaires)}\u00a0€) : il n'est pas atteint pendant l'exercice, il n'y a pas de point mort.`,
    );
  }
  trace.regle("Convention : activité régulière, année commerciale de 360 jours (12 mois de 30 jours) ; le jour entamé compte.");
  if (seuil.isZero()) {
    trace.etape(`Seuil de rentabilité nul : il est atteint dès le premier jour de l'exercice, le ${jourFr(debut)}.`);
    return debut;
  }
  const mois = seuil.times(12).div(chiffreAffaires);
  trace.etape(`Durée = seuil ÷ chiffre d'affaires × 12 = ${exactFr(seuil)} ÷ ${exactFr(chiffreAffaires)} × 12 = ${quotientFr(mois)} mois`);
  const m = mois.floor();
  const joursExacts = seuil.times(360).div(chiffreAffaires).minus(m.times(30));
  const j = joursExacts.ceil();
  if (!joursExacts.isZero()) {
    const jours = joursExacts.eq(j) ? jourS(j) : `${quotientFr(joursExacts)} jours → ${jourS(j)} (le jour entamé compte)`;
    trace.etape(`Partie décimale : ${quotientFr(mois.minus(m))} mois × 30 = ${jours}, soit ${enFrancais(m)} mois et ${jourS(j)}`);
  }
  const debutDuMois = ajouterMois(debut, m.toNumber());
  const finDuMois = ajouterJours(ajouterMois(debut, m.toNumber() + 1), -1);
  let date = ajouterJours(debutDuMois, j.toNumber() - 1);
  trace.etape(`Point mort = ${jourFr(debut)} + ${enFrancais(m)} mois${j.isZero() ? "" : ` + ${jourS(j)}`} − 1 jour = ${jourFr(date)}`);
  if (comparerJours(date, finDuMois) > 0) {
    date = finDuMois;
    trace.etape(`Le mois réel compte moins de 30 jours : point mort ramené au dernier jour du mois, le ${jourFr(date)}.`);
  }
  trace.etape(`Marge de sécurité = chiffre d'affaires − seuil = ${exactFr(chiffreAffaires.minus(seuil))}`);
  return date;
}
