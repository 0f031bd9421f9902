/**
 * Le port « classeur » : ce que les actions et le volet demandent à un classeur, quel que soit l'hôte.
 * Adaptateurs : office/ (Office.js dans Excel), fichier/ (ExcelJS, .xlsx), memoire/ (tests), apercu/ (HyperFormula).
 * Une action lit, valide, puis rend un plan de modifications ; l'adaptateur l'applique en un seul lot.
 * Les formules du plan sont en syntaxe invariante (anglaise) : « =AGORA.TTC(100,0.2) », « =ROUND(A1,2) ».
 */
export type Cellule = string | number | boolean | null;

/**
 * Un texte venu des données (libellé importé, saisie relue) : écrit comme texte, jamais comme formule. Un texte qui
 * commence par « = » serait une formule pour le port (et pour Excel : « =LIEN_HYPERTEXTE(…) » dans un libellé
 * importé deviendrait actif) ; il reçoit une apostrophe visible, comme dans un CSV neutralisé (règle OWASP).
 */
export const texteDonnee = (s: string | undefined | null): Cellule => (!s ? null : s.startsWith("=") ? `'${s}` : s);

export interface Plage {
  feuille: string;
  /** Adresse A1 sans la feuille : « B3 » ou « B3:D10 ». */
  adresse: string;
  lignes: number;
  colonnes: number;
}

/** Contenu d'une plage : valeurs calculées et formules (invariantes ; "" quand la cellule n'en a pas). */
export interface Grille {
  plage: Plage;
  valeurs: Cellule[][];
  formules: string[][];
}

export interface Table {
  nom: string;
  feuille: string;
  entetes: string[];
  lignes: Cellule[][];
}

/** Formats de nombre invariants (codes anglais) : Excel les affiche avec les séparateurs de l'utilisateur. */
export const FORMATS = {
  euros: '#,##0.00 "€"',
  nombre: "#,##0.00",
  date: "dd/mm/yyyy",
  pourcentage: "0.00%",
  entier: "0",
  texte: "@",
} as const;

export type Modification =
  /** Crée une feuille ; si elle existe : erreur, sauf `remplacer` (feuille générée par Agora, régénérée). */
  | { type: "feuille"; nom: string; remplacer: boolean; activer?: boolean }
  /** Écrit des valeurs ou des formules (texte commençant par « = ») dans une plage, avec des formats facultatifs. */
  | { type: "valeurs"; feuille: string; adresse: string; valeurs: Cellule[][]; formats?: string[][] }
  /** Écrit une formule dans une cellule (insertion depuis le catalogue). */
  | { type: "formule"; feuille: string; adresse: string; formule: string; format?: string; selectionner?: boolean }
  /** Crée un tableau Excel (ListObject) à partir de la cellule `adresse`. */
  | {
      type: "table";
      feuille: string;
      nom: string;
      adresse: string;
      entetes: string[];
      lignes: Cellule[][];
      /** Format par nom de colonne. */
      formats?: Record<string, string>;
    }
  /** Nom défini (« TauxTVA ») vers une plage ou une formule. */
  | { type: "nom"; nom: string; reference: string; commentaire?: string }
  /** Liste déroulante de validation sur une plage. */
  | { type: "validation"; feuille: string; adresse: string; liste: string[] | { source: string }; message?: string }
  /** Mise en forme conditionnelle par formule (invariante, relative à la première cellule). */
  | { type: "mise-en-forme"; feuille: string; adresse: string; formule: string; remplissage: string; police?: string }
  /** Graphique natif (pas dans les fichiers écrits par ExcelJS) ; `courbes` : séries (index à partir de 0) tracées en courbe sur un graphique en colonnes. */
  | {
      type: "graphique";
      feuille: string;
      source: string;
      genre: "colonnes" | "courbe" | "secteurs" | "barres";
      titre: string;
      position?: string;
      courbes?: readonly number[];
    };

export interface Progres {
  /** Fraction faite entre 0 et 1, avec un libellé en français. */
  avancer(fraction: number, libelle?: string): void;
  /** Vrai si l'utilisateur a demandé l'annulation. */
  readonly annule: boolean;
}

export interface Classeur {
  /** Plage sélectionnée par l'utilisateur. */
  selection(): Promise<Plage>;
  /** Valeurs et formules d'une plage (« Feuil1!A1:C3 ») ou de la partie utilisée d'une feuille (nom seul). */
  lirePlage(feuille: string, adresse?: string): Promise<Grille>;
  lireTable(nom: string): Promise<Table | undefined>;
  nomsFeuilles(): Promise<string[]>;
  /** Sélectionne une plage (« A12:L12 ») de la feuille et l'affiche (Atteindre, F5 d'Excel) : rien n'est modifié. */
  atteindre(feuille: string, adresse: string): Promise<void>;
  /** Applique tout le plan, en un lot : rien n'est écrit si une modification est impossible. */
  appliquer(plan: readonly Modification[], progres?: Progres): Promise<void>;
}
