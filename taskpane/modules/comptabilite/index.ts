import type { ModulePgi } from "../../types";

/** Pôle 2 (activité 2.2) et fonctions transversales : écritures, balance, TVA. */
export const MODULE_COMPTABILITE: ModulePgi = {
  id: "comptabilite",
  titre: "Comptabilité",
  resume: "Les écritures, la balance et la TVA, contrôlées au centime.",
  prevu: [
    "Balance depuis un FEC : import du fichier des écritures comptables, balance par compte, bilan et compte de résultat en grandes masses.",
    "Lettrer le compte 411 : rapprochement des factures et des règlements par référence ou par montant.",
    "Contrôles de cohérence : total débit = total crédit, numérotation continue, dates plausibles, taux de TVA autorisés.",
    "Aide à la déclaration de TVA (CA3) : bases par taux, TVA collectée, TVA déductible, crédit antérieur.",
  ],
};
