/**
 * Cotisations et contributions de sécurité sociale, chômage, retraite complémentaire et autres contributions
 * patronales (paie.md § 3.1 et § 3.3), ligne par ligne, dans l'ordre du bulletin clarifié. Chaque montant est
 * arrondi au centime ; la CSG/CRDS est dans csg.ts, les allègements dans heures-sup.ts et reduction-generale.ts.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, enFrancais, montantFr, tauxFr } from "../argent";
import type { Trace } from "../trace";
import { alerter, ligneCotisation, ligneMontants, noter } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { ComplementaireSante, LigneBulletin, Prevoyance, Statut } from "./types";

export interface Tranches {
  /** Plafond de la sécurité sociale du mois (proratisé pour un temps partiel). */
  pss: Decimal;
  t1: Decimal;
  t2: Decimal;
  /** Assiette plafonnée à 4 PSS (chômage, AGS, APEC). */
  plafond4: Decimal;
  /** Assiette plafonnée à 8 PSS (CET). */
  plafond8: Decimal;
}

/**
 * Tranches du mois (paie.md § 0) : T1 = min(brut, PSS), T2 = part entre 1 et 8 PSS. Temps partiel : PSS × (heures du
 * contrat + heures complémentaires) ÷ durée légale, arrondi au centime ; jamais majoré par des heures supplémentaires.
 */
export function tranches(brut: Decimal, b: BaremePaie, tempsPartiel: { heures: Decimal } | null, trace: Trace): Tranches {
  let pss = b.pssMensuel;
  if (tempsPartiel) {
    pss = Dec.min(pss, arrondi(pss.times(tempsPartiel.heures).div(b.dureeLegaleMensuelle)));
    noter(trace, () => `PSS proratisé (temps partiel) = ${montantFr(b.pssMensuel)} × ${enFrancais(tempsPartiel.heures)} h ÷ ${enFrancais(b.dureeLegaleMensuelle)} h = ${montantFr(pss)}`);
  }
  const t1 = Dec.min(brut, pss);
  const t2 = Dec.min(Dec.max(brut.minus(pss), ZERO), pss.times(7));
  noter(trace, () => `Tranches : PSS ${montantFr(pss)} ; T1 = min(${montantFr(brut)} ; ${montantFr(pss)}) = ${montantFr(t1)} ; T2 = ${montantFr(t2)}`);
  return { pss, t1, t2, plafond4: Dec.min(brut, pss.times(4)), plafond8: Dec.min(brut, pss.times(8)) };
}

export interface ContexteCotisations {
  brut: Decimal;
  tranches: Tranches;
  statut: Statut;
  effectif: number;
  tauxAT?: Decimal;
  tauxReduitMaladie: boolean;
  tauxReduitFamille: boolean;
  complementaireSante?: ComplementaireSante;
  prevoyance?: Prevoyance;
  tauxVersementMobilite?: Decimal;
}

/** Montants patronaux de prévoyance et de santé (assiette CSG/CRDS, forfait social, net imposable). */
export const CODES_PREVOYANCE = ["prevoyance-cadre", "prevoyance"];
export const CODE_SANTE = "sante";

function lignesSante(c: ContexteCotisations, b: BaremePaie, trace: Trace): LigneBulletin[] {
  const lignes: LigneBulletin[] = [];
  const maladie = c.tauxReduitMaladie ? b.maladiePatronalReduit : b.maladiePatronal;
  lignes.push(ligneCotisation("maladie", "sante", `Sécurité sociale maladie-maternité-invalidité-décès${c.tauxReduitMaladie ? " (taux réduit)" : ""}`, c.brut, null, maladie, trace));
  if (c.statut === "cadre") {
    lignes.push(ligneCotisation("prevoyance-cadre", "sante", `Prévoyance des cadres (${tauxFr(b.prevoyanceCadrePatronal)} de la tranche 1)`, c.tranches.t1, null, b.prevoyanceCadrePatronal, trace));
  }
  if (c.prevoyance) {
    const p = c.prevoyance;
    const base = p.assiette === "T1" ? c.tranches.t1 : c.brut;
    lignes.push(
      ligneCotisation("prevoyance", "sante", "Complémentaire incapacité invalidité décès", base, p.tauxSalarial.isZero() ? null : p.tauxSalarial, p.tauxPatronal.isZero() ? null : p.tauxPatronal, trace),
    );
  }
  if (c.complementaireSante) {
    const s = c.complementaireSante;
    const pat = arrondi(s.cotisation.times(s.partPatronale));
    const sal = s.cotisation.minus(pat);
    noter(trace, () => `Complémentaire santé : cotisation ${montantFr(s.cotisation)}, employeur ${tauxFr(s.partPatronale)} = ${montantFr(pat)}, salarié ${montantFr(sal)}`);
    lignes.push(ligneMontants(CODE_SANTE, "sante", `Complémentaire santé (forfait ${montantFr(s.cotisation)} €)`, { salarial: sal, patronal: pat }));
  }
  return lignes;
}

function ligneAtmp(c: ContexteCotisations, trace: Trace): LigneBulletin {
  if (!c.tauxAT) alerter(trace, "Taux AT/MP non renseigné : la ligne AT/MP est à 0 %. Indiquez le taux notifié par la Carsat à l'établissement.");
  return ligneCotisation("atmp", "atmp", "AT/MP (taux notifié)", c.brut, null, c.tauxAT ?? ZERO, trace);
}

function lignesRetraite(c: ContexteCotisations, b: BaremePaie, trace: Trace): LigneBulletin[] {
  const { t1, t2, plafond8, pss } = c.tranches;
  const lignes = [
    ligneCotisation("vieillesse-plafonnee", "retraite", "Sécurité sociale plafonnée", t1, b.vieillessePlafonneeSalarial, b.vieillessePlafonneePatronal, trace),
    ligneCotisation("vieillesse-deplafonnee", "retraite", "Sécurité sociale déplafonnée", c.brut, b.vieillesseDeplafonneeSalarial, b.vieillesseDeplafonneePatronal, trace),
    ligneCotisation("retraite-t1", "retraite", "Complémentaire Agirc-Arrco T1", t1, b.retraiteT1Salarial, b.retraiteT1Patronal, trace),
    ligneCotisation("ceg-t1", "retraite", "CEG T1", t1, b.cegT1Salarial, b.cegT1Patronal, trace),
  ];
  if (t2.gt(0)) {
    lignes.push(
      ligneCotisation("retraite-t2", "retraite", "Complémentaire Agirc-Arrco T2", t2, b.retraiteT2Salarial, b.retraiteT2Patronal, trace),
      ligneCotisation("ceg-t2", "retraite", "CEG T2", t2, b.cegT2Salarial, b.cegT2Patronal, trace),
    );
  }
  // CET : due sur tout le brut jusqu'à 8 PSS, seulement si le brut dépasse le PSS.
  if (c.brut.gt(pss)) lignes.push(ligneCotisation("cet", "retraite", "CET (T1 + T2)", plafond8, b.cetSalarial, b.cetPatronal, trace));
  return lignes;
}

function lignesChomage(c: ContexteCotisations, b: BaremePaie, trace: Trace): LigneBulletin[] {
  const lignes = [
    ligneCotisation("chomage", "chomage", "Chômage", c.tranches.plafond4, null, b.chomagePatronal, trace),
    ligneCotisation("ags", "chomage", "AGS", c.tranches.plafond4, null, b.agsPatronal, trace),
  ];
  if (c.statut === "cadre") lignes.push(ligneCotisation("apec", "chomage", "APEC", c.tranches.plafond4, b.apecSalarial, b.apecPatronal, trace));
  return lignes;
}

function lignesAutres(c: ContexteCotisations, sante: readonly LigneBulletin[], b: BaremePaie, trace: Trace): LigneBulletin[] {
  const moinsDe50 = c.effectif < 50;
  const auMoins11 = c.effectif >= 11;
  const lignes = [
    moinsDe50
      ? ligneCotisation("fnal", "autres", `FNAL ${tauxFr(b.fnalMoinsDe50)} (sur T1)`, c.tranches.t1, null, b.fnalMoinsDe50, trace)
      : ligneCotisation("fnal", "autres", `FNAL ${tauxFr(b.fnalAuMoins50)} (totalité)`, c.brut, null, b.fnalAuMoins50, trace),
    ligneCotisation("csa", "autres", "Contribution solidarité autonomie (CSA)", c.brut, null, b.csaPatronal, trace),
    ligneCotisation("dialogue-social", "autres", "Contribution au dialogue social", c.brut, null, b.dialogueSocialPatronal, trace),
    ligneCotisation("formation", "autres", "Formation professionnelle", c.brut, null, auMoins11 ? b.formationAuMoins11 : b.formationMoinsDe11, trace),
    ligneCotisation("taxe-apprentissage", "autres", "Taxe d'apprentissage (part principale)", c.brut, null, b.taxeApprentissage, trace),
  ];
  const assietteForfait = sante.filter((l) => l.code === CODE_SANTE || CODES_PREVOYANCE.includes(l.code)).reduce((s, l) => s.plus(l.montantPatronal ?? ZERO), ZERO);
  if (auMoins11 && assietteForfait.gt(0)) {
    lignes.push(ligneCotisation("forfait-social", "autres", `Forfait social ${tauxFr(b.forfaitSocialPrevoyance)} (prévoyance et santé patronales)`, assietteForfait, null, b.forfaitSocialPrevoyance, trace));
  }
  if (c.tauxVersementMobilite && auMoins11 && c.tauxVersementMobilite.gt(0)) {
    lignes.push(ligneCotisation("versement-mobilite", "autres", "Versement mobilité", c.brut, null, c.tauxVersementMobilite, trace));
  }
  return lignes;
}

/** Toutes les lignes de cotisations hors CSG/CRDS et allègements, dans l'ordre du bulletin. */
export function lignesCotisations(c: ContexteCotisations, b: BaremePaie, trace: Trace): LigneBulletin[] {
  const sante = lignesSante(c, b, trace);
  return [
    ...sante,
    ligneAtmp(c, trace),
    ...lignesRetraite(c, b, trace),
    ligneCotisation("famille", "famille", `Allocations familiales${c.tauxReduitFamille ? " (taux réduit)" : ""}`, c.brut, null, c.tauxReduitFamille ? b.famillePatronalReduit : b.famillePatronal, trace),
    ...lignesChomage(c, b, trace),
    ...lignesAutres(c, sante, b, trace),
  ];
}
