/**
 * `agora fec valider FICHIER [--exercice AAAA-MM-JJ:AAAA-MM-JJ] [--siren 999999999] [--json]` :
 * les règles FEC-001 à FEC-034 (comptabilite.md § 2.2) sur un fichier lu en flux.
 * Code de sortie : 0 conforme (aucune erreur), 1 erreurs, 2 fichier illisible (absent, binaire, pas un FEC).
 * Exercice par défaut : les 12 mois qui finissent à la date du nom du fichier (date de clôture).
 */
import type { Command } from "commander";
import { centimesFr } from "../core/compta/centimes";
import { jourFr, lireDate, type Jour } from "../core/dates";
import type { InfoEncodage } from "../core/encodage";
import { creerValidateurFec, type Diagnostic, type Exercice, type RapportFec } from "../core/fec";
import { commandeFecExporter } from "./fec-exporter";
import { ErreurFichierIllisible, lignesFichier, type SuiviLecture } from "./lecture-fichier";

export interface OptionsValiderFichier {
  exercice?: Exercice;
  siren?: string;
  aujourdhui?: Jour;
}

export interface RapportFichierFec extends RapportFec {
  encodage?: InfoEncodage;
}

/** Valide un fichier FEC en flux (c'est aussi ce que mesure bench/fec.ts). */
export async function validerFichierFec(chemin: string, options: OptionsValiderFichier = {}): Promise<RapportFichierFec> {
  const validateur = creerValidateurFec({ ...options, nomFichier: chemin });
  const suivi: SuiviLecture = { octets: 0 };
  let premiere = true;
  for await (const { texte, numero } of lignesFichier(chemin, suivi)) {
    if (premiere) {
      premiere = false;
      validateur.entete(texte);
    } else validateur.controler(texte, numero);
  }
  return { ...validateur.terminer(), encodage: suivi.encodageDetecte };
}

/** « 2025-01-01:2025-12-31 » → exercice ; message français si la valeur est mal écrite. */
export function lireExercice(texte: string): Exercice {
  const m = /^\s*([^:]+?)\s*:\s*([^:]+?)\s*$/.exec(texte);
  if (!m) throw new ErreurOption(`--exercice : « ${texte} » n'est pas une période ; écrivez AAAA-MM-JJ:AAAA-MM-JJ, par exemple 2025-01-01:2025-12-31.`);
  const lire = (s: string, quoi: string): Jour => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new ErreurOption(`--exercice : la date ${quoi} « ${s} » doit s'écrire AAAA-MM-JJ.`);
    try {
      return lireDate(s, `--exercice (date ${quoi})`);
    } catch (e) {
      throw new ErreurOption(e instanceof Error ? e.message : String(e));
    }
  };
  const debut = lire(m[1], "de début");
  const fin = lire(m[2], "de fin");
  if (m[1] > m[2]) throw new ErreurOption(`--exercice : le début (${jourFr(debut)}) est après la fin (${jourFr(fin)}).`);
  return { debut, fin };
}

class ErreurOption extends Error {}

const SEVERITES: Record<Diagnostic["severite"], string> = { erreur: "erreur", alerte: "alerte", info: "info" };

const pluriel = (n: number, mot: string): string => `${n.toLocaleString("fr-FR")} ${mot}${n > 1 ? "s" : ""}`;

/** Rapport lisible : une ligne par constat, puis le résumé. */
export function rapportTexte(r: RapportFichierFec): string {
  const sortie: string[] = [];
  if (r.encodage) sortie.push(`Encodage : ${r.encodage.libelle} (${r.encodage.raison}).`);
  if (r.exercice) {
    const origine = r.exercice.origine === "option" ? "--exercice" : "déduit de la date du nom du fichier ; --exercice pour le préciser";
    sortie.push(`Exercice : du ${jourFr(r.exercice.debut)} au ${jourFr(r.exercice.fin)} (${origine}).`);
  } else sortie.push("Exercice inconnu : les dates d'écriture ne sont pas comparées à l'exercice (précisez --exercice AAAA-MM-JJ:AAAA-MM-JJ).");
  for (const d of r.diagnostics) {
    const ou = d.ligne === 0 ? "Fichier" : `Ligne ${d.ligne}`;
    sortie.push(`${ou} — ${d.regle} (${SEVERITES[d.severite]}) : ${d.message}`);
  }
  const alertes = r.avertissements.filter((d) => d.severite === "alerte").length;
  const infos = r.avertissements.length - alertes;
  sortie.push(
    `${r.valide ? "FEC conforme" : "FEC non conforme"} : ${pluriel(r.lignes, "ligne")} d'écriture, ${pluriel(r.ecritures, "écriture")}, ` +
      `total débit ${centimesFr(r.totalDebit)}, total crédit ${centimesFr(r.totalCredit)} ; ` +
      `${pluriel(r.erreurs.length, "erreur")}, ${pluriel(alertes, "alerte")}, ${pluriel(infos, "information")}.`,
  );
  return sortie.join("\n") + "\n";
}

const sansSeverite = ({ regle, ligne, message }: Diagnostic) => ({ regle, ligne, message });

/** Sortie --json : {"valide", "lignes", "erreurs": [{regle, ligne, message}], "avertissements": [{…, severite}]}. */
export function rapportJson(r: RapportFichierFec): string {
  return JSON.stringify({
    valide: r.valide,
    lignes: r.lignes,
    erreurs: r.erreurs.map(sansSeverite),
    avertissements: r.avertissements,
    ecritures: r.ecritures,
    totalDebit: centimesFr(r.totalDebit).replace(/\u202f/g, ""),
    totalCredit: centimesFr(r.totalCredit).replace(/\u202f/g, ""),
    exercice: r.exercice ? { debut: isoDe(r.exercice.debut), fin: isoDe(r.exercice.fin), origine: r.exercice.origine } : null,
    encodage: r.encodage?.libelle ?? null,
  }) + "\n";
}

const isoDe = (j: Jour): string => `${String(j.annee).padStart(4, "0")}-${String(j.mois).padStart(2, "0")}-${String(j.jour).padStart(2, "0")}`;

function illisible(message: string, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(JSON.stringify({ valide: false, illisible: true, lignes: 0, erreurs: [{ regle: "LECTURE", ligne: 0, message }], avertissements: [] }) + "\n");
  } else process.stderr.write(`agora fec valider : ${message}\n`);
  process.exitCode = 2;
}

export function commandeFec(programme: Command): void {
  const fec = programme.command("fec").description("fichier des écritures comptables (FEC) : contrôle de conformité, export d'un classeur");
  fec
    .command("valider")
    .description("contrôle un FEC (règles FEC-001 à FEC-034) ; code 0 conforme, 1 erreurs, 2 illisible")
    .argument("<fichier>", "fichier FEC, nommé SirenFECAAAAMMJJ.txt (tabulation ou |)")
    .option("--exercice <periode>", "exercice AAAA-MM-JJ:AAAA-MM-JJ (par défaut : 12 mois finissant à la date du nom du fichier)")
    .option("--siren <siren>", "SIREN de l'entreprise, comparé à celui du nom du fichier")
    .option("--json", "sortie JSON : {\"valide\", \"lignes\", \"erreurs\", \"avertissements\"}")
    .action(async (chemin: string, options: { exercice?: string; siren?: string; json?: boolean }) => {
      let exercice: Exercice | undefined;
      try {
        exercice = options.exercice !== undefined ? lireExercice(options.exercice) : undefined;
        if (options.siren !== undefined && !/^\d{9}$/.test(options.siren.replace(/\s/g, ""))) {
          throw new ErreurOption(`--siren : « ${options.siren} » n'est pas un SIREN (9 chiffres attendus).`);
        }
      } catch (e) {
        process.stderr.write(`agora fec valider : ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      let rapport: RapportFichierFec;
      try {
        rapport = await validerFichierFec(chemin, { exercice, siren: options.siren });
      } catch (e) {
        // L'action est asynchrone : aucune exception ne doit sortir (la commande n'attend pas sa promesse).
        const message = e instanceof ErreurFichierIllisible ? e.message : `erreur interne inattendue : ${e instanceof Error ? e.message : String(e)}`;
        return illisible(message, options.json);
      }
      if (!rapport.estFec) {
        return illisible(`« ${chemin} » n'est pas un FEC : sa première ligne ne contient pas les noms des champs (JournalCode, JournalLib, EcritureNum…).`, options.json);
      }
      process.stdout.write(options.json ? rapportJson(rapport) : rapportTexte(rapport));
      process.exitCode = rapport.valide ? 0 : 1;
    });
  commandeFecExporter(fec);
}
