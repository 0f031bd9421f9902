import type { ModulePgi } from "../../types";

/** Pôle 1 : relations avec les clients (activités 1.1 à 1.3). */
export const MODULE_COMMERCIAL: ModulePgi = {
  id: "commercial",
  titre: "Commercial",
  resume: "La chaîne des ventes, du devis à l'avoir, et le suivi des clients.",
  prevu: [
    "Générer un devis, une facture ou un avoir depuis une ligne de tableau, avec le contrôle des mentions obligatoires.",
    "Importer une extraction du PGI (CSV, encodage et séparateurs détectés) et obtenir un rapport d'anomalies : doublons, SIREN, codes postaux.",
    "Préparer les relances : balance âgée et lettre type selon le niveau de retard.",
    "Fichier prospects et clients avec listes de validation (statut, origine, consentement RGPD).",
  ],
};
