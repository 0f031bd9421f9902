/**
 * Module « Comptabilité » dans l'aperçu, étapes 4 à 6 : le journal de janvier 2025 de Grain de Sel & Cie
 * (preview/donnees/releve.ts) est structuré, puis les états de synthèse, la CA3 de janvier et l'état de
 * rapprochement sont générés ; les chiffres clés sont lus dans la grille. Calculs faits à la main :
 * - Compte de résultat : ventes de marchandises 1 278,50 + 3 000,00 = 4 278,50 ; achats 588,00 ; loyer 1 500,00 ;
 *   résultat 4 278,50 − 2 088,00 = 2 190,50 (bénéfice).
 * - Bilan : immobilisations nettes 400,00 + 28 900,00 ; stock 14 350,00 ; clients 2 496,00 − 864,00 + 1 534,20 =
 *   3 166,20 ; TVA déductible 300,00 + 117,60 = 417,60 ; banque 3 023,40 + caisse 650,00 → total actif 50 907,20 ;
 *   passif 20 000 + 1 200 + 3 480 + (9 875,40 + 2 190,50) + 12 600 + fournisseurs 705,60 + TVA collectée 855,70
 *   = 50 907,20.
 * - CA3 de janvier : A1 = 4 278,50 → 4 279 ; 08 = 4 279 × 20 % = 855,80 → 856 ; 20 = 417,60 → 418 ; TD = 438.
 * - Rapprochement au 31/01/2025 : soldes rectifiés 3 023,40 + 1 632,00 − 18,00 − 45,00 = 4 592,40 = 7 472,40 − 2 880,00.
 */
import path from "node:path";
import { FEUILLE_JOURNAL_JANVIER } from "../../preview/donnees/releve";
import { feuille, texteCellule } from "./grille.e2e";
import { capturer, ouvrirModule } from "./immobilisations.e2e";
import { bientot, egal, erreursDe, ouvrir, test } from "./outils";

/** « 50 907,20 € » comme l'affiche la grille (espace fine insécable entre milliers). */
const euros = (texte: string): string => `${texte.replace(/ /g, "\u202f")} €`;

test("comptabilité : états de synthèse, CA3 et rapprochement bancaire de janvier 2025 (résultat 2 190,50 ; bilan 50 907,20 ; TVA due 438 ; soldes rectifiés 4 592,40)", async (ctx) => {
  const page = await ouvrir(ctx);
  const volet = await ouvrirModule(page, "comptabilite");
  const etape = (titre: string) => volet.getByRole("region", { name: titre });

  // Étape 1 sur le journal de janvier.
  await volet.getByRole("combobox", { name: "Journal à lire" }).selectOption(`feuille:${FEUILLE_JOURNAL_JANVIER}`);
  await volet.getByRole("button", { name: "Analyser le journal" }).click();
  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Feuille « Journal structuré » créée", { exact: false }).waitFor();

  // Étape 4 : compte de résultat, bilan, SIG et CAF.
  const synthese = etape("Générer les états de synthèse");
  await synthese.getByRole("button", { name: "Préparer les états" }).click();
  await synthese.getByText("Résultat du compte de résultat = résultat du bilan (Σ produits − Σ charges) = résultat net des SIG : vérifié", { exact: false }).waitFor();
  await synthese.getByRole("button", { name: "Créer les feuilles", exact: true }).click();
  await synthese.getByText("États générés", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Compte de résultat", "feuille active");
  // Tableau en A4 : produits (titre, ventes, total), charges (titre, 2 postes, total), résultats… → résultat en ligne 23.
  await bientot(() => texteCellule(page, "A23"), "Résultat de l'exercice (bénéfice)", "libellé du résultat");
  await bientot(() => texteCellule(page, "B23"), euros("2 190,50"), "résultat de l'exercice");
  await bientot(() => texteCellule(page, "B6"), euros("4 278,50"), "ventes de marchandises");

  await feuille(page, "Bilan");
  await bientot(() => texteCellule(page, "A15"), "TOTAL ACTIF", "libellé du total de l'actif");
  await bientot(() => texteCellule(page, "B15"), euros("50 907,20"), "total actif");
  await bientot(() => texteCellule(page, "C16"), "TOTAL PASSIF", "libellé du total du passif");
  await bientot(() => texteCellule(page, "D16"), euros("50 907,20"), "total passif");
  await bientot(() => texteCellule(page, "D9"), euros("12 065,90"), "résultat au passif (2024 non affecté + janvier)");
  await synthese.getByText("États générés", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-etats.png") });
  await feuille(page, "SIG et CAF");
  await bientot(() => texteCellule(page, "B7"), euros("3 690,50"), "marge commerciale (4 278,50 − 588,00)");
  await capturer(page, ctx.racine, "comptabilite-sig");
  await feuille(page, "Compte de résultat");
  await capturer(page, ctx.racine, "comptabilite-resultat");

  // Étape 5 : CA3 du dernier mois du journal, janvier 2025.
  const tva = etape("Préparer la déclaration de TVA");
  await tva.getByRole("button", { name: "Préparer la CA3" }).click();
  await tva.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await tva.getByText("CA3 de janvier 2025 préparée : TVA due 438\u00a0€.").waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "TVA CA3", "feuille active");
  await bientot(() => texteCellule(page, "A11"), "TD", "ligne TD");
  await bientot(() => texteCellule(page, "D11"), "438 €", "TVA due");
  await bientot(() => texteCellule(page, "D5"), "4\u202f279 €", "ligne A1");
  await capturer(page, ctx.racine, "comptabilite-ca3");

  // Étape 6 : rapprochement avec la feuille « Relevé bancaire », proposée d'office.
  const rapprochement = etape("État de rapprochement bancaire");
  await bientot(() => rapprochement.getByRole("combobox", { name: "Relevé bancaire" }).inputValue(), "feuille:Relevé bancaire", "relevé proposé");
  await rapprochement.getByRole("button", { name: "Pointer et rapprocher" }).click();
  await rapprochement.getByText("Soldes rectifiés : 4\u202f592,40\u00a0€ et 4\u202f592,40\u00a0€ : égaux", { exact: false }).waitFor();
  await rapprochement.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await rapprochement.getByText("État de rapprochement au 31/01/2025", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Rapprochement bancaire", "feuille active");
  await bientot(() => texteCellule(page, "A9"), "Solde rectifié", "ligne des soldes rectifiés");
  await bientot(() => texteCellule(page, "B9"), euros("4 592,40"), "solde 512 rectifié");
  await bientot(() => texteCellule(page, "F9"), euros("4 592,40"), "solde du relevé rectifié");
  await bientot(() => texteCellule(page, "E6"), euros("2 880,00"), "chèque n° 1002 non encaissé");
  await rapprochement.getByText("État de rapprochement au 31/01/2025", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-rapprochement.png") });
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
