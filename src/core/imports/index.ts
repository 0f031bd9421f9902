/** Import des extractions de PGI (exports-pgi.md) : FEC, Odoo, Dolibarr, EBP, Sage, CSV paramétrable, relevé CFONB 120. */
export { importer, importerSync, importerGrille, importerGrilleSync, importerEtapes, importerGrilleEtapes, executer, executerSync, type Etape } from "./importer";
export { detecterFormat, type Detection } from "./detection";
export { lireCorrespondance, appliquerCorrespondance, type CorrespondanceColonnes } from "./correspondance";
export { lireCfonb, estCfonb, montantCfonb, type OperationBancaire, type ReleveBancaire, type ResultatCfonb } from "./cfonb";
export { resumerImport, type ResumeImport } from "./resume";
export { lireMontantSource, lireDateSource, resoudreFormatDate } from "./valeurs";
export { CollecteErreurs } from "./erreurs";
export * from "./types";
