/** Le FEC : lecture, écriture et validation du fichier des écritures comptables (comptabilite.md § 2). */
export { Constats, LIMITE_PAR_REGLE } from "./constats";
export { analyserEntete, type FormatFec, type SeparateurFec } from "./entete";
export { ecrireFec, type OptionsEcriture } from "./ecrire";
export { creerLecteurFec, decouperLignes, lireFec, type LecteurFec, type LigneAnalysee, type ResultatLecture } from "./lecture";
export { analyserNomFichier, exerciceDepuisCloture, nomFichierFec, sirenValide, type Exercice, type NomFec } from "./nom-fichier";
export { LISTE_REGLES_FEC, REGLES_FEC, type Diagnostic, type IdRegle, type Severite } from "./regles";
export { creerValidateurFec, validerFec, type OptionsValidation, type RapportFec, type ValidateurFec } from "./validateur";
export { CHAMPS_FEC, dateFec, lireDateFec, lireMontantFec, montantFec } from "./valeurs";
