/**
 * Module « Comptabilité » dans l'aperçu : structurer le journal d'à-nouveaux de Grain de Sel & Cie, générer la
 * balance (totaux vérifiés dans la grille contre un calcul indépendant fait ici sur preview/donnees, et contre
 * pedagogie.md § 6 : 79 258,40 € des deux côtés), la régénérer après confirmation, puis le grand livre ; captures.
 */
import path from "node:path";
import { OUVERTURE } from "../../preview/donnees/grain-de-sel";
import { allerA, feuille, texteCellule } from "./grille.e2e";
import { bientot, egal, erreursDe, ouvrir, test, verifier } from "./outils";

/** « 79 258,40 € » comme l'affiche la grille (espace fine insécable entre milliers), à partir de centimes. */
function eurosGrille(centimes: number): string {
  const euros = String(Math.floor(centimes / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${euros},${String(centimes % 100).padStart(2, "0")} €`;
}

test("comptabilité : structurer le journal de l'exemple, générer la balance (79 258,40 €) et le grand livre", async (ctx) => {
  // Calcul indépendant sur les données de l'exemple : une ligne par compte, débit ou crédit.
  const debit = OUVERTURE.reduce((s, [, , d]) => s + Math.round(d * 100), 0);
  const credit = OUVERTURE.reduce((s, [, , , c]) => s + Math.round(c * 100), 0);
  egal([debit, credit], [7_925_840, 7_925_840], "totaux du bilan d'ouverture (pedagogie.md § 6)");
  const comptes = new Set(OUVERTURE.map(([compte]) => compte)).size;

  const page = await ouvrir(ctx);
  await feuille(page, "Journal");
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("combobox", { name: "Module" }).selectOption("comptabilite");

  // Étape 1 : analyse (22 lignes, les lignes « Totaux » et « Écart » sous le tableau sont écartées), puis création.
  await volet.getByRole("button", { name: "Analyser le journal" }).click();
  await volet.getByText(`${OUVERTURE.length} lignes d'écriture lues dans la feuille « Journal »`, { exact: false }).waitFor();
  verifier(await volet.getByText("ligne de présentation « Totaux »", { exact: false }).isVisible(), "la ligne de totaux est signalée, pas lue");
  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Feuille « Journal structuré » créée", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Journal structuré", "feuille active");
  await bientot(() => texteCellule(page, "E2"), "205000", "compte de la première ligne");
  await bientot(() => texteCellule(page, "I2"), eurosGrille(120_000), "débit de la première ligne");

  // Étape 2 : balance. Ligne de totaux sous le tableau (en-têtes en ligne 4, un compte par ligne).
  await volet.getByRole("button", { name: "Préparer la balance" }).click();
  await volet.getByText(`Σ débits = ${eurosGrille(debit).replace(" €", "\u00a0€")}`, { exact: false }).waitFor();
  await volet.getByRole("button", { name: "Créer les feuilles", exact: true }).click();
  await volet.getByText("Balance générée", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Balance", "feuille active");
  const totaux = 4 + comptes + 1;
  await bientot(() => texteCellule(page, `A${totaux}`), "Totaux", "libellé de la ligne de totaux");
  await bientot(() => texteCellule(page, `C${totaux}`), eurosGrille(debit), "Σ débits");
  await bientot(() => texteCellule(page, `D${totaux}`), eurosGrille(credit), "Σ crédits");
  // À l'ouverture, chaque compte n'a qu'un sens : Σ SD = Σ débits, Σ SC = Σ crédits.
  await bientot(() => texteCellule(page, `E${totaux}`), eurosGrille(debit), "Σ soldes débiteurs");
  await bientot(() => texteCellule(page, `F${totaux}`), eurosGrille(credit), "Σ soldes créditeurs");
  const fr = (c: number) => eurosGrille(c).replace(" €", "\u00a0€");
  await bientot(() => texteCellule(page, `A${totaux + 3}`), `Σ débits = Σ crédits : vérifié (${fr(debit)} = ${fr(credit)}).`, "contrôle Σ D = Σ C");
  await volet.getByText("Balance générée", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-balance.png") });

  // Régénérer : les deux feuilles existent, le dialogue demande de les remplacer.
  await volet.getByRole("button", { name: "Préparer la balance" }).click();
  await volet.getByRole("button", { name: "Remplacer les feuilles" }).click();
  const dialogue = page.getByRole("alertdialog");
  await dialogue.getByText("« Balance », « Balance auxiliaire » existent déjà", { exact: false }).waitFor();
  await dialogue.getByRole("button", { name: "Remplacer" }).click();
  await volet.getByText("Balance générée", { exact: false }).waitFor();
  await bientot(() => texteCellule(page, `C${totaux}`), eurosGrille(debit), "Σ débits après régénération");
  egal(await page.getByRole("tab").allTextContents().then((t) => t.filter((n) => n.startsWith("Balance"))), ["Balance", "Balance auxiliaire"], "pas de feuille en double");

  // Étape 3 : grand livre, une ligne et un total par compte ; totaux généraux sous le tableau.
  await volet.getByRole("button", { name: "Préparer le grand livre" }).click();
  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Grand livre généré", { exact: false }).waitFor();
  // 101000 Capital, premier compte : 20 000,00 au crédit, solde affiché « 20 000,00 € C ».
  const ligneCapital = 4 + 2 * OUVERTURE.map(([c]) => c).sort().indexOf("101000") + 1;
  await bientot(() => texteCellule(page, `J${ligneCapital}`), "20\u202f000,00 € C", "solde créditeur du capital");
  await bientot(() => texteCellule(page, `G${ligneCapital + 1}`), "Total du compte 101000", "sous-total du compte");
  // Totaux généraux sous le tableau (une ligne et un total par compte) : la grille y descend au clavier.
  const totauxGl = 4 + 2 * OUVERTURE.length + 2;
  await allerA(page, `J${totauxGl - 1}`);
  await page.keyboard.press("ArrowDown");
  await bientot(() => texteCellule(page, `G${totauxGl}`), "Totaux du grand livre", "libellé des totaux");
  await bientot(() => texteCellule(page, `H${totauxGl}`), eurosGrille(debit), "Σ débits du grand livre");
  await bientot(() => texteCellule(page, `I${totauxGl}`), eurosGrille(credit), "Σ crédits du grand livre");
  await volet.getByText("Grand livre généré", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-grand-livre.png") });
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});

test("comptabilité : un journal faux est refusé, l'anomalie nomme sa cellule", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Journal");
  // Compte 190 : absent du plan comptable général.
  await allerA(page, "D3");
  await page.keyboard.type("190");
  await page.keyboard.press("Enter");
  const volet = page.getByRole("complementary", { name: "Volet Agora" });
  await volet.getByRole("combobox", { name: "Module" }).selectOption("comptabilite");
  // Le journal à lire proposé est la feuille « Journal ».
  await bientot(() => volet.getByRole("combobox", { name: "Journal à lire" }).inputValue(), "feuille:Journal", "source proposée");
  await volet.getByRole("button", { name: "Analyser le journal" }).click();
  await volet.getByText("1 anomalie empêche de continuer", { exact: false }).waitFor();
  verifier(await volet.getByText("Journal!D3", { exact: true }).isVisible(), "la cellule fautive est nommée");
  verifier(await volet.getByText("compte « 190 » absent du plan comptable général", { exact: false }).isVisible(), "le message dit pourquoi");
  egal(await page.getByRole("tab").allTextContents().then((t) => t.includes("Journal structuré")), false, "rien n'est créé");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
