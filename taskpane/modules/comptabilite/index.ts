import type { ModulePgi } from "../../types";
import { ModuleComptabilite } from "./ModuleComptabilite";

/** Pôle 2 (activité 2.2) et fonctions transversales : écritures, journal, balance, grand livre. */
export const MODULE_COMPTABILITE: ModulePgi = {
  id: "comptabilite",
  titre: "Comptabilité",
  resume: "Du journal brut au tableau Journal, à la balance et au grand livre, contrôlés au centime.",
  // La suite du module (issue 5), pas encore dans le volet.
  prevu: [
    "Balance depuis un FEC : import du fichier des écritures comptables, balance par compte, bilan et compte de résultat en grandes masses.",
    "Lettrer le compte 411 : rapprochement des factures et des règlements par référence ou par montant.",
    "Aide à la déclaration de TVA (CA3) : bases par taux, TVA collectée, TVA déductible, crédit antérieur.",
  ],
  Composant: ModuleComptabilite,
};
