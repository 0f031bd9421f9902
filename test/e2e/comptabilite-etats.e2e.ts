/**
 * Module « Comptabilité » dans l'aperçu, étapes 4 à 6 : la feuille « Journal 2025 » de Grain de Sel & Cie
 * (preview/donnees/janvier.ts) est structurée, puis les états de synthèse, la CA3 de janvier et l'état de
 * rapprochement avec la feuille « Relevé bancaire » sont générés ; les chiffres clés sont lus dans la grille.
 * Calculs faits à la main (soldes des comptes recoupés avec hledger dans test/actions/compta/exemple-janvier.test.ts) :
 * - Compte de résultat : ventes de marchandises 707 − 7097 = 6 401,63 − 46,55 = 6 355,08 ; port facturé 15,00 ;
 *   achats 588,00 + 460,80 = 1 048,80 ; loyer 1 500,00 ; résultat 6 370,08 − 2 548,80 = 3 821,28 (bénéfice).
 * - Bilan : immobilisations nettes 400,00 + 28 900,00 ; stock 14 350,00 ; clients 3 388,54 ; TVA déductible
 *   300,00 + 117,60 + 92,16 = 509,76 ; banque 5 252,46 + caisse 650,00 → total actif 53 450,76 ; passif 20 000
 *   + 1 200 + 3 480 + (9 875,40 + 3 821,28 = 13 696,68) + 12 600 + fournisseurs 1 258,56 + TVA collectée 1 215,52
 *   = 53 450,76.
 * - SIG : marge commerciale 6 355,08 − 1 048,80 = 5 306,28.
 * - CA3 de janvier, ventes ventilées par taux d'après les articles (une ligne 707 par taux dans les factures mixtes) :
 *   A1 = 6 370,08 → 6 370 ; 08 base 5 966,66 → 5 967, taxe 1 193 ; 09 base 403,42 → 403, taxe 22,165 → 22 ;
 *   16 = 1 215 ; 20 = 509,76 → 510 ; TD = 1 215 − 510 = 705 (calcul détaillé dans preview/donnees/janvier.ts).
 * - Rapprochement au 31/01/2025 : 5 252,46 + 1 632,00 − 18,00 − 45,00 = 6 821,46 = 8 201,41 − 2 880,00 + 1 500,05.
 */
import path from "node:path";
import { feuille, texteCellule } from "./grille.e2e";
import { capturer, euros } from "./immobilisations.e2e";
import { journal2025Structure } from "./comptabilite-outils";
import { bientot, egal, erreursDe, test } from "./outils";


test("comptabilité : états de synthèse, CA3 et rapprochement bancaire de janvier 2025 (résultat 3 821,28 ; bilan 53 450,76 ; TVA due 705 ; soldes rectifiés 6 821,46)", async (ctx) => {
  // Étape 1 sur « Journal 2025 ».
  const { page, etape } = await journal2025Structure(ctx);

  // Étape 4 : compte de résultat, bilan, SIG et CAF.
  const synthese = etape("Générer les états de synthèse");
  await synthese.getByRole("button", { name: "Préparer les états" }).click();
  await synthese.getByText("Résultat du compte de résultat = résultat du bilan (Σ produits − Σ charges) = résultat net des SIG : vérifié", { exact: false }).waitFor();
  await synthese.getByRole("button", { name: "Créer les feuilles", exact: true }).click();
  await synthese.getByText("États générés", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Compte de résultat", "feuille active");
  // Tableau en A4 : produits (titre, 2 postes, total), charges (titre, 2 postes, total), résultats… → résultat en ligne 24.
  await bientot(() => texteCellule(page, "A24"), "Résultat de l'exercice (bénéfice)", "libellé du résultat");
  await bientot(() => texteCellule(page, "B24"), euros("3 821,28"), "résultat de l'exercice");
  await bientot(() => texteCellule(page, "B6"), euros("6 355,08"), "ventes de marchandises (707 − 7097)");
  await bientot(() => texteCellule(page, "B7"), euros("15,00"), "production vendue (port facturé)");

  await feuille(page, "Bilan");
  await bientot(() => texteCellule(page, "A15"), "TOTAL ACTIF", "libellé du total de l'actif");
  await bientot(() => texteCellule(page, "B15"), euros("53 450,76"), "total actif");
  await bientot(() => texteCellule(page, "C16"), "TOTAL PASSIF", "libellé du total du passif");
  await bientot(() => texteCellule(page, "D16"), euros("53 450,76"), "total passif");
  await bientot(() => texteCellule(page, "D9"), euros("13 696,68"), "résultat au passif (2024 non affecté + janvier)");
  await synthese.getByText("États générés", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-etats.png") });
  await feuille(page, "SIG et CAF");
  await bientot(() => texteCellule(page, "B7"), euros("5 306,28"), "marge commerciale (6 355,08 − 1 048,80)");
  await capturer(page, ctx.racine, "comptabilite-sig");
  await feuille(page, "Compte de résultat");
  await capturer(page, ctx.racine, "comptabilite-resultat");

  // Étape 5 : CA3 du dernier mois du journal, janvier 2025.
  const tva = etape("Préparer la déclaration de TVA");
  await tva.getByRole("button", { name: "Préparer la CA3" }).click();
  // Les factures F2025-001, -003 et -004 ont des articles à 5,5 % : ventilées par taux (lignes 08 et 09), sans remarque.
  await tva.getByText("lignes A1 à 32 de la CA3 de janvier 2025 (TVA due 705\u00a0€)", { exact: false }).waitFor();
  egal(await tva.getByText("non ventilées", { exact: false }).count(), 0, "aucune vente laissée non ventilée");
  await tva.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await tva.getByText("CA3 de janvier 2025 préparée : TVA due 705\u00a0€.").waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "TVA CA3", "feuille active");
  // Tableau en A4 : A1, 08, 09, 16, 19, 20, 23, TD… → ligne 09 en 7, TD en 12.
  await bientot(() => texteCellule(page, "A7"), "09", "ligne 09 (taux réduit de 5,5 %)");
  await bientot(() => texteCellule(page, "C7"), "403 €", "base à 5,5 %");
  await bientot(() => texteCellule(page, "D7"), "22 €", "taxe à 5,5 %");
  await bientot(() => texteCellule(page, "C6"), "5\u202f967 €", "base à 20 %");
  await bientot(() => texteCellule(page, "D6"), "1\u202f193 €", "taxe à 20 %");
  await bientot(() => texteCellule(page, "A12"), "TD", "ligne TD");
  await bientot(() => texteCellule(page, "D12"), "705 €", "TVA due");
  await bientot(() => texteCellule(page, "D5"), "6\u202f370 €", "ligne A1");
  await capturer(page, ctx.racine, "comptabilite-ca3");

  // Étape 6 : rapprochement avec la feuille « Relevé bancaire », proposée d'office.
  const rapprochement = etape("État de rapprochement bancaire");
  await bientot(() => rapprochement.getByRole("combobox", { name: "Relevé bancaire" }).inputValue(), "feuille:Relevé bancaire", "relevé proposé");
  await rapprochement.getByRole("button", { name: "Pointer et rapprocher" }).click();
  await rapprochement.getByText("Soldes rectifiés : 6\u202f821,46\u00a0€ et 6\u202f821,46\u00a0€ : égaux", { exact: false }).waitFor();
  await rapprochement.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await rapprochement.getByText("État de rapprochement au 31/01/2025", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Rapprochement bancaire", "feuille active");
  await bientot(() => texteCellule(page, "A9"), "Solde rectifié", "ligne des soldes rectifiés");
  await bientot(() => texteCellule(page, "B9"), euros("6 821,46"), "solde 512 rectifié");
  await bientot(() => texteCellule(page, "F9"), euros("6 821,46"), "solde du relevé rectifié");
  await bientot(() => texteCellule(page, "E6"), euros("2 880,00"), "chèque n° 1002 non encaissé");
  await bientot(() => texteCellule(page, "F7"), euros("1 500,05"), "mandat de la Mairie de Vertou pas encore crédité");
  await rapprochement.getByText("État de rapprochement au 31/01/2025", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-rapprochement.png") });
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
