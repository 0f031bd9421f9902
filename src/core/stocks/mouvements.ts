/**
 * Lecture des mouvements de stock d'une plage : date | libellé | entrée qté | prix unitaire | sortie qté.
 * Ligne d'en-tête et lignes vides ignorées ; chaque erreur nomme la ligne de la plage.
 */
import type Decimal from "decimal.js";
import { enFrancais } from "../argent";
import { lireDate, type Jour } from "../dates";
import { erreurNombre, erreurValeur } from "../erreurs";
import { analyserTexteNombre, estVide, lireNombre, type ValeurCellule } from "../nombres";

export interface Mouvement {
  /** Numéro de la ligne dans la plage (1 = première ligne). */
  ligne: number;
  date?: Jour;
  libelle: string;
  genre: "entree" | "sortie";
  quantite: Decimal;
  /** Coût unitaire d'une entrée. */
  prix?: Decimal;
}

export const COLONNES_MOUVEMENTS = "date | libellé | entrée qté | prix unitaire | sortie qté";

const estTexteNonNumerique = (v: ValeurCellule): boolean => typeof v === "string" && !estVide(v) && !analyserTexteNombre(v);

export function lireMouvements(plage: ValeurCellule[][], champ = "mouvements"): Mouvement[] {
  const largeur = Math.max(0, ...plage.map((l) => l.length));
  if (largeur < 5) {
    throw erreurValeur(`${champ} : 5 colonnes sont attendues (${COLONNES_MOUVEMENTS}), la plage en a ${largeur}.`);
  }
  const mouvements: Mouvement[] = [];
  plage.forEach((brute, i) => {
    const l = Array.from({ length: 5 }, (_, c) => brute[c] ?? null);
    if (l.every(estVide)) return;
    if (i === 0 && [l[2], l[3], l[4]].some(estTexteNonNumerique)) return; // ligne d'en-tête
    const ou = `${champ}, ligne ${i + 1}`;
    const date = estVide(l[0]) ? undefined : lireDate(l[0], `${ou}, date`);
    const libelle = estVide(l[1]) ? "" : String(l[1]).trim();
    // Une quantité nulle vaut une cellule vide (colonne inutilisée de la ligne).
    const quantiteLue = (v: ValeurCellule, nom: string) => (estVide(v) ? undefined : lireNombre(v, `${ou}, ${nom}`));
    const nonNulle = (d: Decimal | undefined) => (d && !d.isZero() ? d : undefined);
    const entree = nonNulle(quantiteLue(l[2], "entrée"));
    const sortie = nonNulle(quantiteLue(l[4], "sortie"));
    if (entree && sortie) throw erreurValeur(`${ou} : une entrée et une sortie sur la même ligne ; écrivez-les sur deux lignes.`);
    const quantite = entree ?? sortie;
    if (!quantite) throw erreurValeur(`${ou} : ni quantité entrée ni quantité sortie.`);
    if (quantite.isNeg()) throw erreurNombre(`${ou} : la quantité ${enFrancais(quantite)} doit être strictement positive.`);
    if (entree) {
      if (estVide(l[3])) throw erreurValeur(`${ou}, prix unitaire : le coût unitaire de l'entrée est vide.`);
      const prix = lireNombre(l[3], `${ou}, prix unitaire`);
      if (prix.isNeg()) throw erreurNombre(`${ou}, prix unitaire : le coût unitaire est négatif.`);
      mouvements.push({ ligne: i + 1, date, libelle, genre: "entree", quantite, prix });
    } else {
      mouvements.push({ ligne: i + 1, date, libelle, genre: "sortie", quantite });
    }
  });
  if (mouvements.length === 0) throw erreurValeur(`${champ} : aucun mouvement (${COLONNES_MOUVEMENTS}).`);
  return mouvements;
}
