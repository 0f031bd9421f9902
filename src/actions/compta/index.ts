/** Les actions du module « Comptabilité » du volet : structurer le journal, générer la balance et le grand livre. */
export { preparerStructuration, type OptionsStructuration } from "./structurer-journal";
export { preparerBalance, preparerGrandLivre, type OptionsEtats } from "./generer-etats";
export { appliquerPreparation, type IssueApplication, type IssuePreparation, type Preparation, type Remarque } from "../commun/preparation";
export type { SourceJournal } from "./source";
export { FEUILLE_JOURNAL, TABLE_JOURNAL } from "./table-journal";
export { FEUILLE_BALANCE, FEUILLE_BALANCE_AUXILIAIRE } from "./plan-balance";
export { FEUILLE_GRAND_LIVRE } from "./plan-grand-livre";
export { atteindreConstat, controlerJournalFec, exporterJournalFec, exporterJournalLu, lignesEcartees, numerotationDuJournal, type ConstatFec, type IssueControleFec, type IssueExportFec, type OptionsFec } from "./fec";
export { preparerEtatsSynthese, preparerTva, reperesDuJournal, moisFr, type OptionsTva } from "./etats";
export { FEUILLE_BILAN, FEUILLE_RESULTAT } from "./plan-etats";
export { FEUILLE_CA3, FEUILLE_SIG } from "./plan-etats-gestion";
export { preparerRapprochement, type OptionsRapprochement } from "./rapprochement";
export { FEUILLE_RAPPROCHEMENT } from "./rapprochement-plan";
export { preparerLettrage } from "./lettrage";
export { preparerBalanceAgee, type OptionsBalanceAgee } from "./balance-agee";
export { FEUILLE_BALANCE_AGEE } from "./balance-agee-plan";
export { correspondanceDe, modeleCorrespondance, preparerImport, type IssueImport, type ModeleCorrespondance, type OptionsImportJournal } from "./importer";
