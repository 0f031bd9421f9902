/**
 * Instantané d'un classeur : tout ce qu'un fichier .xlsx garde et que l'aperçu sait montrer, en données simples.
 * L'adaptateur ExcelJS lit et écrit des instantanés ; l'hôte d'aperçu s'en charge et en produit.
 * Formules : syntaxe invariante (anglaise) avec « = », références structurées sous la forme du fichier
 * (« TabV[[#This Row],[Qté]] », jamais « [@Qté] ») ; formats : codes invariants.
 */
import type { Cellule, Modification } from "../port";

export interface CelluleInstantane {
  ligne: number;
  colonne: number;
  /** Valeur saisie, ou dernier résultat connu d'une formule. */
  valeur: Cellule;
  /** Résultat en erreur d'une formule, libellé invariant (« #VALUE! »). */
  erreur?: string;
  formule?: string;
  format?: string;
  /** Plage occupée par le résultat renversé de la formule (« B2:B9 »), ancre comprise. */
  renversement?: string;
}

export interface FeuilleInstantane {
  nom: string;
  cellules: CelluleInstantane[];
  /** Largeur des colonnes en pixels, par index de colonne (à partir de 0). */
  largeurs: Record<number, number>;
}

export interface TableInstantane {
  nom: string;
  feuille: string;
  /** Plage complète, ligne d'en-têtes comprise (« A1:D11 »). */
  adresse: string;
  entetes: string[];
  formats: Record<string, string>;
}

export interface NomInstantane {
  nom: string;
  /** Référence ou formule invariante, avec « = ». */
  reference: string;
  commentaire?: string;
}

export interface ValidationInstantane {
  feuille: string;
  adresse: string;
  liste: string[] | { source: string };
  message?: string;
}

export interface MiseEnFormeInstantane {
  feuille: string;
  adresse: string;
  formule: string;
  remplissage: string;
  police?: string;
}

export type GraphiqueInstantane = Omit<Extract<Modification, { type: "graphique" }>, "type">;

export interface InstantaneClasseur {
  feuilles: FeuilleInstantane[];
  tables: TableInstantane[];
  noms: NomInstantane[];
  validations: ValidationInstantane[];
  misesEnForme: MiseEnFormeInstantane[];
  /** Les graphiques ne passent pas par ExcelJS (ni en lecture ni en écriture). */
  graphiques: GraphiqueInstantane[];
  /** Feuille active à l'ouverture. */
  active?: string;
}

/** Largeur par défaut d'une colonne d'Excel (8,43 caractères), en pixels. */
export const LARGEUR_COLONNE = 64;

/** Largeur ExcelJS (en caractères de la police standard) → pixels, et retour (formule d'Excel : 7 px par caractère + 5). */
export const caracteresVersPixels = (largeur: number): number => Math.round(largeur * 7 + 5);
export const pixelsVersCaracteres = (px: number): number => Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
