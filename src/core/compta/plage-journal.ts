/**
 * Un journal saisi dans une feuille (table `Journal` ou toute plage aux mêmes colonnes) : première ligne d'en-tête,
 * puis une ligne d'écriture par ligne de la plage. Les lignes vides (lignes de réserve d'une table) sont ignorées,
 * comme les lignes sans montant (une ligne en cours de saisie) ; une valeur illisible, un montant négatif, un débit et
 * un crédit sur la même ligne ou un compte hors PCG sont des erreurs qui nomment la ligne de la plage. Une écriture
 * déséquilibrée n'empêche pas le calcul : elle est signalée dans la trace (AGORA.EXPLIQUE).
 */
import { erreurValeur } from "../erreurs";
import type { ValeurCellule } from "../nombres";
import { TRACE_MUETTE, type Trace } from "../trace";
import { Anomalies, trierAnomalies, type Anomalie } from "./anomalie";
import { colonnesManquantes, messageColonnesManquantes, reconnaitreColonnes } from "./colonnes";
import type { LigneEcriture } from "./ecriture";
import { lireLigneJournal } from "./lecture-ligne";
import { ControleEquilibre, messageDesequilibre, ValidateurJournal } from "./valider";

/** Nombre d'anomalies citées dans le message d'erreur d'une cellule. */
const CITEES = 3;

function erreurPlage(champ: string, anomalies: readonly Anomalie[], total: number): never {
  const cites = anomalies.slice(0, CITEES).map((a) => a.message.replace(/^Ligne (\d+)/, "ligne $1 de la plage").replace(/\.$/, ""));
  const reste = total > CITEES ? ` (et ${total - CITEES} autre${total - CITEES > 1 ? "s" : ""} anomalie${total - CITEES > 1 ? "s" : ""})` : "";
  throw erreurValeur(`${champ} : ${cites.join(" ; ")}${reste}.`);
}

/** Lit les lignes d'écriture d'une plage ; `champ` nomme l'argument dans les messages. */
export function lireJournalPlage(plage: readonly (readonly ValeurCellule[])[], champ: string, trace: Trace = TRACE_MUETTE): LigneEcriture[] {
  const [entete, ...corps] = plage;
  const structure = reconnaitreColonnes(entete ?? []);
  const manque = colonnesManquantes(structure);
  if (manque.length) {
    throw erreurValeur(`${champ} : la première ligne de la plage doit être l'en-tête du journal ; ${messageColonnesManquantes(manque, structure)}`);
  }
  const lecture = new Anomalies();
  const lues: LigneEcriture[] = [];
  corps.forEach((cellules, i) => {
    const l = lireLigneJournal(cellules, structure, i + 2, lecture);
    if (l && (l.debit !== 0 || l.credit !== 0)) lues.push(l);
  });
  const validation = new ValidateurJournal({ equilibre: false, lignesVides: false });
  for (const l of lues) validation.ajouter(l);
  const anomalies = trierAnomalies([...lecture.liste, ...validation.terminer()]);
  if (anomalies.length) erreurPlage(champ, anomalies, anomalies.length);

  const equilibre = new ControleEquilibre();
  for (const l of lues) equilibre.ajouter(l);
  for (const e of equilibre.terminer()) trace.alerte(messageDesequilibre(e, "de la plage"));
  return lues;
}
