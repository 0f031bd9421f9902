/**
 * Petit banc des tests de bout en bout : Chromium de Debian piloté par playwright-core (aucun navigateur téléchargé),
 * tests en série, compte final « N passed, N failed » et test-results/e2e.json pour .ci/run.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const LARGEUR = 1366;
export const HAUTEUR = 768;

export interface Contexte {
  navigateur: Browser;
  url: string;
  racine: string;
}

export type Test = { nom: string; corps: (ctx: Contexte) => Promise<void> };

const tests: Test[] = [];

export function test(nom: string, corps: (ctx: Contexte) => Promise<void>): void {
  tests.push({ nom, corps });
}

export function chercherChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const nom of ["chromium", "chromium-browser"]) {
    try {
      const chemin = execFileSync("sh", ["-c", `command -v ${nom}`]).toString().trim();
      if (chemin) return chemin;
    } catch {
      // essai suivant
    }
  }
  return undefined;
}

export async function lancerNavigateur(chemin: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chemin,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Nouvelle page à 1366 × 768 (portable d'établissement), en français, aperçu chargé. */
export async function ouvrir(ctx: Contexte, suite = ""): Promise<Page> {
  const page = await ctx.navigateur.newPage({ locale: "fr-FR", viewport: { width: LARGEUR, height: HAUTEUR }, acceptDownloads: true });
  const erreurs: string[] = [];
  page.on("pageerror", (e) => erreurs.push(e.message));
  (page as Page & { erreurs?: string[] }).erreurs = erreurs;
  await page.goto(ctx.url + suite);
  await page.waitForFunction(() => document.documentElement.dataset.pret === "oui", undefined, { timeout: 30_000 });
  await page.locator('[role="grid"]').waitFor();
  return page;
}

/** Erreurs JavaScript non rattrapées de la page (il ne doit jamais y en avoir). */
export function erreursDe(page: Page): string[] {
  return (page as Page & { erreurs?: string[] }).erreurs ?? [];
}

export function verifier(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function egal<T>(obtenu: T, attendu: T, quoi: string): void {
  if (JSON.stringify(obtenu) !== JSON.stringify(attendu)) throw new Error(`${quoi} : attendu ${JSON.stringify(attendu)}, obtenu ${JSON.stringify(obtenu)}`);
}

/** Attend (3 s au plus) que la valeur lue dans la page soit celle attendue : l'affichage suit l'action d'une image. */
export async function bientot<T>(lire: () => Promise<T>, attendu: T, quoi: string): Promise<void> {
  const limite = Date.now() + 3000;
  let obtenu = await lire();
  while (JSON.stringify(obtenu) !== JSON.stringify(attendu) && Date.now() < limite) {
    await new Promise((r) => setTimeout(r, 50));
    obtenu = await lire();
  }
  egal(obtenu, attendu, quoi);
}

/** Exécute les tests enregistrés ; écrit test-results/e2e.json et rend le nombre d'échecs. */
export async function executerTests(ctx: Contexte, filtre?: string): Promise<{ passes: number; echecs: number }> {
  let passes = 0;
  let echecs = 0;
  for (const t of tests.filter((x) => !filtre || x.nom.includes(filtre))) {
    const debut = Date.now();
    try {
      await t.corps(ctx);
      passes++;
      console.log(`  ✓ ${t.nom} (${Date.now() - debut} ms)`);
    } catch (e) {
      echecs++;
      console.log(`  ✗ ${t.nom}\n      ${(e instanceof Error ? e.message : String(e)).split("\n").join("\n      ")}`);
    }
  }
  ecrireResultats(ctx.racine, passes, echecs);
  return { passes, echecs };
}

export function ecrireResultats(racine: string, passes: number, echecs: number): void {
  const dossier = path.join(racine, "test-results");
  fs.mkdirSync(dossier, { recursive: true });
  fs.writeFileSync(path.join(dossier, "e2e.json"), JSON.stringify({ passes, echecs }));
}
