import type { ModulePgi } from "../../types";

/** Pôle 2 (activité 2.2) : trésorerie et rapprochement bancaire. */
export const MODULE_TRESORERIE: ModulePgi = {
  id: "tresorerie",
  titre: "Trésorerie",
  resume: "Le relevé bancaire, le pointage et l'état de rapprochement.",
  prevu: [
    "Importer un relevé bancaire (CSV de la banque ou CFONB 120).",
    "Pointer automatiquement le relevé avec le journal de banque (compte 512).",
    "Générer l'état de rapprochement, prêt à imprimer.",
    "Budget de trésorerie mensuel : prévu et réalisé.",
  ],
};
