/**
 * Insérer l'exemple d'une fonction AGORA dans la cellule sélectionnée (volet, module « Fonctions ») :
 * lire la sélection et la cellule visée, demander confirmation si elle n'est pas vide, puis appliquer un plan
 * d'une seule modification (formule invariante, format de date, d'euros ou de pourcentage selon le résultat).
 */
import { versErreurAgora } from "../core/erreurs";
import { adresseComplete, formaterCellule, formaterPlage, lettresColonne, indexColonne, lirePlageA1, type Position } from "../classeur/adresses";
import { horsChaines, versFrancaise, versInvariante } from "../classeur/formules";
import { FORMATS, type Cellule, type Classeur, type Grille, type Modification } from "../classeur/port";
import type { EntreeCatalogue } from "../fonctions/catalogue";

/** Ce qu'il faut savoir d'une entrée du catalogue pour l'insérer. */
export type FonctionAInserer = Pick<EntreeCatalogue, "nom" | "exemple" | "resultat"> & Partial<Pick<EntreeCatalogue, "format" | "donneesExemple">>;

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

/**
 * Décale les références A1 d'une formule (hors textes) : l'exemple écrit pour des données en A1
 * est réécrit pour des données posées à partir de `origine`. Les noms de fonction (« LOG10( ») ne bougent pas.
 */
export function decalerReferences(formule: string, origine: Position): string {
  return horsChaines(formule, (morceau) =>
    morceau.replace(/(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_t, d1: string, col: string, d2: string, lig: string) =>
      `${d1}${lettresColonne(indexColonne(col) + origine.colonne)}${d2}${Number(lig) + origine.ligne}`,
    ),
  );
}

/** Où vont les données de l'exemple et la formule : données à partir de la cible, formule une colonne plus loin. */
function disposition(f: FonctionAInserer, cible: Cible): { zone: string; formule: Cible; donnees?: string } {
  const coin = lirePlageA1(cible.adresse).debut;
  const donnees = f.donneesExemple;
  if (!donnees?.length) return { zone: cible.adresse, formule: cible };
  const largeur = Math.max(...donnees.map((l) => l.length));
  const cellule = formaterCellule({ ligne: coin.ligne, colonne: coin.colonne + largeur + 1 });
  return {
    zone: formaterPlage(coin, donnees.length, largeur + 2),
    formule: { feuille: cible.feuille, adresse: cellule },
    donnees: formaterPlage(coin, donnees.length, largeur),
  };
}

/** Le plan d'insertion : les données de l'exemple s'il en a, puis la formule invariante avec son format. */
export function planInsertion(f: FonctionAInserer, cible: Cible): Modification[] {
  if (!f.exemple) return [];
  const format = formatInsertion(f);
  const { formule, donnees } = disposition(f, cible);
  const coin = lirePlageA1(cible.adresse).debut;
  const plan: Modification[] = [];
  if (donnees && f.donneesExemple) {
    const largeur = Math.max(...f.donneesExemple.map((l) => l.length));
    const valeurs = f.donneesExemple.map((l) => Array.from({ length: largeur }, (_, i) => l[i] ?? null));
    plan.push({ type: "valeurs", feuille: cible.feuille, adresse: donnees, valeurs });
  }
  plan.push({
    type: "formule",
    feuille: formule.feuille,
    adresse: formule.adresse,
    formule: versInvariante(donnees ? decalerReferences(f.exemple, coin) : f.exemple),
    ...(format ? { format } : {}),
    selectionner: true,
  });
  return plan;
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
  if (grille.valeurs.length > 1 || (grille.valeurs[0]?.length ?? 0) > 1) {
    const pleines = grille.valeurs.flatMap((l, i) => l.filter((v, j) => (v !== null && v !== "") || grille.formules[i]?.[j])).length;
    return pleines ? `${pleines} cellule${pleines > 1 ? "s" : ""} non vide${pleines > 1 ? "s" : ""}` : undefined;
  }
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
      const { zone } = disposition(f, cible);
      const contenu = contenuDe(await classeur.lirePlage(cible.feuille, zone));
      if (contenu !== undefined) {
        const ou = zone === cible.adresse ? `La cellule ${adresseComplete(cible.feuille, zone)}` : `La plage ${adresseComplete(cible.feuille, zone)}, où vont les données de l'exemple,`;
        return {
          etat: "a-confirmer",
          cible,
          formule: f.exemple,
          contenu,
          question: `${ou} contient déjà ${contenu}. Remplacer par ${f.exemple} ?`,
        };
      }
    }
    const plan = planInsertion(f, cible);
    await classeur.appliquer(plan);
    const derniere = plan[plan.length - 1] as Extract<Modification, { type: "formule" }>;
    const formuleFr = versFrancaise(derniere.formule);
    const { donnees } = disposition(f, cible);
    return {
      etat: "insere",
      cible,
      formule: formuleFr,
      message: donnees
        ? `Données de l'exemple en ${adresseComplete(cible.feuille, donnees)} et ${formuleFr} en ${derniere.adresse}${precision}`
        : `${f.exemple} inséré en ${adresseComplete(cible.feuille, cible.adresse)}${precision}`,
    };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}
