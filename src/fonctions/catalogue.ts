/** Le catalogue des fonctions tel que le montrent la CLI, le volet et le guide : généré du registre. */
import type { Categorie, FormatResultat, NatureArgument } from "./dsl";
import { ESPACE_DE_NOMS, FONCTIONS } from "./index";

export interface EntreeCatalogue {
  nom: string;
  categorie: Categorie;
  description: string;
  arguments: { nom: string; description: string; nature: NatureArgument; facultatif: boolean; repete: boolean; defaut?: string }[];
  resultat: string;
  /** Format à donner à la cellule où la fonction est insérée. */
  format: FormatResultat;
  exemple?: string;
  /** Données de l'exemple (à partir de A1), quand la formule fait référence à une plage. */
  donneesExemple?: (string | number | boolean | null)[][];
  syntaxe: string;
  ancre: string;
}

/** Ancre de la page d'aide d'une fonction : « taux-tva » pour TAUX.TVA. */
export const ancreAide = (nom: string): string => nom.toLowerCase().replace(/\./g, "-");

export function syntaxe(nom: string, args: readonly { nom: string; facultatif: boolean; repete: boolean }[]): string {
  const liste = args.map((a) => (a.repete ? `[${a.nom}…]` : a.facultatif ? `[${a.nom}]` : a.nom)).join(" ; ");
  return `=${ESPACE_DE_NOMS}.${nom}(${liste})`;
}

export function catalogue(): EntreeCatalogue[] {
  return FONCTIONS.map((f) => ({
    nom: `${ESPACE_DE_NOMS}.${f.nom}`,
    categorie: f.categorie,
    description: f.description,
    arguments: f.arguments.map((a) => ({
      nom: a.nom,
      description: a.description,
      nature: a.nature,
      facultatif: a.facultatif,
      repete: a.repete,
      ...(a.defautAffiche ? { defaut: a.defautAffiche } : {}),
    })),
    resultat: f.resultat,
    format: f.format ?? (f.resultat === "date" ? "date" : f.resultat === "texte" ? "texte" : "nombre"),
    exemple: f.exemples[0]?.formule,
    ...(f.exemples[0]?.donnees ? { donneesExemple: f.exemples[0].donnees.map((l) => l.map((c) => c ?? null)) } : {}),
    syntaxe: syntaxe(f.nom, f.arguments),
    ancre: ancreAide(f.nom),
  }));
}
