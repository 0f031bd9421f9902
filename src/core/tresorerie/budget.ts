/**
 * Budget de trésorerie (comptabilite.md § 8) : trésorerie fin M = trésorerie début M + encaissements M −
 * décaissements M ; trésorerie début M+1 = fin M. Un mois négatif est signalé (besoin de financement).
 */
import type Decimal from "decimal.js";
import { ZERO, montantFr, somme } from "../argent";
import { erreurValeur } from "../erreurs";
import { estVide, lireMontantPositif, type ValeurCellule } from "../nombres";
import { TRACE_MUETTE, type Trace } from "../trace";

export interface MoisBudget {
  /** Rang du mois : 1, 2, 3… */
  mois: number;
  encaissements: Decimal;
  decaissements: Decimal;
  /** Encaissements − décaissements du mois. */
  solde: Decimal;
  /** Trésorerie en fin de mois. */
  cumul: Decimal;
}

/**
 * Montants mensuels d'une plage : une ligne ou une colonne de totaux (un mois par cellule), ou un tableau détaillé
 * avec un mois par colonne, dont chaque colonne est additionnée. Cellule vide : 0.
 */
export function montantsParMois(plage: readonly (readonly ValeurCellule[])[], champ: string): Decimal[] {
  const grille = plage.map((ligne, i) =>
    ligne.map((v, j) => (estVide(v) ? ZERO : lireMontantPositif(v, plage.length === 1 && ligne.length === 1 ? champ : `${champ}, ligne ${i + 1}, colonne ${j + 1}`))),
  );
  const colonnes = Math.max(0, ...grille.map((l) => l.length));
  if (colonnes === 0) throw erreurValeur(`${champ} : la plage est vide.`);
  if (colonnes === 1) return grille.map((l) => l[0] ?? ZERO);
  return Array.from({ length: colonnes }, (_, j) => somme(grille.map((l) => l[j] ?? ZERO)));
}

export function budgetTresorerie(encaissements: Decimal[], decaissements: Decimal[], soldeInitial: Decimal, trace: Trace = TRACE_MUETTE): MoisBudget[] {
  if (encaissements.length !== decaissements.length) {
    throw erreurValeur(
      `encaissements, decaissements : ${encaissements.length} mois d'encaissements et ${decaissements.length} mois de décaissements ; les deux plages doivent couvrir les mêmes mois.`,
    );
  }
  trace.regle("Trésorerie fin du mois = trésorerie début + encaissements − décaissements ; la fin d'un mois est le début du suivant (comptabilite.md § 8).");
  let cumul = soldeInitial;
  const negatifs: number[] = [];
  const lignes = encaissements.map((enc, i): MoisBudget => {
    const dec = decaissements[i];
    const solde = enc.minus(dec);
    const debut = cumul;
    cumul = cumul.plus(solde);
    trace.etape(`Mois ${i + 1} : ${montantFr(debut)} + ${montantFr(enc)} − ${montantFr(dec)} = ${montantFr(cumul)}`);
    if (cumul.isNeg()) negatifs.push(i + 1);
    return { mois: i + 1, encaissements: enc, decaissements: dec, solde, cumul };
  });
  if (negatifs.length) {
    trace.alerte(
      `trésorerie négative en fin de mois ${negatifs.join(", ")} : besoin de financement (découvert, emprunt, négociation des délais de paiement).`,
    );
  }
  return lignes;
}
