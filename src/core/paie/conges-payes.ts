/**
 * Congés payés (paie.md § 2.6) : l'indemnité est la plus favorable du maintien de salaire et du dixième
 * (C. trav. art. L3141-24) ; l'acquisition est de 2,5 jours ouvrables par mois de travail effectif (L3141-3).
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, enFrancais, montantFr, tauxFr } from "../argent";
import { erreurNombre } from "../erreurs";
import type { Trace } from "../trace";
import { arrondiCourt, ligneMontants, noter, noterRegle } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { CongesPris, LigneBulletin } from "./types";

export interface IndemniteConges {
  /** Maintien de salaire : salaire × jours pris ÷ jours ouvrables du mois. */
  maintien: Decimal;
  /** Dixième : 10 % × rémunération de référence × jours pris ÷ jours acquis. */
  dixieme: Decimal;
  indemnite: Decimal;
  regle: "maintien" | "dixième";
}

/** Indemnité de congés payés : la plus favorable des deux règles, chacune arrondie au centime. */
export function indemniteConges(c: CongesPris, salaireMensuel: Decimal, joursOuvrablesMois: number, dixiemeTaux: Decimal, trace: Trace): IndemniteConges {
  if (c.joursAcquis.isZero()) throw erreurNombre("congés payés : le nombre de jours acquis est nul, l'indemnité du dixième ne peut pas être calculée.");
  if (c.jours.gt(c.joursAcquis)) throw erreurNombre(`congés payés : ${enFrancais(c.jours)} jours pris pour ${enFrancais(c.joursAcquis)} jours acquis.`);
  if (joursOuvrablesMois <= 0) throw erreurNombre("congés payés : le mois n'a aucun jour ouvrable.");
  const maintienExact = salaireMensuel.times(c.jours).div(joursOuvrablesMois);
  const dixiemeExact = c.remunerationReference.times(dixiemeTaux).times(c.jours).div(c.joursAcquis);
  const maintien = arrondi(maintienExact);
  const dixieme = arrondi(dixiemeExact);
  const regle = dixieme.gt(maintien) ? "dixième" : "maintien";
  const indemnite = Dec.max(maintien, dixieme);
  noter(trace, () => `Congés payés, maintien de salaire : ${montantFr(salaireMensuel)} × ${enFrancais(c.jours)} ÷ ${joursOuvrablesMois} jours ouvrables = ${arrondiCourt(maintienExact)}`);
  noter(trace, () => `Congés payés, dixième : ${montantFr(c.remunerationReference)} × ${tauxFr(dixiemeTaux)} × ${enFrancais(c.jours)} ÷ ${enFrancais(c.joursAcquis)} = ${arrondiCourt(dixiemeExact)}`);
  noter(trace, () => `Indemnité retenue (la plus favorable) : ${montantFr(indemnite)} (${regle})`);
  noterRegle(trace, () => "C. trav. art. L3141-24 : la plus favorable du maintien de salaire et du dixième.");
  return { maintien, dixieme, indemnite, regle };
}

/** Lignes du bulletin : retenue « Absence congés payés » (le maintien) puis « Indemnité de congés payés ». */
export function lignesConges(c: CongesPris, i: IndemniteConges): LigneBulletin[] {
  const jours = `${enFrancais(c.jours)}\u00a0j`;
  return [
    ligneMontants("absence-cp", "remuneration", `Absence congés payés (${jours})`, { base: c.jours, salarial: i.maintien.neg() }),
    ligneMontants("indemnite-cp", "remuneration", `Indemnité de congés payés (${jours}, ${i.regle})`, { base: c.jours, salarial: i.indemnite }),
  ];
}

/**
 * Congés acquis dans le mois : 2,5 jours ouvrables pour un mois complet, au prorata des jours ouvrables
 * travaillés en cas d'absence non assimilée (simplification du décompte en semaines de L3141-4), à 2 décimales.
 */
export function congesAcquis(joursAbsenceNonAssimilee: number, joursOuvrablesMois: number, b: BaremePaie): Decimal {
  if (joursAbsenceNonAssimilee <= 0) return b.congesAcquisParMois;
  const travailles = Math.max(0, joursOuvrablesMois - joursAbsenceNonAssimilee);
  return joursOuvrablesMois > 0 ? b.congesAcquisParMois.times(travailles).div(joursOuvrablesMois).toDecimalPlaces(2, Dec.ROUND_HALF_UP) : ZERO;
}
