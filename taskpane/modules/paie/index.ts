import type { ModulePgi } from "../../types";
import { ModulePaie } from "./ModulePaie";

/** Pôle 3 (activités 3.1 et 3.2) : administration du personnel et paie. */
export const MODULE_PAIE: ModulePgi = {
  id: "paie",
  titre: "Paie",
  resume: "Les bulletins de paie clarifiés, le livre de paie et l'écriture de paie, à partir du registre du personnel et des variables du mois.",
  Composant: ModulePaie,
  prevu: [
    "Heures supplémentaires majorées, congés acquis, ancienneté, fin de période d'essai.",
    "Contrôler un état de frais : pièces, plafonds, barème kilométrique, doublons.",
  ],
};
