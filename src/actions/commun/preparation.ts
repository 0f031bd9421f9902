/**
 * Le motif « préparer, puis appliquer » des actions du volet qui génèrent des feuilles : l'action lit et valide tout,
 * rend un plan de modifications avec son résumé en français et la liste des feuilles existantes qu'il remplacerait ;
 * le module montre le résumé, demande confirmation s'il y a des feuilles à remplacer, puis applique le plan en un lot.
 */
import type Decimal from "decimal.js";
import { enFrancais, versNombre } from "../../core/argent";
import { versSerie, type Jour } from "../../core/dates";
import { versErreurAgora } from "../../core/erreurs";
import type { Cellule, Classeur, Modification } from "../../classeur/port";

export interface Preparation {
  /** Le plan, à appliquer en un seul lot. */
  plan: Modification[];
  /** Ce que fera le plan, une phrase par feuille : « Feuille « Plans d'amortissement » : 5 plans et un récapitulatif. » */
  resume: string[];
  /** Feuilles qui existent déjà et que le plan remplace : l'utilisateur doit le confirmer. */
  remplacees: string[];
  /** Avertissements qui n'empêchent pas de générer (trésorerie négative, bien entièrement amorti…). */
  alertes: string[];
}

export type IssuePreparation = { etat: "pret"; preparation: Preparation } | { etat: "erreur"; message: string };

/** Exécute une préparation ; toute erreur devient un message français (jamais d'exception vers le volet). */
export async function preparer(f: () => Promise<Preparation>): Promise<IssuePreparation> {
  try {
    return { etat: "pret", preparation: await f() };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}

const INTERDITS = /[:\\/?*[\]]/g;
const LONGUEUR_NOM_FEUILLE = 31;

/**
 * Nom de feuille acceptable par Excel : caractères interdits ôtés, 31 caractères au plus (« … » si coupé) ;
 * le `suffixe` (« (2) ») est toujours gardé entier.
 */
export function nomFeuille(nom: string, suffixe = ""): string {
  const propre = nom.replace(INTERDITS, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  const place = LONGUEUR_NOM_FEUILLE - suffixe.length;
  if (propre.length <= place) return `${propre}${suffixe}`;
  return `${propre.slice(0, place - 1).trimEnd()}…${suffixe}`;
}

/** Les feuilles générées par une action : créées, ou remplacées si elles existent (à confirmer). */
export class FeuillesGenerees {
  readonly remplacees: string[] = [];
  private readonly existantes: Map<string, string>;
  private premiere = true;

  constructor(nomsExistants: readonly string[]) {
    this.existantes = new Map(nomsExistants.map((n) => [n.toLowerCase(), n]));
  }

  static async du(classeur: Classeur): Promise<FeuillesGenerees> {
    return new FeuillesGenerees(await classeur.nomsFeuilles());
  }

  existe(nom: string): boolean {
    return this.existantes.has(nom.toLowerCase());
  }

  /** La modification qui crée (ou vide) la feuille ; la première feuille du plan devient la feuille active. */
  feuille(nom: string): Modification {
    const existante = this.existantes.get(nom.toLowerCase());
    if (existante) this.remplacees.push(existante);
    const m: Modification = { type: "feuille", nom, remplacer: existante !== undefined, ...(this.premiere ? { activer: true } : {}) };
    this.premiere = false;
    return m;
  }
}

/** Le début d'une feuille générée : la feuille (créée, ou remplacée si elle existe), son titre en A1, puis une note par ligne. */
export function feuilleTitree(feuilles: FeuillesGenerees, nom: string, titre: string, ...notes: string[]): Modification[] {
  return [feuilles.feuille(nom), { type: "valeurs", feuille: nom, adresse: "A1", valeurs: [[titre], ...notes.map((n) => [n])] }];
}

/** Phrase du résumé : « Feuille « X » : contenu. », « Feuille « X » (remplace l'existante) : contenu. » */
export function phraseFeuille(feuilles: FeuillesGenerees, nom: string, contenu: string): string {
  return `Feuille « ${nom} »${feuilles.existe(nom) ? " (remplace l'existante)" : ""} : ${contenu}.`;
}

/** Cellule d'un montant (null si absent). */
export const cellMontant = (d: Decimal | undefined): Cellule => (d === undefined ? null : versNombre(d));

/** Cellule d'une date (numéro de série, à formater « jj/mm/aaaa »). */
export const cellDate = (j: Jour | undefined): Cellule => (j === undefined ? null : versSerie(j));

/** Grille de formats de la taille de `valeurs`, une même valeur par colonne (« » : pas de format). */
export function formatsParColonne(valeurs: readonly (readonly Cellule[])[], parColonne: readonly string[]): string[][] {
  return valeurs.map((l) => l.map((_, j) => parColonne[j] ?? ""));
}

/** « 5 biens », « 1 bien » : un nombre et son nom, accordé. */
export function compte(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${enFrancais(n)} ${n > 1 ? pluriel : singulier}`;
}
