/** Classeurs de paie pour les tests : registre du personnel, paramètres de l'employeur, variables du mois. */
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import type { Cellule } from "../../../src/classeur/port";

export const ENTETE_REGISTRE: Cellule[] = ["Matricule", "Nom", "Prénom", "Contrat", "Heures mensuelles", "Poste", "Statut", "Date d'entrée", "Salaire de base", "Taux PAS"];
export const ENTETE_VARIABLES: Cellule[] = ["Matricule", "Nom", "Heures sup. 25 %", "Heures sup. 50 %", "Absence (heures)", "Début d'absence", "Fin d'absence", "Motif d'absence", "Prime", "Libellé de la prime", "Formation (heures)"];

export const REGISTRE = { genre: "feuille", feuille: "Personnel" } as const;

/** paie.md § 10.1 : non-cadre à 2 150 €, entreprise de 11 salariés, AT/MP 1,50 %, santé 60 € à 50 %, PAS 2 %. */
export const SALARIE_A: Cellule[] = ["A01", "Martin", "Léa", "CDI", 151.67, "Comptable", "non-cadre", "01/09/2020", 2150, 0.02];
export const PARAMETRES_A: Cellule[][] = [
  ["Paramètre", "Valeur"],
  ["Raison sociale", "Exemple SARL"],
  ["SIRET", "00000011700010"],
  ["Effectif", 11],
  ["Taux AT/MP", 0.015],
  ["Complémentaire santé (cotisation mensuelle)", 60],
  ["Part patronale de la complémentaire santé", 0.5],
];
/** paie.md § 10.2 : cadre à 4 600 €, 8 heures supplémentaires à 25 %, entreprise de 60 salariés, AT/MP 1,20 %, taux neutre. */
export const SALARIE_B: Cellule[] = ["B01", "Durand", "Paul", "CDI", null, "Directeur commercial", "cadre", null, 4600, null];
export const PARAMETRES_B: Cellule[][] = [
  ["Effectif", 60],
  ["Taux AT/MP", "1,20 %"],
  ["Complémentaire santé (cotisation mensuelle)", 60],
];

export function classeurPaie(options: { registre: Cellule[][]; parametres: Cellule[][]; variables?: Cellule[][]; mois?: string }): ClasseurMemoire {
  const feuilles: Record<string, Cellule[][]> = { Personnel: [ENTETE_REGISTRE, ...options.registre], "Paramètres de paie": options.parametres };
  if (options.variables) feuilles[`Variables ${options.mois ?? "2026-03"}`] = [ENTETE_VARIABLES, ...options.variables];
  return new ClasseurMemoire({ feuilles });
}

/** Ligne d'une grille de variables : matricule puis valeurs par en-tête. */
export function variables(matricule: string, v: Partial<Record<string, Cellule>>): Cellule[] {
  return ENTETE_VARIABLES.map((e, j) => (j === 0 ? matricule : (v[String(e)] ?? null)));
}

/** Valeur de la colonne F (montants du bas de bulletin) de la ligne dont la colonne A commence par `libelle`. */
export function montantBulletin(c: ClasseurMemoire, feuille: string, libelle: string): Cellule | undefined {
  for (let ligne = 1; ligne <= 120; ligne++) {
    const a = c.cellule(feuille, `A${ligne}`)?.valeur;
    if (typeof a === "string" && a.startsWith(libelle)) return c.cellule(feuille, `F${ligne}`)?.valeur;
  }
  return undefined;
}

/** La ligne (A à F) dont la colonne A vaut exactement `libelle`. */
export function ligneBulletin(c: ClasseurMemoire, feuille: string, libelle: string): Cellule[] | undefined {
  for (let ligne = 1; ligne <= 120; ligne++) {
    if (c.cellule(feuille, `A${ligne}`)?.valeur === libelle) return ["A", "B", "C", "D", "E", "F"].map((col) => c.cellule(feuille, `${col}${ligne}`)?.valeur ?? null);
  }
  return undefined;
}
