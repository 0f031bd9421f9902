/** Immobilisations : plans d'amortissement linéaire et dégressif, VNC à une date, cession (comptabilite.md § 9). */
export * from "./calendrier";
export * from "./plan";
export * from "./lineaire";
export * from "./degressif";
export * from "./position";
