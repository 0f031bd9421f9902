/** Fonctions AGORA : seuil de rentabilité, point mort, échéances. */
import type { Fonction } from "./dsl";

export const FONCTIONS_GESTION: readonly Fonction[] = [];
