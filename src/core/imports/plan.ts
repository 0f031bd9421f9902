/**
 * Ce que chaque module de format rend quand il reconnaît un fichier : le format, comment découper le texte en
 * enregistrements et où sont les colonnes. L'échantillon est ce que la reconnaissance regarde (premières lignes).
 */
import { NOM_CHAMP, type ChampJournal } from "../compta/colonnes";
import type { CollecteErreurs } from "./erreurs";
import type { ColonneReconnue, Disposition, Enregistrement, Reconnaissance } from "./types";

export interface Echantillon {
  /** Lignes physiques du texte (vide pour un classeur). */
  lignes: readonly string[];
  /** Séparateur choisi sur les premières lignes (undefined : aucun régulier, ou classeur). */
  separateur?: string;
  /** Pourquoi aucun séparateur n'a été choisi. */
  raisonSeparateur?: string;
  /** Premiers enregistrements (découpés avec `separateur`, ou lignes du classeur). */
  premiers: Enregistrement[];
}

export interface PlanLecture {
  reconnaissance: Reconnaissance;
  disposition: Disposition;
  /** Séparateur CSV ; absent pour une largeur fixe (alors `decouper`) ou un classeur. */
  separateur?: string;
  /** Découpage propre au format (largeur fixe, correction d'un export) ; sinon CSV avec `separateur`. */
  decouper?: (lignes: readonly string[], erreurs: CollecteErreurs) => Enregistrement[];
}

/** Les colonnes d'une disposition, dans l'ordre du fichier, pour l'aperçu. */
export function colonnesReconnues(d: Disposition): ColonneReconnue[] {
  return (Object.entries(d.colonnes) as [ChampJournal, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([champ, index]) => ({ champ, nom: NOM_CHAMP[champ], source: d.entetes?.[index] || `colonne ${index + 1}`, index }));
}

/** Un module de format : reconnaît (ou non) un échantillon. */
export interface ModuleFormat {
  reconnaitre(e: Echantillon): PlanLecture | undefined;
}
