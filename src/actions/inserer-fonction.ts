/**
 * Insérer l'exemple d'une fonction AGORA dans la cellule sélectionnée (volet, module « Fonctions ») :
 * lire la sélection et la cellule visée, demander confirmation si elle n'est pas vide, puis appliquer un plan
 * d'une seule modification (formule invariante, format de date, d'euros ou de pourcentage selon le résultat).
 */
import { versErreurAgora } from "../core/erreurs";
import { adresseComplete, formaterCellule, lirePlageA1 } from "../classeur/adresses";
import { versFrancaise, versInvariante } from "../classeur/formules";
import { FORMATS, type Cellule, type Classeur, type Grille, type Modification } from "../classeur/port";
import type { EntreeCatalogue } from "../fonctions/catalogue";

/** Ce qu'il faut savoir d'une entrée du catalogue pour l'insérer. */
export type FonctionAInserer = Pick<EntreeCatalogue, "nom" | "exemple" | "resultat"> & Partial<Pick<EntreeCatalogue, "format">>;

export interface Cible {
  feuille: string;
  /** Une seule cellule : « B3 ». */
  adresse: string;
}

export type IssueInsertion =
  | { etat: "insere"; cible: Cible; formule: string; message: string }
  /** La cellule n'est pas vide : rien n'est écrit, la question est posée à l'utilisateur. */
  | { etat: "a-confirmer"; cible: Cible; formule: string; contenu: string; question: string }
  | { etat: "erreur"; message: string };

const NOMBRE_FR = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 10 });

/** Format de cellule adapté au résultat de la fonction (aucun pour un nombre sans unité ou un texte). */
export function formatInsertion(f: FonctionAInserer): string | undefined {
  if (f.resultat === "date" || f.format === "date") return FORMATS.date;
  if (f.format === "euros") return FORMATS.euros;
  if (f.format === "pourcentage") return FORMATS.pourcentage;
  return undefined;
}

/** Le plan d'insertion : une formule invariante dans une cellule, avec son format. */
export function planInsertion(f: FonctionAInserer, cible: Cible): Modification[] {
  if (!f.exemple) return [];
  const format = formatInsertion(f);
  return [
    {
      type: "formule",
      feuille: cible.feuille,
      adresse: cible.adresse,
      formule: versInvariante(f.exemple),
      ...(format ? { format } : {}),
      selectionner: true,
    },
  ];
}

/** Le contenu d'une cellule tel que l'élève le lit : « la formule =SOMME(A1;A2) », « 125,5 », « « Total » ». */
export function decrireContenu(valeur: Cellule, formule: string): string | undefined {
  if (formule) return `la formule ${versFrancaise(formule)}`;
  if (valeur === null || valeur === "") return undefined;
  if (typeof valeur === "number") return NOMBRE_FR.format(valeur);
  if (typeof valeur === "boolean") return valeur ? "VRAI" : "FAUX";
  return `« ${valeur.length > 40 ? `${valeur.slice(0, 40)}…` : valeur} »`;
}

function contenuDe(grille: Grille): string | undefined {
  return decrireContenu(grille.valeurs[0]?.[0] ?? null, grille.formules[0]?.[0] ?? "");
}

/**
 * Insère l'exemple de `f` dans la cellule en haut à gauche de la sélection.
 * Si la cellule n'est pas vide, rend « a-confirmer » sans rien écrire ; l'appel suivant avec `remplacer`
 * (la cible de la question) écrit sans relire : l'utilisateur a accepté de remplacer cette cellule-là.
 */
export async function insererFonction(classeur: Classeur, f: FonctionAInserer, options: { remplacer?: Cible } = {}): Promise<IssueInsertion> {
  if (!f.exemple) return { etat: "erreur", message: `${f.nom} n'a pas d'exemple à insérer.` };
  try {
    let cible = options.remplacer;
    let precision = "";
    if (!cible) {
      const selection = await classeur.selection();
      const coin = formaterCellule(lirePlageA1(selection.adresse).debut);
      cible = { feuille: selection.feuille, adresse: coin };
      if (selection.lignes * selection.colonnes > 1) precision = " (première cellule de la sélection)";
      const contenu = contenuDe(await classeur.lirePlage(cible.feuille, coin));
      if (contenu !== undefined) {
        return {
          etat: "a-confirmer",
          cible,
          formule: f.exemple,
          contenu,
          question: `La cellule ${adresseComplete(cible.feuille, cible.adresse)} contient déjà ${contenu}. Remplacer par ${f.exemple} ?`,
        };
      }
    }
    await classeur.appliquer(planInsertion(f, cible));
    return {
      etat: "insere",
      cible,
      formule: f.exemple,
      message: `${f.exemple} inséré en ${adresseComplete(cible.feuille, cible.adresse)}${precision}`,
    };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}
