/**
 * Cumuls d'un journal pour les fonctions de la feuille : débit, crédit et solde d'une sélection de comptes ou d'un
 * tiers sur une période, résultat (produits − charges, comptabilite.md § 3.1). Le solde est débit − crédit :
 * positif = débiteur, négatif = créditeur.
 */
import { TRACE_MUETTE, type Trace } from "../trace";
import { centimesFr, type Centimes } from "./centimes";
import type { LigneEcriture } from "./ecriture";
import { filtrePeriode, periodeFr, type Periode } from "./periode";
import { classeCompte } from "./pcg";

export interface Cumul {
  debit: Centimes;
  credit: Centimes;
  lignes: number;
}

/** Cumule les lignes retenues par `retenir` dans la période. */
export function cumuler(lignes: Iterable<LigneEcriture>, retenir: (l: LigneEcriture) => boolean, periode: Periode = {}): Cumul {
  const dansPeriode = filtrePeriode(periode);
  const c: Cumul = { debit: 0, credit: 0, lignes: 0 };
  for (const l of lignes) {
    if (!retenir(l) || !dansPeriode(l.date)) continue;
    c.debit += l.debit;
    c.credit += l.credit;
    c.lignes++;
  }
  return c;
}

/** Écrit le cumul dans la trace : « Comptes 6, 7 (toutes dates) : 3 lignes, débit …, crédit …, solde D − C = … ». */
export function tracerCumul(quoi: string, c: Cumul, periode: Periode, trace: Trace): void {
  trace.etape(`${quoi} (${periodeFr(periode)}) : ${c.lignes} ligne${c.lignes > 1 ? "s" : ""} ; débit ${centimesFr(c.debit)} ; crédit ${centimesFr(c.credit)}.`);
  if (!c.lignes) trace.alerte(`aucune ligne du journal ne correspond (${quoi.toLowerCase()}).`);
  const s = c.debit - c.credit;
  trace.etape(`Solde = débit − crédit = ${centimesFr(c.debit)} − ${centimesFr(c.credit)} = ${centimesFr(s)}${s > 0 ? " (débiteur)" : s < 0 ? " (créditeur)" : ""}.`);
}

/** Résultat = produits (classe 7, crédit − débit) − charges (classe 6, débit − crédit). */
export function resultat(lignes: Iterable<LigneEcriture>, periode: Periode = {}, trace: Trace = TRACE_MUETTE): Centimes {
  const liste = [...lignes];
  const produits = cumuler(liste, (l) => classeCompte(l.compte) === 7, periode);
  const charges = cumuler(liste, (l) => classeCompte(l.compte) === 6, periode);
  const p = produits.credit - produits.debit;
  const ch = charges.debit - charges.credit;
  const r = p - ch;
  trace.etape(`Produits (classe 7, ${periodeFr(periode)}) = crédit − débit = ${centimesFr(produits.credit)} − ${centimesFr(produits.debit)} = ${centimesFr(p)}.`);
  trace.etape(`Charges (classe 6) = débit − crédit = ${centimesFr(charges.debit)} − ${centimesFr(charges.credit)} = ${centimesFr(ch)}.`);
  trace.etape(`Résultat = produits − charges = ${centimesFr(p)} − ${centimesFr(ch)} = ${centimesFr(r)}${r > 0 ? " (bénéfice)" : r < 0 ? " (perte)" : ""}.`);
  trace.regle("Résultat = Σ produits (7) − Σ charges (6) (comptabilite.md § 3.1).");
  return r;
}
