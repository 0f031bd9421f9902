/**
 * Budget de trésorerie construit depuis les opérations prévues (comptabilite.md § 8) : ventes et achats HT avec leur
 * taux de TVA et leurs conditions de règlement, encaissements et décaissements directs (créances et dettes à
 * l'ouverture, salaires, charges sociales), TVA restant due à l'ouverture.
 * - TTC = HT + TVA, la TVA arrondie au centime par opération ; chaque règlement suit les conditions, au jour près
 *   (moteur d'échéance du noyau), puis est rangé dans son mois.
 * - TVA du mois M (régime réel normal, exigibilité à la facture) : collectée − déductible − crédit reporté ; due,
 *   elle est payée en M+1 ; négative, elle devient un crédit reporté sur M+1.
 * - Les mois du budget vont du mois de la première opération à celui de la dernière ; ce qui se règle après reste
 *   dû en fin de période (créances clients, dettes fournisseurs, TVA à décaisser) : ce sont les postes du bilan
 *   prévisionnel.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, montantFr, somme, tauxFr } from "../argent";
import { ajouterMois, comparerJours, type Jour } from "../dates";
import { TRACE_MUETTE, type Trace } from "../trace";
import type { PartPaiement } from "./conditions";
import { echeancier, moisFr } from "./echelonner";

export type NatureOperation = "vente" | "achat" | "encaissement" | "decaissement" | "tva";

export interface OperationPrevue {
  nature: NatureOperation;
  libelle: string;
  /** Date de la facture (vente, achat) ou du règlement (encaissement, décaissement, TVA). */
  date: Jour;
  /** HT pour une vente ou un achat ; montant réglé sinon. */
  montant: Decimal;
  /** Taux de TVA (fraction) d'une vente ou d'un achat ; 0 sinon. */
  taux: Decimal;
  /** Conditions de règlement d'une vente ou d'un achat (comptant si absentes). */
  parts?: PartPaiement[];
}

export interface LigneFlux {
  libelle: string;
  /** Un montant par mois du budget. */
  montants: Decimal[];
}

export interface TvaParMois {
  collectee: Decimal[];
  deductible: Decimal[];
  /** Crédit de TVA reporté du mois précédent (imputé sur ce mois). */
  creditAnterieur: Decimal[];
  /** TVA due au titre du mois (payée le mois suivant) ; 0 en cas de crédit. */
  due: Decimal[];
  /** TVA payée pendant le mois : la TVA due du mois précédent et la TVA restant due à l'ouverture. */
  payee: Decimal[];
}

export interface BudgetOperations {
  /** Premier jour de chaque mois du budget. */
  mois: Jour[];
  encaissements: LigneFlux[];
  /** Le dernier décaissement est toujours « TVA à décaisser ». */
  decaissements: LigneFlux[];
  tva: TvaParMois;
  /** Restant dû après le dernier mois : postes du bilan prévisionnel. */
  fin: { creances: Decimal; dettes: Decimal; tvaADecaisser: Decimal; creditTva: Decimal };
}

export const LIBELLE_TVA = "TVA à décaisser";

const rangDuMois = (premier: Jour, j: Jour): number => 12 * (j.annee - premier.annee) + j.mois - premier.mois;

/** Lignes de flux regroupées par libellé (dans l'ordre de première apparition). */
class Flux {
  private readonly lignes = new Map<string, LigneFlux>();
  constructor(private readonly n: number) {}
  ajouter(libelle: string, rang: number, montant: Decimal): void {
    let l = this.lignes.get(libelle);
    if (!l) {
      l = { libelle, montants: Array.from({ length: this.n }, () => ZERO) };
      this.lignes.set(libelle, l);
    }
    if (rang < this.n) l.montants[rang] = l.montants[rang].plus(montant);
  }
  liste(): LigneFlux[] {
    return [...this.lignes.values()];
  }
}

export function budgetDepuisOperations(operations: readonly OperationPrevue[], trace: Trace = TRACE_MUETTE): BudgetOperations {
  const debuts = operations.map((o) => ({ annee: o.date.annee, mois: o.date.mois, jour: 1 }));
  const premier = debuts.reduce((a, b) => (comparerJours(b, a) < 0 ? b : a));
  const dernier = debuts.reduce((a, b) => (comparerJours(b, a) > 0 ? b : a));
  const n = rangDuMois(premier, dernier) + 1;
  const mois = Array.from({ length: n }, (_, i) => ajouterMois(premier, i));
  const zeros = (): Decimal[] => Array.from({ length: n }, () => ZERO);
  const encaissements = new Flux(n);
  const decaissements = new Flux(n);
  const collectee = zeros();
  const deductible = zeros();
  const payee = zeros();
  let creances = ZERO;
  let dettes = ZERO;
  trace.regle("TTC = HT + TVA (TVA arrondie au centime par opération) ; chaque part des conditions est réglée à son échéance, rangée dans son mois.");
  for (const o of operations) {
    const rang = rangDuMois(premier, o.date);
    if (o.nature === "encaissement" || o.nature === "decaissement") {
      (o.nature === "encaissement" ? encaissements : decaissements).ajouter(o.libelle, rang, o.montant);
      continue;
    }
    if (o.nature === "tva") {
      payee[rang] = payee[rang].plus(o.montant);
      trace.etape(`${o.libelle} : ${montantFr(o.montant)} payée en ${moisFr(mois[rang])}`);
      continue;
    }
    const tva = arrondi(o.montant.times(o.taux));
    const ttc = o.montant.plus(tva);
    const vente = o.nature === "vente";
    (vente ? collectee : deductible)[rang] = (vente ? collectee : deductible)[rang].plus(tva);
    const flux = vente ? encaissements : decaissements;
    flux.ajouter(o.libelle, n, ZERO); // la ligne existe même si tout se règle après la période
    const reglements = echeancier(ttc, o.date, o.parts ?? [], TRACE_MUETTE);
    const detail: string[] = [];
    for (const r of reglements) {
      const rr = rangDuMois(premier, r.date);
      if (rr < n) flux.ajouter(o.libelle, rr, r.montant);
      else if (vente) creances = creances.plus(r.montant);
      else dettes = dettes.plus(r.montant);
      detail.push(`${montantFr(r.montant)} ${rr < n ? `en ${moisFr(mois[rr])}` : "après la période"}`);
    }
    trace.etape(`${o.libelle} : ${montantFr(o.montant)} HT + TVA ${tauxFr(o.taux)} ${montantFr(tva)} = ${montantFr(ttc)} TTC → ${detail.join(", ")}`);
  }
  // TVA : due au titre de M, payée en M+1 ; un crédit se reporte.
  const creditAnterieur = zeros();
  const due = zeros();
  let credit = ZERO;
  for (let i = 0; i < n; i++) {
    creditAnterieur[i] = credit;
    const solde = collectee[i].minus(deductible[i]).minus(credit);
    if (solde.isNeg()) {
      credit = solde.neg();
      trace.etape(`TVA de ${moisFr(mois[i])} : ${montantFr(collectee[i])} − ${montantFr(deductible[i])}${creditAnterieur[i].isZero() ? "" : ` − crédit ${montantFr(creditAnterieur[i])}`} : crédit de ${montantFr(credit)} reporté`);
    } else {
      credit = ZERO;
      due[i] = solde;
      if (i + 1 < n) payee[i + 1] = payee[i + 1].plus(solde);
      trace.etape(`TVA de ${moisFr(mois[i])} : ${montantFr(collectee[i])} − ${montantFr(deductible[i])}${creditAnterieur[i].isZero() ? "" : ` − crédit ${montantFr(creditAnterieur[i])}`} = ${montantFr(solde)}, payée ${i + 1 < n ? `en ${moisFr(mois[i + 1])}` : "après la période"}`);
    }
  }
  const tvaLigne: LigneFlux = { libelle: LIBELLE_TVA, montants: payee };
  return {
    mois,
    encaissements: encaissements.liste(),
    decaissements: [...decaissements.liste(), tvaLigne],
    tva: { collectee, deductible, creditAnterieur, due, payee },
    fin: { creances, dettes, tvaADecaisser: due[n - 1], creditTva: credit },
  };
}

/** Total d'un mois sur des lignes de flux. */
export const totalDuMois = (lignes: readonly LigneFlux[], i: number): Decimal => somme(lignes.map((l) => l.montants[i]));
