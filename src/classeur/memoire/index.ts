export { ClasseurMemoire, type NomMemoire, type OptionsClasseurMemoire, type TableMemoire } from "./classeur-memoire";
export { FeuilleMemoire, type CelluleMemoire } from "./feuille";
