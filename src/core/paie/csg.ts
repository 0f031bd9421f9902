/**
 * CSG et CRDS (paie.md § 3.2) : assiette = 98,25 % × min(brut, 4 PSS) + le brut au-delà de 4 PSS + contributions
 * patronales de prévoyance et de santé. Les heures supplémentaires exonérées d'impôt ont leur propre assiette
 * (98,25 % de leur rémunération), soumise à 9,20 % de CSG non déductible et 0,50 % de CRDS sur une seule ligne.
 */
import type Decimal from "decimal.js";
import { Dec, UN, ZERO, arrondi, montantFr, tauxFr } from "../argent";
import type { Trace } from "../trace";
import { arrondiCourt, ligneCotisation, noter } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { LigneBulletin } from "./types";

export interface AssiettesCsg {
  /** Assiette hors heures exonérées, arrondie au centime. */
  generale: Decimal;
  /** Assiette des heures supplémentaires et complémentaires exonérées, arrondie au centime. */
  heuresExonerees: Decimal;
}

export function assiettesCsg(brut: Decimal, pss: Decimal, prevoyancePatronale: Decimal, heuresExonerees: Decimal, b: BaremePaie, trace: Trace): AssiettesCsg {
  const taux = UN.minus(b.abattementCsg);
  const plafond = pss.times(4);
  const abattue = Dec.min(brut, plafond).times(taux).plus(Dec.max(brut.minus(plafond), ZERO));
  const totale = abattue.plus(prevoyancePatronale);
  const hs = Dec.min(arrondi(heuresExonerees.times(taux)), arrondi(totale));
  const generale = arrondi(totale.minus(hs));
  noter(trace, () => {
    const plafonne = brut.gt(plafond) ? ` (abattement limité à 4 PSS = ${montantFr(plafond)})` : "";
    const prev = prevoyancePatronale.isZero() ? "" : ` + prévoyance et santé patronales ${montantFr(prevoyancePatronale)}`;
    const moinsHs = hs.isZero() ? "" : ` − assiette des heures exonérées ${montantFr(hs)}`;
    return `Assiette CSG/CRDS = ${montantFr(brut)} × ${tauxFr(taux)}${plafonne}${prev}${moinsHs} = ${arrondiCourt(totale.minus(hs))}`;
  });
  if (!hs.isZero()) noter(trace, () => `Assiette CSG/CRDS des heures exonérées = ${montantFr(heuresExonerees)} × ${tauxFr(taux)} = ${arrondiCourt(heuresExonerees.times(taux))}`);
  return { generale, heuresExonerees: hs };
}

export function lignesCsg(a: AssiettesCsg, b: BaremePaie, trace: Trace): LigneBulletin[] {
  const lignes = [
    ligneCotisation("csg-deductible", "csg-deductible", "CSG déductible", a.generale, b.csgDeductible, null, trace),
    ligneCotisation("csg-non-deductible", "csg-non-deductible", "CSG non déductible", a.generale, b.csgNonDeductible, null, trace),
    ligneCotisation("crds", "csg-non-deductible", "CRDS", a.generale, b.crds, null, trace),
  ];
  if (a.heuresExonerees.gt(0)) {
    const taux = b.csgHeuresSup.plus(b.crds);
    lignes.push(
      ligneCotisation("csg-crds-hs", "csg-non-imposable", `CSG/CRDS sur heures supplémentaires exonérées (${tauxFr(b.csgHeuresSup)} + ${tauxFr(b.crds)})`, a.heuresExonerees, taux, null, trace),
    );
  }
  return lignes;
}
