/**
 * Prélèvement à la source (paie.md § 5.4) : taux personnalisé transmis par la DGFiP, sinon taux non personnalisé
 * (« taux neutre ») de la grille en vigueur à la date de versement, borne basse incluse, borne haute exclue.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, montantFr, tauxFr } from "../argent";
import type { Jour } from "../dates";
import type { Trace } from "../trace";
import { arrondiCourt, noter, noterRegle } from "./lignes";
import { baremeAu, sourceFr } from "./parametres";

/** Taux neutre de la grille en vigueur au jour du versement pour une base mensuelle. */
export function tauxNeutre(base: Decimal, versement: Jour): Decimal {
  const grille = baremeAu(versement).tauxNeutre;
  let taux = ZERO;
  for (const t of grille) if (base.gte(t.aPartirDe)) taux = t.taux;
  return taux;
}

export interface Prelevement {
  taux: Decimal;
  personnalise: boolean;
  montant: Decimal;
}

export function prelevementSource(netImposable: Decimal, tauxPersonnalise: Decimal | undefined, versement: Jour, trace: Trace): Prelevement {
  const personnalise = tauxPersonnalise !== undefined;
  const taux = tauxPersonnalise ?? tauxNeutre(netImposable, versement);
  if (!personnalise) {
    noter(trace, () => `Taux non personnalisé (grille de taux neutre) pour ${montantFr(netImposable)} : ${tauxFr(taux)}`);
    noterRegle(trace, () => sourceFr("tauxNeutre", versement));
  }
  const exact = netImposable.isNeg() ? ZERO : netImposable.times(taux);
  const montant = arrondi(exact);
  noter(trace, () => `Impôt prélevé à la source = ${montantFr(netImposable)} × ${tauxFr(taux)} = ${arrondiCourt(exact)}`);
  return { taux, personnalise, montant };
}
