/**
 * `agora importer FICHIER [--format fec|odoo|dolibarr|ebp|sage|csv|cfonb|auto] [--correspondance MAPPING.json]
 * [--encodage NOM] [--sortie CLASSEUR.xlsx] [--json]` : importe une extraction de PGI (src/core/imports).
 * Sans --sortie : résumé français (format reconnu, encodage, séparateur, lignes, écritures, Σ débit / crédit,
 * équilibre). Avec --sortie : un .xlsx avec la feuille « Journal » et le tableau `Journal`.
 * Codes de sortie : 0 importé ; 1 erreurs dans le fichier (toutes listées, rien n'est écrit) ; 2 fichier illisible,
 * format non reconnu ou option invalide.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { centimesFr } from "../core/compta/centimes";
import { jourFr, isoJour } from "../core/dates";
import { decoderTexte, type NomEncodage } from "../core/encodage";
import { FORMATS_IMPORT, importerGrilleSync, importerSync, lireCfonb, nomSeparateur, resumerImport, type FormatImport, type ResultatCfonb, type ResultatImport } from "../core/imports";
import { messageDesequilibre } from "../core/compta/valider";
import { montantJson } from "./compta-sortie";
import { classeurJournal, FEUILLE_IMPORT, lireGrilleXlsx } from "./importer-classeur";
import { messageSysteme } from "./lecture-fichier";

const FORMATS = [...FORMATS_IMPORT, "cfonb", "auto"] as const;
type FormatOption = (typeof FORMATS)[number];
const ENCODAGES: NomEncodage[] = ["utf-8", "windows-1252", "iso-8859-15", "cp850", "utf-16le", "utf-16be"];
const CLASSEURS = new Set([".xlsx", ".xlsm"]);

interface Options {
  format?: string;
  correspondance?: string;
  encodage?: string;
  sortie?: string;
  json?: boolean;
}

/** Le fichier ou une option ne peut pas être lu : code 2. */
class ErreurIllisible extends Error {}

async function lireOctets(chemin: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(chemin));
  } catch (e) {
    // Après « agora importer : », le message commence par une minuscule.
    const message = messageSysteme(e, chemin);
    throw new ErreurIllisible(message.charAt(0).toLowerCase() + message.slice(1));
  }
}

async function lireCorrespondanceFichier(chemin: string): Promise<unknown> {
  const { texte } = decoderTexte(await lireOctets(chemin));
  try {
    return JSON.parse(texte);
  } catch (e) {
    throw new ErreurIllisible(`--correspondance : « ${chemin} » n'est pas un JSON valide (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function verifierOptions(o: Options): { format: FormatOption; encodage?: NomEncodage } {
  const format = (o.format ?? "auto").toLowerCase() as FormatOption;
  if (!FORMATS.includes(format)) throw new ErreurIllisible(`--format : « ${o.format} » inconnu (${FORMATS.join(", ")}).`);
  const encodage = o.encodage?.toLowerCase() as NomEncodage | undefined;
  if (encodage !== undefined && !ENCODAGES.includes(encodage)) throw new ErreurIllisible(`--encodage : « ${o.encodage} » inconnu (${ENCODAGES.join(", ")}).`);
  if (o.correspondance !== undefined && format !== "auto" && format !== "csv") throw new ErreurIllisible("--correspondance ne s'emploie qu'avec --format csv (ou auto).");
  if (o.sortie !== undefined && path.extname(o.sortie).toLowerCase() !== ".xlsx") throw new ErreurIllisible(`--sortie : « ${o.sortie} » doit être un fichier .xlsx.`);
  return { format, encodage };
}

const pluriel = (n: number, mot: string, motPluriel = `${mot}s`): string => `${n.toLocaleString("fr-FR")} ${n > 1 ? motPluriel : mot}`;

/** Le résumé français d'un import réussi. */
export function resumeTexte(r: ResultatImport, feuille?: string): string {
  const s = resumerImport(r.lignes);
  const sortie: string[] = [];
  if (r.reconnaissance) sortie.push(`Format : ${r.reconnaissance.libelle} (${r.reconnaissance.raison}).`);
  if (feuille) sortie.push(`Feuille lue : « ${feuille} ».`);
  if (r.encodage) sortie.push(`Encodage : ${r.encodage.libelle} (${r.encodage.raison}).`);
  if (!feuille) sortie.push(`Séparateur : ${nomSeparateur(r.separateur)}.`);
  if (r.colonnes.length) sortie.push(`Colonnes : ${r.colonnes.map((c) => `${c.nom} ← ${c.source}`).join(" ; ")}.`);
  for (const m of r.remarques) sortie.push(`Remarque : ${m}`);
  const equilibre = s.equilibre
    ? "journal équilibré"
    : `journal DÉSÉQUILIBRÉ (écart ${centimesFr(Math.abs(s.debit - s.credit))} ; ${pluriel(s.desequilibrees.length, "écriture déséquilibrée", "écritures déséquilibrées")})`;
  sortie.push(`${pluriel(s.lignes, "ligne")}, ${pluriel(s.ecritures, "écriture")} ; total débit ${centimesFr(s.debit)}, total crédit ${centimesFr(s.credit)} : ${equilibre}.`);
  for (const e of s.desequilibrees.slice(0, 20)) sortie.push(`  ${messageDesequilibre(e)}`);
  return sortie.join("\n") + "\n";
}

export function resumeJson(r: ResultatImport): string {
  const s = resumerImport(r.lignes);
  return (
    JSON.stringify({
      ok: r.ok,
      format: r.reconnaissance?.format ?? null,
      libelle: r.reconnaissance?.libelle ?? null,
      encodage: r.encodage?.libelle ?? null,
      separateur: r.separateur ?? null,
      colonnes: r.colonnes.map((c) => ({ champ: c.champ, source: c.source })),
      lignes: s.lignes,
      ecritures: s.ecritures,
      totalDebit: montantJson(s.debit),
      totalCredit: montantJson(s.credit),
      equilibre: s.equilibre,
      erreurs: r.erreurs,
      nombreErreurs: r.nombreErreurs,
      remarques: r.remarques,
    }) + "\n"
  );
}

/** Le relevé CFONB : soldes, opérations, cohérence. */
export function releveTexte(c: ResultatCfonb): string {
  const sortie = ["Format : relevé bancaire CFONB 120."];
  c.releves.forEach((r, i) => {
    const total = r.operations.reduce((s, o) => s + o.montant, 0);
    sortie.push(``, `Relevé ${i + 1} : banque ${r.banque}, guichet ${r.guichet}, compte ${r.compte} (${r.devise})`);
    sortie.push(`  Ancien solde au ${jourFr(r.dateAncienSolde)} : ${centimesFr(r.ancienSolde)}`);
    for (const o of r.operations) sortie.push(`  ${jourFr(o.date)}  ${o.libelle.padEnd(40).slice(0, 60)}  ${centimesFr(o.montant).padStart(12)}`);
    sortie.push(`  ${pluriel(r.operations.length, "opération")}, total ${centimesFr(total)}`);
    sortie.push(`  Nouveau solde au ${jourFr(r.dateNouveauSolde!)} : ${centimesFr(r.nouveauSolde!)} (ancien solde + opérations : cohérent)`);
  });
  return sortie.join("\n") + "\n";
}

export function releveJson(c: ResultatCfonb): string {
  return (
    JSON.stringify({
      ok: c.ok,
      format: "cfonb",
      releves: c.releves.map((r) => ({
        banque: r.banque,
        guichet: r.guichet,
        compte: r.compte,
        devise: r.devise,
        ancienSolde: { date: isoJour(r.dateAncienSolde), montant: montantJson(r.ancienSolde) },
        nouveauSolde: { date: isoJour(r.dateNouveauSolde!), montant: montantJson(r.nouveauSolde!) },
        operations: r.operations.map((o) => ({ date: isoJour(o.date), libelle: o.libelle, montant: montantJson(o.montant), ligne: o.origine })),
      })),
      erreurs: c.erreurs.triees(),
      nombreErreurs: c.erreurs.nombre,
    }) + "\n"
  );
}

function listerErreurs(chemin: string, erreurs: readonly { message: string }[], nombre: number): void {
  const reste = nombre - erreurs.length;
  process.stderr.write(
    `agora importer : ${pluriel(nombre, "erreur")} dans « ${chemin} » ; rien n'est importé.\n` +
      erreurs.map((e) => `  ${e.message}\n`).join("") +
      (reste > 0 ? `  … et ${reste} autre${reste > 1 ? "s" : ""}.\n` : ""),
  );
}

async function importerFichier(chemin: string, o: Options): Promise<number> {
  const { format, encodage } = verifierOptions(o);
  const correspondance = o.correspondance !== undefined ? await lireCorrespondanceFichier(o.correspondance) : undefined;
  const octets = await lireOctets(chemin);
  const estClasseur = CLASSEURS.has(path.extname(chemin).toLowerCase()) || (octets[0] === 0x50 && octets[1] === 0x4b);
  const formatImport = format === "cfonb" ? "auto" : (format as FormatImport | "auto");

  if (format === "cfonb" || (!estClasseur && format === "auto")) {
    const texte = decoderTexte(octets, encodage).texte;
    const premier = importerSync(octets, { format: formatImport, encodage, correspondance });
    if (format === "cfonb" || premier.reconnaissance?.format === "cfonb") return sortieCfonb(chemin, lireCfonb(texte), o);
    return sortieJournal(chemin, premier, o);
  }
  if (estClasseur) {
    let grille;
    try {
      grille = await lireGrilleXlsx(octets);
    } catch (e) {
      throw new ErreurIllisible(`« ${chemin} » n'est pas un classeur .xlsx lisible (${e instanceof Error ? e.message : String(e)}).`);
    }
    if (!grille) throw new ErreurIllisible(`le classeur « ${chemin} » ne contient aucune feuille remplie.`);
    return sortieJournal(chemin, importerGrilleSync(grille.lignes, { format: formatImport, correspondance }), o, grille.feuille);
  }
  return sortieJournal(chemin, importerSync(octets, { format: formatImport, encodage, correspondance }), o);
}

async function sortieCfonb(chemin: string, c: ResultatCfonb, o: Options): Promise<number> {
  if (o.sortie) throw new ErreurIllisible("--sortie : un relevé bancaire CFONB n'est pas un journal ; il ne s'écrit pas dans la table Journal.");
  if (o.json) process.stdout.write(releveJson(c));
  if (!c.ok) {
    listerErreurs(chemin, c.erreurs.triees(), c.erreurs.nombre);
    return 1;
  }
  if (!o.json) process.stdout.write(releveTexte(c));
  return 0;
}

async function sortieJournal(chemin: string, r: ResultatImport, o: Options, feuille?: string): Promise<number> {
  if (!r.ok) {
    if (o.json) process.stdout.write(resumeJson(r));
    // Rien de reconnu (ou fichier vide, binaire, correspondance inapplicable) : illisible ; sinon erreurs de lignes.
    if (!r.reconnaissance || r.erreurs.every((e) => e.ligne === 0)) {
      if (!o.json) process.stderr.write(r.erreurs.map((e) => `agora importer : ${e.message}\n`).join(""));
      return 2;
    }
    listerErreurs(chemin, r.erreurs, r.nombreErreurs);
    return 1;
  }
  if (o.sortie) await writeFile(o.sortie, await classeurJournal(r.lignes));
  if (o.json) process.stdout.write(resumeJson(r));
  else {
    process.stdout.write(resumeTexte(r, feuille));
    if (o.sortie) process.stdout.write(`Classeur écrit : « ${o.sortie} » (feuille « ${FEUILLE_IMPORT} », tableau Journal).\n`);
  }
  return 0;
}

export function commandeImporter(programme: Command): void {
  programme
    .command("importer")
    .description("importe une extraction de PGI (FEC, Odoo, Dolibarr, EBP, Sage, CSV, relevé CFONB) ; code 0 importé, 1 erreurs dans le fichier, 2 illisible")
    .argument("<fichier>", "fichier texte (FEC, CSV, largeur fixe, CFONB 120) ou classeur .xlsx")
    .option("--format <format>", `format du fichier : ${FORMATS.join(", ")} (auto par défaut : reconnu à l'en-tête)`)
    .option("--correspondance <json>", "correspondance de colonnes enregistrée (import paramétrable, voir docs/imports.md)")
    .option("--encodage <nom>", `encodage imposé : ${ENCODAGES.join(", ")} (détecté par défaut)`)
    .option("--sortie <classeur>", "écrit le journal dans un classeur .xlsx (feuille « Journal », tableau Journal)")
    .option("--json", "sortie JSON : {ok, format, encodage, separateur, lignes, ecritures, totalDebit, totalCredit, equilibre, erreurs, remarques}")
    .action(async (chemin: string, options: Options) => {
      try {
        process.exitCode = await importerFichier(chemin, options);
      } catch (e) {
        const connue = e instanceof ErreurIllisible;
        const message = e instanceof Error ? e.message : String(e);
        process.stderr.write(`agora importer : ${connue ? message : `erreur interne inattendue (${message})`}\n`);
        process.exitCode = 2;
      }
    });
}
