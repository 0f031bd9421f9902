/** Les actions du module « Comptabilité » du volet : structurer le journal, générer la balance et le grand livre. */
export { preparerStructuration, type OptionsStructuration } from "./structurer-journal";
export { preparerBalance, preparerGrandLivre, type OptionsEtats } from "./generer-etats";
export { appliquerPreparation, type IssueApplication, type IssuePreparation, type Preparation } from "./preparation";
export type { AnomalieJournal } from "./lecture-grille";
export type { SourceJournal } from "./source";
export { FEUILLE_JOURNAL, TABLE_JOURNAL } from "./table-journal";
export { FEUILLE_BALANCE, FEUILLE_BALANCE_AUXILIAIRE } from "./plan-balance";
export { FEUILLE_GRAND_LIVRE } from "./plan-grand-livre";
