/**
 * Module « Comptabilité », FEC, dans l'aperçu : structurer le journal d'ouverture de Grain de Sel & Cie, le contrôler
 * avec les règles du FEC (conforme, 79 258,40 € des deux côtés : pedagogie.md § 6), fausser un montant pour obtenir
 * FEC-023, cliquer le constat (la ligne est sélectionnée dans la grille), puis télécharger le FEC et lire ses lignes.
 */
import fs from "node:fs";
import path from "node:path";
import { OUVERTURE } from "../../preview/donnees/grain-de-sel";
import { allerA, feuille, taper, texteCellule, zoneNom } from "./grille.e2e";
import { bientot, egal, erreursDe, ouvrir, test, verifier } from "./outils";

const EN_TETE_FEC =
  "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";

test("comptabilite-fec : contrôler le journal de l'exemple (règles du FEC), sélectionner la ligne d'un constat, télécharger le FEC", async (ctx) => {
  // Totaux de l'exemple, additionnés ici (centimes) : 79 258,40 € au débit et au crédit.
  const debit = OUVERTURE.reduce((s, [, , d]) => s + Math.round(d * 100), 0);
  egal(debit, 7_925_840, "total débit du bilan d'ouverture");

  const page = await ouvrir(ctx);
  await feuille(page, "Journal");
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("combobox", { name: "Module" }).selectOption("comptabilite");
  await volet.getByRole("button", { name: "Analyser le journal" }).click();
  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Feuille « Journal structuré » créée", { exact: false }).waitFor();

  const section = volet.getByRole("region", { name: "Fichier des écritures comptables (FEC)" });
  await section.getByRole("textbox", { name: "SIREN" }).fill("000 000 117");
  await section.getByRole("textbox", { name: "Date de clôture" }).fill("31/12/2025");

  // Contrôle du journal tel quel : conforme.
  await section.getByRole("button", { name: "Contrôler le journal (règles du FEC)" }).click();
  await section
    .getByText("Journal conforme aux règles du FEC (le tableau Journal : 22 lignes d'écriture, 1 écriture, débit 79\u202f258,40\u00a0€, crédit 79\u202f258,40\u00a0€).", { exact: true })
    .waitFor();

  // Un montant faussé (ligne 3 : 215400, 6 800,00 → 6 800,01) : l'écriture et le fichier sont déséquilibrés.
  await allerA(page, "I3");
  await taper(page, "6800,01");
  await bientot(() => texteCellule(page, "I3"), "6\u202f800,01 €", "montant faussé");
  await section.getByRole("button", { name: "Contrôler le journal (règles du FEC)" }).click();
  await section.getByText("2 erreurs empêchent l'export du FEC", { exact: false }).waitFor();
  const constats = section.getByRole("list", { name: "Constats du contrôle FEC" }).getByRole("button");
  egal(await constats.count(), 2, "deux constats");
  verifier((await constats.nth(0).textContent())?.startsWith("FEC-024 (erreur)Fichier déséquilibré : total débit 79\u202f258,41 / total crédit 79\u202f258,40"), "FEC-024 en tête");
  egal(await constats.nth(0).isDisabled(), true, "le constat du fichier entier n'a pas de ligne à sélectionner");
  egal(
    await constats.nth(1).textContent(),
    "FEC-023 (erreur)'Journal structuré'!A2:L2Écriture AN000001 déséquilibrée : débit 79\u202f258,41 / crédit 79\u202f258,40",
    "FEC-023 sur la ligne 2",
  );

  // Un clic sur le constat sélectionne la ligne 2 dans la grille.
  await allerA(page, "C10");
  await constats.nth(1).click();
  await bientot(() => zoneNom(page).inputValue(), "A2:L2", "ligne 2 sélectionnée");
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Journal structuré", "feuille active");
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-fec.png") });

  // Téléchargement refusé tant que le journal est faux.
  await section.getByRole("button", { name: "Télécharger le FEC" }).click();
  await section.getByText("Le FEC n'est pas exporté : 2 erreurs le rendraient non conforme.", { exact: false }).waitFor();

  // Montant rétabli : le FEC est téléchargé sous son nom réglementaire.
  await allerA(page, "I3");
  await taper(page, "6800");
  const attente = page.waitForEvent("download");
  await section.getByRole("button", { name: "Télécharger le FEC" }).click();
  const telechargement = await attente;
  egal(telechargement.suggestedFilename(), "000000117FEC20251231.txt", "nom du fichier");
  await section.getByRole("link", { name: "Enregistrer 000000117FEC20251231.txt" }).waitFor();
  const chemin = await telechargement.path();
  verifier(chemin, "fichier téléchargé");
  const lignes = new TextDecoder("iso-8859-15").decode(fs.readFileSync(chemin)).split("\r\n");
  egal(lignes[0], EN_TETE_FEC, "première ligne : les 18 champs dans l'ordre (comptabilite.md § 2.1)");
  egal(lignes[1], "AN\tÀ-nouveaux\tAN000001\t20250101\t205000\tConcessions et droits similaires, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires\t\t\tAN2025-001\t20250101\tImmobilisation 205\t1200,00\t0,00\t\t\t20250101\t\t", "première écriture");
  egal(lignes.length, OUVERTURE.length + 2, "22 lignes d'écriture, l'en-tête et la fin de ligne finale");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
