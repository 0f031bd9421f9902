/**
 * TVA à décaisser d'une période (comptabilite.md § 4.4, logique de la CA3) : TVA due = TVA collectée −
 * (TVA déductible + crédit antérieur). Positive : à décaisser (44551, payée le mois suivant au régime réel normal) ;
 * négative : crédit de TVA à reporter (44567).
 */
import type Decimal from "decimal.js";
import { montantFr, somme } from "../argent";
import { TRACE_MUETTE, type Trace } from "../trace";

/** « a + b + c = total », ou « total » pour un seul terme. */
const addition = (termes: string[], total: Decimal): string => (termes.length > 1 ? `${termes.join(" + ")} = ${montantFr(total)}` : montantFr(total));

export function tvaADecaisser(collectee: Decimal[], deductible: Decimal[], creditAnterieur: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const c = somme(collectee);
  const totalDeductible = somme(deductible).plus(creditAnterieur);
  trace.etape(`TVA brute due (ligne 16) = ${addition(collectee.map(montantFr), c)}`);
  const termes = [...deductible.map(montantFr), ...(creditAnterieur.isZero() ? [] : [`crédit antérieur ${montantFr(creditAnterieur)} (ligne 22)`])];
  trace.etape(`TVA déductible (ligne 23) = ${addition(termes, totalDeductible)}`);
  const due = c.minus(totalDeductible);
  if (due.isNeg()) {
    trace.etape(`Crédit de TVA (ligne 25) = ${montantFr(totalDeductible)} − ${montantFr(c)} = ${montantFr(due.neg())}, à reporter (ligne 27, compte 44567) : résultat négatif`);
  } else {
    trace.etape(`TVA à décaisser (ligne TD) = ${montantFr(c)} − ${montantFr(totalDeductible)} = ${montantFr(due)} (compte 44551, payée le mois suivant)`);
  }
  trace.regle("Sur la déclaration CA3, les montants sont arrondis à l'euro ; l'écriture de liquidation garde les centimes.");
  return due;
}
