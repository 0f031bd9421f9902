import type { ModulePgi } from "../../types";
import { ModuleImmobilisations } from "./ModuleImmobilisations";

/** Pôle 2 (activité 2.3) : immobilisations et amortissements. */
export const MODULE_IMMOBILISATIONS: ModulePgi = {
  id: "immobilisations",
  titre: "Immobilisations",
  resume: "Les plans d'amortissement, les dotations de l'exercice et les cessions, à partir du registre des immobilisations.",
  Composant: ModuleImmobilisations,
};
