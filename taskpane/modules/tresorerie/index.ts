import type { ModulePgi } from "../../types";
import { ModuleTresorerie } from "./ModuleTresorerie";

/** Pôle 2 (activité 2.2) : trésorerie, budget de trésorerie. */
export const MODULE_TRESORERIE: ModulePgi = {
  id: "tresorerie",
  titre: "Trésorerie",
  resume: "Le budget de trésorerie mensuel, son graphique et l'alerte des mois négatifs.",
  Composant: ModuleTresorerie,
  /** Ce qui reste à venir dans ce module. */
  prevu: [
    "Importer un relevé bancaire (CSV de la banque ou CFONB 120).",
    "Pointer automatiquement le relevé avec le journal de banque (compte 512).",
    "Générer l'état de rapprochement, prêt à imprimer.",
  ],
};
