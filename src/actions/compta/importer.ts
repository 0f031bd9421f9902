/**
 * « Importer un fichier » (volet, module Comptabilité, étape 0) : une extraction de PGI (FEC, Odoo, Dolibarr, EBP,
 * Sage, CSV) lue par le noyau d'import (src/core/imports) devient, sur une nouvelle feuille, le tableau `Journal`
 * de l'étape 1 (même plan : table-journal.ts), que les étapes suivantes relisent. Tout ou rien : une seule erreur
 * dans le fichier et rien n'est proposé (toutes les erreurs sont listées, avec leur ligne et leur colonne).
 * `agora importer --sortie` écrit son classeur avec le même plan (`planImport`).
 */
import type { ChampJournal } from "../../core/compta/colonnes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { messageDesequilibre } from "../../core/compta/valider";
import { decoderTexte } from "../../core/encodage";
import { erreurValeur, versErreurAgora } from "../../core/erreurs";
import { importer, resumerImport, type FormatImport, type OptionsImport, type ResultatImport, type ResumeImport } from "../../core/imports";
import { detecterFormat } from "../../core/imports/detection";
import { texteSource } from "../../core/imports/valeurs";
import { problemeNomFeuille } from "../../classeur/verifier-plan";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, conflitsDeTables, feuillesExistantes, type Preparation, type Remarque } from "../commun/preparation";
import { etendueDates, resumeTableJournal } from "./structurer-journal";
import { FEUILLE_JOURNAL, planTableJournal, TABLE_JOURNAL } from "./table-journal";

export interface OptionsImportJournal extends OptionsImport {
  /** Feuille à créer (par défaut « Journal structuré », celle de l'étape 1, que relisent les étapes suivantes). */
  feuille?: string;
  /** Nom du fichier, pour les messages. */
  nomFichier?: string;
}

/** Réussite : la préparation (plan, résumé) et ce que l'import a lu (format, colonnes, aperçu, totaux). */
export type IssueImport =
  | { ok: true; preparation: Preparation; resultat: ResultatImport; bilan: ResumeImport }
  | { ok: false; message: string; anomalies: Remarque[]; resultat?: ResultatImport; annule?: boolean };

/** Le plan qui crée la feuille et y pose le tableau `Journal` (volet et `agora importer --sortie`). */
export function planImport(feuille: string, lignes: readonly LigneEcriture[], options: { remplacer?: boolean } = {}): Modification[] {
  return [{ type: "feuille", nom: feuille, remplacer: options.remplacer ?? false, activer: true }, ...planTableJournal(feuille, lignes)];
}

const nomDuFichier = (o: OptionsImportJournal): string => (o.nomFichier ? `le fichier « ${o.nomFichier} »` : "le fichier");

/** « lignes 2 à 11 du fichier ». */
function zoneLue(lignes: readonly LigneEcriture[]): string {
  const origines = lignes.map((l) => l.origine).filter((o): o is number => o !== undefined);
  if (origines.length === 0) return "";
  const [min, max] = [Math.min(...origines), Math.max(...origines)];
  return min === max ? `ligne ${min}` : `lignes ${min} à ${max}`;
}

/** Refus d'un fichier qui contient des erreurs : toutes sont rendues (avec leur ligne), rien n'est écrit. */
function refusErreurs(r: ResultatImport, o: OptionsImportJournal): IssueImport {
  const n = r.nombreErreurs;
  const fichier = nomDuFichier(o);
  const anomalies = r.erreurs.map((e) => ({ message: e.message }));
  if (r.erreurs.every((e) => e.ligne === 0)) {
    const message = r.erreurs.length === 1 ? r.erreurs[0].message : `${compte(n, "problème empêche", "problèmes empêchent")} de lire ${fichier}.`;
    return { ok: false, message: `Import impossible : ${message.charAt(0).toLowerCase()}${message.slice(1)} Rien n'a été écrit.`, anomalies: r.erreurs.length === 1 ? [] : anomalies, resultat: r };
  }
  const citees = r.erreurs.length < n ? ` (les ${r.erreurs.length.toLocaleString("fr-FR")} premières sont gardées)` : "";
  return {
    ok: false,
    message: `${compte(n, "erreur", "erreurs")} dans ${fichier}${citees} : rien n'est importé (tout ou rien). Corrigez ${n > 1 ? "ces lignes" : "cette ligne"} dans le fichier ou dans le PGI, puis recommencez.`,
    anomalies,
    resultat: r,
  };
}

/** Lit le fichier, contrôle tout, et prépare le plan ; rien n'est écrit (voir appliquerPreparation). */
export async function preparerImport(classeur: Classeur, octets: Uint8Array | ArrayBuffer, options: OptionsImportJournal = {}): Promise<IssueImport> {
  try {
    const cible = (options.feuille ?? FEUILLE_JOURNAL).trim();
    const probleme = problemeNomFeuille(cible);
    if (probleme) throw erreurValeur(`Feuille à créer : ${probleme}`);
    const { feuille: _f, nomFichier: _n, ...optionsImport } = options;
    const r = await importer(octets, optionsImport);
    if (r.annule) return { ok: false, annule: true, message: "Import annulé : rien n'a été écrit.", anomalies: [], resultat: r };
    if (!r.ok) return refusErreurs(r, options);
    if (r.lignes.length === 0) return { ok: false, message: `Aucune ligne d'écriture dans ${nomDuFichier(options)} : rien à importer.`, anomalies: [], resultat: r };

    const remplacees = feuillesExistantes(await classeur.nomsFeuilles(), [cible]);
    const conflit = await conflitsDeTables(classeur, [TABLE_JOURNAL], remplacees);
    if (conflit) throw erreurValeur(conflit);

    const { lignes } = r;
    const bilan = resumerImport(lignes);
    const plan = planImport(cible, lignes);
    const { resume, sansListe } = resumeTableJournal({ cible, remplacee: remplacees.length > 0, lignes, plan, desequilibrees: bilan.desequilibrees.length, totaux: bilan, intitulesDuFichier: true });
    const remarques: Remarque[] = [
      ...r.remarques.map((m) => ({ message: m.charAt(0).toUpperCase() + m.slice(1) })),
      ...bilan.desequilibrees.map((e) => ({ message: messageDesequilibre(e) })),
      ...(sansListe ? [sansListe] : []),
    ];
    const format = r.reconnaissance ? `${r.reconnaissance.libelle}` : "fichier";
    const source = options.nomFichier ?? "fichier importé";
    return {
      ok: true,
      resultat: r,
      bilan,
      preparation: {
        titre: `Importer ${nomDuFichier(options)} (${format})`,
        plan,
        resume,
        remplacees,
        feuilles: [cible],
        lecture: { lignes: lignes.length, ecritures: bilan.ecritures, feuille: source, zone: zoneLue(lignes) },
        remarques,
        succes: `Feuille « ${cible} » ${remplacees.length ? "remplacée" : "créée"} : tableau ${TABLE_JOURNAL} de ${compte(lignes.length, "ligne")} (${compte(bilan.ecritures, "écriture")}, ${etendueDates(lignes)}) importé${options.nomFichier ? ` de « ${options.nomFichier} »` : ""}.`,
      },
    };
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message, anomalies: [] };
  }
}

/**
 * Point de départ d'une correspondance de colonnes modifiable dans le volet : le séparateur, les en-têtes du fichier
 * (ou « colonne 1 », « colonne 2 »… sans ligne d'en-tête) et les colonnes reconnues. Seulement pour un texte à
 * séparateur (pas le FEC, lu par son propre lecteur, ni une largeur fixe ou un export à découpage particulier).
 */
export interface ModeleCorrespondance {
  separateur: string;
  entetes: string[];
  /** Le fichier a une ligne d'en-tête. */
  entete: boolean;
  lignesIgnorees: number;
  /** Champ du journal → index de colonne (à partir de 0). */
  colonnes: Partial<Record<ChampJournal, number>>;
  formatDate: string;
  decimale?: "," | ".";
}

export function modeleCorrespondance(octets: Uint8Array | ArrayBuffer, options: Pick<OptionsImport, "encodage" | "format"> = {}): ModeleCorrespondance | undefined {
  const o = octets instanceof Uint8Array ? octets : new Uint8Array(octets);
  const { texte } = decoderTexte(o, options.encodage);
  const format = options.format ?? "auto";
  const d = detecterFormat(texte, format === "auto" ? "auto" : (format as FormatImport));
  const plan = d.plan;
  if (plan) {
    if (!plan.separateur || plan.decouper) return undefined;
    const dis = plan.disposition;
    const entete = dis.entetes !== undefined;
    const largeur = Math.max(0, ...d.echantillon.premiers.map((e) => e.champs.length));
    const entetes = dis.entetes ?? Array.from({ length: largeur }, (_, i) => `colonne ${i + 1}`);
    return {
      separateur: plan.separateur,
      entetes,
      entete,
      lignesIgnorees: Math.max(0, dis.sauter - (entete ? 1 : 0)),
      colonnes: { ...dis.colonnes },
      formatDate: dis.formatDate,
      ...(dis.decimale ? { decimale: dis.decimale } : {}),
    };
  }
  // Rien de reconnu, mais un séparateur régulier : la première ligne sert d'en-tête, à désigner colonne par colonne.
  const e = d.echantillon;
  if (d.reconnaissance || !e.separateur || e.premiers.length < 2) return undefined;
  return { separateur: e.separateur, entetes: e.premiers[0].champs.map(texteSource), entete: true, lignesIgnorees: 0, colonnes: {}, formatDate: "auto" };
}

/** La correspondance (JSON de docs/imports.md) qui lit le fichier avec ces colonnes (index à partir de 0). */
export function correspondanceDe(m: ModeleCorrespondance, colonnes: Partial<Record<ChampJournal, number>>): Record<string, unknown> {
  const c: Record<string, number> = {};
  for (const [champ, i] of Object.entries(colonnes)) if (i !== undefined) c[champ] = i + 1;
  return {
    colonnes: c,
    separateur: m.separateur,
    formatDate: m.formatDate,
    entete: m.entete,
    lignesIgnorees: m.lignesIgnorees,
    ...(m.decimale ? { decimale: m.decimale } : {}),
  };
}
