/**
 * Amortissement dégressif fiscal (CGI art. 39 A ; ann. II art. 22 à 25 ; comptabilite.md § 9.3) :
 * taux = 1 / durée × coefficient (daté, selon la date d'acquisition) ; annuité = VNC de début × taux ;
 * 1re annuité au prorata des mois depuis le 1er jour du mois d'acquisition ; bascule en linéaire dès que
 * 1 / années restantes dépasse le taux dégressif ; le plan finit avec le n-ième exercice.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, arrondiFr, enFrancais, montantFr, tauxFr } from "../argent";
import { ajouterJours, comparerJours, jourFr, lireDate, type Jour } from "../dates";
import { erreurNombre, erreurValeur } from "../erreurs";
import { COEFFICIENTS_DEGRESSIFS } from "../legislation/degressif";
import { valeurAu } from "../legislation/parametres";
import { TRACE_MUETTE, type Trace } from "../trace";
import { clotureDuRang, moisEntames, ouvertureDuRang, type Calendrier } from "./calendrier";
import type { Fraction } from "./lineaire";
import { verifierDuree, type Immobilisation, type LignePlan, type PlanAmortissement } from "./plan";

/** Durée minimale pour le dégressif fiscal (CGI ann. II art. 22). */
export const DUREE_MIN_DEGRESSIF = 3;

/** Coefficient dégressif d'une durée d'utilisation, pour un bien acquis à la date donnée. */
export function coefficientDegressif(duree: number, acquisition: Jour, trace: Trace = TRACE_MUETTE, champ = "duree"): Decimal {
  verifierDuree(duree, champ);
  if (duree < DUREE_MIN_DEGRESSIF) {
    throw erreurNombre(
      `${champ} : le dégressif fiscal est réservé aux biens d'une durée normale d'utilisation d'au moins ${DUREE_MIN_DEGRESSIF} ans (CGI ann. II art. 22) ; ${duree} an${duree > 1 ? "s" : ""} donné${duree > 1 ? "s" : ""}.`,
    );
  }
  const v = valeurAu(COEFFICIENTS_DEGRESSIFS, acquisition);
  const c = new Dec(duree <= 4 ? v.valeur.troisOuQuatreAns : duree <= 6 ? v.valeur.cinqOuSixAns : v.valeur.plusDeSixAns);
  const tranche = duree <= 4 ? "3 ou 4 ans" : duree <= 6 ? "5 ou 6 ans" : "plus de 6 ans";
  trace.etape(`Coefficient dégressif pour une durée de ${duree} ans (${tranche}), bien acquis le ${jourFr(acquisition)} : ${enFrancais(c)}`);
  trace.regle(`Source : ${v.source}, en vigueur depuis le ${jourFr(lireDate(v.depuis, "date d'effet"))}.`);
  return c;
}

export const premierDuMois = (j: Jour): Jour => ({ annee: j.annee, mois: j.mois, jour: 1 });

/**
 * Part d'année de la période [debut, fin] en dégressif : mois entamés / 12. Un premier exercice de 12 mois
 * ne compte jamais plus de 12 mois (clôture en milieu de mois).
 */
export function fractionDegressif(cal: Calendrier, k: number, debut: Jour, fin: Jour): Fraction {
  let m = moisEntames(premierDuMois(debut), fin);
  if (!(k === 1 && cal.premierExerciceLibre)) m = Math.min(m, moisEntames(ouvertureDuRang(cal, k), fin));
  return { valeur: new Dec(m).div(12), texte: `${m} / 12`, detail: `${m} mois` };
}

const memeJour = (a: Jour, b: Jour): boolean => comparerJours(a, b) === 0;

export function planDegressif(immo: Immobilisation, trace: Trace = TRACE_MUETTE): PlanAmortissement {
  if (immo.valeurResiduelle && !immo.valeurResiduelle.isZero()) {
    throw erreurValeur("valeur_residuelle : le dégressif fiscal amortit la valeur d'origine entière, sans valeur résiduelle.");
  }
  const n = immo.duree;
  const coef = coefficientDegressif(n, immo.debut, trace);
  const tauxLineaire = new Dec(1).div(n);
  const taux = tauxLineaire.times(coef);
  const depart = premierDuMois(immo.debut);
  const vo = immo.valeurOrigine;
  const cal = immo.calendrier;
  trace.etape(`Taux dégressif = 1 / ${n} × ${enFrancais(coef)} = ${tauxFr(tauxLineaire)} × ${enFrancais(coef)} = ${tauxFr(taux)}`);
  trace.regle(
    `Dégressif fiscal : départ le 1er jour du mois d'acquisition (${jourFr(depart)}), 1re annuité au prorata des mois ; ` +
      `bascule en linéaire quand 1 / années restantes dépasse le taux dégressif ; le plan finit avec le ${n}e exercice (comptabilite.md § 9.3).`,
  );

  const lignes: LignePlan[] = [];
  let cumul = ZERO;
  let lineaire: Decimal | undefined;
  for (let k = 1; k <= n; k++) {
    const cloture = clotureDuRang(cal, k);
    const debut = k === 1 ? depart : ajouterJours(clotureDuRang(cal, k - 1), 1);
    const vncDebut = vo.minus(cumul);
    const restantes = n - k + 1;
    const periode = `Exercice ${k} (${jourFr(debut)} → ${jourFr(cloture)})`;
    let annuite: Decimal;
    let annuelle: Decimal;
    let calcul: string;
    if (k === n) {
      annuite = vncDebut;
      annuelle = vncDebut;
      calcul = `${periode} : dernière annuité = VNC de début ${montantFr(vncDebut)}`;
    } else if (lineaire) {
      annuite = lineaire;
      annuelle = lineaire;
      calcul = `${periode} : linéaire ${montantFr(lineaire)}`;
    } else if (new Dec(n).gt(coef.times(restantes))) {
      // 1 / restantes > coef / n, comparé sans division.
      const brut = vncDebut.div(restantes);
      lineaire = arrondi(brut);
      annuite = lineaire;
      annuelle = lineaire;
      calcul =
        `${periode} : ${restantes} années restantes, taux linéaire 1 / ${restantes} = ${tauxFr(new Dec(1).div(restantes))} > ${tauxFr(taux)} : ` +
        `passage au linéaire, annuité = ${montantFr(vncDebut)} / ${restantes} = ${arrondiFr(brut)}`;
    } else {
      annuelle = vncDebut.times(taux);
      const complet = memeJour(debut, ouvertureDuRang(cal, k)) && !(k === 1 && cal.premierExerciceLibre);
      const f = complet ? undefined : fractionDegressif(cal, k, debut, cloture);
      const brut = f ? annuelle.times(f.valeur) : annuelle;
      annuite = arrondi(brut);
      const comparaison = k > 1 ? ` (taux linéaire 1 / ${restantes} = ${tauxFr(new Dec(1).div(restantes))} ≤ ${tauxFr(taux)})` : "";
      calcul = `${periode}${f ? `, ${f.detail}` : ""} : ${montantFr(vncDebut)} × ${tauxFr(taux)}${f ? ` × ${f.texte}` : ""} = ${arrondiFr(brut)}${comparaison}`;
    }
    if (annuite.gt(vncDebut)) annuite = vncDebut;
    cumul = cumul.plus(annuite);
    const vnc = vo.minus(cumul);
    lignes.push({ exercice: k, debut, fin: cloture, cloture, base: vncDebut, annuite, cumul, vnc, annuiteAnnuelle: annuelle, derniere: k === n });
    trace.etape(`${calcul} ; cumul ${montantFr(cumul)} ; VNC ${montantFr(vnc)}`);
  }
  return { immobilisation: immo, baseAmortissable: vo, valeurResiduelle: ZERO, taux, depart, lignes };
}
