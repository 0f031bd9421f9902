/**
 * Module « Comptabilité » dans l'aperçu, étape 0 « Importer un fichier » : le CSV générique d'Akretion
 * (shared/fixtures, fiche de provenance : 9 lignes, 36 984,12 € équilibré ; attendus.json calculé en Python) est
 * choisi, reconnu, montré (format, encodage, colonnes, aperçu, totaux), écrit dans le tableau Journal de la feuille
 * « Journal structuré », puis l'étape 2 en tire la balance : mêmes totaux. Capture docs/images/comptabilite-import.png.
 */
import path from "node:path";
import attendus from "../core/imports/attendus.json";
import { texteCellule } from "./grille.e2e";
import { bientot, egal, erreursDe, ouvrir, test } from "./outils";

/** « 36 984,12 € » comme l'affiche la grille (espace fine insécable entre milliers), à partir de centimes. */
function eurosGrille(centimes: number): string {
  const euros = String(Math.floor(centimes / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${euros},${String(centimes % 100).padStart(2, "0")} €`;
}
/** Le même montant dans un texte du volet (espace insécable avant €). */
const eurosVolet = (centimes: number): string => eurosGrille(centimes).replace(" €", "\u00a0€");

test("comptabilité : importer le CSV d'Akretion (36 984,12 €), créer le journal, puis la balance", async (ctx) => {
  // La CI travaille dans un clone neuf, avec ../shared à côté du dépôt.
  const fichier = path.resolve(ctx.racine, "..", "shared", "fixtures", "akretion-account_move_generic-fr_coa.csv");
  const { debit, credit, comptes } = attendus.akretion;
  egal([debit, credit], [3_698_412, 3_698_412], "totaux de la fiche de provenance");

  const page = await ouvrir(ctx);
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("combobox", { name: "Module" }).selectOption("comptabilite");
  await volet.getByLabel("Fichier à importer").setInputFiles(fichier);

  const fiche = volet.getByLabel("Fichier lu");
  await fiche.getByText("Akretion", { exact: false }).first().waitFor();
  await fiche.getByText("séparateur : virgule (,)", { exact: false }).waitFor();
  await volet.getByRole("list", { name: "Colonnes reconnues" }).getByText("Débit ← colonne 7", { exact: true }).waitFor();
  const totaux = volet.getByLabel("Totaux lus");
  await bientot(
    () => totaux.textContent(),
    `9 lignes, 3 écritures ; Σ débit ${eurosVolet(debit)}, Σ crédit ${eurosVolet(credit)} : journal équilibré`,
    "totaux lus",
  );
  await volet.getByRole("region", { name: "Aperçu des premières lignes du fichier" }).getByText("Paye Janvier 2019").first().waitFor();
  // Le choix du format en haut du volet : format, colonnes, aperçu, totaux et bouton dans la capture.
  await volet.getByRole("combobox", { name: "Format du fichier" }).evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-import.png") });

  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Feuille « Journal structuré » créée : tableau Journal de 9 lignes", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Journal structuré", "feuille active");
  await bientot(() => texteCellule(page, "E2"), "421000", "compte de la première ligne (texte)");
  await bientot(() => texteCellule(page, "J2"), eurosGrille(1_204_212), "crédit de la première ligne");

  // Étape 2 : la balance relit le tableau importé ; totaux sous le tableau (en-têtes en ligne 4, un compte par ligne).
  await volet.getByRole("button", { name: "Préparer la balance", exact: true }).click();
  await volet.getByRole("button", { name: "Créer les feuilles", exact: true }).click();
  await volet.getByText("Balance générée", { exact: false }).waitFor();
  const ligne = 4 + Object.keys(comptes).length + 1;
  await bientot(() => texteCellule(page, `A${ligne}`), "Totaux", "ligne de totaux de la balance");
  await bientot(() => texteCellule(page, `C${ligne}`), eurosGrille(debit), "Σ débits de la balance");
  await bientot(() => texteCellule(page, `D${ligne}`), eurosGrille(credit), "Σ crédits de la balance");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
