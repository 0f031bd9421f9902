/**
 * `agora paie bulletin FICHIER.json [--json] [--explique]` : le bulletin de paie clarifié d'un salarié pour un mois
 * (docs/paie.md, schéma docs/paie-bulletin.schema.json). Codes de sortie : 0 bulletin calculé, 1 données invalides,
 * 2 fichier illisible ou JSON mal formé.
 * `agora paie mois CLASSEUR.xlsx --periode AAAA-MM` : la paie du mois d'un classeur (src/cli/paie-mois.ts).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { ErreurAgora, versErreurAgora } from "../core/erreurs";
import { bulletinJson, bulletinTexte, calculerBulletin, lireEntreeBulletin, type Bulletin } from "../core/paie";
import { TraceEnregistree } from "../core/trace";
import { commandePaieMois } from "./paie-mois";

export interface IssueBulletin {
  code: 0 | 1 | 2;
  bulletin?: Bulletin;
  /** Étapes du calcul (alertes comprises, précédées de « Attention : »). */
  etapes: string[];
  alertes: string[];
  message?: string;
}

function messageFichier(e: unknown, chemin: string): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return `Le fichier « ${chemin} » est introuvable.`;
  if (code === "EISDIR") return `« ${chemin} » est un dossier, pas un fichier.`;
  return `Le fichier « ${chemin} » ne peut pas être lu (${code ?? (e instanceof Error ? e.message : String(e))}).`;
}

/** Lit le fichier et calcule le bulletin ; ne lève jamais d'exception. */
export function bulletinDepuisFichier(chemin: string): IssueBulletin {
  let texte: string;
  try {
    texte = readFileSync(chemin, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    return { code: 2, etapes: [], alertes: [], message: messageFichier(e, chemin) };
  }
  let json: unknown;
  try {
    json = JSON.parse(texte);
  } catch (e) {
    return { code: 2, etapes: [], alertes: [], message: `« ${chemin} » n'est pas un JSON valide (${e instanceof Error ? e.message : String(e)}).` };
  }
  const trace = new TraceEnregistree();
  try {
    const bulletin = calculerBulletin(lireEntreeBulletin(json), trace);
    const alertes = trace.etapes.filter((e) => e.genre === "alerte").map((e) => e.texte);
    return { code: 0, bulletin, etapes: trace.lignes(), alertes };
  } catch (e) {
    // Une donnée refusée (ErreurAgora, message qui nomme le champ) : 1 ; une erreur inattendue : 2.
    return { code: e instanceof ErreurAgora ? 1 : 2, etapes: [], alertes: [], message: versErreurAgora(e).message };
  }
}

export function commandePaie(programme: Command): void {
  const paie = programme.command("paie").description("paie : bulletin de salaire clarifié (2024 à 2026), paie du mois d'un classeur");
  commandePaieMois(paie);
  paie
    .command("bulletin")
    .description("calcule le bulletin d'un salarié pour un mois ; code 0 calculé, 1 données invalides, 2 fichier illisible")
    .argument("<fichier>", "fichier JSON : periode, entreprise, salarie, variables (taux en fractions ; voir docs/paie.md)")
    .option("--json", "sortie JSON : {\"lignes\": […], \"totaux\": {…}}")
    .option("--explique", "ajoute les étapes du calcul, en français")
    .action((chemin: string, options: { json?: boolean; explique?: boolean }) => {
      const r = bulletinDepuisFichier(chemin);
      process.exitCode = r.code;
      if (!r.bulletin) {
        if (options.json) process.stdout.write(JSON.stringify({ erreur: r.message }) + "\n");
        else process.stderr.write(`agora paie bulletin : ${r.message}\n`);
        return;
      }
      if (options.json) {
        process.stdout.write(JSON.stringify(bulletinJson(r.bulletin)) + "\n");
        for (const a of r.alertes) process.stderr.write(`Attention : ${a}\n`);
        if (options.explique) process.stderr.write(r.etapes.join("\n") + "\n");
        return;
      }
      process.stdout.write(bulletinTexte(r.bulletin, r.alertes));
      if (options.explique) process.stdout.write(`\nÉtapes du calcul :\n${r.etapes.map((e) => `  ${e}`).join("\n")}\n`);
    });
}
