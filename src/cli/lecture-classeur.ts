/**
 * Le journal d'un classeur .xlsx pour la ligne de commande : le fichier est lu par l'adaptateur ExcelJS
 * (src/classeur/fichier), puis le tableau `Journal` (ou la feuille « Journal structuré », sinon « Journal ») par le
 * MÊME lecteur que le volet (src/actions/compta/source.ts) : mêmes colonnes reconnues, mêmes messages, qui nomment
 * la feuille, la ligne et la colonne (« 'Journal structuré'!I12 »). Les valeurs lues sont celles enregistrées dans
 * le fichier (dernier résultat des formules).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { lireJournalDuClasseur, type JournalDuClasseur } from "../actions/compta/source";
import { FEUILLE_JOURNAL } from "../actions/compta/table-journal";
import type { ClasseurFichier } from "../classeur/fichier";
import type { Classeur } from "../classeur/port";
import { ErreurAgora } from "../core/erreurs";
import { ErreurFichierIllisible } from "./lecture-fichier";

/** Extensions lues comme des classeurs. */
export const EXTENSIONS_CLASSEUR = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

export const estClasseur = (chemin: string): boolean => EXTENSIONS_CLASSEUR.has(path.extname(chemin).toLowerCase());

/** Ouvre un .xlsx en lecture ; ErreurFichierIllisible (code 2) avec un message français sinon. */
export async function ouvrirClasseur(chemin: string): Promise<ClasseurFichier> {
  const extension = path.extname(chemin).toLowerCase();
  if (extension === ".xls" || extension === ".ods") {
    throw new ErreurFichierIllisible(`« ${chemin} » est au format ${extension} : enregistrez-le au format .xlsx (Fichier › Enregistrer sous › Classeur Excel), puis recommencez.`);
  }
  let contenu: Buffer;
  try {
    contenu = await readFile(chemin);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ErreurFichierIllisible(code === "ENOENT" ? `Le fichier « ${chemin} » est introuvable.` : `Le fichier « ${chemin} » ne peut pas être lu (${code ?? String(e)}).`);
  }
  // ExcelJS n'est chargé que pour lire un classeur : les autres commandes démarrent sans lui.
  const { ClasseurFichier: Fichier, lireXlsx } = await import("../classeur/fichier");
  try {
    return new Fichier(await lireXlsx(contenu));
  } catch (e) {
    throw new ErreurFichierIllisible(`« ${chemin} » : ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Feuille du journal quand le tableau `Journal` manque : « Journal structuré » (volet, étape 1), sinon « Journal ». */
export async function feuilleDuJournal(classeur: Classeur): Promise<string> {
  const noms = (await classeur.nomsFeuilles()).map((n) => n.toLowerCase());
  return noms.includes(FEUILLE_JOURNAL.toLowerCase()) || !noms.includes("journal") ? FEUILLE_JOURNAL : "Journal";
}

/**
 * Le journal du classeur : le tableau `Journal`, sinon la feuille « Journal structuré », sinon la feuille « Journal ».
 * Les lignes illisibles ne lèvent pas d'erreur : elles sont dans `lecture.erreurs`, avec leur cellule.
 */
export async function lireJournalClasseur(chemin: string): Promise<JournalDuClasseur> {
  const classeur = await ouvrirClasseur(chemin);
  try {
    return await lireJournalDuClasseur(classeur, await feuilleDuJournal(classeur));
  } catch (e) {
    if (!(e instanceof ErreurAgora)) throw e;
    const consigne = "structurez d'abord le journal dans le volet Agora (module Comptabilité, étape 1), ou nommez « Journal » la feuille du journal.";
    throw new ErreurFichierIllisible(`« ${path.basename(chemin)} » : ${e.message.replace(/commencez par l'étape 1, « Structurer le journal »\./, consigne)}`);
  }
}
