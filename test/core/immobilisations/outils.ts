// Outils communs aux tests des immobilisations : jours, immobilisations et tableaux de plans en texte.
import { Dec } from "../../../src/core/argent";
import type { Jour } from "../../../src/core/dates";
import { creerCalendrier, type Cloture, type Immobilisation, type ModeAmortissement, type PlanAmortissement } from "../../../src/core/immobilisations";

export const jour = (annee: number, mois: number, j: number): Jour => ({ annee, mois, jour: j });

export function immo(
  base: number | string,
  debut: Jour,
  duree: number,
  mode: ModeAmortissement = "lineaire",
  options: { cloture?: Cloture; premiereCloture?: Jour; valeurResiduelle?: number | string; decompte?: "360" | "reel" } = {},
): Immobilisation {
  return {
    valeurOrigine: new Dec(base),
    debut,
    duree,
    mode,
    decompte: options.decompte,
    valeurResiduelle: options.valeurResiduelle === undefined ? undefined : new Dec(options.valeurResiduelle),
    calendrier: creerCalendrier(debut, options.cloture, options.premiereCloture),
  };
}

const jj = (j: Jour) => `${String(j.jour).padStart(2, "0")}/${String(j.mois).padStart(2, "0")}/${j.annee}`;

/** Le plan en lignes « exercice | début | fin | base | annuité | cumul | VNC », montants à deux décimales. */
export const lignesPlan = (p: PlanAmortissement): string[] =>
  p.lignes.map((l) => [l.exercice, jj(l.debut), jj(l.fin), l.base.toFixed(2), l.annuite.toFixed(2), l.cumul.toFixed(2), l.vnc.toFixed(2)].join(" | "));
