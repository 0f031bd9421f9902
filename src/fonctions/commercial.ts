/** Fonctions AGORA : marges, prix de vente, remises, escompte. */
import type { Fonction } from "./dsl";

export const FONCTIONS_COMMERCIALES: readonly Fonction[] = [];
