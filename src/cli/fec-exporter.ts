/**
 * `agora fec exporter CLASSEUR.xlsx --siren 000000117 --cloture AAAA-MM-JJ [--ouverture AAAA-MM-JJ] [--sortie DOSSIER]` :
 * le FEC du tableau Journal d'un classeur, écrit sous le nom <SIREN>FEC<AAAAMMJJ>.txt (comptabilite.md § 2.1).
 * Même lecture et même export que « Télécharger le FEC » du volet (src/actions/compta/fec.ts) : refus, et rien
 * d'écrit, si le SIREN est faux (clé de Luhn), si une ligne est illisible ou si le validateur trouve une erreur.
 * Codes de sortie : 0 FEC écrit (les alertes sont affichées sur la sortie d'erreur) ; 1 refusé ; 2 illisible ou option invalide.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { exporterJournalLu, type ConstatFec } from "../actions/compta/fec";
import { comparerJours, jourFr, lireDate, type Jour } from "../core/dates";
import { ErreurAgora } from "../core/erreurs";
import { exerciceDepuisCloture, type Exercice } from "../core/fec";
import { lireJournalClasseur } from "./lecture-classeur";
import { ErreurFichierIllisible } from "./lecture-fichier";

class ErreurOption extends Error {}

/** Constats affichés au plus. */
const AFFICHES = 50;

function lireJour(valeur: string, option: string): Jour {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(valeur.trim())) throw new ErreurOption(`${option} : « ${valeur} » doit s'écrire AAAA-MM-JJ, par exemple 2025-12-31.`);
  try {
    return lireDate(valeur.trim(), option);
  } catch (e) {
    throw new ErreurOption(e instanceof Error ? e.message : String(e));
  }
}

/** « Ligne 12 — FEC-023 (erreur) : … » ; « Fichier — … » pour un constat sans ligne. */
function ligneConstat(c: ConstatFec): string {
  const ou = c.cellule ?? "Fichier";
  return `  ${ou} — ${c.regle} (${c.severite}) : ${c.message}`;
}

function lister(titre: string, constats: readonly ConstatFec[]): string {
  const reste = constats.length - AFFICHES;
  return [titre, ...constats.slice(0, AFFICHES).map(ligneConstat), ...(reste > 0 ? [`  … et ${reste} autre${reste > 1 ? "s" : ""}.`] : [])].join("\n") + "\n";
}

interface OptionsExporter {
  siren?: string;
  cloture?: string;
  ouverture?: string;
  sortie?: string;
}

async function exporter(chemin: string, o: OptionsExporter): Promise<void> {
  if (o.siren === undefined) throw new ErreurOption("--siren est obligatoire : le SIREN de l'entreprise (9 chiffres) forme le nom du fichier.");
  if (o.cloture === undefined) throw new ErreurOption("--cloture est obligatoire : la date de clôture de l'exercice (AAAA-MM-JJ) forme le nom du fichier.");
  const cloture = lireJour(o.cloture, "--cloture");
  let exercice: Exercice | undefined;
  if (o.ouverture !== undefined) {
    const debut = lireJour(o.ouverture, "--ouverture");
    if (comparerJours(debut, cloture) > 0) {
      throw new ErreurOption(`--ouverture (${jourFr(debut)}) est après la clôture (${jourFr(cloture)}).`);
    }
    exercice = { debut, fin: cloture };
  }
  const r = exporterJournalLu(await lireJournalClasseur(chemin), { siren: o.siren, cloture, exercice });
  if (!r.ok) {
    process.stderr.write(`agora fec exporter : ${r.message} Aucun fichier n'est écrit.\n`);
    if (r.constats.length) process.stderr.write(lister("Constats :", r.constats));
    process.exitCode = 1;
    return;
  }
  const dossier = o.sortie ?? ".";
  const cible = path.join(dossier, r.nom);
  try {
    await writeFile(cible, r.octets);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ErreurFichierIllisible(code === "ENOENT" ? `Le dossier « ${dossier} » n'existe pas.` : `Le fichier « ${cible} » ne peut pas être écrit (${code ?? String(e)}).`);
  }
  const ex = exercice ?? exerciceDepuisCloture(cloture);
  process.stdout.write(`${r.message}\nExercice du ${jourFr(ex.debut)} au ${jourFr(ex.fin)}. Fichier écrit : ${cible}\n`);
  if (r.avertissements.length) process.stderr.write(lister(`Attention : ${r.avertissements.length} remarque${r.avertissements.length > 1 ? "s" : ""} (le FEC est écrit) :`, r.avertissements));
}

export function commandeFecExporter(fec: Command): void {
  fec
    .command("exporter")
    .description("écrit le FEC du tableau Journal d'un classeur .xlsx (<SIREN>FEC<AAAAMMJJ>.txt) ; code 0 écrit, 1 refusé, 2 illisible")
    .argument("<classeur>", "classeur .xlsx qui contient le tableau Journal (ou une feuille « Journal »)")
    .option("--siren <siren>", "SIREN de l'entreprise, 9 chiffres (clé de Luhn contrôlée)")
    .option("--cloture <date>", "date de clôture de l'exercice, AAAA-MM-JJ")
    .option("--ouverture <date>", "premier jour de l'exercice, AAAA-MM-JJ, s'il ne dure pas 12 mois")
    .option("--sortie <dossier>", "dossier où écrire le FEC (par défaut : le dossier courant)")
    .action(async (chemin: string, o: OptionsExporter) => {
      try {
        await exporter(chemin, o);
      } catch (e) {
        const connue = e instanceof ErreurOption || e instanceof ErreurFichierIllisible || e instanceof ErreurAgora;
        const message = e instanceof Error ? e.message : String(e);
        process.stderr.write(`agora fec exporter : ${connue ? message : `erreur interne inattendue (${message})`}\n`);
        process.exitCode = 2;
      }
    });
}
