/** Stocks : mouvements, fiche de stock (CUMP, CUMP de période, PEPS) et indicateurs (comptabilite.md § 10). */
export * from "./mouvements";
export * from "./fiche";
export * from "./indicateurs";
