/**
 * État de rapprochement bancaire, méthode des soldes rectifiés (comptabilite.md § 7) : le compte 512 et le relevé
 * enregistrent les mêmes opérations en sens inverse ; les opérations non pointées expliquent l'écart.
 */
import type Decimal from "decimal.js";
import { montantFr, somme } from "../argent";
import { TRACE_MUETTE, type Trace } from "../trace";

export interface OperationsNonPointees {
  /** Relevé seulement, au crédit de la banque (virements reçus, intérêts) : à ajouter au 512. */
  creditsBanque: Decimal[];
  /** Relevé seulement, au débit de la banque (frais, prélèvements, agios) : à retrancher du 512. */
  debitsBanque: Decimal[];
  /** 512 seulement : chèques émis non encaissés, à retrancher du relevé. */
  chequesNonEncaisses: Decimal[];
  /** 512 seulement : remises non encore créditées, à ajouter au relevé. */
  remisesNonCreditees: Decimal[];
}

export interface EtatRapprochement {
  solde512Rectifie: Decimal;
  soldeReleveRectifie: Decimal;
  /** 512 rectifié − relevé rectifié : 0 quand le rapprochement est juste. */
  ecart: Decimal;
}

/**
 * `solde512` : solde comptable, débiteur positif (découvert négatif) ; `soldeReleve` : solde du relevé, créditeur positif.
 * Seules les opérations du relevé non comptabilisées donnent lieu à écriture dans l'entreprise.
 */
export function etatRapprochement(solde512: Decimal, soldeReleve: Decimal, ops: OperationsNonPointees, trace: Trace = TRACE_MUETTE): EtatRapprochement {
  const plus512 = somme(ops.creditsBanque);
  const moins512 = somme(ops.debitsBanque);
  const solde512Rectifie = solde512.plus(plus512).minus(moins512);
  trace.etape(`Solde 512 rectifié = ${montantFr(solde512)} + ${montantFr(plus512)} − ${montantFr(moins512)} = ${montantFr(solde512Rectifie)}`);
  const moinsReleve = somme(ops.chequesNonEncaisses);
  const plusReleve = somme(ops.remisesNonCreditees);
  const soldeReleveRectifie = soldeReleve.minus(moinsReleve).plus(plusReleve);
  trace.etape(`Solde du relevé rectifié = ${montantFr(soldeReleve)} − ${montantFr(moinsReleve)} + ${montantFr(plusReleve)} = ${montantFr(soldeReleveRectifie)}`);
  const ecart = solde512Rectifie.minus(soldeReleveRectifie);
  if (ecart.isZero()) trace.etape("Les deux soldes rectifiés sont égaux : le rapprochement est juste.");
  else trace.alerte(`les soldes rectifiés diffèrent de ${montantFr(ecart)} : erreur à rechercher (opération oubliée ou montant mal saisi).`);
  return { solde512Rectifie, soldeReleveRectifie, ecart };
}
