/** Adaptateur ExcelJS : fichiers .xlsx ↔ instantanés de classeur. */
export * from "./instantane";
export { lireXlsx, depuisClasseurExcelJs, formuleDuFichier } from "./lire-xlsx";
export { ecrireXlsx, versClasseurExcelJs, pertesEcriture } from "./ecrire-xlsx";
export { ClasseurFichier } from "./classeur-fichier";
