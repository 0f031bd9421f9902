import type { ModulePgi } from "../../types";

/** Pôle 2 (activité 2.1) : approvisionnements et stocks. */
export const MODULE_STOCKS: ModulePgi = {
  id: "stocks",
  titre: "Stocks",
  resume: "Les fiches de stock, les seuils d'alerte et l'inventaire.",
  prevu: [
    "Fiche de stock au coût moyen unitaire pondéré (CMUP) recalculé après chaque entrée.",
    "Stock minimum et stock d'alerte signalés dans la feuille.",
    "Inventaire physique et en valeur, écarts d'inventaire.",
    "Contrôle facture d'achat, bon de commande et bon de réception (rapprochement à trois).",
  ],
};
