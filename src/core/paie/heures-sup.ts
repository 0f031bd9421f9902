/**
 * Heures supplémentaires (temps plein) et complémentaires (temps partiel) : rémunération majorée, réduction de
 * cotisations salariales, déduction forfaitaire patronale (HS seulement) et exonération d'impôt (paie.md § 2.2).
 */
import type Decimal from "decimal.js";
import { Dec, UN, ZERO, arrondi, enFrancais, montantFr, quotientFr, somme, tauxFr } from "../argent";
import type { Trace } from "../trace";
import { arrondiCourt, ligneMontants, noter, noterRegle, salarial, sommeCodes } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { LigneBulletin, Variables } from "./types";

export interface HeuresMajorees {
  lignes: LigneBulletin[];
  /** Heures supplémentaires (ouvrent droit à la déduction forfaitaire patronale). */
  heuresHs: Decimal;
  /** Heures complémentaires d'un temps partiel. */
  heuresHc: Decimal;
  /** Rémunération des heures supplémentaires et complémentaires. */
  montant: Decimal;
}

const heuresFr = (h: Decimal): string => `${enFrancais(h)}\u00a0h`;

/** Lignes « Heures supplémentaires majorées à 25 % » etc. : arrondi(heures × taux horaire × (1 + majoration)). */
export function lignesHeuresMajorees(tauxHoraire: Decimal, v: Variables, b: BaremePaie, trace: Trace): HeuresMajorees {
  const sortes = [
    { code: "hs25", heures: v.heuresSup25, majoration: b.majorationHs25, nom: "Heures supplémentaires", hs: true },
    { code: "hs50", heures: v.heuresSup50, majoration: b.majorationHs50, nom: "Heures supplémentaires", hs: true },
    { code: "hc10", heures: v.heuresComp10, majoration: b.majorationHc10, nom: "Heures complémentaires", hs: false },
    { code: "hc25", heures: v.heuresComp25, majoration: b.majorationHc25, nom: "Heures complémentaires", hs: false },
  ];
  const lignes: LigneBulletin[] = [];
  let heuresHs = ZERO;
  let heuresHc = ZERO;
  for (const s of sortes) {
    if (s.heures.isZero()) continue;
    const tauxMajore = tauxHoraire.times(UN.plus(s.majoration));
    const exact = s.heures.times(tauxMajore);
    const montant = arrondi(exact);
    const libelle = `${s.nom} majorées à ${tauxFr(s.majoration)}`;
    noter(trace, () => `${libelle} : ${heuresFr(s.heures)} × ${quotientFr(tauxHoraire)} × ${enFrancais(UN.plus(s.majoration))} = ${arrondiCourt(exact)}`);
    lignes.push(ligneMontants(s.code, "remuneration", libelle, { base: s.heures, tauxSalarial: tauxMajore, salarial: montant }));
    if (s.hs) heuresHs = heuresHs.plus(s.heures);
    else heuresHc = heuresHc.plus(s.heures);
  }
  return { lignes, heuresHs, heuresHc, montant: somme(lignes.map(salarial)) };
}

/** Montant exonéré d'impôt : rémunération des HS/HC dans la limite annuelle (7 500 €) diminuée du cumul déjà exonéré. */
export function heuresExonereesImpot(montant: Decimal, cumulDejaExonere: Decimal, b: BaremePaie, trace: Trace): Decimal {
  if (montant.isZero()) return ZERO;
  const reste = Dec.max(ZERO, b.plafondAnnuelExonerationIrHs.minus(cumulDejaExonere));
  const exonere = Dec.min(montant, reste);
  noter(trace, () =>
    exonere.eq(montant)
      ? `Heures supplémentaires et complémentaires exonérées d'impôt : ${montantFr(exonere)} (plafond annuel ${montantFr(b.plafondAnnuelExonerationIrHs)}, déjà exonéré ${montantFr(cumulDejaExonere)})`
      : `Heures exonérées d'impôt limitées au reste du plafond annuel : ${montantFr(exonere)} sur ${montantFr(montant)}`,
  );
  noterRegle(trace, () => "CGI art. 81 quater : exonération dans la limite de 7 500 € par an.");
  return exonere;
}

/** Cotisations salariales de vieillesse et de retraite complémentaire qui fixent le taux de la réduction salariale. */
export const CODES_REDUCTION_SALARIALE = ["vieillesse-plafonnee", "vieillesse-deplafonnee", "retraite-t1", "retraite-t2", "ceg-t1", "ceg-t2", "cet"];

/**
 * Réduction de cotisations salariales (L241-17, D241-21 CSS) : rémunération des HS/HC × taux, où
 * taux = min(11,31 %, cotisations salariales vieillesse et retraite complémentaire / brut). Le taux n'est pas arrondi.
 */
export function ligneReductionSalariale(montantHeures: Decimal, brut: Decimal, cotisations: readonly LigneBulletin[], b: BaremePaie, trace: Trace): LigneBulletin | null {
  if (montantHeures.isZero() || brut.isZero()) return null;
  const cotisationsRetraite = sommeCodes(cotisations, CODES_REDUCTION_SALARIALE, salarial);
  const ratio = cotisationsRetraite.div(brut);
  const taux = Dec.min(ratio, b.reductionSalarialeHsMax);
  const exact = montantHeures.times(taux);
  const montant = arrondi(exact);
  noter(trace, () => `Taux de la réduction salariale = min(${tauxFr(b.reductionSalarialeHsMax)} ; ${montantFr(cotisationsRetraite)} ÷ ${montantFr(brut)} = ${tauxFr(ratio)}) = ${tauxFr(taux)}`);
  noter(trace, () => `Réduction salariale = ${montantFr(montantHeures)} × ${tauxFr(taux)} = ${arrondiCourt(exact)}`);
  noterRegle(trace, () => "CSS art. L241-17 et D241-21 : taux non arrondi, montant arrondi au centime.");
  return ligneMontants("reduction-salariale-hs", "exonerations", "Réduction de cotisations salariales sur heures supplémentaires", {
    base: montantHeures,
    tauxSalarial: taux,
    salarial: montant.neg(),
  });
}

/** Cotisations patronales sur lesquelles s'impute la déduction forfaitaire (sécurité sociale, CSA, FNAL). */
const CODES_DEDUCTION = ["maladie", "atmp", "vieillesse-plafonnee", "vieillesse-deplafonnee", "famille", "csa", "fnal"];

/** Déduction forfaitaire patronale (L241-18, L241-18-1 CSS) : heures supplémentaires × montant par heure selon l'effectif. */
export function ligneDeductionForfaitaire(heuresHs: Decimal, effectif: number, cotisations: readonly LigneBulletin[], b: BaremePaie, trace: Trace): LigneBulletin | null {
  if (heuresHs.isZero()) return null;
  const palier = [...b.deductionForfaitaireHs].reverse().find((p) => effectif >= p.effectifMin);
  const parHeure = palier?.montantParHeure ?? ZERO;
  if (parHeure.isZero()) {
    noter(trace, () => `Pas de déduction forfaitaire patronale pour un effectif de ${effectif} salariés à cette date.`);
    return null;
  }
  const plafond = sommeCodes(cotisations, CODES_DEDUCTION, (l) => l.montantPatronal ?? ZERO);
  const montant = Dec.min(arrondi(heuresHs.times(parHeure)), plafond);
  noter(trace, () => `Déduction forfaitaire patronale = ${heuresFr(heuresHs)} × ${montantFr(parHeure)} = ${montantFr(montant)} (effectif ${effectif})`);
  return ligneMontants("deduction-forfaitaire-hs", "exonerations", `Déduction forfaitaire patronale sur heures supplémentaires (${enFrancais(heuresHs)} h × ${montantFr(parHeure)} €)`, {
    base: heuresHs,
    tauxPatronal: null,
    patronal: montant.neg(),
  });
}
