/**
 * Lecture d'un tableau de l'utilisateur (registre des immobilisations, mouvements de stock, prévisions…) depuis une
 * feuille ou depuis la sélection : la ligne d'en-tête est reconnue sans tenir compte des accents, de la casse ni de la
 * ponctuation (« Date d'acquisition », « VALEUR D'ORIGINE HT », « Durée (ans) »), puis les lignes de données sont lues
 * jusqu'à la première ligne vide ou de total. Chaque cellule garde son adresse pour nommer la feuille, la ligne et la
 * colonne dans les messages.
 */
import { cleEntete } from "../../core/compta/colonnes";
import { ErreurAgora, erreurValeur, versErreurAgora } from "../../core/erreurs";
import { estVide, normaliserMotCle } from "../../core/nombres";
import { formaterPlage, lettresColonne, lirePlageA1 } from "../../classeur/adresses";
import type { Cellule, Classeur, Grille } from "../../classeur/port";

/** D'où lire le tableau : une feuille entière (sa partie utilisée) ou la plage sélectionnée. */
export type Source = { genre: "feuille"; feuille: string } | { genre: "selection" };

export interface ColonneAttendue<C extends string> {
  champ: C;
  /** Nom affiché dans les messages : « Valeur d'origine ». */
  nom: string;
  /** En-têtes reconnus, sous leur forme réduite (`cleEntete`) : « valeurorigine », « base ». */
  cles: readonly string[];
  obligatoire?: boolean;
}

export interface LigneSource {
  /** Numéro de la ligne dans la feuille (1 = ligne 1 d'Excel). */
  numero: number;
  valeurs: Cellule[];
}

export interface TableauSource<C extends string> {
  feuille: string;
  /** Plage lue, en-tête compris : « A1:G6 ». */
  adresse: string;
  /** Numéro de la ligne d'en-tête dans la feuille. */
  ligneEntete: number;
  /** Index de la colonne de chaque champ reconnu, dans `valeurs`. */
  colonnes: Partial<Record<C, number>>;
  /** Les en-têtes tels qu'écrits. */
  entetes: string[];
  /** Les cellules de la ligne d'en-tête telles que lues (une date reste un numéro de série). */
  valeursEntete: Cellule[];
  /** Lettre de la première colonne lue (pour nommer les colonnes). */
  premiereColonne: number;
  lignes: LigneSource[];
}

/** Lignes parcourues pour trouver l'en-tête (un titre ou une note peut le précéder). */
const LIGNES_AVANT_ENTETE = 20;
/** Suffixes d'unité ignorés dans un en-tête : « Valeur d'origine HT », « Durée (ans) », « Prix unitaire € ». */
const SUFFIXES = /(ht|ttc|euros?|eur|ans|annees|an|enannees|unites)$/;

const texte = (v: Cellule | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/** Le champ désigné par un en-tête, ou undefined. */
export function champDe<C extends string>(entete: string, attendues: readonly ColonneAttendue<C>[]): C | undefined {
  const cle = cleEntete(entete);
  if (!cle) return undefined;
  const sans = cle.replace(SUFFIXES, "");
  return (attendues.find((a) => a.cles.includes(cle)) ?? attendues.find((a) => sans !== "" && a.cles.includes(sans)))?.champ;
}

function reconnaitre<C extends string>(ligne: readonly Cellule[], attendues: readonly ColonneAttendue<C>[]): Partial<Record<C, number>> {
  const colonnes: Partial<Record<C, number>> = {};
  ligne.forEach((v, j) => {
    if (typeof v !== "string") return;
    const champ = champDe(v, attendues);
    if (champ !== undefined && colonnes[champ] === undefined) colonnes[champ] = j;
  });
  return colonnes;
}

const manquantes = <C extends string>(colonnes: Partial<Record<C, number>>, attendues: readonly ColonneAttendue<C>[]) =>
  attendues.filter((a) => a.obligatoire && colonnes[a.champ] === undefined);

/** « la feuille « Immobilisations » » ou « la sélection Immobilisations!A1:G6 ». */
export function nommerSource(source: Source, feuille: string, adresse?: string): string {
  return source.genre === "feuille" ? `la feuille « ${feuille} »` : `la sélection (feuille « ${feuille} »${adresse ? `, ${adresse}` : ""})`;
}

/** Une ligne de total (« Total », « TOTAUX », « Total général ») termine le tableau. */
function estLigneTotal(valeurs: readonly Cellule[]): boolean {
  const premier = valeurs.find((v) => !estVide(v));
  return typeof premier === "string" && normaliserMotCle(premier).startsWith("total");
}

async function grilleDe(classeur: Classeur, source: Source): Promise<Grille> {
  if (source.genre === "selection") {
    const s = await classeur.selection();
    if (s.lignes < 2) {
      throw erreurValeur(
        `La sélection (${s.feuille}!${s.adresse}) ne compte qu'une ligne : sélectionnez le tableau entier, ligne d'en-tête comprise, ou choisissez sa feuille dans la liste.`,
      );
    }
    return classeur.lirePlage(s.feuille, s.adresse);
  }
  const feuilles = await classeur.nomsFeuilles();
  const nom = feuilles.find((f) => f.toLowerCase() === source.feuille.toLowerCase());
  if (!nom) throw erreurValeur(`La feuille « ${source.feuille} » n'existe pas (ou plus) dans le classeur : choisissez une autre feuille.`);
  return classeur.lirePlage(nom);
}

/**
 * Lit le tableau : `quoi` le nomme dans les messages (« le registre des immobilisations »).
 * Erreurs : feuille absente ou vide, colonnes obligatoires absentes (avec les en-têtes lus), aucune ligne de données.
 */
export async function lireSource<C extends string>(
  classeur: Classeur,
  source: Source,
  attendues: readonly ColonneAttendue<C>[],
  quoi: string,
): Promise<TableauSource<C>> {
  const grille = await grilleDe(classeur, source);
  const feuille = grille.plage.feuille;
  const ou = nommerSource(source, feuille, grille.plage.adresse);
  if (grille.valeurs.length === 0 || grille.valeurs.every((l) => l.every(estVide))) {
    throw erreurValeur(`${ou.charAt(0).toUpperCase()}${ou.slice(1)} est vide : ${quoi} n'y est pas.`);
  }
  const origine = lirePlageA1(grille.plage.adresse).debut;
  const limite = source.genre === "selection" ? 1 : Math.min(LIGNES_AVANT_ENTETE, grille.valeurs.length);
  let meilleure = { index: 0, colonnes: reconnaitre(grille.valeurs[0], attendues) };
  for (let i = 0; i < limite; i++) {
    const colonnes = reconnaitre(grille.valeurs[i], attendues);
    if (manquantes(colonnes, attendues).length === 0) {
      meilleure = { index: i, colonnes };
      break;
    }
    if (Object.keys(colonnes).length > Object.keys(meilleure.colonnes).length) meilleure = { index: i, colonnes };
  }
  const { index, colonnes } = meilleure;
  const entetes = grille.valeurs[index].map(texte);
  const absentes = manquantes(colonnes, attendues);
  if (absentes.length > 0) {
    const noms = absentes.map((a) => a.nom).join(", ");
    const lus = entetes.filter(Boolean).map((e) => `« ${e} »`).join(", ") || "aucun";
    const facultatives = attendues.filter((a) => !a.obligatoire).map((a) => a.nom);
    throw erreurValeur(
      `${quoi.charAt(0).toUpperCase()}${quoi.slice(1)} (${ou}) : ${absentes.length > 1 ? "colonnes" : "colonne"} ${noms} ` +
        `${absentes.length > 1 ? "introuvables" : "introuvable"} dans la ligne d'en-tête (ligne ${origine.ligne + index + 1} ; en-têtes lus : ${lus}). ` +
        `Colonnes attendues : ${attendues.filter((a) => a.obligatoire).map((a) => a.nom).join(", ")}` +
        (facultatives.length ? ` ; facultatives : ${facultatives.join(", ")}.` : "."),
    );
  }
  const lignes: LigneSource[] = [];
  for (let i = index + 1; i < grille.valeurs.length; i++) {
    const valeurs = grille.valeurs[i];
    if (valeurs.every(estVide) || estLigneTotal(valeurs)) break;
    lignes.push({ numero: origine.ligne + i + 1, valeurs });
  }
  if (lignes.length === 0) {
    throw erreurValeur(`${quoi.charAt(0).toUpperCase()}${quoi.slice(1)} (${ou}) : aucune ligne sous l'en-tête (ligne ${origine.ligne + index + 1}).`);
  }
  const adresse = formaterPlage({ ligne: origine.ligne + index, colonne: origine.colonne }, lignes.length + 1, grille.valeurs[index].length);
  return { feuille, adresse, ligneEntete: origine.ligne + index + 1, colonnes, entetes, valeursEntete: grille.valeurs[index], premiereColonne: origine.colonne, lignes };
}

/** Valeur d'un champ sur une ligne (null si la colonne est absente). */
export function valeurDe<C extends string>(t: TableauSource<C>, ligne: LigneSource, champ: C): Cellule {
  const j = t.colonnes[champ];
  return j === undefined ? null : (ligne.valeurs[j] ?? null);
}

/** « Feuille « Immobilisations », ligne 4, colonne D (Valeur d'origine HT) » : le champ à passer aux lecteurs du noyau. */
export function lieu<C extends string>(t: TableauSource<C>, ligne: LigneSource, champ?: C): string {
  const j = champ === undefined ? undefined : t.colonnes[champ];
  const colonne = j === undefined ? "" : `, colonne ${lettresColonne(t.premiereColonne + j)} (${t.entetes[j]})`;
  return `Feuille « ${t.feuille} », ligne ${ligne.numero}${colonne}`;
}

/** Problèmes relevés en lisant un tableau : tous les lire d'abord, puis les dire ensemble (au plus cinq). */
export class Problemes {
  private readonly messages: string[] = [];

  /** Exécute `lire` ; une erreur est notée et `undefined` rendu, pour continuer la lecture. */
  essayer<T>(lire: () => T): T | undefined {
    try {
      return lire();
    } catch (e) {
      this.messages.push(versErreurAgora(e).message);
      return undefined;
    }
  }

  ajouter(message: string): void {
    this.messages.push(message);
  }

  get nombre(): number {
    return this.messages.length;
  }

  /** Lève une erreur qui liste les problèmes, s'il y en a. */
  verifier(quoi: string): void {
    if (this.messages.length === 0) return;
    const MAX = 5;
    const liste = this.messages.slice(0, MAX);
    const reste = this.messages.length - liste.length;
    const titre = this.messages.length > 1 ? `${this.messages.length} problèmes dans ${quoi}` : `Un problème dans ${quoi}`;
    const suite = reste > 0 ? ` … et ${reste} autre${reste > 1 ? "s" : ""}.` : "";
    throw new ErreurAgora("valeur", `${titre}, rien n'a été écrit. ${liste.join(" ")}${suite}`);
  }
}
