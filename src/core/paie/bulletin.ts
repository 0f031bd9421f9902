/**
 * Le bulletin de paie clarifié d'un salarié pour un mois (paie.md § 5.1 et § 6.2) : rémunération brute, cotisations
 * ligne par ligne regroupées comme le veut l'arrêté du 25/02/2016 modifié, allègements, totaux et net payé.
 * Chaque étape est notée en français dans la trace : c'est l'explication que voient les élèves.
 */
import type Decimal from "decimal.js";
import { ZERO, enFrancais, montantFr, quotientFr } from "../argent";
import { finDeMois, type Jour } from "../dates";
import { erreurValeur } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";
import { moisFr } from "./absences";
import { decompterMois } from "./calendrier";
import { congesAcquis } from "./conges-payes";
import { CODES_PREVOYANCE, CODE_SANTE, lignesCotisations, tranches } from "./cotisations";
import { assiettesCsg, lignesCsg } from "./csg";
import { heuresExonereesImpot, ligneDeductionForfaitaire, ligneReductionSalariale } from "./heures-sup";
import { montantApprocheFr, noter, noterRegle, patronal, sommeCodes } from "./lignes";
import { baremeAu, sourceFr, type BaremePaie } from "./parametres";
import type { SeuilTauxReduit } from "./parametres/types";
import { heuresReference, ligneReduction, reduction, smicReference } from "./reduction-generale";
import { calculerRemuneration } from "./remuneration";
import { calculerTotaux } from "./totaux";
import { ORDRE_GROUPES, type Bulletin, type EntreeBulletin, type LigneBulletin } from "./types";

type Seuil = { readonly [K in keyof SeuilTauxReduit]: Decimal };

/** Taux réduit maladie ou famille (2024-2025) : rémunération ≤ multiple × SMIC de référence du seuil (comparaison annualisée, exacte). */
function tauxReduit(seuil: Seuil | null, brut: Decimal, heuresAnnuelles: Decimal, nom: string, trace: Trace): boolean {
  if (!seuil) return false;
  const plafondAnnuel = seuil.multipleSmic.times(seuil.smicHoraireReference).times(heuresAnnuelles);
  const eligible = brut.times(12).lte(plafondAnnuel);
  noter(trace, () => `Taux réduit ${nom} : ${montantFr(brut)} ${eligible ? "≤" : ">"} ${enFrancais(seuil.multipleSmic)} × ${montantFr(seuil.smicHoraireReference)} × ${quotientFr(heuresAnnuelles.div(12), 4)} h = ${montantApprocheFr(plafondAnnuel.div(12))} : ${eligible ? "taux réduit" : "taux plein"}`);
  return eligible;
}

function introduction(e: EntreeBulletin, jour: Jour, b: BaremePaie, trace: Trace): void {
  noter(trace, () => `Bulletin de ${moisFr(e.annee, e.mois)} : salarié ${e.salarie.statut}, entreprise de ${e.entreprise.effectif} salarié${e.entreprise.effectif > 1 ? "s" : ""}.`);
  noter(trace, () => `SMIC horaire ${montantFr(b.smicHoraire)} ; plafond mensuel de la sécurité sociale ${montantFr(b.pssMensuel)}.`);
  noterRegle(trace, () => sourceFr("smicHoraire", jour));
  noterRegle(trace, () => sourceFr("pssMensuel", jour));
}

export function calculerBulletin(e: EntreeBulletin, trace: Trace = TRACE_MUETTE): Bulletin {
  const jour: Jour = { annee: e.annee, mois: e.mois, jour: 1 };
  const b = baremeAu(jour);
  introduction(e, jour, b, trace);
  const { salarie, entreprise, variables } = e;

  const tempsPlein = salarie.heuresMensuelles.gte(b.dureeLegaleMensuelle);
  if (tempsPlein && (variables.heuresComp10.gt(0) || variables.heuresComp25.gt(0))) {
    throw erreurValeur("variables.heuresComp10 : les heures complémentaires sont celles d'un temps partiel (moins de 151,67 h par mois) ; pour un temps plein, saisissez des heures supplémentaires.");
  }
  const rem = calculerRemuneration(e, b, trace);
  const brut = rem.brut;
  const tr = tranches(brut, b, tempsPlein ? null : { heures: salarie.heuresMensuelles.plus(rem.heures.heuresHc) }, trace);

  const facteurAbsence = rem.salaireMensuel.isZero() ? ZERO : rem.salaireMensuel.minus(rem.retenues).div(rem.salaireMensuel);
  const heuresRef = heuresReference(tempsPlein, salarie.heuresMensuelles, facteurAbsence, rem.heures.heuresHs.plus(rem.heures.heuresHc), b);
  const smic = smicReference(heuresRef, b, trace);

  const cotisations = lignesCotisations(
    {
      brut,
      tranches: tr,
      statut: salarie.statut,
      effectif: entreprise.effectif,
      tauxAT: entreprise.tauxAT,
      tauxReduitMaladie: tauxReduit(b.maladieSeuilTauxReduit, brut, heuresRef, "maladie", trace),
      tauxReduitFamille: tauxReduit(b.familleSeuilTauxReduit, brut, heuresRef, "allocations familiales", trace),
      complementaireSante: entreprise.complementaireSante,
      prevoyance: entreprise.prevoyance,
      tauxVersementMobilite: entreprise.tauxVersementMobilite,
    },
    b,
    trace,
  );

  const heuresExonerees = heuresExonereesImpot(rem.heures.montant, salarie.cumulHsExonerees ?? ZERO, b, trace);
  const prevoyancePatronale = sommeCodes(cotisations, [CODE_SANTE, ...CODES_PREVOYANCE], patronal);
  const csg = lignesCsg(assiettesCsg(brut, tr.pss, prevoyancePatronale, heuresExonerees, b, trace), b, trace);

  const reduc = reduction(brut, smic, entreprise.effectif, b, trace);
  const exonerations = [
    ligneReductionSalariale(rem.heures.montant, brut, cotisations, b, trace),
    ligneDeductionForfaitaire(rem.heures.heuresHs, entreprise.effectif, cotisations, b, trace),
    ligneReduction(reduc, brut, cotisations, trace),
  ].filter((l): l is LigneBulletin => l !== null);

  const lignes = [...rem.lignes, ...cotisations, ...csg, ...exonerations].sort((x, y) => ORDRE_GROUPES.indexOf(x.groupe) - ORDRE_GROUPES.indexOf(y.groupe));
  const acompte = variables.acompte ?? ZERO;
  const t = calculerTotaux(lignes, {
    brut,
    avantagesNature: rem.avantagesNature,
    heuresExonerees,
    acompte,
    pssMensuel: b.pssMensuel,
    tauxPAS: salarie.tauxPAS,
    versement: e.datePaiement ?? finDeMois(jour),
  }, trace);

  return {
    annee: e.annee,
    mois: e.mois,
    statut: salarie.statut,
    lignes,
    totaux: t.totaux,
    informations: {
      pss: tr.pss,
      tauxHoraire: rem.tauxHoraire,
      smicReference: smic.div(12),
      coefficientReduction: reduc.coefficient,
      cotisationsPatronalesAvantAllegements: t.cotisationsPatronalesAvantAllegements,
      allegements: t.allegements,
      avantagesNature: rem.avantagesNature,
      heuresSupExonerees: heuresExonerees,
      tauxPAS: t.prelevement.taux,
      tauxPASPersonnalise: t.prelevement.personnalise,
      acompte,
      congesAcquis: congesAcquis(rem.joursAbsence, decompterMois(e.annee, e.mois).ouvrables, b),
    },
  };
}
