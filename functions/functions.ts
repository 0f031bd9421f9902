/**
 * Point d'entrée Excel des fonctions AGORA (bundle functions.js, chargé dans la page du runtime partagé).
 * Chaque descripteur publié dans functions.json est associé à son enveloppe ; hors d'Excel (page ouverte dans
 * un navigateur), `CustomFunctions` n'existe pas et rien n'est associé.
 */
import { associerFonctions, type MoteurFonctions } from "../src/hotes/excel/enveloppe";

const moteur = (globalThis as { CustomFunctions?: MoteurFonctions }).CustomFunctions;
if (moteur) associerFonctions(moteur);
