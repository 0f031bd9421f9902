/** Types partagés du volet. */
import type { JSX } from "react";
import type { Classeur } from "../src/classeur/port";

/** Où le volet tourne : dans Excel, ou dans l'aperçu sans Excel (grille HyperFormula). */
export type Hote = "excel" | "apercu";

export interface ProprietesModule {
  classeur: Classeur;
  hote: Hote;
}

/** Un module du PGI dans le volet : un dossier par module sous taskpane/modules/. */
export interface ModulePgi {
  id: string;
  titre: string;
  /** Une phrase : ce que fait le module. */
  resume: string;
  /** Pour un module à venir : ce qu'il apportera (référentiel du Bac Pro AGOrA, pédagogie.md § 2). */
  prevu?: string[];
  Composant?: (props: ProprietesModule) => JSX.Element;
}
