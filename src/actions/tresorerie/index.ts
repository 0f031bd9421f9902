/**
 * Module « Trésorerie » du volet : à partir d'un tableau de prévisions mensuelles (encaissements et décaissements),
 * la feuille « Budget de trésorerie » (comptabilite.md § 8) avec son graphique et l'alerte des mois négatifs.
 * Préparer (lire, valider, calculer, rendre le plan de modifications), puis appliquer : rien n'est écrit avant.
 */
import type Decimal from "decimal.js";
import { erreurValeur } from "../../core/erreurs";
import type { Classeur } from "../../classeur/port";
import { FeuillesGenerees, preparer, type IssuePreparation } from "../commun/preparation";
import type { Source } from "../commun/source";
import { feuilleBudget } from "./budget";
import { lirePrevisions } from "./previsions";

export { COLONNES_PREVISIONS, lirePrevisions, type Previsions } from "./previsions";
export { FEUILLE_BUDGET, LIBELLES_BUDGET, alerteNegative, calculerBudget } from "./budget";

export interface OptionsBudget {
  source: Source;
  /** Trésorerie au début du premier mois ; sinon, la ligne « Trésorerie initiale » du tableau. */
  initiale?: Decimal;
}

export function preparerBudget(classeur: Classeur, options: OptionsBudget): Promise<IssuePreparation> {
  return preparer(async () => {
    const previsions = await lirePrevisions(classeur, options.source);
    const initiale = options.initiale ?? previsions.initiale;
    if (initiale === undefined) {
      throw erreurValeur(
        `Indiquez la trésorerie au début de ${previsions.mois[0].toLowerCase()} (banque + caisse), dans le volet ou sur une ligne « Trésorerie initiale » du tableau (feuille « ${previsions.tableau.feuille} »).`,
      );
    }
    const feuilles = await FeuillesGenerees.du(classeur);
    const b = feuilleBudget(previsions, initiale, feuilles);
    return { plan: b.modifs, resume: [b.resume], remplacees: feuilles.remplacees, alertes: b.alerte ? [b.alerte] : [] };
  });
}
