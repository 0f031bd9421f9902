/**
 * Les types de l'import d'une extraction de PGI (exports-pgi.md) : formats reconnus, disposition des colonnes,
 * erreurs qui nomment ligne et colonne, résultat « tout ou rien » (des lignes, ou toutes les erreurs et aucune ligne).
 */
import type { ChampJournal } from "../compta/colonnes";
import type { LigneEcriture } from "../compta/ecriture";
import type { InfoEncodage, NomEncodage } from "../encodage";

/** Les formats d'écritures comptables que l'import sait lire. */
export type FormatImport = "fec" | "odoo" | "dolibarr" | "ebp" | "sage" | "csv";

export const FORMATS_IMPORT: readonly FormatImport[] = ["fec", "odoo", "dolibarr", "ebp", "sage", "csv"];

/** Formats de date d'une colonne (exports-pgi.md § 7.4) ; « auto » déduit le format des valeurs du fichier. */
export type FormatDate = "auto" | "JJ/MM/AAAA" | "MM/JJ/AAAA" | "AAAA-MM-JJ" | "AAAAMMJJ" | "JJMMAAAA" | "JJMMAA";

export const FORMATS_DATE: readonly FormatDate[] = ["auto", "JJ/MM/AAAA", "MM/JJ/AAAA", "AAAA-MM-JJ", "AAAAMMJJ", "JJMMAAAA", "JJMMAA"];

/**
 * Sens des montants : deux colonnes Débit et Crédit ; une colonne Montant et une colonne Sens (D/C, +1/−1) ;
 * ou un montant signé (positif = débit, négatif = crédit).
 */
export type SensMontants = "debit-credit" | "montant-sens" | "signe";

/** Une valeur lue dans le fichier : texte d'un CSV, ou nombre / vide d'une cellule de classeur (dates en numéro de série). */
export type ValeurSource = string | number | null;

/** Un enregistrement (ligne logique) et le numéro de sa première ligne physique (à partir de 1). */
export interface Enregistrement {
  ligne: number;
  champs: ValeurSource[];
}

/** Où trouver chaque champ d'une ligne d'écriture dans les enregistrements, et comment lire les valeurs. */
export interface Disposition {
  /** Index (à partir de 0) de la colonne de chaque champ. */
  colonnes: Partial<Record<ChampJournal, number>>;
  /** Les en-têtes lus (pour nommer une colonne dans un message) ; absents pour un fichier sans en-tête. */
  entetes?: string[];
  /** Nombre d'enregistrements à sauter avant les données (titres et ligne d'en-tête). */
  sauter: number;
  formatDate: FormatDate;
  montants: SensMontants;
  /** « colonne » : N° d'écriture (ou, à défaut, pièce) lu ; « equilibre » : numéros attribués (voir convertir.ts). */
  numerotation: "colonne" | "equilibre";
  /** Séparateur décimal attendu, quand le format le fixe : lève l'ambiguïté de « 1.234 ». */
  decimale?: "," | ".";
  /** La colonne Compte porte aussi l'intitulé (« 411100 Clients », nom d'affichage d'Odoo). */
  compteAvecLibelle?: boolean;
}

/** Une erreur d'import : la ligne du fichier (0 = le fichier entier), la colonne si elle est connue, un message français. */
export interface ErreurImport {
  ligne: number;
  colonne?: string;
  message: string;
}

/** Une colonne reconnue : le champ du journal, son nom français, l'en-tête source (ou « colonne 3 »). */
export interface ColonneReconnue {
  champ: ChampJournal;
  nom: string;
  source: string;
  index: number;
}

/** Le format reconnu (par l'en-tête ou la forme des premières lignes) et pourquoi. */
export interface Reconnaissance {
  format: FormatImport | "cfonb";
  /** Variante précise : « FEC (tabulation) », « CSV générique d'Akretion (sans en-tête) »… */
  libelle: string;
  /** Ce qui a permis de reconnaître le format, en français. */
  raison: string;
}

/** Suivi d'avancement et annulation (un AbortSignal convient : seul `aborted` est lu). */
export interface OptionsSuivi {
  progres?: (fraction: number, libelle: string) => void;
  signal?: { readonly aborted: boolean };
}

export interface OptionsImport extends OptionsSuivi {
  /** Format imposé ; par défaut (ou « auto ») il est reconnu. */
  format?: FormatImport | "auto";
  /** Encodage imposé ; par défaut il est détecté (exports-pgi.md § 7.1). */
  encodage?: NomEncodage;
  /** Correspondance de colonnes enregistrée (JSON déjà analysé) : import paramétrable. */
  correspondance?: unknown;
  /** Nombre d'erreurs gardées au plus (les suivantes sont comptées). 10 000 par défaut. */
  limiteErreurs?: number;
  /** Nombre d'enregistrements gardés pour l'aperçu. 10 par défaut. */
  lignesApercu?: number;
}

export interface ResultatImport {
  /** Faux dès qu'il y a une erreur : aucune ligne n'est rendue (tout ou rien). */
  ok: boolean;
  /** Format reconnu (undefined si rien n'a été reconnu). */
  reconnaissance?: Reconnaissance;
  encodage?: InfoEncodage;
  /** Séparateur de champs (« ; », « , », tabulation, « | ») ; absent pour un format à largeur fixe ou un classeur. */
  separateur?: string;
  colonnes: ColonneReconnue[];
  /** Les premiers enregistrements tels qu'ils sont dans le fichier (en-tête comprise), pour l'aperçu. */
  apercu: string[][];
  /** Les lignes d'écriture, dans l'ordre du fichier (vide si `ok` est faux). */
  lignes: LigneEcriture[];
  erreurs: ErreurImport[];
  /** Nombre total d'erreurs (peut dépasser la longueur de `erreurs`, plafonnée). */
  nombreErreurs: number;
  /** Remarques qui ne bloquent pas l'import (montant négatif passé dans l'autre colonne, date ambiguë…). */
  remarques: string[];
  /** L'utilisateur a annulé : ni lignes ni erreurs. */
  annule?: boolean;
}

/** Libellé d'un séparateur dans un message. */
export function nomSeparateur(s: string | undefined): string {
  if (s === undefined) return "aucun (largeur fixe)";
  if (s === "\t") return "tabulation";
  if (s === ";") return "point-virgule (;)";
  if (s === ",") return "virgule (,)";
  if (s === "|") return "barre verticale (|)";
  return `« ${s} »`;
}
