import type { ModulePgi } from "../../types";
import { ModuleFonctions } from "./ModuleFonctions";

export const MODULE_FONCTIONS: ModulePgi = {
  id: "fonctions",
  titre: "Fonctions",
  resume: "Les fonctions AGORA : chercher, comprendre le calcul, insérer dans la feuille.",
  Composant: ModuleFonctions,
};
