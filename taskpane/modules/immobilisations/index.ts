import type { ModulePgi } from "../../types";

/** Pôle 2 (activité 2.3) : immobilisations et amortissements. */
export const MODULE_IMMOBILISATIONS: ModulePgi = {
  id: "immobilisations",
  titre: "Immobilisations",
  resume: "Les plans d'amortissement, la valeur nette comptable et les cessions.",
  prevu: [
    "Générer le plan d'amortissement linéaire d'un bien, avec le prorata temporis de la première année.",
    "Registre des immobilisations : acquisitions, valeur nette comptable à la clôture.",
    "Résultat de cession : prix de cession comparé à la valeur nette comptable.",
  ],
};
