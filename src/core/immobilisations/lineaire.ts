/**
 * Amortissement linéaire (comptabilite.md § 9.2) : annuité pleine = base amortissable / durée ; prorata temporis
 * depuis la mise en service (jour compris), en mois de 30 jours sur 360 jours, ou en jours réels ;
 * la dernière annuité complète la base (la VNC finit exactement à la valeur résiduelle).
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, arrondiFr, enFrancais, montantFr, tauxFr } from "../argent";
import { ajouterJours, ajouterMois, comparerJours, jourFr, type Jour } from "../dates";
import { erreurNombre } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";
import { clotureDuRang, detailJours360, jours360, joursAnnee, joursReels, ouvertureDuRang } from "./calendrier";
import { verifierDuree, type Immobilisation, type LignePlan, type PlanAmortissement } from "./plan";

export interface Fraction {
  valeur: Decimal;
  /** « 169 / 360 » */
  texte: string;
  /** « (30 − 12 + 1) + 5 × 30 = 169 jours » */
  detail: string;
}

/** Part d'année de la période [debut, fin] d'un exercice qui clôt le `cloture`. */
export function fractionLineaire(immo: Immobilisation, debut: Jour, fin: Jour, cloture: Jour): Fraction {
  if ((immo.decompte ?? "360") === "360") {
    const n = jours360(debut, fin);
    return { valeur: new Dec(n).div(360), texte: `${n} / 360`, detail: detailJours360(debut, fin) };
  }
  const n = joursReels(debut, fin);
  const annee = joursAnnee(cloture);
  return { valeur: new Dec(n).div(annee), texte: `${n} / ${annee}`, detail: `${n} jours calendaires sur ${annee}` };
}

/** Dernier jour amorti : la veille de l'anniversaire de la mise en service, « durée » années plus tard. */
export const finLineaire = (immo: Immobilisation): Jour => ajouterJours(ajouterMois(immo.debut, 12 * immo.duree), -1);

const memeJour = (a: Jour, b: Jour): boolean => comparerJours(a, b) === 0;
const ans = (n: number): string => `${n} an${n > 1 ? "s" : ""}`;

export function planLineaire(immo: Immobilisation, trace: Trace = TRACE_MUETTE): PlanAmortissement {
  verifierDuree(immo.duree, "duree");
  const vo = immo.valeurOrigine;
  const vr = immo.valeurResiduelle ?? ZERO;
  if (vr.isNeg() && !vr.isZero()) throw erreurNombre(`valeur_residuelle : ${montantFr(vr)} est négative.`);
  if (vr.gt(vo)) throw erreurNombre(`valeur_residuelle : la valeur résiduelle (${montantFr(vr)}) dépasse la valeur d'origine (${montantFr(vo)}).`);
  const base = vo.minus(vr);
  const taux = new Dec(1).div(immo.duree);
  const pleine = base.div(immo.duree);
  const fin = finLineaire(immo);
  const cal = immo.calendrier;

  trace.regle(
    (immo.decompte ?? "360") === "360"
      ? `Linéaire : prorata temporis depuis la mise en service (${jourFr(immo.debut)}, jour compris), mois de 30 jours, année de 360 jours (comptabilite.md § 9.2).`
      : `Linéaire en jours réels : prorata temporis depuis la mise en service (${jourFr(immo.debut)}, jour compris), jours calendaires sur les 365 ou 366 jours de l'exercice.`,
  );
  if (!vr.isZero()) trace.etape(`Base amortissable = valeur d'origine − valeur résiduelle = ${montantFr(vo)} − ${montantFr(vr)} = ${montantFr(base)}`);
  trace.etape(`Taux linéaire = 1 / ${ans(immo.duree)} = ${tauxFr(taux)} ; annuité pleine = ${montantFr(base)} × ${tauxFr(taux)} = ${arrondiFr(pleine)}`);

  const lignes: LignePlan[] = [];
  let cumul = ZERO;
  for (let k = 1; ; k++) {
    const cloture = clotureDuRang(cal, k);
    const debut = k === 1 ? immo.debut : ajouterJours(clotureDuRang(cal, k - 1), 1);
    const derniere = comparerJours(cloture, fin) >= 0;
    const finPeriode = derniere ? fin : cloture;
    const periode = `Exercice ${k} (${jourFr(debut)} → ${jourFr(finPeriode)})`;
    let annuite: Decimal;
    let calcul: string;
    if (derniere) {
      annuite = base.minus(cumul);
      const f = fractionLineaire(immo, debut, finPeriode, cloture);
      calcul = `${periode}, ${f.detail} : dernière annuité = ${montantFr(base)} − ${montantFr(cumul)} = ${montantFr(annuite)}`;
    } else if (memeJour(debut, ouvertureDuRang(cal, k))) {
      annuite = arrondi(pleine);
      calcul = `${periode} : annuité pleine ${montantFr(annuite)}`;
    } else {
      const f = fractionLineaire(immo, debut, finPeriode, cloture);
      const brut = pleine.times(f.valeur);
      annuite = arrondi(brut);
      calcul = `${periode}, ${f.detail} : annuité = ${arrondiFr(pleine)} × ${f.texte} = ${arrondiFr(brut)}`;
    }
    if (annuite.gt(base.minus(cumul))) annuite = base.minus(cumul);
    cumul = cumul.plus(annuite);
    const vnc = vo.minus(cumul);
    lignes.push({ exercice: k, debut, fin: finPeriode, cloture, base, annuite, cumul, vnc, annuiteAnnuelle: pleine, derniere });
    trace.etape(`${calcul} ; cumul ${montantFr(cumul)} ; VNC ${montantFr(vnc)}`);
    if (derniere) break;
  }
  trace.regle(`Contrôle : Σ annuités = ${montantFr(cumul)} = base amortissable ; VNC finale = ${montantFr(vr)} (${enFrancais(lignes.length)} exercices).`);
  return { immobilisation: immo, baseAmortissable: base, valeurResiduelle: vr, taux, depart: immo.debut, lignes };
}
