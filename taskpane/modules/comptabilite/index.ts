import type { ModulePgi } from "../../types";
import { ModuleComptabilite } from "./ModuleComptabilite";

/** Pôle 2 (activités 1.2 et 2.2) et fonctions transversales : du journal brut aux états, lettrage, rapprochement, FEC. */
export const MODULE_COMPTABILITE: ModulePgi = {
  id: "comptabilite",
  titre: "Comptabilité",
  resume: "Du journal brut aux états : balance, grand livre, compte de résultat et bilan, CA3, rapprochement bancaire, lettrage, balance âgée et FEC, contrôlés au centime.",
  // Ce qui reste à venir dans ce module.
  prevu: [
    "CA3 ventilée par taux : bases et TVA à 20 %, 10 % et 5,5 % (lignes 08, 9B et 09) au lieu de toutes les ventes au taux normal.",
    "Relances clients depuis la balance âgée : lettre type selon le retard.",
  ],
  Composant: ModuleComptabilite,
};
