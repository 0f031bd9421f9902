// Oracle de paie 2025 : le moteur d'agora-excel comparé aux règles Urssaf de modele-social (docs/paie.md).
import { campagne } from "./modele-social-campagne";

campagne(2025, 20250308);
