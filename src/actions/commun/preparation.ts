/**
 * Le motif « préparer, puis appliquer » des actions du volet qui génèrent des feuilles : l'action lit et valide tout,
 * rend un plan de modifications avec son résumé en français et la liste des feuilles existantes qu'il remplacerait ;
 * le module montre le résumé, demande confirmation s'il y a des feuilles à remplacer, puis applique le plan en un lot
 * (`appliquerPreparation` : sans la confirmation, il refuse et rien n'est écrit).
 */
import type Decimal from "decimal.js";
import { enFrancais, versNombre } from "../../core/argent";
import { versSerie, type Jour } from "../../core/dates";
import { versErreurAgora } from "../../core/erreurs";
import type { Cellule, Classeur, Modification, Progres } from "../../classeur/port";

/** Une remarque sur ce qui a été lu : le message, et la cellule à retrouver s'il y en a une. */
export interface Remarque {
  /** « Journal!F12 », « 'Journal structuré'!A5:L6 ». */
  cellule?: string;
  message: string;
}

/** Ce qu'une action a lu d'un journal : lignes d'écriture, écritures distinctes, feuille et plage lues. */
export interface Lecture {
  lignes: number;
  ecritures: number;
  feuille: string;
  zone: string;
}

export interface Preparation {
  /** Ce que l'action va faire, en une phrase : « Créer la feuille « Balance »… ». */
  titre?: string;
  /** Le plan, à appliquer en un seul lot. */
  plan: Modification[];
  /** Ce que fera le plan, une ligne par point : « Feuille « Plans d'amortissement » : 5 plans et un récapitulatif. » */
  resume: string[];
  /** Feuilles qui existent déjà et que le plan remplace (vidées puis réécrites) : l'utilisateur doit le confirmer. */
  remplacees: string[];
  /** Feuilles créées ou remplacées, dans l'ordre. */
  feuilles?: string[];
  /** Ce qui a été lu (actions qui lisent un journal). */
  lecture?: Lecture;
  /**
   * Remarques qui n'empêchent pas de générer : trésorerie négative, bien entièrement amorti, écritures déséquilibrées,
   * lignes de total ignorées…
   */
  remarques: Remarque[];
  /** Message affiché une fois le plan appliqué (par défaut, le résumé). */
  succes?: string;
  /**
   * Question posée avant d'appliquer un plan qui écrit dans un tableau de l'utilisateur (le lettrage écrit dans le
   * tableau Journal) : sans la confirmation, `appliquerPreparation` refuse et rien n'est écrit.
   */
  confirmation?: { titre: string; message: string; bouton: string };
}

export type IssuePreparation = { ok: true; preparation: Preparation } | { ok: false; message: string; anomalies: Remarque[]; lecture?: Lecture };

export type IssueApplication = { ok: true; message: string } | { ok: false; message: string };

/** Refus d'une préparation : l'erreur devient un message français, sans anomalie listée. */
export function echec(e: unknown): IssuePreparation {
  return { ok: false, message: versErreurAgora(e).message, anomalies: [] };
}

/** Exécute une préparation ; toute erreur devient un message français (jamais d'exception vers le volet). */
export async function preparer(f: () => Promise<Preparation>): Promise<IssuePreparation> {
  try {
    return { ok: true, preparation: await f() };
  } catch (e) {
    return echec(e);
  }
}

/** Des remarques sans cellule, une par texte. */
export const enRemarques = (textes: readonly string[]): Remarque[] => textes.map((message) => ({ message }));

const cle = (nom: string): string => nom.toLowerCase();

/** Nom exact des feuilles générées qui existent déjà. */
export function feuillesExistantes(noms: readonly string[], generees: readonly string[]): string[] {
  return generees.flatMap((g) => noms.filter((n) => cle(n) === cle(g)));
}

/**
 * Refus si un tableau que le plan va créer existe déjà ailleurs que sur une feuille remplacée
 * (une balance générée puis renommée, un tableau « Journal » fait à la main).
 */
export async function conflitsDeTables(classeur: Classeur, tables: readonly string[], remplacees: readonly string[]): Promise<string | undefined> {
  for (const nom of tables) {
    const t = await classeur.lireTable(nom);
    if (t && !remplacees.some((f) => cle(f) === cle(t.feuille))) {
      return `Le classeur contient déjà un tableau nommé « ${t.nom} », dans la feuille « ${t.feuille} » : renommez ce tableau (onglet Création de tableau › Nom du tableau) ou supprimez cette feuille, puis recommencez.`;
    }
  }
  return undefined;
}

/**
 * Applique le plan préparé, en un lot. Si des feuilles générées existent déjà (ou si la préparation pose une
 * question), `confirme` doit être vrai : elles sont alors vidées puis réécrites (régénération à l'identique).
 */
export async function appliquerPreparation(classeur: Classeur, p: Preparation, options: { confirme?: boolean; progres?: Progres } = {}): Promise<IssueApplication> {
  if (p.remplacees.length && !options.confirme) {
    const noms = p.remplacees.map((f) => `« ${f} »`).join(", ");
    return { ok: false, message: `${p.remplacees.length > 1 ? "Les feuilles" : "La feuille"} ${noms} ${p.remplacees.length > 1 ? "existent" : "existe"} déjà : confirmez le remplacement pour continuer. Rien n'a été modifié.` };
  }
  if (p.confirmation && !options.confirme) return { ok: false, message: `${p.confirmation.titre} Confirmez pour continuer. Rien n'a été modifié.` };
  const remplacer = new Set(p.remplacees.map(cle));
  const plan = p.plan.map((m): Modification => (m.type === "feuille" && remplacer.has(cle(m.nom)) ? { ...m, remplacer: true } : m));
  try {
    await classeur.appliquer(plan, options.progres);
    return { ok: true, message: p.succes ?? p.resume.join(" ") };
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message };
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

/** « 5 biens », « 1 bien », « 1 234 lignes » : un nombre (espace fine insécable pour les milliers) et son nom, accordé. */
export function compte(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${enFrancais(n)} ${n > 1 ? pluriel : singulier}`;
}
