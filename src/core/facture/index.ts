/** Facture : lecture des lignes, chaîne de calcul (comptabilite.md § 5.1), pied de facture en tableau. */
export { controlerLigne, lireLignesFacture, lireTauxPort, type LigneFacture, type TauxPort } from "./lecture";
export { calculerFacture, REGLE_CHAINE, type ConditionsFacture, type Facture, type LigneCalculee, type VentilationTaux } from "./calcul";
export type { Reduction } from "../commercial";
export { repartirAuProrata, type Repartition } from "./repartition";
export { LIGNES_FIXES_TABLEAU, MAX_TAUX_TABLEAU, lignesReservees, tableauFacture, type LigneTableau } from "./tableau";
