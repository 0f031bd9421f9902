/** Module « Stocks » dans l'aperçu : fiche de stock de P013 (janvier 2025 de Grain de Sel & Cie) avec stock d'alerte. */
import { feuille, texteCellule } from "./grille.e2e";
import { capturer, euros, ouvrirModule } from "./immobilisations.e2e";
import { bientot, egal, erreursDe, ouvrir, test, verifier } from "./outils";

test("module « Stocks » : fiche de stock P013 au CUMP (stock final 50 × 25,00 = 1 250,00) et stock d'alerte 4 × 5 + 30 = 50", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Mouvements de stock");
  const volet = await ouvrirModule(page, "stocks");
  await volet.getByLabel("Article").selectOption("P013");
  await volet.getByLabel("Conso. par jour").fill("4");
  await volet.getByLabel("Délai (jours)").fill("5");
  await volet.getByLabel("Sécurité (u)").fill("30");
  await volet.getByText("Stock d'alerte = consommation × délai + sécurité = 4 × 5 + 30 = 50 unités (AGORA.STOCK.ALERTE).").waitFor();
  await volet.getByRole("button", { name: "Générer la fiche de stock" }).click();
  await volet.getByText("Fiches de stock générées").waitFor();
  await volet.getByText("P013 : le stock atteint le stock d'alerte (50 u) le 31/01/2025 : il est temps de commander.").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Fiche de stock P013", "feuille affichée");
  // (1 680 + 1 260) / 120 = 24,50 ; (2 450 + 2 550) / 200 = 25,00 ; 50 × 25,00 = 1 250,00.
  await bientot(() => texteCellule(page, "J6"), euros("24,50"), "CUMP après la réception du 10/01");
  await bientot(() => texteCellule(page, "J8"), euros("25,00"), "CUMP après la réception du 20/01");
  await bientot(() => texteCellule(page, "K10"), euros("1 250,00"), "valeur du stock final");
  await bientot(() => texteCellule(page, "H12"), euros("4 240,00"), "total des sorties");
  verifier(await page.getByRole("img", { name: "Stock de P013 et stock d'alerte" }).isVisible(), "la courbe du stock est visible");
  await capturer(page, ctx.racine, "stocks-fiche");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
