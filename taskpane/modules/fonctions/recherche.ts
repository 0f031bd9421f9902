/** Recherche dans le catalogue : sans tenir compte des accents ni de la casse, sur le nom, la description et les arguments. */
import { normaliserMotCle } from "../../../src/core/nombres";
import type { EntreeCatalogue } from "../../../src/fonctions/catalogue";

export interface Groupe {
  categorie: string;
  fonctions: EntreeCatalogue[];
}

/** Texte où chercher : nom complet et court, description, noms et descriptions des arguments. */
function texteDeRecherche(e: EntreeCatalogue): string {
  const morceaux = [e.nom, e.nom.replace(/^AGORA\./, ""), e.description, ...e.arguments.flatMap((a) => [a.nom, a.description])];
  return normaliserMotCle(morceaux.join(" \n "));
}

const index = new WeakMap<EntreeCatalogue, string>();

function textePour(e: EntreeCatalogue): string {
  let t = index.get(e);
  if (t === undefined) {
    t = texteDeRecherche(e);
    index.set(e, t);
  }
  return t;
}

/** Les mots de la recherche, normalisés : « Taux  TVA » → ["taux", "tva"]. */
export function motsRecherches(recherche: string): string[] {
  return normaliserMotCle(recherche).split(" ").filter((m) => m !== "");
}

/** Une entrée correspond si chaque mot recherché apparaît quelque part (« taux tva » trouve AGORA.TAUX.TVA). */
export function correspond(e: EntreeCatalogue, recherche: string): boolean {
  const texte = textePour(e);
  return motsRecherches(recherche).every((m) => texte.includes(m));
}

/** Filtre puis regroupe par catégorie, dans l'ordre du catalogue. */
export function rechercher(entrees: readonly EntreeCatalogue[], recherche: string): Groupe[] {
  const groupes = new Map<string, EntreeCatalogue[]>();
  for (const e of entrees) {
    if (!correspond(e, recherche)) continue;
    const liste = groupes.get(e.categorie) ?? [];
    liste.push(e);
    groupes.set(e.categorie, liste);
  }
  return [...groupes].map(([categorie, fonctions]) => ({ categorie, fonctions }));
}

/** « 1 fonction », « 12 fonctions », « aucune fonction ». */
export function compteFonctions(n: number): string {
  if (n === 0) return "Aucune fonction";
  return `${new Intl.NumberFormat("fr-FR").format(n)} fonction${n > 1 ? "s" : ""}`;
}
