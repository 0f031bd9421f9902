// Oracle de paie 2026 : le moteur d'agora-excel comparé aux règles Urssaf de modele-social (docs/paie.md).
import { campagne } from "./modele-social-campagne";

campagne(2026, 20260308);
