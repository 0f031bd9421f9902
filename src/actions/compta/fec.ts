/**
 * Le FEC du journal du classeur (volet, module Comptabilité ; ligne de commande `agora fec exporter`) :
 * « Contrôler le journal (règles du FEC) » passe le FEC que donnerait le tableau Journal au validateur du projet
 * (règles FEC-001 à FEC-034, comptabilite.md § 2.2) et nomme la ligne de la feuille de chaque constat ;
 * « Télécharger le FEC » le refuse s'il reste une erreur, sinon rend son nom (<SIREN>FEC<AAAAMMJJ>.txt) et ses octets.
 * Rien n'est écrit dans le classeur : ces actions ne font que lire (et sélectionner une ligne).
 */
import type { LigneEcriture } from "../../core/compta/ecriture";
import { lireDate, type Jour } from "../../core/dates";
import { versErreurAgora } from "../../core/erreurs";
import { controlerFec, exporterFec, problemeSiren, type ConstatJournal, type EncodageFec, type Numerotation } from "../../core/fec/export";
import type { Exercice } from "../../core/fec";
import { adresseComplete, formaterPlage, lirePlageA1, separerFeuille } from "../../classeur/adresses";
import type { Classeur } from "../../classeur/port";
import { compte, type Remarque } from "../commun/preparation";
import type { LectureJournal } from "./lecture-grille";
import { eurosFr } from "./preparation";
import { lireJournalDuClasseur, type JournalDuClasseur } from "./source";

/** Un constat à montrer : règle, sévérité, message, et la ligne de la feuille à sélectionner. */
export interface ConstatFec {
  /** « FEC-023 », ou « Lecture » pour une ligne du tableau illisible (absente du FEC). */
  regle: string;
  severite: "erreur" | "alerte" | "info";
  message: string;
  /** « 'Journal structuré'!A12:L12 » : la ligne en cause ; absente pour le fichier entier. */
  cellule?: string;
  feuille?: string;
  adresse?: string;
}

export interface OptionsFec {
  /** SIREN de l'entreprise (9 chiffres, espaces admis). */
  siren?: string;
  /** Date de clôture de l'exercice : un Jour, ou un texte « 31/12/2025 », « 2025-12-31 ». */
  cloture?: Jour | string;
  /** Exercice exact s'il ne fait pas 12 mois. */
  exercice?: Exercice;
  /** Feuille du journal si le tableau Journal n'existe pas (par défaut « Journal structuré »). */
  feuilleJournal?: string;
  /** Date de génération (tests) ; aujourd'hui par défaut. */
  aujourdhui?: Jour;
}

/**
 * Le journal « n'a pas de numéro » quand sa colonne Numéro manque, est vide, ou ne fait que recopier la pièce
 * (c'est ce qu'écrit « Structurer le journal » pour un journal sans numéro) : le FEC numérote alors chaque journal.
 */
export function numerotationDuJournal(lecture: LectureJournal): Numerotation {
  if (lecture.structure.colonnes.numero === undefined) return "par-journal";
  return lecture.lignes.every((l) => l.numero === "" || l.numero === l.piece) ? "par-journal" : "conserver";
}

/**
 * Les anomalies des lignes écartées à la lecture (valeur illisible : la ligne manquerait au FEC). Les autres
 * anomalies de la lecture (compte hors PCG…) portent sur des lignes gardées : le validateur les juge lui-même.
 */
export function lignesEcartees(lecture: LectureJournal): { anomalies: Remarque[]; nombre: number } {
  const gardees = new Set(lecture.lignes.map((l) => l.origine));
  const ligneDe = (a: Remarque): number | undefined => {
    const m = a.cellule ? /(\d+)(?::[A-Z]+\d+)?$/.exec(a.cellule) : null;
    return m ? Number(m[1]) : undefined;
  };
  const anomalies = lecture.erreurs.filter((a) => {
    const n = ligneDe(a);
    return n !== undefined && !gardees.has(n);
  });
  return { anomalies, nombre: lecture.lues - lecture.lignes.length };
}

function lireCloture(cloture: Jour | string | undefined): Jour | undefined {
  if (cloture === undefined || (typeof cloture === "string" && cloture.trim() === "")) return undefined;
  return typeof cloture === "string" ? lireDate(cloture.trim(), "Date de clôture") : cloture;
}

/** La ligne de la feuille d'un constat : toute la largeur du tableau lu. */
function localiser(journal: JournalDuClasseur, c: ConstatJournal): ConstatFec {
  const base: ConstatFec = { regle: c.regle, severite: c.severite, message: c.message };
  if (c.origine === undefined) return base;
  const zone = lirePlageA1(journal.lecture.zone);
  const largeur = zone.fin.colonne - zone.debut.colonne + 1;
  const adresse = formaterPlage({ ligne: c.origine - 1, colonne: zone.debut.colonne }, 1, largeur);
  return { ...base, cellule: adresseComplete(journal.feuille, adresse), feuille: journal.feuille, adresse };
}

function constatsDeLecture(journal: JournalDuClasseur): ConstatFec[] {
  return lignesEcartees(journal.lecture).anomalies.map((a) => {
    const lieu = a.cellule ? separerFeuille(a.cellule) : undefined;
    return {
      regle: "Lecture",
      severite: "erreur",
      message: `${a.message} La ligne ne peut pas entrer dans le FEC.`,
      ...(a.cellule ? { cellule: a.cellule } : {}),
      ...(lieu?.feuille ? { feuille: lieu.feuille, adresse: lieu.adresse } : {}),
    };
  });
}

export type IssueControleFec =
  | { ok: true; valide: boolean; message: string; constats: ConstatFec[] }
  | { ok: false; message: string };

const pluriel = (n: number, mot: string): string => compte(n, mot);

/** « Contrôler le journal (règles du FEC) » : le rapport du validateur sur le FEC du tableau Journal. */
export async function controlerJournalFec(classeur: Classeur, options: OptionsFec = {}): Promise<IssueControleFec> {
  try {
    const cloture = lireCloture(options.cloture);
    const siren = options.siren?.trim() ? options.siren : undefined;
    const journal = await lireJournalDuClasseur(classeur, options.feuilleJournal);
    const { lecture } = journal;
    const c = controlerFec(lecture.lignes, { siren: siren && !problemeSiren(siren) ? siren : undefined, cloture, exercice: options.exercice, aujourdhui: options.aujourdhui, numerotation: numerotationDuJournal(lecture) });
    const constats = [...constatsDeLecture(journal), ...c.constats.map((x) => localiser(journal, x))];
    const erreurs = constats.filter((x) => x.severite === "erreur").length;
    const autres = constats.length - erreurs;
    const r = c.rapport;
    const quoi = `${pluriel(r.lignes, "ligne")} d'écriture, ${pluriel(r.ecritures, "écriture")}, débit ${eurosFr(r.totalDebit)}, crédit ${eurosFr(r.totalCredit)}`;
    const reserves = [
      ...(siren && problemeSiren(siren) ? [`SIREN non contrôlé : ${problemeSiren(siren)}`] : []),
      ...(cloture ? [] : ["Sans date de clôture, les dates ne sont pas comparées à l'exercice."]),
    ];
    const message =
      (erreurs === 0
        ? `Journal conforme aux règles du FEC (${journal.origine} : ${quoi})${autres ? ` ; ${pluriel(autres, "remarque")} à lire.` : "."}`
        : `${compte(erreurs, "erreur empêche", "erreurs empêchent")} l'export du FEC (${journal.origine} : ${quoi})${autres ? ` ; ${pluriel(autres, "autre remarque")}` : ""}.`) +
      (reserves.length ? ` ${reserves.join(" ")}` : "");
    return { ok: true, valide: erreurs === 0, message, constats };
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message };
  }
}

export type IssueExportFec =
  | { ok: true; nom: string; octets: Uint8Array; encodage: EncodageFec; message: string; avertissements: ConstatFec[]; lignes: LigneEcriture[] }
  | { ok: false; message: string; constats: ConstatFec[] };

/** SIREN et clôture, indispensables au nom du fichier : les options, ou le message qui dit ce qui manque. */
function optionsExport(options: OptionsFec): { siren: string; cloture: Jour } | { message: string } {
  const siren = options.siren?.trim() ?? "";
  if (siren === "") return { message: "Indiquez le SIREN de l'entreprise (9 chiffres) : il forme le nom du fichier." };
  const probleme = problemeSiren(siren);
  if (probleme) return { message: probleme };
  const cloture = lireCloture(options.cloture);
  if (!cloture) return { message: "Indiquez la date de clôture de l'exercice (jj/mm/aaaa) : elle forme le nom du fichier." };
  return { siren, cloture };
}

/**
 * « Télécharger le FEC » : SIREN (clé de Luhn) et date de clôture obligatoires ; refusé tant qu'une ligne est
 * illisible ou que le validateur trouve une erreur. Rend le nom du fichier et ses octets (ISO 8859-15, ou UTF-8).
 */
export async function exporterJournalFec(classeur: Classeur, options: OptionsFec): Promise<IssueExportFec> {
  try {
    const o = optionsExport(options);
    if ("message" in o) return { ok: false, message: o.message, constats: [] };
    return exporterJournalLu(await lireJournalDuClasseur(classeur, options.feuilleJournal), options);
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message, constats: [] };
  }
}

/** L'export d'un journal déjà lu (la ligne de commande lit le classeur elle-même). */
export function exporterJournalLu(journal: JournalDuClasseur, options: OptionsFec): IssueExportFec {
  try {
    const o = optionsExport(options);
    if ("message" in o) return { ok: false, message: o.message, constats: [] };
    const ecartees = constatsDeLecture(journal);
    if (ecartees.length) {
      const n = lignesEcartees(journal.lecture).nombre;
      return { ok: false, message: `Le FEC n'est pas exporté : ${compte(n, "ligne illisible", "lignes illisibles")} du journal y manquerai${n > 1 ? "ent" : "t"}.`, constats: ecartees };
    }
    const { lignes } = journal.lecture;
    const r = exporterFec(lignes, { ...o, exercice: options.exercice, aujourdhui: options.aujourdhui, numerotation: numerotationDuJournal(journal.lecture) });
    if (!r.ok) return { ok: false, message: r.message, constats: r.erreurs.map((x) => localiser(journal, x)) };
    const encodage = r.encodage === "iso-8859-15" ? "ISO 8859-15" : "UTF-8 (des caractères sont absents de l'ISO 8859-15)";
    return {
      ok: true,
      nom: r.nom,
      octets: r.octets,
      encodage: r.encodage,
      lignes,
      message: `FEC ${r.nom} : ${pluriel(r.rapport.lignes, "ligne")}, ${pluriel(r.rapport.ecritures, "écriture")}, débit ${eurosFr(r.rapport.totalDebit)} = crédit ${eurosFr(r.rapport.totalCredit)} ; séparateur tabulation, encodage ${encodage}.`,
      avertissements: r.avertissements.map((x) => localiser(journal, x)),
    };
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message, constats: [] };
  }
}

/** Sélectionne dans le classeur la ligne d'un constat ; rend un message d'erreur français si c'est impossible. */
export async function atteindreConstat(classeur: Classeur, c: ConstatFec): Promise<string | undefined> {
  if (!c.feuille || !c.adresse) return undefined;
  try {
    await classeur.atteindre(c.feuille, c.adresse);
    return undefined;
  } catch (e) {
    return versErreurAgora(e).message;
  }
}
