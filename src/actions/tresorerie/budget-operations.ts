/**
 * Du budget calculé sur les opérations prévues (noyau, budgetDepuisOperations) à la feuille : les lignes du budget,
 * le tableau de la TVA du mois (collectée, déductible, crédit reporté, due et payée le mois suivant) et ce qui reste
 * dû en fin de période (créances clients, dettes fournisseurs, TVA), postes du bilan prévisionnel.
 */
import type Decimal from "decimal.js";
import { moisFr, type BudgetOperations } from "../../core/tresorerie";
import type { Cellule } from "../../classeur/port";
import { cellMontant } from "../commun/preparation";
import type { TableauSource } from "../commun/source";
import type { Complement, DonneesBudget } from "./budget";
import type { ChampOperation } from "./operations";

const majuscule = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function donneesOperations(tableau: TableauSource<ChampOperation>, b: BudgetOperations): DonneesBudget {
  return {
    origine:
      `Opérations prévues : feuille « ${tableau.feuille} » (${tableau.adresse}). Ventes et achats TTC = HT + TVA, réglés selon leurs conditions ; ` +
      "TVA du mois = collectée − déductible, payée le mois suivant.",
    mois: b.mois.map((m) => majuscule(moisFr(m))),
    encaissements: b.encaissements,
    decaissements: b.decaissements,
  };
}

export function complementsOperations(b: BudgetOperations): Complement[] {
  const mois = b.mois.map((m) => majuscule(moisFr(m)));
  const ligne = (libelle: string, montants: readonly Decimal[]): Cellule[] => [libelle, ...montants.map(cellMontant)];
  const t = b.tva;
  const avecCredit = t.creditAnterieur.some((c) => !c.isZero());
  const dernier = mois[mois.length - 1].toLowerCase();
  const fin: Cellule[][] = [
    ["Créances clients (ventes encaissées plus tard)", cellMontant(b.fin.creances)],
    ["Dettes fournisseurs (achats payés plus tard)", cellMontant(b.fin.dettes)],
    [`TVA à décaisser (TVA de ${dernier})`, cellMontant(b.fin.tvaADecaisser)],
    ...(b.fin.creditTva.isZero() ? [] : [["Crédit de TVA à reporter", cellMontant(b.fin.creditTva)]]),
  ];
  return [
    {
      titre: "TVA du mois (payée le mois suivant)",
      entetes: ["TVA", ...mois],
      lignes: [
        ligne("TVA collectée (ventes)", t.collectee),
        ligne("TVA déductible (achats, investissements)", t.deductible),
        ...(avecCredit ? [ligne("Crédit de TVA du mois précédent", t.creditAnterieur)] : []),
        ligne("TVA due au titre du mois", t.due),
      ],
    },
    { titre: `Restant dû après ${dernier} (bilan prévisionnel)`, entetes: ["Poste", "Montant"], lignes: fin },
  ];
}
