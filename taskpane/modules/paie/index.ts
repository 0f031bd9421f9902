import type { ModulePgi } from "../../types";

/** Pôle 3 (activités 3.1 et 3.2) : administration du personnel et paie. */
export const MODULE_PAIE: ModulePgi = {
  id: "paie",
  titre: "Paie",
  resume: "Le bulletin dans ses grandes composantes, les temps et les frais.",
  prevu: [
    "Bulletin de paie simplifié : brut, cotisations salariales et patronales, net à payer.",
    "Heures supplémentaires majorées, congés acquis, ancienneté, fin de période d'essai.",
    "Contrôler un état de frais : pièces, plafonds, barème kilométrique, doublons.",
    "Centraliser la paie : du journal de paie à l'écriture d'opérations diverses équilibrée.",
  ],
};
