/** Hôte d'aperçu : le port Classeur sur HyperFormula, pour le navigateur et les tests de bout en bout. */
export { ClasseurApercu } from "./classeur-apercu";
export type { CelluleAffichee, ContenuSaisie } from "./lecture";
export type { Decor, GraphiqueAffiche } from "./decor";
export type { IssueSaisie } from "./saisie";
export type { SelectionApercu } from "./etat";
