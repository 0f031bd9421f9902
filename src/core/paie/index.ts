/** Paie : paramètres datés, moteur de bulletin clarifié, lecture des données et présentations. */
export { calculerBulletin } from "./bulletin";
export { lireEntreeBulletin, lireFraction } from "./lecture";
export { bulletinJson, bulletinTexte, tableauBulletin, type BulletinJson } from "./rendu";
export { indemniteConges } from "./conges-payes";
export { heuresReference, reduction, smicReference } from "./reduction-generale";
export { tauxNeutre } from "./impot";
export { baremeAu, parametreAu, sourceFr, TABLES_PAIE, verifierParametresPaie, type BaremePaie } from "./parametres";
export * from "./types";
