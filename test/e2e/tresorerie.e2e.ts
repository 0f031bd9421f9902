/** Module « Trésorerie » dans l'aperçu : budget du premier trimestre 2025 de Grain de Sel & Cie, mars négatif. */
import { feuille, texteCellule } from "./grille.e2e";
import { capturer, euros, ouvrirModule } from "./immobilisations.e2e";
import { bientot, egal, erreursDe, ouvrir, test, verifier } from "./outils";

test("module « Trésorerie » : budget du 1er trimestre 2025 (fin de mois 9 223,40 ; 6 946,86 ; −673,14) et alerte sur mars", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Prévisions de trésorerie");
  const volet = await ouvrirModule(page, "tresorerie");
  // La feuille des opérations est proposée d'abord ; on choisit les prévisions mois par mois.
  await bientot(() => volet.getByRole("combobox", { name: "Opérations ou prévisions" }).inputValue(), "feuille:Opérations de trésorerie", "source proposée");
  await volet.getByRole("combobox", { name: "Opérations ou prévisions" }).selectOption("feuille:Prévisions de trésorerie");
  await volet.getByRole("button", { name: "Générer le budget de trésorerie" }).click();
  await volet.getByText("Budget de trésorerie généré").waitFor();
  await volet.getByText(/Trésorerie négative à la fin de mars 2025/).waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Budget de trésorerie", "feuille affichée");
  // Tableau en A4 : 1 ligne de début, 1 + 3 + 1 encaissements, 1 + 9 + 1 décaissements, solde, fin → fin de mois en ligne 23.
  await bientot(() => texteCellule(page, "A23"), "Trésorerie à la fin du mois (solde cumulé)", "libellé de la fin de mois");
  await bientot(() => texteCellule(page, "B5"), euros("10 012,40"), "trésorerie au 01/01/2025");
  await bientot(() => texteCellule(page, "B23"), euros("9 223,40"), "fin janvier");
  await bientot(() => texteCellule(page, "C23"), euros("6 946,86"), "fin février");
  await bientot(() => texteCellule(page, "D23"), euros("-673,14"), "fin mars");
  verifier(await page.getByRole("img", { name: "Encaissements, décaissements et trésorerie de fin de mois" }).isVisible(), "le graphique est visible");
  await capturer(page, ctx.racine, "tresorerie-budget");
  await page.locator('[role="grid"]').hover();
  await page.mouse.wheel(0, 500);
  await capturer(page, ctx.racine, "tresorerie-graphique");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});

test("module « Trésorerie » : budget depuis les ventes et achats prévus (TVA payée le mois suivant, graphique combiné)", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Opérations de trésorerie");
  const volet = await ouvrirModule(page, "tresorerie");
  await bientot(() => volet.getByRole("combobox", { name: "Opérations ou prévisions" }).inputValue(), "feuille:Opérations de trésorerie", "source proposée");
  await volet.getByRole("button", { name: "Générer le budget de trésorerie" }).click();
  await volet.getByText("Budget de trésorerie généré").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Budget de trésorerie", "feuille affichée");
  // Calcul à la main (preview/donnees/tresorerie.ts) : 3 encaissements, 6 décaissements + TVA → fin de mois en ligne 21.
  await bientot(() => texteCellule(page, "A21"), "Trésorerie à la fin du mois (solde cumulé)", "libellé de la fin de mois");
  await bientot(() => texteCellule(page, "B18"), euros("1 863,00"), "TVA de décembre payée en janvier");
  await bientot(() => texteCellule(page, "C18"), euros("1 070,00"), "TVA de janvier payée en février");
  await bientot(() => texteCellule(page, "B21"), euros("16 093,40"), "fin janvier");
  await bientot(() => texteCellule(page, "C21"), euros("17 862,90"), "fin février");
  await bientot(() => texteCellule(page, "D21"), euros("12 755,40"), "fin mars");
  verifier(await page.getByRole("img", { name: "Encaissements, décaissements et trésorerie de fin de mois" }).isVisible(), "le graphique est visible");
  await page.locator('[role="grid"]').hover();
  await page.mouse.wheel(0, 750);
  await capturer(page, ctx.racine, "tresorerie-operations");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
