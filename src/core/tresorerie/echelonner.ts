/**
 * Échelonnement d'un règlement selon les conditions de paiement (comptabilite.md § 8) : chaque part arrondie au
 * centime, la dernière part reçoit le reste (Σ parts = montant exactement) ; échéances calculées par le noyau
 * d'échéance (plafond légal signalé) ; regroupement par mois, mois sans règlement compris.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, arrondiFr, montantFr, tauxFr } from "../argent";
import { ajouterMois, comparerJours, jourFr, type Jour } from "../dates";
import { echeance } from "../echeance";
import { erreurNombre } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";
import type { PartPaiement } from "./conditions";

/** Plus long échelonnement affiché, en mois (taille du tableau renversé d'AGORA.ECHELONNER). */
export const MOIS_MAX_ECHELONNEMENT = 24;

export interface Echeance {
  date: Jour;
  montant: Decimal;
  part: PartPaiement;
}

export interface MoisTresorerie {
  /** Premier jour du mois. */
  mois: Jour;
  montant: Decimal;
}

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const moisFr = (j: Jour): string => `${MOIS[j.mois - 1]} ${j.annee}`;

const premierDuMois = (j: Jour): Jour => ({ annee: j.annee, mois: j.mois, jour: 1 });

/** Montant de chaque part et date de son échéance. */
export function echeancier(montant: Decimal, date: Jour, parts: PartPaiement[], trace: Trace = TRACE_MUETTE): Echeance[] {
  const total = arrondi(montant);
  let reparti = ZERO;
  return parts.map((p, i) => {
    const derniere = i === parts.length - 1;
    let m: Decimal;
    if (derniere) {
      m = total.minus(reparti);
      trace.etape(
        parts.length > 1
          ? `${tauxFr(p.part)} ${p.terme} : reste = ${montantFr(total)} − ${montantFr(reparti)} = ${montantFr(m)}`
          : `${tauxFr(p.part)} ${p.terme} : ${montantFr(m)}`,
      );
    } else {
      const brut = total.times(p.part);
      m = arrondi(brut);
      trace.etape(`${tauxFr(p.part)} ${p.terme} : ${montantFr(total)} × ${tauxFr(p.part)} = ${arrondiFr(brut)}`);
    }
    reparti = reparti.plus(m);
    let jour: Jour;
    if (p.jours === 0 && p.mode.genre === "net") {
      jour = date;
      trace.etape(`Payé comptant le ${jourFr(date)}`);
    } else jour = echeance(date, p.jours, p.mode, trace);
    return { date: jour, montant: m, part: p };
  });
}

/** Règlements regroupés par mois, du premier au dernier mois d'échéance (mois sans règlement à 0). */
export function parMois(echeances: Echeance[], trace: Trace = TRACE_MUETTE, champ = "conditions"): MoisTresorerie[] {
  const mois = echeances.map((e) => premierDuMois(e.date));
  const premier = mois.reduce((a, b) => (comparerJours(b, a) < 0 ? b : a));
  const dernier = mois.reduce((a, b) => (comparerJours(b, a) > 0 ? b : a));
  const nombre = 12 * (dernier.annee - premier.annee) + dernier.mois - premier.mois + 1;
  if (nombre > MOIS_MAX_ECHELONNEMENT) {
    throw erreurNombre(`${champ} : les règlements s'étalent sur ${nombre} mois ; AGORA.ECHELONNER en affiche au plus ${MOIS_MAX_ECHELONNEMENT}.`);
  }
  const lignes: MoisTresorerie[] = Array.from({ length: nombre }, (_, i) => ({ mois: ajouterMois(premier, i), montant: ZERO }));
  echeances.forEach((e, i) => {
    const rang = 12 * (mois[i].annee - premier.annee) + mois[i].mois - premier.mois;
    lignes[rang].montant = lignes[rang].montant.plus(e.montant);
  });
  trace.etape(`Par mois : ${lignes.map((l) => `${moisFr(l.mois)} ${montantFr(l.montant)}`).join(" ; ")}`);
  return lignes;
}

export function echelonner(montant: Decimal, date: Jour, parts: PartPaiement[], trace: Trace = TRACE_MUETTE): MoisTresorerie[] {
  return parMois(echeancier(montant, date, parts, trace), trace);
}
