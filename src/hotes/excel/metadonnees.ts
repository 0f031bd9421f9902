/**
 * Métadonnées des fonctions personnalisées Excel (functions.json), générées depuis le registre des descripteurs.
 * Format « JSON écrit à la main » documenté par Microsoft (custom-functions-json.md) : aucune JSDoc,
 * aucun custom-functions-metadata (ADR 0005). fr-FR est la langue par défaut du manifeste : ce fichier est
 * à la fois le functions.json et la localisation française.
 */
import type { Argument, Fonction, GenreResultat } from "../../fonctions/dsl";
import { ancreAide } from "../../fonctions/catalogue";
import { FONCTIONS } from "../../fonctions/index";
import { problemesNomExcel } from "./noms";

export type TypeExcel = "any" | "number" | "string" | "boolean";
export type Dimension = "scalar" | "matrix";

export interface ParametreExcel {
  name: string;
  description: string;
  type: TypeExcel;
  dimensionality: Dimension;
  optional?: true;
  repeating?: true;
}

export interface FonctionExcel {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: ParametreExcel[];
  result: { type: TypeExcel; dimensionality: Dimension };
}

export interface MetadonneesExcel {
  functions: FonctionExcel[];
}

export interface FonctionRefusee {
  nom: string;
  raisons: string[];
}

/** URL de la page d'aide d'une fonction : `${base}/aide/fonctions.html#taux-tva`. */
export function urlAide(base: string, nom: string): string {
  return `${base.replace(/\/+$/, "")}/aide/fonctions.html#${ancreAide(nom)}`;
}

/**
 * Un argument vu par Excel. Les valeurs seules sont déclarées `any` : Excel nous passe le nombre ou le texte tel quel
 * et c'est notre lecteur français (« 20 % », « 1 234,56 ») qui l'interprète, comme dans les autres hôtes.
 * Les natures `plage` et `valeur` reçoivent une matrice (une cellule seule arrive alors en [[x]]).
 */
export function parametreExcel(a: Argument): ParametreExcel {
  const p: ParametreExcel = {
    name: a.nom,
    description: descriptionArgument(a),
    type: "any",
    dimensionality: a.nature === "plage" || a.nature === "valeur" ? "matrix" : "scalar",
  };
  if (a.facultatif || a.repete) p.optional = true;
  if (a.repete) p.repeating = true;
  return p;
}

/** La description de l'argument, complétée par sa valeur par défaut si elle ne la dit pas déjà. */
function descriptionArgument(a: Argument): string {
  if (!a.defautAffiche || /défaut|omis/i.test(a.description)) return a.description;
  return `${a.description} Par défaut : ${a.defautAffiche}.`;
}

const RESULTAT: Record<GenreResultat, FonctionExcel["result"]> = {
  nombre: { type: "number", dimensionality: "scalar" },
  // Excel n'a pas de type date : une date est un numéro de série (système 1900).
  date: { type: "number", dimensionality: "scalar" },
  texte: { type: "string", dimensionality: "scalar" },
  tableau: { type: "any", dimensionality: "matrix" },
};

export function fonctionExcel(f: Fonction, base: string): FonctionExcel {
  return {
    id: f.nom,
    name: f.nom,
    description: f.description,
    helpUrl: urlAide(base, f.nom),
    parameters: f.arguments.map(parametreExcel),
    result: { ...RESULTAT[f.resultat] },
  };
}

/** Sépare les descripteurs qu'Excel accepte de ceux dont le nom enfreint ses règles (ils ne sont jamais émis). */
export function trierPourExcel(fonctions: readonly Fonction[] = FONCTIONS): { retenues: Fonction[]; refusees: FonctionRefusee[] } {
  const retenues: Fonction[] = [];
  const refusees: FonctionRefusee[] = [];
  for (const f of fonctions) {
    const raisons = problemesNomExcel(f.nom);
    if (raisons.length) refusees.push({ nom: f.nom, raisons });
    else retenues.push(f);
  }
  return { retenues, refusees };
}

/** Les métadonnées Excel du registre ; `refusees` liste les fonctions écartées et pourquoi. */
export function metadonneesExcel(base: string, fonctions: readonly Fonction[] = FONCTIONS): { metadonnees: MetadonneesExcel; refusees: FonctionRefusee[] } {
  const { retenues, refusees } = trierPourExcel(fonctions);
  return { metadonnees: { functions: retenues.map((f) => fonctionExcel(f, base)) }, refusees };
}

/** Le texte de functions.json (indenté, lisible dans un diff). */
export function functionsJson(base: string, fonctions: readonly Fonction[] = FONCTIONS): { json: string; refusees: FonctionRefusee[] } {
  const { metadonnees, refusees } = metadonneesExcel(base, fonctions);
  return { json: JSON.stringify(metadonnees, null, 2) + "\n", refusees };
}

/** Message d'avertissement, en français, pour les fonctions écartées. */
export function avertissementRefusees(refusees: readonly FonctionRefusee[]): string {
  return refusees.map((r) => `AGORA.${r.nom} n'est pas publiée dans Excel : ${r.raisons.join(" ; ")}.`).join("\n");
}
