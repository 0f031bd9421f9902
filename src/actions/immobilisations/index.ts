/**
 * Module « Immobilisations » du volet : à partir du registre des immobilisations, la feuille des plans
 * d'amortissement et celle des dotations de l'exercice (écritures 6811 / 28…) ; la cession d'un bien.
 * Préparer (lire, valider, calculer, rendre le plan de modifications), puis appliquer : rien n'est écrit avant.
 */
import type { Jour } from "../../core/dates";
import { creerCloture, type Cloture } from "../../core/immobilisations";
import { versErreurAgora } from "../../core/erreurs";
import type { Classeur } from "../../classeur/port";
import { FeuillesGenerees, preparer, type IssuePreparation } from "../commun/preparation";
import type { Source } from "../commun/source";
import { feuilleDeCession, type DemandeCession } from "./cession";
import { feuilleDesDotations } from "./dotations";
import { feuillePlans } from "./plans";
import { lireRegistre } from "./registre";

export { COLONNES_REGISTRE, lireRegistre, type BienRegistre, type Registre } from "./registre";
export { FEUILLE_PLANS, situationAu } from "./plans";
export { feuilleDotations, lignesDotations } from "./dotations";
export { calculerCession, feuilleCession, type DemandeCession } from "./cession";
export { compteAmortissement, lireCompteImmobilisation } from "./comptes";

export interface OptionsAmortissements {
  source: Source;
  /** Date de clôture de l'exercice choisi : son jour et son mois fixent la clôture de tous les exercices. */
  cloture: Jour;
}

export const clotureDe = (j: Jour): Cloture => creerCloture(j.jour, j.mois, "Date de clôture");

/** Les plans d'amortissement de tous les biens et les dotations de l'exercice clos à la date donnée. */
export function preparerAmortissements(classeur: Classeur, options: OptionsAmortissements): Promise<IssuePreparation> {
  return preparer(async () => {
    const registre = await lireRegistre(classeur, options.source, clotureDe(options.cloture));
    const feuilles = await FeuillesGenerees.du(classeur);
    const plans = feuillePlans(registre, options.cloture, feuilles);
    const dotations = feuilleDesDotations(registre, options.cloture, feuilles);
    const avecDotations = "modifs" in dotations;
    return {
      plan: [...plans.modifs, ...(avecDotations ? dotations.modifs : [])],
      resume: [plans.resume, ...(avecDotations ? [dotations.resume] : [])],
      remplacees: feuilles.remplacees,
      remarques: avecDotations ? [] : [{ message: dotations.raison }],
    };
  });
}

export interface BienListe {
  rang: number;
  designation: string;
}

export type IssueListe = { etat: "ok"; feuille: string; biens: BienListe[] } | { etat: "erreur"; message: string };

/** Les biens du registre, pour choisir celui qu'on cède. */
export async function listerBiens(classeur: Classeur, source: Source, cloture: Jour): Promise<IssueListe> {
  try {
    const registre = await lireRegistre(classeur, source, clotureDe(cloture));
    return { etat: "ok", feuille: registre.tableau.feuille, biens: registre.biens.map((b) => ({ rang: b.rang, designation: b.designation })) };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}

export interface OptionsCession extends DemandeCession {
  source: Source;
  /** Une date de clôture d'exercice (seuls le jour et le mois comptent). */
  cloture: Jour;
}

/** La feuille de cession d'un bien : calcul et écritures (comptabilite.md § 9.4). */
export function preparerCession(classeur: Classeur, options: OptionsCession): Promise<IssuePreparation> {
  return preparer(async () => {
    const registre = await lireRegistre(classeur, options.source, clotureDe(options.cloture));
    const feuilles = await FeuillesGenerees.du(classeur);
    const { modifs, resume } = feuilleDeCession(registre, options, feuilles);
    return { plan: modifs, resume: [resume], remplacees: feuilles.remplacees, remarques: [] };
  });
}
