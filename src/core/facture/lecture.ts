/**
 * Lecture des lignes d'une facture depuis une plage : quantité | prix unitaire HT | remises… | taux de TVA.
 * Une ligne d'en-tête facultative et les lignes entièrement vides sont ignorées ; chaque cellule fautive
 * donne une erreur qui nomme sa ligne (numérotée dans la plage, en-tête compris) et sa colonne.
 */
import type Decimal from "decimal.js";
import { enFrancais, exactFr, tauxFr } from "../argent";
import { erreurNombre, erreurValeur } from "../erreurs";
import { analyserTexteNombre, estVide, lireNombre, lireTaux, normaliserMotCle, type ValeurCellule } from "../nombres";

/** Une ligne de facture telle que saisie : les taux sont des fractions (0,2). */
export interface LigneFacture {
  /** Numéro de la ligne dans la plage (1 = première ligne, en-tête compris) : c'est lui que citent les messages. */
  rang: number;
  quantite: Decimal;
  prixUnitaire: Decimal;
  /** Remises successives (cascade), dans l'ordre des colonnes ; une cellule vide n'en crée pas. */
  tauxRemises: Decimal[];
  tauxTva: Decimal;
}

/** Taux de TVA du port : un taux, « prorata » (réparti entre les taux de la facture), ou absent (taux le plus élevé). */
export type TauxPort = Decimal | "prorata" | undefined;

const COLONNES_MINI = 3;

function champ(rang: number, colonne: string): string {
  return `ligne ${rang}, colonne ${colonne}`;
}

function nomColonneRemise(i: number, nbRemises: number): string {
  return nbRemises > 1 ? `remise ${i + 1}` : "remise";
}

/** Nom de la colonne `j` (0 = quantité) d'une plage de `largeur` colonnes. */
function nomColonne(j: number, largeur: number): string {
  if (j === 0) return "quantité";
  if (j === 1) return "prix unitaire";
  if (j === largeur - 1) return "taux de TVA";
  return nomColonneRemise(j - 2, largeur - COLONNES_MINI);
}

/** Contrôles métier d'une ligne, quelle que soit sa provenance (plage, tableau du volet). */
export function controlerLigne(l: LigneFacture): void {
  if (l.quantite.isNeg() && !l.quantite.isZero()) {
    throw erreurNombre(
      `${champ(l.rang, "quantité")} : la quantité ${enFrancais(l.quantite)} est négative. Une ligne négative est un avoir : faites un avoir plutôt qu'une ligne négative sur la facture.`,
    );
  }
  if (l.quantite.isZero()) {
    throw erreurNombre(`${champ(l.rang, "quantité")} : la quantité est nulle. Videz la ligne si elle n'est pas facturée.`);
  }
  if (l.prixUnitaire.isNeg() && !l.prixUnitaire.isZero()) {
    throw erreurNombre(`${champ(l.rang, "prix unitaire")} : le prix ${exactFr(l.prixUnitaire)} est négatif. Pour une réduction, faites un avoir.`);
  }
  const verifierTaux = (t: Decimal, colonne: string) => {
    if ((t.isNeg() && !t.isZero()) || t.gt(1)) throw erreurNombre(`${champ(l.rang, colonne)} : le taux ${tauxFr(t)} doit être compris entre 0\u202f% et 100\u202f%.`);
  };
  l.tauxRemises.forEach((t, i) => verifierTaux(t, nomColonneRemise(i, l.tauxRemises.length)));
  verifierTaux(l.tauxTva, "taux de TVA");
}

function ligneVide(ligne: readonly ValeurCellule[]): boolean {
  return ligne.every((c) => estVide(c));
}

/** Une ligne d'en-tête : sa cellule de quantité est un texte qui n'est pas un nombre (« Qté »). */
function estEnTete(ligne: readonly ValeurCellule[]): boolean {
  const q = ligne[0];
  return typeof q === "string" && !estVide(q) && analyserTexteNombre(q) === undefined;
}

/**
 * Lit les lignes d'une facture. `matrice` : les valeurs brutes de la plage, ligne par ligne.
 * Colonnes : quantité, prix unitaire HT, zéro ou plusieurs remises (en cascade), taux de TVA (dernière colonne).
 */
export function lireLignesFacture(matrice: readonly (readonly ValeurCellule[])[]): LigneFacture[] {
  const largeur = Math.max(0, ...matrice.map((l) => l.length));
  if (largeur < COLONNES_MINI) {
    throw erreurValeur(
      `lignes : la plage a ${largeur} colonne${largeur > 1 ? "s" : ""} ; il en faut au moins ${COLONNES_MINI} : quantité | prix unitaire HT | remises (facultatives) | taux de TVA (dernière colonne).`,
    );
  }
  const premiereRemplie = matrice.findIndex((l) => !ligneVide(l));
  const lignes: LigneFacture[] = [];
  matrice.forEach((cellules, i) => {
    if (ligneVide(cellules) || (i === premiereRemplie && estEnTete(cellules))) return;
    const rang = i + 1;
    const lire = <T>(j: number, lecteur: (v: unknown, nom: string) => T): T => {
      const nom = champ(rang, nomColonne(j, largeur));
      const c: unknown = cellules[j] ?? null;
      if (typeof c === "object" && c !== null) throw erreurValeur(`${nom} : la cellule contient une erreur ; corrigez-la d'abord.`);
      return lecteur(c, nom);
    };
    const quantite = lire(0, lireNombre);
    const prixUnitaire = lire(1, lireNombre);
    const tauxRemises: Decimal[] = [];
    for (let j = 2; j < largeur - 1; j++) {
      if (!estVide(cellules[j])) tauxRemises.push(lire(j, lireTaux));
    }
    const tauxTva = lire(largeur - 1, lireTaux);
    const ligne: LigneFacture = { rang, quantite, prixUnitaire, tauxRemises, tauxTva };
    controlerLigne(ligne);
    lignes.push(ligne);
  });
  if (lignes.length === 0) {
    throw erreurValeur("lignes : la plage ne contient aucune ligne de facture (quantité | prix unitaire HT | remises | taux de TVA).");
  }
  return lignes;
}

/** Lit le taux de TVA du port : vide → taux le plus élevé ; « prorata » ; sinon un taux (20 % ; 0,2 ; 20). */
export function lireTauxPort(v: unknown, nomChamp: string): TauxPort {
  if (estVide(v)) return undefined;
  if (typeof v === "string" && analyserTexteNombre(v) === undefined) {
    const mot = normaliserMotCle(v);
    if (mot === "prorata" || mot === "au prorata") return "prorata";
    throw erreurValeur(`${nomChamp} : « ${v} » n'est ni un taux de TVA (20 % ; 0,2 ; 20) ni « prorata ».`);
  }
  return lireTaux(v, nomChamp);
}
