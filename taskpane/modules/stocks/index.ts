import type { ModulePgi } from "../../types";
import { ModuleStocks } from "./ModuleStocks";

/** Pôle 2 (activité 2.1) : approvisionnements et stocks. */
export const MODULE_STOCKS: ModulePgi = {
  id: "stocks",
  titre: "Stocks",
  resume: "Les fiches de stock (CUMP ou PEPS) et le stock d'alerte, à partir des mouvements de stock.",
  Composant: ModuleStocks,
  /** Ce qui reste à venir dans ce module. */
  prevu: ["Inventaire physique et en valeur, écarts d'inventaire.", "Contrôle facture d'achat, bon de commande et bon de réception (rapprochement à trois)."],
};
