/** Fonctions AGORA : la facture complète. */
import type { Fonction } from "./dsl";

export const FONCTIONS_FACTURE: readonly Fonction[] = [];
