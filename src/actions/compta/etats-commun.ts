/**
 * Ce que partagent les étapes qui partent du journal structuré (balance, grand livre, états de synthèse, TVA,
 * rapprochement) : relire le tableau `Journal`, refuser s'il a des lignes fautives ou s'il est vide, repérer les
 * feuilles générées qui existent déjà (remplacées après confirmation) et les tableaux en conflit.
 */
import { erreurValeur } from "../../core/erreurs";
import type { Classeur } from "../../classeur/port";
import { compte, conflitsDeTables, feuillesExistantes, type IssuePreparation, type Lecture, type Remarque } from "../commun/preparation";
import { refusAnomalies } from "./preparation";
import { lireJournalDuClasseur, type JournalDuClasseur } from "./source";
import { etendueDates } from "./structurer-journal";

export interface OptionsEtats {
  /** Feuille du journal structuré si le classeur n'a pas de tableau `Journal` (par défaut « Journal structuré »). */
  feuilleJournal?: string;
}

export interface ContexteEtat {
  journal: JournalDuClasseur;
  /** Feuilles générées qui existent déjà (nom exact). */
  remplacees: string[];
  /** « D'après le tableau Journal (feuille « … ») : 22 lignes, 1 écriture, le 01/01/2025. » */
  explication: string;
  /** Remarques non bloquantes de la lecture : écritures déséquilibrées, lignes ignorées. */
  remarques: Remarque[];
}

/** Lecture et vérifications communes ; rend un refus (IssuePreparation) ou le contexte. */
export async function preparerEtat(classeur: Classeur, feuilles: string[], tables: string[], options: OptionsEtats): Promise<ContexteEtat | IssuePreparation> {
  const journal = await lireJournalDuClasseur(classeur, options.feuilleJournal);
  const { lecture, feuille, origine } = journal;
  if (lecture.nombreErreurs > 0) {
    return refusAnomalies(lecture, feuille, `Corrigez ${lecture.nombreErreurs > 1 ? "ces lignes" : "cette ligne"} dans ${origine} (feuille « ${feuille} »), ou relancez l'étape 1 sur le journal d'origine corrigé.`);
  }
  if (lecture.lignes.length === 0) throw erreurValeur(`${origine[0].toUpperCase()}${origine.slice(1)} ne contient aucune ligne d'écriture : complétez-le, ou relancez l'étape 1.`);
  if (feuilles.some((f) => f.toLowerCase() === feuille.toLowerCase())) {
    throw erreurValeur(`Le journal est dans la feuille « ${feuille} », que cette étape remplacerait : renommez cette feuille, puis recommencez.`);
  }
  const remplacees = feuillesExistantes(await classeur.nomsFeuilles(), feuilles);
  const conflit = await conflitsDeTables(classeur, tables, remplacees);
  if (conflit) throw erreurValeur(conflit);
  const explication = `D'après ${origine} (feuille « ${feuille} ») : ${compte(lecture.lignes.length, "ligne")}, ${compte(lecture.ecritures, "écriture")}, ${etendueDates(lecture.lignes)}.`;
  return { journal, remplacees, explication, remarques: [...lecture.desequilibres, ...lecture.ignorees] };
}

/** « Créer » ou « Remplacer », selon que la feuille existe déjà. */
export const creer = (remplacees: readonly string[], feuille: string): string => (remplacees.some((r) => r.toLowerCase() === feuille.toLowerCase()) ? "Remplacer" : "Créer");

/** Ce qui a été lu, pour le compte rendu du volet. */
export function lectureDuContexte(c: ContexteEtat): Lecture {
  const l = c.journal.lecture;
  return { lignes: l.lues, ecritures: l.ecritures, feuille: c.journal.feuille, zone: l.zone };
}
