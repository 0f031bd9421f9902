/** Petits constructeurs des plans de l'exemple (preview/donnees) : dates « jj/mm/aaaa », feuilles et tableaux. */
import { creerJour, versSerie } from "../../src/core/dates";
import type { Cellule, Modification } from "../../src/classeur/port";

/** « 06/01/2025 » → numéro de série Excel. */
export function serie(jjmmaaaa: string): number {
  const [jour, mois, annee] = jjmmaaaa.split("/").map(Number);
  return versSerie(creerJour(annee, mois, jour));
}

/** Une feuille à créer (jamais à remplacer : l'exemple part d'un classeur vide). */
export function feuille(nom: string): Modification {
  return { type: "feuille", nom, remplacer: false };
}

/** Un tableau Excel `nom` sur la feuille `f`, en `adresse` (A1 par défaut), avec ses formats par colonne. */
export function table(f: string, nom: string, entetes: string[], lignes: Cellule[][], formats: Record<string, string> = {}, adresse = "A1"): Modification {
  return { type: "table", feuille: f, nom, adresse, entetes, lignes, formats };
}
