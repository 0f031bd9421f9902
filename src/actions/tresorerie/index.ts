/**
 * Module « Trésorerie » du volet : la feuille « Budget de trésorerie » (comptabilite.md § 8) avec son graphique et
 * l'alerte des mois négatifs, à partir de l'un de deux tableaux, reconnu à ses en-têtes :
 * - les opérations prévues (ventes et achats HT avec TVA et conditions de règlement, règlements directs) : le budget
 *   échelonne les règlements, calcule la TVA du mois payée le mois suivant, et donne ce qui reste dû en fin de période ;
 * - les prévisions mois par mois (une ligne par encaissement ou décaissement, une colonne par mois, montants TTC).
 * Préparer (lire, valider, calculer, rendre le plan de modifications), puis appliquer : rien n'est écrit avant.
 */
import type Decimal from "decimal.js";
import { erreurValeur } from "../../core/erreurs";
import type { Classeur } from "../../classeur/port";
import { FeuillesGenerees, preparer, type IssuePreparation } from "../commun/preparation";
import { lireSource, type Source } from "../commun/source";
import { budgetDepuisOperations } from "../../core/tresorerie";
import { feuilleBudget, type Complement, type DonneesBudget } from "./budget";
import { COLONNES_OPERATIONS, operationsDe } from "./operations";
import { complementsOperations, donneesOperations } from "./budget-operations";
import { previsionsDe } from "./previsions";

export { COLONNES_PREVISIONS, lirePrevisions, type Previsions } from "./previsions";
export { COLONNES_OPERATIONS, lireOperations, NATURES_ACCEPTEES } from "./operations";
export { FEUILLE_BUDGET, LIBELLES_BUDGET, alerteNegative, calculerBudget } from "./budget";

export interface OptionsBudget {
  source: Source;
  /** Trésorerie au début du premier mois ; sinon, la ligne « Trésorerie initiale » du tableau. */
  initiale?: Decimal;
}

/** Les colonnes lues d'abord : Nature et Libellé toujours ; Date et Montant HT désignent un tableau d'opérations. */
const COLONNES_TRESORERIE = COLONNES_OPERATIONS.map((c) => ({ ...c, obligatoire: c.champ === "nature" || c.champ === "libelle" }));

export function preparerBudget(classeur: Classeur, options: OptionsBudget): Promise<IssuePreparation> {
  return preparer(async () => {
    const tableau = await lireSource(classeur, options.source, COLONNES_TRESORERIE, "le tableau de trésorerie (opérations prévues ou prévisions mois par mois)");
    const avecOperations = tableau.colonnes.date !== undefined && tableau.colonnes.montant !== undefined;
    let donnees: DonneesBudget;
    let complements: Complement[] = [];
    let initialeLue: Decimal | undefined;
    if (avecOperations) {
      const operations = operationsDe(tableau);
      const budget = budgetDepuisOperations(operations.operations);
      donnees = donneesOperations(tableau, budget);
      complements = complementsOperations(budget);
      initialeLue = operations.initiale;
    } else {
      const previsions = previsionsDe(tableau);
      donnees = { ...previsions, origine: `Prévisions : feuille « ${tableau.feuille} » (${tableau.adresse}).` };
      initialeLue = previsions.initiale;
    }
    const initiale = options.initiale ?? initialeLue;
    if (initiale === undefined) {
      throw erreurValeur(
        `Indiquez la trésorerie au début de ${donnees.mois[0].toLowerCase()} (banque + caisse), dans le volet ou sur une ligne « Trésorerie initiale » du tableau (feuille « ${tableau.feuille} »).`,
      );
    }
    const feuilles = await FeuillesGenerees.du(classeur);
    const b = feuilleBudget(donnees, initiale, feuilles, complements);
    return { plan: b.modifs, resume: [b.resume], remplacees: feuilles.remplacees, remarques: b.alerte ? [{ message: b.alerte }] : [] };
  });
}
