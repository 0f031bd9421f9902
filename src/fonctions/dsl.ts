/**
 * Le petit langage des descripteurs de fonctions : une fonction AGORA est définie une seule fois ici,
 * et cette définition nourrit Excel (functions.json + associate), HyperFormula, la CLI, le catalogue du volet,
 * le guide et la trace de calcul.
 */
import type Decimal from "decimal.js";
import type { Jour } from "../core/dates";
import { lireDate } from "../core/dates";
import { lireEntier, lireMontantPositif, lireNombre, lireTaux, lireTexte, estVide, type ValeurCellule } from "../core/nombres";
import type { Trace } from "../core/trace";

/** Nature d'un argument, telle que le catalogue et les hôtes la voient. */
export type NatureArgument = "montant" | "nombre" | "taux" | "entier" | "date" | "texte" | "plage" | "valeur";

export interface Argument<N extends string = string, T = unknown> {
  nom: N;
  description: string;
  nature: NatureArgument;
  facultatif: boolean;
  /** Valeur brute utilisée quand l'argument est omis ou vide (lue comme une saisie). */
  defaut?: ValeurCellule;
  /** Texte du catalogue pour la valeur par défaut : « 20 % », « net ». */
  defautAffiche?: string;
  repete: boolean;
  /** Lecture et contrôle de la valeur brute ; `champ` nomme l'argument dans les messages. */
  lire: (brut: unknown, champ: string) => T;
}

/** Plage d'une feuille : lignes de valeurs brutes. */
export type Matrice = ValeurCellule[][];

/** Ce qu'une cellule d'un résultat peut contenir avant d'être rendue à l'hôte. */
export type CelluleResultat = Decimal | Jour | number | string | boolean | null;

export type Resultat =
  | { genre: "nombre"; valeur: Decimal | number }
  | { genre: "date"; valeur: Jour }
  | { genre: "texte"; valeur: string }
  | { genre: "tableau"; valeur: CelluleResultat[][] };

export type GenreResultat = Resultat["genre"];

/** Présentation d'un résultat : format de la cellule à l'insertion, écriture dans les explications. */
export type FormatResultat = "euros" | "pourcentage" | "nombre" | "date" | "texte";

type ValeurDe<A> = A extends Argument<string, infer T> ? T : never;
export type ValeursArguments<A extends readonly Argument[]> = {
  [K in A[number] as K["nom"]]: ValeurDe<K>;
};

export interface Exemple {
  formule: string;
  /** Résultat attendu, tiré d'un exemple chiffré de la référence (jamais recopié de la sortie du code). */
  resultat: number | string | (number | string)[][];
  source?: string;
  /** Données de l'exemple, posées en A1 d'une feuille : la formule y fait référence (A2:E4…). */
  donnees?: ValeurCellule[][];
}

export interface Fonction<A extends readonly Argument[] = readonly Argument[]> {
  /** Nom sans l'espace de noms : « TTC », « TAUX.TVA ». C'est aussi l'identifiant Excel. */
  nom: string;
  categorie: Categorie;
  description: string;
  arguments: A;
  resultat: GenreResultat;
  /** Format de présentation du résultat (par défaut : nombre, ou date pour une date). */
  format?: FormatResultat;
  /** Pour un tableau : nombre maximal de lignes et de colonnes, selon la taille des arguments de type plage. */
  tailleMax?: (tailles: { lignes: number; colonnes: number }[]) => { lignes: number; colonnes: number };
  exemples: Exemple[];
  /** Texte d'aide plus long (guide), en français. */
  aide?: string;
  calcul: (valeurs: ValeursArguments<A>, trace: Trace) => Resultat;
}

export type Categorie = "TVA" | "Commercial" | "Gestion" | "Comptabilité" | "Immobilisations" | "Trésorerie" | "Stocks" | "Paie" | "Dates" | "Explication";

export function fonction<const A extends readonly Argument[]>(f: Fonction<A>): Fonction<A> {
  return f;
}

/* ---------- Constructeurs d'arguments ---------- */

function arg<N extends string, T>(nom: N, description: string, nature: NatureArgument, lire: (b: unknown, c: string) => T): Argument<N, T> {
  return { nom, description, nature, facultatif: false, repete: false, lire };
}

/** Montant positif ou nul, en euros. */
export const montant = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "montant", (b, c): Decimal => lireMontantPositif(b, c));

/** Nombre de signe quelconque. */
export const nombre = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "nombre", (b, c): Decimal => lireNombre(b, c));

/** Taux borné à 100 % : « 20 % », 0,2 ou 20. */
export const taux = <N extends string>(nom: N, description: string, options: { centAutorise?: boolean } = {}) =>
  arg(nom, description, "taux", (b, c): Decimal => lireTaux(b, c, { borne: true, ...options }));

/** Taux non borné (taux de marge) : un nombre est toujours une fraction, 1,5 = 150 %. */
export const tauxLibre = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "taux", (b, c): Decimal => lireTaux(b, c, { borne: false }));

export const entier = <N extends string>(nom: N, description: string, min?: number) =>
  arg(nom, description, "entier", (b, c): number => lireEntier(b, c, min));

export const date = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "date", (b, c): Jour => lireDate(b, c));

export const texte = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "texte", (b, c): string => lireTexte(b, c));

/** Plage de cellules (une valeur seule devient une plage d'une cellule). */
export const plage = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "plage", (b): Matrice => (Array.isArray(b) ? (b as Matrice) : [[b as ValeurCellule]]));

/** Valeur quelconque, transmise telle quelle (nombre, texte ou plage). */
export const valeur = <N extends string>(nom: N, description: string) =>
  arg(nom, description, "valeur", (b): unknown => b);

/** Argument facultatif ; sans `defaut`, sa valeur est `undefined` quand il est omis ou vide. */
export function facultatif<N extends string, T>(a: Argument<N, T>): Argument<N, T | undefined>;
export function facultatif<N extends string, T>(a: Argument<N, T>, defaut: ValeurCellule, defautAffiche?: string): Argument<N, T>;
export function facultatif<N extends string, T>(a: Argument<N, T>, defaut?: ValeurCellule, defautAffiche?: string): Argument<N, T | undefined> {
  return {
    ...a,
    facultatif: true,
    defaut,
    defautAffiche: defautAffiche ?? (defaut === undefined ? undefined : String(defaut)),
    lire: (b, c) => (estVide(b) ? (defaut === undefined ? undefined : a.lire(defaut, c)) : a.lire(b, c)),
  };
}

/** Dernier argument répétable (0, 1 ou plusieurs valeurs). */
export function repete<N extends string, T>(a: Argument<N, T>): Argument<N, T[]> {
  return {
    ...a,
    facultatif: true,
    repete: true,
    lire: (b, c) => (b as unknown[]).map((x, i) => a.lire(x, `${c} ${i + 1}`)),
  };
}

/* ---------- Constructeurs de résultats ---------- */

export const resultatNombre = (valeur: Decimal | number): Resultat => ({ genre: "nombre", valeur });
export const resultatDate = (valeur: Jour): Resultat => ({ genre: "date", valeur });
export const resultatTexte = (valeur: string): Resultat => ({ genre: "texte", valeur });
export const resultatTableau = (valeur: CelluleResultat[][]): Resultat => ({ genre: "tableau", valeur });
