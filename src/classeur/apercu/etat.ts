/**
 * Ce que l'hôte d'aperçu garde à côté d'HyperFormula (qui ne connaît que les contenus) :
 * formats, formules d'origine avec références structurées, largeurs de colonnes, tableaux, noms, validations,
 * mises en forme conditionnelles et graphiques. Clés de feuille : le nom en minuscules.
 */
import type { Position, Rectangle } from "../adresses";
import type { Modification } from "../port";
import type { TableReperee } from "./references-structurees";

export interface MetaFeuille {
  /** Nom de la feuille (l'ordre de la Map `feuilles` est celui des onglets). */
  nom: string;
  /** Code de format invariant par cellule (clé `cle(ligne, colonne)`). */
  formats: Map<number, string>;
  /** Formule invariante d'origine quand elle diffère de ce qu'a reçu HyperFormula (références structurées). */
  origines: Map<number, string>;
  /** Largeur des colonnes en pixels, quand elle n'est pas celle par défaut. */
  largeurs: Map<number, number>;
}

export interface TableApercu extends TableReperee {
  /** Format par nom de colonne. */
  formats: Record<string, string>;
}

export interface NomApercu {
  nom: string;
  /** Référence ou formule invariante, avec « = ». */
  reference: string;
  commentaire?: string;
}

export interface ValidationApercu {
  feuille: string;
  zone: Rectangle;
  liste: string[] | { source: string };
  message?: string;
}

export interface MiseEnFormeApercu {
  feuille: string;
  zone: Rectangle;
  /** Formule invariante écrite pour la première cellule de la zone. */
  formule: string;
  remplissage: string;
  police?: string;
}

export type GenreGraphique = Extract<Modification, { type: "graphique" }>["genre"];

export interface GraphiqueApercu {
  feuille: string;
  /** Référence invariante de la source, avec ou sans feuille (« Ventes!$A$1:$B$5 »). */
  source: string;
  genre: GenreGraphique;
  titre: string;
  position?: string;
  courbes?: readonly number[];
}

export interface SelectionApercu {
  feuille: string;
  zone: Rectangle;
  /** Cellule active (où l'on saisit), dans la zone. */
  active: Position;
}

export interface EtatApercu {
  /** Par clé de feuille, dans l'ordre des onglets (HyperFormula ne garde pas cet ordre de façon fiable). */
  feuilles: Map<string, MetaFeuille>;
  tables: TableApercu[];
  noms: Map<string, NomApercu>;
  validations: ValidationApercu[];
  misesEnForme: MiseEnFormeApercu[];
  graphiques: GraphiqueApercu[];
  feuilleActive: string;
  selection: SelectionApercu;
}

export const cleFeuille = (nom: string): string => nom.toLocaleLowerCase("fr");

export function metaVide(nom: string): MetaFeuille {
  return { nom, formats: new Map(), origines: new Map(), largeurs: new Map() };
}

export function etatVide(feuille: string): EtatApercu {
  const a1 = { ligne: 0, colonne: 0 };
  return {
    feuilles: new Map([[cleFeuille(feuille), metaVide(feuille)]]),
    tables: [],
    noms: new Map(),
    validations: [],
    misesEnForme: [],
    graphiques: [],
    feuilleActive: feuille,
    selection: { feuille, zone: { debut: a1, fin: a1 }, active: a1 },
  };
}

/** Copie profonde (les Map comprises) pour revenir en arrière si un plan échoue en cours d'application. */
export function copier(etat: EtatApercu): EtatApercu {
  return structuredClone(etat);
}

/** Oublie tout ce qui concerne une feuille (remplacée par un plan). */
export function oublierFeuille(etat: EtatApercu, feuille: string): void {
  const k = cleFeuille(feuille);
  const ailleurs = <T extends { feuille: string }>(x: T) => cleFeuille(x.feuille) !== k;
  etat.feuilles.set(k, metaVide(etat.feuilles.get(k)?.nom ?? feuille));
  etat.tables = etat.tables.filter(ailleurs);
  etat.validations = etat.validations.filter(ailleurs);
  etat.misesEnForme = etat.misesEnForme.filter(ailleurs);
  etat.graphiques = etat.graphiques.filter(ailleurs);
}

export function meta(etat: EtatApercu, feuille: string): MetaFeuille {
  const k = cleFeuille(feuille);
  let m = etat.feuilles.get(k);
  if (!m) {
    m = metaVide(feuille);
    etat.feuilles.set(k, m);
  }
  return m;
}

export function trouverTable(etat: EtatApercu, nom: string): TableApercu | undefined {
  const n = nom.toLocaleLowerCase("fr");
  return etat.tables.find((t) => t.nom.toLocaleLowerCase("fr") === n);
}
