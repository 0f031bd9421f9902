/**
 * Outils de préparation propres au module « Comptabilité » (le motif « préparer, puis appliquer », ses types
 * `Preparation` et `IssuePreparation` et `appliquerPreparation` sont dans ../commun/preparation) : montants en euros,
 * refus d'un journal dont des lignes sont fautives.
 */
import { centimesFr, type Centimes } from "../../core/compta/centimes";
import { compte, type IssuePreparation } from "../commun/preparation";
import type { LectureJournal } from "./lecture-grille";

/** « 79 258,40 € » (espace fine pour les milliers, insécable avant €). */
export const eurosFr = (c: Centimes): string => `${centimesFr(c)}\u00a0€`;

/** Message d'échec d'une lecture dont des lignes sont fautives. */
export function refusAnomalies(lecture: LectureJournal, feuille: string, consigne: string): IssuePreparation {
  const n = lecture.nombreErreurs;
  const citees = lecture.erreurs.length < n ? ` (les ${lecture.erreurs.length} premières sont listées)` : "";
  return {
    ok: false,
    message: `${compte(n, "anomalie empêche", "anomalies empêchent")} de continuer${citees}. ${consigne}`,
    anomalies: [...lecture.erreurs, ...lecture.desequilibres],
    lecture: { lignes: lecture.lues, ecritures: lecture.ecritures, feuille, zone: lecture.zone },
  };
}
