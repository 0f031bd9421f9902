/** Charge l'entreprise d'exemple dans un classeur d'aperçu (en remplaçant son contenu). */
import type { ClasseurApercu } from "../../src/classeur/apercu";
import { FEUILLE_OUVERTE, planExemple, PREMIERE_FEUILLE } from "./exemple";

export async function chargerExemple(classeur: ClasseurApercu): Promise<void> {
  classeur.vider(PREMIERE_FEUILLE);
  await classeur.appliquer(planExemple());
  classeur.activerFeuille(FEUILLE_OUVERTE);
  classeur.oublierHistorique();
}
