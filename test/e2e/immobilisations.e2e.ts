/** Module « Immobilisations » dans l'aperçu : plans et dotations 2025 de Grain de Sel & Cie (pedagogie.md § 6), cession. */
import path from "node:path";
import type { Page } from "playwright-core";
import { feuille, texteCellule } from "./grille.e2e";
import { bientot, egal, erreursDe, ouvrir, test } from "./outils";

/** « 8 560,00 € » tel que l'aperçu l'affiche (espace fine insécable entre les milliers). */
export const euros = (texte: string): string => `${texte.replace(/ /g, "\u202f")} €`;

export async function ouvrirModule(page: Page, id: string) {
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("combobox", { name: "Module" }).selectOption(id);
  return volet;
}

/** Capture après l'action, pour la regarder (test-results/, non versionné). */
export async function capturer(page: Page, racine: string, nom: string): Promise<void> {
  await page.screenshot({ path: path.join(racine, "test-results", `${nom}.png`) });
}

test("module « Immobilisations » : plans et dotations 2025 de l'exemple (annuités 2 400, 1 360, 800, 3 600, 400 ; total 8 560,00)", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Immobilisations");
  const volet = await ouvrirModule(page, "immobilisations");
  await volet.getByLabel("Clôture de l'exercice").fill("31/12/2025");
  await volet.getByRole("button", { name: "Générer les plans et les dotations" }).click();
  await volet.getByText("Plans d'amortissement générés").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Plans d'amortissement", "feuille affichée");
  // Récapitulatif (A6) : l'agencement (24 000 sur 10 ans depuis le 01/03/2021) : dotation 2 400, VNC 24 000 − 9 200 − 2 400 = 12 400.
  await bientot(() => texteCellule(page, "H7"), euros("2 400,00"), "dotation 2025 de l'agencement");
  await bientot(() => texteCellule(page, "J7"), euros("12 400,00"), "VNC au 31/12/2025 de l'agencement");
  await bientot(() => texteCellule(page, "H13"), euros("8 560,00"), "total des dotations 2025");
  await capturer(page, ctx.racine, "immobilisations-plans");
  await feuille(page, "Dotations 2025");
  await bientot(() => texteCellule(page, "D4"), "6811", "compte de dotation");
  await bientot(() => texteCellule(page, "D5"), "28181", "compte d'amortissement de l'agencement (2181)");
  await bientot(() => texteCellule(page, "F15"), euros("8 560,00"), "total des débits");
  await bientot(() => texteCellule(page, "G15"), euros("8 560,00"), "total des crédits");
  await capturer(page, ctx.racine, "immobilisations-dotations");

  // Régénérer demande de remplacer les deux feuilles.
  await volet.getByRole("button", { name: "Générer les plans et les dotations" }).click();
  const dialogue = page.getByRole("alertdialog");
  await dialogue.getByText("« Plans d'amortissement », « Dotations 2025 »", { exact: false }).waitFor();
  await dialogue.getByRole("button", { name: "Remplacer" }).click();
  await volet.getByText("Plans d'amortissement générés").waitFor();
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});

test("module « Immobilisations » : cession de la vitrine réfrigérée le 30/06/2025 pour 2 000 € HT (moins-value 720,00)", async (ctx) => {
  const page = await ouvrir(ctx);
  const volet = await ouvrirModule(page, "immobilisations");
  await volet.getByLabel("Clôture de l'exercice").fill("31/12/2025");
  await volet.getByLabel("Bien cédé").selectOption({ label: "2. Vitrine réfrigérée" });
  await volet.getByLabel("Date de cession").fill("30/06/2025");
  await volet.getByLabel("Prix HT (€)").fill("2000");
  await volet.getByRole("button", { name: "Préparer les écritures de cession" }).click();
  await volet.getByText("Cession préparée").waitFor();
  // 6 800 € sur 5 ans : 3 400 au 31/12/2024 + 1 360 × 180 / 360 = 680 → cumul 4 080, VNC 2 720 ; 2 000 − 2 720 = −720.
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Cession Vitrine réfrigérée", "feuille affichée");
  await bientot(() => texteCellule(page, "F6"), euros("680,00"), "dotation complémentaire");
  await bientot(() => texteCellule(page, "F8"), euros("2 720,00"), "VNC");
  await bientot(() => texteCellule(page, "F11"), euros("-720,00"), "moins-value");
  await capturer(page, ctx.racine, "immobilisations-cession");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
