/** Module « Paie » dans l'aperçu : bulletins, livre et écriture de paie de janvier 2025 de Grain de Sel & Cie. */
import path from "node:path";
import type { Page } from "playwright-core";
import { feuille, texteCellule } from "./grille.e2e";
import { euros, ouvrirModule } from "./immobilisations.e2e";
import { bientot, egal, erreursDe, ouvrir, test } from "./outils";

/** Fait défiler la grille vers le bas (elle ne dessine que les lignes visibles). */
async function defiler(page: Page, pixels: number): Promise<void> {
  const grille = page.locator('[role="grid"]');
  const boite = await grille.boundingBox();
  if (boite) await page.mouse.move(boite.x + boite.width / 2, boite.y + boite.height / 2);
  await page.mouse.wheel(0, pixels);
  await page.waitForTimeout(200);
}

test("module « Paie » : bulletins de janvier 2025 (Inès Barreau : net payé 1 476,61 ; coût employeur 2 055,07), livre et écriture de paie", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Personnel");
  const volet = await ouvrirModule(page, "paie");
  // Le mois proposé est celui de la feuille « Variables 2025-01 » de l'exemple.
  await bientot(() => volet.getByLabel("Mois de paie").inputValue(), "2025-01", "mois proposé");
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "paie.png") });

  await volet.getByRole("button", { name: "Générer les bulletins" }).click();
  await volet.getByText("Bulletins générés").waitFor();
  await volet.getByText("S05 Lina Moreau : contrat d'apprentissage", { exact: false }).waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Bulletin 2025-01 S01", "feuille affichée");
  await feuille(page, "Bulletin 2025-01 S03");
  // Calcul à la main (paie.md § 3, § 4.1 et § 5, janvier 2025, 5 salariés, AT/MP 1,50 %, santé 50 € à 50 %) :
  // cotisations salariales 423,39 → net 1 900 − 423,39 = 1 476,61, taux neutre 0 % (net imposable 1 556,47 < 1 591) ;
  // patronales 678,33 − réduction générale 1 900 × 0,2754 = 523,26 → 155,07 ; coût 1 900 + 155,07 = 2 055,07.
  await bientot(() => texteCellule(page, "E6"), "Inès Barreau", "nom de la salariée");
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "paie-bulletin.png") });
  await defiler(page, 700);
  await bientot(() => texteCellule(page, "D44"), euros("423,39"), "total des cotisations salariales");
  await bientot(() => texteCellule(page, "F49"), euros("1 476,61"), "net payé d'Inès Barreau");
  await bientot(() => texteCellule(page, "F54"), euros("2 055,07"), "coût employeur d'Inès Barreau");
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-bulletin-bas.png") });

  // Livre de paie : la ligne des totaux (formules SOMME) sous les 4 salariés.
  await feuille(page, "Livre de paie 2025-01");
  await bientot(() => texteCellule(page, "A9"), "Total", "ligne des totaux");
  await bientot(() => texteCellule(page, "D9"), euros("9 642,13"), "masse salariale brute");
  await bientot(() => texteCellule(page, "O9"), euros("11 863,19"), "coût employeur total");
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-livre.png") });

  // Écriture de paie : 17 lignes, Σ débits = Σ crédits = Σ coûts employeur.
  await volet.getByRole("button", { name: "Préparer l'écriture de paie" }).click();
  await volet.getByText("Écriture de paie préparée").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Écriture de paie 2025-01", "feuille affichée");
  await bientot(() => texteCellule(page, "E5"), "6411", "compte des salaires");
  await defiler(page, 300);
  await bientot(() => texteCellule(page, "I23"), euros("11 863,19"), "total des débits");
  await bientot(() => texteCellule(page, "J23"), euros("11 863,19"), "total des crédits");
  await bientot(() => texteCellule(page, "I24"), euros("0,00"), "écart");
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-ecriture.png") });

  // Tableau de bord social : effectif au 31/01/2025 (5 inscrits, l'apprentie comprise), masse salariale chargée.
  await volet.getByRole("button", { name: "Générer le tableau de bord social" }).click();
  await volet.getByText("Tableau de bord social généré").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "Tableau de bord social 2025-01", "feuille affichée");
  await bientot(() => texteCellule(page, "B4"), "5", "effectif au 31/01/2025");
  await bientot(() => texteCellule(page, "B10"), euros("11 863,19"), "masse salariale chargée");
  await page.getByRole("img", { name: "Effectif par statut" }).waitFor();
  await defiler(page, 300);
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-tableau-bord.png") });

  // Déclarations pédagogiques : la DSN du mois et les fiches DPAE.
  await volet.getByRole("button", { name: "DSN du mois" }).click();
  await volet.getByText("Déclaration préparée").waitFor();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "DSN pédagogique 2025-01", "feuille affichée");
  await bientot(() => texteCellule(page, "A4"), "S10.G00.00.001,'agora-excel'", "première rubrique");
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-dsn.png") });
  await volet.getByRole("button", { name: "Fiches DPAE" }).click();
  await bientot(async () => page.getByRole("tab", { selected: true }).textContent(), "DPAE", "feuille affichée");
  await bientot(() => texteCellule(page, "B3"), "S01 Camille Jouan", "première fiche");
  await page.screenshot({ path: path.join(ctx.racine, "test-results", "paie-dpae.png") });

  // Régénérer les bulletins demande de remplacer les feuilles.
  await volet.getByRole("button", { name: "Générer les bulletins" }).click();
  const dialogue = page.getByRole("alertdialog");
  await dialogue.getByText("« Bulletin 2025-01 S01 »", { exact: false }).first().waitFor();
  await dialogue.getByRole("button", { name: "Remplacer" }).click();
  await volet.getByText("Bulletins générés").waitFor();
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
