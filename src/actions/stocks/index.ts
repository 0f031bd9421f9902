/**
 * Module « Stocks » du volet : à partir du tableau des mouvements de stock, une fiche de stock par article
 * (CUMP après chaque entrée, CUMP de période ou PEPS) avec la courbe du stock et la ligne du stock d'alerte.
 * Préparer (lire, valider, calculer, rendre le plan de modifications), puis appliquer : rien n'est écrit avant.
 */
import type Decimal from "decimal.js";
import { erreurValeur, versErreurAgora } from "../../core/erreurs";
import type { MethodeStock } from "../../core/stocks";
import type { Classeur, Modification } from "../../classeur/port";
import { FeuillesGenerees, preparer, type IssuePreparation, type Remarque } from "../commun/preparation";
import type { Source } from "../commun/source";
import { feuilleDeFiche, feuilleFiche, tableFiche } from "./fiches";
import { lireMouvementsStock } from "./mouvements";

export { COLONNES_MOUVEMENTS, lireMouvementsStock, type ArticleStock } from "./mouvements";
export { METHODES, calculerFiche, feuilleFiche, niveaux } from "./fiches";

export interface OptionsFiches {
  source: Source;
  methode: MethodeStock;
  /** Un article (son code), ou tous. */
  article?: string;
  /** Stock d'alerte en unités, calculé par AGORA.STOCK.ALERTE dans le formulaire. */
  alerte?: Decimal;
}

/** Les fiches de stock : une feuille par article choisi. */
export function preparerFichesStock(classeur: Classeur, options: OptionsFiches): Promise<IssuePreparation> {
  return preparer(async () => {
    const { tableau, articles } = await lireMouvementsStock(classeur, options.source);
    const choisis = options.article === undefined ? articles : articles.filter((a) => a.article === options.article);
    if (choisis.length === 0) {
      throw erreurValeur(
        `L'article « ${options.article} » n'a aucun mouvement dans la feuille « ${tableau.feuille} » (articles lus : ${articles.map((a) => a.article).join(", ")}).`,
      );
    }
    const feuilles = await FeuillesGenerees.du(classeur);
    const plan: Modification[] = [];
    const resume: string[] = [];
    const remarques: Remarque[] = [];
    const pris = new Set<string>();
    const tables = new Set<string>();
    for (const a of choisis) {
      // Deux codes qui donnent le même nom de feuille (coupé à 31 caractères) ou de tableau (« P-013 », « P_013 ») : le second est numéroté.
      let nom = feuilleFiche(a.article);
      for (let i = 2; pris.has(nom.toLowerCase()); i++) nom = feuilleFiche(a.article, i);
      pris.add(nom.toLowerCase());
      let table = tableFiche(a.article);
      for (let i = 2; tables.has(table.toLowerCase()); i++) table = `${tableFiche(a.article)}_${i}`;
      tables.add(table.toLowerCase());
      const f = feuilleDeFiche(a, nom, { methode: options.methode, alerte: options.alerte, feuilleSource: tableau.feuille, table }, feuilles);
      plan.push(...f.modifs);
      resume.push(f.resume);
      if (f.alerte) remarques.push({ message: f.alerte });
    }
    return { plan, resume, remplacees: feuilles.remplacees, remarques };
  });
}

export type IssueArticles = { etat: "ok"; feuille: string; articles: { article: string; nom?: string }[] } | { etat: "erreur"; message: string };

/** Les articles du tableau des mouvements, pour le formulaire. */
export async function listerArticles(classeur: Classeur, source: Source): Promise<IssueArticles> {
  try {
    const { tableau, articles } = await lireMouvementsStock(classeur, source);
    return { etat: "ok", feuille: tableau.feuille, articles: articles.map((a) => ({ article: a.article, ...(a.nom ? { nom: a.nom } : {}) })) };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}
