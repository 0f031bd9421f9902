/** Trésorerie : échelonnement des règlements, TVA à décaisser, budget de trésorerie, rapprochement (comptabilite.md § 7, § 8). */
export * from "./conditions";
export * from "./echelonner";
export * from "./tva";
export * from "./budget";
export * from "./rapprochement";
export * from "./operations";
