/**
 * Du brut au net payé (paie.md § 5) : totaux des cotisations, net à payer avant impôt, montant net social, net
 * imposable, prélèvement à la source, net payé et coût employeur. Les totaux sont des sommes de lignes déjà arrondies.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, montantFr, somme } from "../argent";
import type { Jour } from "../dates";
import type { Trace } from "../trace";
import { CODES_PREVOYANCE, CODE_SANTE } from "./cotisations";
import { prelevementSource, type Prelevement } from "./impot";
import { noter, noterRegle, patronal, salarial, sommeCodes } from "./lignes";
import type { LigneBulletin, Totaux } from "./types";

export interface ElementsTotaux {
  brut: Decimal;
  avantagesNature: Decimal;
  heuresExonerees: Decimal;
  acompte: Decimal;
  /** PSS mensuel non proratisé (limite de déduction de la prévoyance). */
  pssMensuel: Decimal;
  tauxPAS?: Decimal;
  versement: Jour;
}

export interface ResultatTotaux {
  totaux: Totaux;
  prelevement: Prelevement;
  cotisationsPatronalesAvantAllegements: Decimal;
  allegements: Decimal;
}

/** Lignes de CSG/CRDS réintégrées au net imposable. */
const CODES_CSG_IMPOSABLE = ["csg-non-deductible", "crds", "csg-crds-hs"];

/**
 * Part de prévoyance et de santé à réintégrer au net imposable au-delà de la limite de déduction (CGI art. 83, 1° quater) :
 * cotisations salariales santé et prévoyance + patronales de prévoyance, au-delà de min(5 % PSS + 2 % brut ; 2 % × 8 PSS).
 */
export function excedentPrevoyance(lignes: readonly LigneBulletin[], brut: Decimal, pss: Decimal, trace: Trace): Decimal {
  const cotisations = sommeCodes(lignes, [CODE_SANTE, ...CODES_PREVOYANCE], salarial).plus(sommeCodes(lignes, CODES_PREVOYANCE, patronal));
  if (cotisations.isZero()) return ZERO;
  const limite = Dec.min(pss.times("0.05").plus(brut.times("0.02")), pss.times(8).times("0.02"));
  const excedent = Dec.max(ZERO, cotisations.minus(limite)).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  if (excedent.gt(0)) {
    noter(trace, () => `Prévoyance et santé : ${montantFr(cotisations)} au-delà de la limite de déduction ${montantFr(limite)} : ${montantFr(excedent)} réintégrés au net imposable`);
    noterRegle(trace, () => "CGI art. 83, 1° quater : limite de 5 % du PSS + 2 % de la rémunération, au plus 2 % de 8 PSS.");
  }
  return excedent;
}

export function calculerTotaux(lignes: readonly LigneBulletin[], e: ElementsTotaux, trace: Trace): ResultatTotaux {
  const cotisations = lignes.filter((l) => l.groupe !== "remuneration");
  const cotisationsSalariales = somme(cotisations.map(salarial));
  const cotisationsPatronales = somme(cotisations.map(patronal));
  const allegements = somme(cotisations.filter((l) => l.groupe === "exonerations").map(patronal)).neg();
  const avantAllegements = cotisationsPatronales.plus(allegements);
  const reductionGenerale = sommeCodes(cotisations, ["reduction-generale"], patronal).neg();
  noter(trace, () => `Total des cotisations salariales = ${montantFr(cotisationsSalariales)} ; patronales = ${montantFr(avantAllegements)} − allègements ${montantFr(allegements)} = ${montantFr(cotisationsPatronales)}`);

  const netAvantImpot = e.brut.minus(cotisationsSalariales).minus(e.avantagesNature);
  noter(trace, () => `Net à payer avant impôt = brut ${montantFr(e.brut)} − cotisations salariales ${montantFr(cotisationsSalariales)}${e.avantagesNature.isZero() ? "" : ` − avantages en nature ${montantFr(e.avantagesNature)}`} = ${montantFr(netAvantImpot)}`);
  const netSocial = e.brut.minus(cotisationsSalariales);
  noter(trace, () => `Montant net social = ${montantFr(e.brut)} − ${montantFr(cotisationsSalariales)} = ${montantFr(netSocial)}`);

  const csgImposable = sommeCodes(cotisations, CODES_CSG_IMPOSABLE, salarial);
  const santePatronale = sommeCodes(cotisations, [CODE_SANTE], patronal);
  const excedent = excedentPrevoyance(cotisations, e.brut, e.pssMensuel, trace);
  const netImposable = netAvantImpot.plus(e.avantagesNature).plus(csgImposable).plus(santePatronale).plus(excedent).minus(e.heuresExonerees);
  noter(trace, () => {
    const termes = [`${montantFr(netAvantImpot)}`];
    if (!e.avantagesNature.isZero()) termes.push(`+ avantages en nature ${montantFr(e.avantagesNature)}`);
    termes.push(`+ CSG non déductible et CRDS ${montantFr(csgImposable)}`);
    if (!santePatronale.isZero()) termes.push(`+ santé patronale ${montantFr(santePatronale)}`);
    if (!excedent.isZero()) termes.push(`+ excédent de prévoyance ${montantFr(excedent)}`);
    if (!e.heuresExonerees.isZero()) termes.push(`− heures exonérées ${montantFr(e.heuresExonerees)}`);
    return `Net imposable = ${termes.join(" ")} = ${montantFr(netImposable)}`;
  });

  const prelevement = prelevementSource(netImposable, e.tauxPAS, e.versement, trace);
  const netPaye = netAvantImpot.minus(prelevement.montant).minus(e.acompte);
  noter(trace, () => `Net payé = ${montantFr(netAvantImpot)} − impôt ${montantFr(prelevement.montant)}${e.acompte.isZero() ? "" : ` − acompte ${montantFr(e.acompte)}`} = ${montantFr(netPaye)}`);
  const coutEmployeur = e.brut.plus(cotisationsPatronales);
  noter(trace, () => `Coût employeur = ${montantFr(e.brut)} + ${montantFr(cotisationsPatronales)} = ${montantFr(coutEmployeur)}`);

  return {
    totaux: {
      brut: e.brut,
      cotisationsSalariales,
      cotisationsPatronales,
      reductionGenerale,
      netSocial,
      netImposable,
      netAvantImpot,
      impotSource: prelevement.montant,
      netPaye,
      coutEmployeur,
    },
    prelevement,
    cotisationsPatronalesAvantAllegements: avantAllegements,
    allegements,
  };
}
