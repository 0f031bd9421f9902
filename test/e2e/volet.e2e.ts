/** Tests de bout en bout du volet dans l'aperçu : catalogue « Fonctions » (insertion), captures de chaque module. */
import fs from "node:fs";
import path from "node:path";
import { allerA, barreFormule, feuille, texteCellule } from "./grille.e2e";
import { bientot, egal, erreursDe, ouvrir, test, verifier } from "./outils";

test("catalogue « Fonctions » : rechercher TTC, sélectionner une cellule, « Insérer » écrit la formule et sa valeur", async (ctx) => {
  const page = await ouvrir(ctx);
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("searchbox", { name: "Rechercher une fonction" }).fill("TTC");
  await volet.getByRole("button", { name: /^AGORA\.TTC\b/ }).click();
  await allerA(page, "B20");
  await volet.getByRole("button", { name: "Insérer =AGORA.TTC(100;20%) dans la cellule sélectionnée" }).click();
  await volet.getByText(/insérée|inséré/i).first().waitFor();
  // L'action d'insertion donne aussi le format de la fonction (euros).
  await bientot(() => texteCellule(page, "B20"), "120,00 €", "valeur de la cellule");
  await bientot(() => barreFormule(page).inputValue(), "=AGORA.TTC(100;20%)", "formule de la cellule");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});

test("F6 passe de la grille au volet, et du volet à la grille", async (ctx) => {
  const page = await ouvrir(ctx);
  await page.locator('[role="grid"]').focus();
  await page.keyboard.press("F6");
  const dansVolet = await page.evaluate(() => !!document.activeElement?.closest('[aria-label="Volet Agora"]'));
  verifier(dansVolet, "le focus est dans le volet");
  await page.keyboard.press("F6");
  egal(await page.evaluate(() => document.activeElement?.getAttribute("role")), "grid", "retour à la grille");
  await page.close();
});

/** Feuille de l'exemple montrée à côté de chaque module sur sa capture (la feuille ouverte sinon). */
const FEUILLE_DU_MODULE: Record<string, string> = {
  fonctions: "Facture",
  commercial: "Ventes",
  comptabilite: "Journal",
  immobilisations: "Immobilisations",
  tresorerie: "Opérations de trésorerie",
  stocks: "Mouvements de stock",
  paie: "Personnel",
  "tableaux-de-bord": "Ventes",
  classe: "Entreprise",
};

test("capture de chaque module du volet dans docs/images/ (1366 × 768)", async (ctx) => {
  const page = await ouvrir(ctx);
  const dossier = path.join(ctx.racine, "docs", "images");
  fs.mkdirSync(dossier, { recursive: true });
  await page.screenshot({ path: path.join(dossier, "apercu.png") });
  const choix = page.getByRole("complementary", { name: "Volet Agora" }).getByRole("combobox", { name: "Module" });
  const modules = await choix.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  verifier(modules.length > 0, "le volet propose des modules");
  for (const id of modules) {
    const nom = FEUILLE_DU_MODULE[id];
    if (nom) await feuille(page, nom);
    await choix.selectOption(id);
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(dossier, `${id}.png`) });
  }
  const ecrites = modules.filter((id) => fs.statSync(path.join(dossier, `${id}.png`)).size > 10_000);
  egal(ecrites, modules, "captures écrites");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
