/**
 * Le tableau des prévisions de trésorerie lu dans le classeur : une ligne par encaissement ou décaissement prévu
 * (colonne Nature : « Encaissement » ou « Décaissement », colonne Libellé), une colonne par mois (« Janvier 2025 »,
 * une date…), montants TTC positifs, cellule vide = 0. Une ligne de nature « Trésorerie initiale » peut donner la
 * trésorerie du début du premier mois (dans la première colonne de mois).
 */
import type Decimal from "decimal.js";
import { ZERO } from "../../core/argent";
import { depuisSerie } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { estVide, lireMontantPositif, lireNombre, lireTexte, normaliserMotCle } from "../../core/nombres";
import { moisFr } from "../../core/tresorerie";
import { lettresColonne } from "../../classeur/adresses";
import type { Classeur } from "../../classeur/port";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type Source, type TableauSource } from "../commun/source";

export type ChampPrevision = "nature" | "libelle";

export const COLONNES_PREVISIONS: readonly ColonneAttendue<ChampPrevision>[] = [
  { champ: "nature", nom: "Nature", obligatoire: true, cles: ["nature", "type", "sens", "categorie", "flux", "encaissementdecaissement"] },
  { champ: "libelle", nom: "Libellé", obligatoire: true, cles: ["libelle", "intitule", "designation", "operation", "poste", "element", "objet", "description"] },
];

export const QUOI_PREVISIONS = "le tableau des prévisions de trésorerie";

const ENCAISSEMENT = new Set(["encaissement", "encaissements", "enc", "e", "entree", "entrees", "recette", "recettes", "entree de tresorerie"]);
const DECAISSEMENT = new Set(["decaissement", "decaissements", "dec", "d", "sortie", "sorties", "depense", "depenses", "sortie de tresorerie"]);
const INITIALE = new Set(["tresorerie initiale", "solde initial", "tresorerie de depart", "tresorerie au debut", "tresorerie debut", "solde de depart", "report", "a nouveau"]);

export interface LignePrevision {
  /** Ligne de la feuille. */
  ligne: number;
  libelle: string;
  /** Un montant par mois, dans l'ordre des colonnes. */
  montants: Decimal[];
}

export interface Previsions {
  tableau: TableauSource<ChampPrevision>;
  /** Les mois, tels qu'ils s'écrivent en tête de colonne. */
  mois: string[];
  encaissements: LignePrevision[];
  decaissements: LignePrevision[];
  /** Trésorerie du début du premier mois, si le tableau a une ligne « Trésorerie initiale ». */
  initiale?: Decimal;
}

/** Les colonnes de mois : toutes celles qui ne sont ni la nature, ni le libellé, ni vides, ni un total. */
function colonnesDeMois(t: TableauSource<ChampPrevision>, enteteBrute: readonly unknown[]): { index: number; mois: string }[] {
  const prises = new Set(Object.values(t.colonnes));
  const colonnes: { index: number; mois: string }[] = [];
  enteteBrute.forEach((v, j) => {
    if (prises.has(j) || estVide(v)) return;
    if (typeof v === "string" && normaliserMotCle(v).startsWith("total")) return;
    let mois = String(v).trim();
    if (typeof v === "number") {
      try {
        const jour = depuisSerie(v);
        mois = moisFr(jour);
        mois = mois.charAt(0).toUpperCase() + mois.slice(1);
      } catch {
        // un nombre qui n'est pas une date : gardé tel quel
      }
    }
    colonnes.push({ index: j, mois });
  });
  return colonnes;
}

export async function lirePrevisions(classeur: Classeur, source: Source): Promise<Previsions> {
  return previsionsDe(await lireSource(classeur, source, COLONNES_PREVISIONS, QUOI_PREVISIONS));
}

/** Les prévisions d'un tableau déjà lu (colonnes Nature et Libellé reconnues, puis un mois par colonne). */
export function previsionsDe(tableau: TableauSource<ChampPrevision>): Previsions {
  const colonnes = colonnesDeMois(tableau, tableau.valeursEntete);
  const ou = `${QUOI_PREVISIONS} (feuille « ${tableau.feuille} », ligne ${tableau.ligneEntete})`;
  if (colonnes.length === 0) throw erreurValeur(`${ou.charAt(0).toUpperCase()}${ou.slice(1)} : aucune colonne de mois après Nature et Libellé (exemple : « Janvier 2025 »).`);
  const vus = new Map<string, number>();
  for (const c of colonnes) {
    const cle = normaliserMotCle(c.mois);
    if (vus.has(cle)) {
      throw erreurValeur(
        `${ou.charAt(0).toUpperCase()}${ou.slice(1)} : le mois « ${c.mois} » apparaît deux fois (colonnes ${lettresColonne(tableau.premiereColonne + vus.get(cle)!)} et ${lettresColonne(tableau.premiereColonne + c.index)}).`,
      );
    }
    vus.set(cle, c.index);
  }
  const problemes = new Problemes();
  const encaissements: LignePrevision[] = [];
  const decaissements: LignePrevision[] = [];
  let initiale: Decimal | undefined;
  for (const ligne of tableau.lignes) {
    const nature = problemes.essayer(() => normaliserMotCle(lireTexte(valeurDe(tableau, ligne, "nature"), lieu(tableau, ligne, "nature"))));
    if (nature === undefined) continue;
    const cellule = (j: number) => ligne.valeurs[j] ?? null;
    const ouMois = (j: number, mois: string) => `Feuille « ${tableau.feuille} », ligne ${ligne.numero}, colonne ${lettresColonne(tableau.premiereColonne + j)} (${mois})`;
    if (INITIALE.has(nature)) {
      const premier = colonnes[0];
      const v = problemes.essayer(() => lireNombre(cellule(premier.index), ouMois(premier.index, premier.mois)));
      if (v !== undefined) initiale = v;
      continue;
    }
    const sens = ENCAISSEMENT.has(nature) ? encaissements : DECAISSEMENT.has(nature) ? decaissements : undefined;
    if (!sens) {
      problemes.ajouter(`${lieu(tableau, ligne, "nature")} : « ${String(valeurDe(tableau, ligne, "nature")).trim()} » n'est pas une nature ; écrivez « Encaissement » ou « Décaissement » (ou « Trésorerie initiale »).`);
      continue;
    }
    const libelle = estVide(valeurDe(tableau, ligne, "libelle")) ? `Ligne ${ligne.numero}` : String(valeurDe(tableau, ligne, "libelle")).trim();
    const montants = colonnes.map((c) => problemes.essayer(() => (estVide(cellule(c.index)) ? ZERO : lireMontantPositif(cellule(c.index), ouMois(c.index, c.mois)))));
    if (montants.some((m) => m === undefined)) continue;
    sens.push({ ligne: ligne.numero, libelle, montants: montants as Decimal[] });
  }
  problemes.verifier(`${QUOI_PREVISIONS} (feuille « ${tableau.feuille} »)`);
  if (encaissements.length + decaissements.length === 0) {
    throw erreurValeur(`${ou.charAt(0).toUpperCase()}${ou.slice(1)} : aucune ligne d'encaissement ni de décaissement.`);
  }
  return { tableau, mois: colonnes.map((c) => c.mois), encaissements, decaissements, ...(initiale !== undefined ? { initiale } : {}) };
}
