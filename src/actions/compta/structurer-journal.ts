/**
 * « Structurer le journal » (volet, module Comptabilité, étape 1) : un journal brut (export de PGI, saisie) devient,
 * sur une nouvelle feuille, le tableau Excel `Journal` aux colonnes normalisées, avec les formats français, la liste
 * des codes de journaux et la mise en évidence des écritures déséquilibrées (règle SOMME.SI.ENS, voir
 * table-journal.ts). Tout est lu et validé d'abord ; une seule ligne fautive et rien n'est proposé.
 */
import { comparerJours, jourFr, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import type { Centimes } from "../../core/compta/centimes";
import { totauxLignes, type LigneEcriture } from "../../core/compta/ecriture";
import { problemeNomFeuille } from "../../classeur/verifier-plan";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, conflitsDeTables, echec, feuillesExistantes, type IssuePreparation, type Remarque } from "../commun/preparation";
import { lireGrilleJournal } from "./lecture-grille";
import { eurosFr, refusAnomalies } from "./preparation";
import { lireSource, type SourceJournal } from "./source";
import { codesListe, COLONNES_JOURNAL, FEUILLE_JOURNAL, planTableJournal, TABLE_JOURNAL } from "./table-journal";

export interface OptionsStructuration {
  /** Par défaut la sélection (toute sa feuille si une seule cellule est sélectionnée). */
  source?: SourceJournal;
  /** Feuille à créer (par défaut « Journal structuré »). */
  feuille?: string;
}

/** « le 01/01/2025 » ou « du 01/01/2025 au 31/01/2025 ». */
export function etendueDates(lignes: readonly LigneEcriture[]): string {
  let min: Jour | undefined;
  let max: Jour | undefined;
  for (const l of lignes) {
    if (!min || comparerJours(l.date, min) < 0) min = l.date;
    if (!max || comparerJours(l.date, max) > 0) max = l.date;
  }
  if (!min || !max) return "";
  return comparerJours(min, max) === 0 ? `le ${jourFr(min)}` : `du ${jourFr(min)} au ${jourFr(max)}`;
}

/** Ce que le résumé dit d'un tableau Journal à créer (étape 1 ou import d'un fichier). */
export interface TableJournalResumee {
  cible: string;
  remplacee: boolean;
  lignes: readonly LigneEcriture[];
  /** Le plan qui crée le tableau (il a une liste de choix sur la colonne Journal, sauf codes trop nombreux). */
  plan: readonly Modification[];
  desequilibrees: number;
  totaux: { debit: Centimes; credit: Centimes };
  /** Intitulés des comptes lus dans un fichier : ceux du plan comptable ne servent que s'il ne les donne pas. */
  intitulesDuFichier?: boolean;
}

/**
 * Le résumé d'un plan qui crée le tableau Journal (feuille et colonnes, formats, liste des codes, mise en forme,
 * totaux) et, quand la colonne Journal n'a pas de liste de choix (trop de codes), la remarque qui le dit.
 */
export function resumeTableJournal(t: TableJournalResumee): { resume: string[]; sansListe?: Remarque } {
  const { debit, credit } = t.totaux;
  const codes = codesListe(t.lignes);
  const avecListe = t.plan.some((m) => m.type === "validation");
  const resume = [
    `${t.remplacee ? "Remplacer" : "Créer"} la feuille « ${t.cible} » avec le tableau ${TABLE_JOURNAL} : ${compte(t.lignes.length, "ligne")}, ${COLONNES_JOURNAL.length} colonnes (${COLONNES_JOURNAL.join(", ")}).`,
    `Formats français : dates jj/mm/aaaa, montants en euros, numéros de compte et de pièce en texte ; intitulés des comptes tirés du plan comptable général${t.intitulesDuFichier ? " quand le fichier ne les donne pas" : ""}.`,
    ...(avecListe ? [`Liste de choix sur la colonne Journal : ${codes.join(", ")}.`] : []),
    `Mise en forme conditionnelle : les lignes d'une écriture déséquilibrée en rouge (${t.desequilibrees ? compte(t.desequilibrees, "écriture concernée", "écritures concernées") : "aucune aujourd'hui"}).`,
    `Totaux : débit ${eurosFr(debit)}, crédit ${eurosFr(credit)}${debit === credit ? " : le journal est équilibré." : ` : écart de ${eurosFr(Math.abs(debit - credit))}.`}`,
  ];
  if (avecListe) return { resume };
  return { resume, sansListe: { message: `Les codes de journaux sont trop nombreux pour une liste de choix (${codes.length}) : la colonne Journal n'a pas de liste.` } };
}

/** Lit, valide et prépare le plan ; rien n'est écrit. */
export async function preparerStructuration(classeur: Classeur, options: OptionsStructuration = {}): Promise<IssuePreparation> {
  try {
    const cible = (options.feuille ?? FEUILLE_JOURNAL).trim();
    const probleme = problemeNomFeuille(cible);
    if (probleme) throw erreurValeur(`Feuille à créer : ${probleme}`);
    const source = await lireSource(classeur, options.source ?? { genre: "selection" });
    if (source.feuille.toLowerCase() === cible.toLowerCase()) {
      throw erreurValeur(
        `Le journal à structurer est déjà dans la feuille « ${source.feuille} », celle que cette étape crée : ouvrez la feuille du journal d'origine (export ou saisie), ou choisissez un autre nom de feuille à créer.`,
      );
    }
    const lecture = lireGrilleJournal(source.valeurs, { feuille: source.feuille, debut: source.zone.debut });
    const lu = { lignes: lecture.lues, ecritures: lecture.ecritures, feuille: source.feuille, zone: lecture.zone };
    if (lecture.nombreErreurs > 0) {
      return refusAnomalies(lecture, source.feuille, `Corrigez ${lecture.nombreErreurs > 1 ? "ces lignes" : "cette ligne"} dans la feuille « ${source.feuille} », puis relancez l'analyse.`);
    }
    if (lecture.lignes.length === 0) {
      throw erreurValeur(`Feuille « ${source.feuille} » : aucune ligne d'écriture sous l'en-tête de la ligne ${lecture.ligneEntete}.`);
    }

    const remplacees = feuillesExistantes(await classeur.nomsFeuilles(), [cible]);
    const conflit = await conflitsDeTables(classeur, [TABLE_JOURNAL], remplacees);
    if (conflit) throw erreurValeur(conflit);

    const { lignes } = lecture;
    const plan: Modification[] = [{ type: "feuille", nom: cible, remplacer: false, activer: true }, ...planTableJournal(cible, lignes)];
    const { resume, sansListe } = resumeTableJournal({ cible, remplacee: remplacees.length > 0, lignes, plan, desequilibrees: lecture.desequilibres.length, totaux: totauxLignes(lignes) });
    const remarques: Remarque[] = [...lecture.desequilibres, ...lecture.ignorees, ...(sansListe ? [sansListe] : [])];
    if (lecture.structure.colonnes.journal === undefined) {
      remarques.push({ message: "Le journal lu n'a pas de colonne Journal : la colonne Journal du tableau est vide, choisissez le code de chaque écriture dans sa liste (ACH, VTE, BQ…)." });
    }
    return {
      ok: true,
      preparation: {
        titre: `Structurer le journal de la feuille « ${source.feuille} »`,
        plan,
        resume,
        remplacees,
        feuilles: [cible],
        lecture: lu,
        remarques,
        succes: `Feuille « ${cible} » ${remplacees.length ? "remplacée" : "créée"} : tableau ${TABLE_JOURNAL} de ${compte(lignes.length, "ligne")} (${compte(lecture.ecritures, "écriture")}, ${etendueDates(lignes)}).`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
