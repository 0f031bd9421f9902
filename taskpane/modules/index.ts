/** Les modules du PGI dans l'ordre du sélecteur du volet. */
import type { ModulePgi } from "../types";
import { MODULE_CLASSE } from "./classe";
import { MODULE_COMMERCIAL } from "./commercial";
import { MODULE_COMPTABILITE } from "./comptabilite";
import { MODULE_FONCTIONS } from "./fonctions";
import { MODULE_IMMOBILISATIONS } from "./immobilisations";
import { MODULE_PAIE } from "./paie";
import { MODULE_STOCKS } from "./stocks";
import { MODULE_TABLEAUX_DE_BORD } from "./tableaux-de-bord";
import { MODULE_TRESORERIE } from "./tresorerie";

export const MODULES: readonly ModulePgi[] = [
  MODULE_FONCTIONS,
  MODULE_COMMERCIAL,
  MODULE_COMPTABILITE,
  MODULE_IMMOBILISATIONS,
  MODULE_TRESORERIE,
  MODULE_STOCKS,
  MODULE_PAIE,
  MODULE_TABLEAUX_DE_BORD,
  MODULE_CLASSE,
];
