/** Tests de bout en bout de la grille de l'aperçu : exemple chargé, saisie, renversements, erreurs, clavier. */
import type { Page } from "playwright-core";
import { bientot, egal, erreursDe, HAUTEUR, LARGEUR, ouvrir, test, verifier } from "./outils";

export const cellule = (page: Page, adresse: string) => page.locator(`[data-adresse="${adresse}"]`);
export const texteCellule = async (page: Page, adresse: string) => ((await cellule(page, adresse).textContent()) ?? "").trim();
export const zoneNom = (page: Page) => page.getByLabel("Zone Nom : adresse de la sélection");
export const barreFormule = (page: Page) => page.getByLabel("Barre de formule");

/** Va à une cellule par la zone Nom (comme dans Excel), puis rend la main à la grille. */
export async function allerA(page: Page, adresse: string): Promise<void> {
  await zoneNom(page).fill(adresse);
  await zoneNom(page).press("Enter");
}

/** Tape un contenu dans la cellule active et valide par Entrée. */
export async function taper(page: Page, texte: string): Promise<void> {
  await page.keyboard.type(texte);
  await page.keyboard.press("Enter");
}

export async function feuille(page: Page, nom: string): Promise<void> {
  await page.getByRole("tab", { name: nom, exact: true }).click();
}

test("la page s'ouvre sur l'entreprise d'exemple Grain de Sel & Cie", async (ctx) => {
  const page = await ouvrir(ctx);
  const onglets = await page.getByRole("tab").allTextContents();
  // Les feuilles de départ, dans l'ordre ; les modules en ajoutent d'autres après (comme test/classeur/apercu-exemple.test.ts).
  egal(onglets.slice(0, 11), ["Entreprise", "Clients", "Fournisseurs", "Articles", "Ventes", "Facture", "Journal", "Salariés", "Immobilisations", "Mouvements de stock", "Prévisions de trésorerie"], "premiers onglets");
  for (const nom of ["Opérations de trésorerie", "Journal 2025", "Relevé bancaire"]) verifier(onglets.includes(nom), `l'onglet « ${nom} » est présent`);
  egal(await page.getByRole("tab", { selected: true }).textContent(), "Ventes", "feuille ouverte");
  // Ligne 1 : 24 Muscadet × 12,50 € = 300,00 € HT ; TVA 20 % = 60,00 € ; TTC 360,00 € (calcul à la main).
  await bientot(() => texteCellule(page, "H2"), "300,00 €", "Montant HT F2025-001");
  await bientot(() => texteCellule(page, "J2"), "360,00 €", "TTC F2025-001");
  verifier(await page.getByRole("img", { name: "Chiffre d'affaires HT par facture" }).isVisible(), "le graphique est visible");
  verifier(await page.getByRole("complementary", { name: "Volet Agora" }).getByText("Aperçu").first().isVisible(), "le volet est chargé");
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});

test("=AGORA.TTC(100;20%) tapé dans une cellule affiche 120", async (ctx) => {
  const page = await ouvrir(ctx);
  await cellule(page, "B20").click();
  await taper(page, "=AGORA.TTC(100;20%)");
  await bientot(() => texteCellule(page, "B20"), "120", "valeur");
  await bientot(() => zoneNom(page).inputValue(), "B21", "Entrée descend d'une ligne");
  await cellule(page, "B20").click();
  await bientot(() => barreFormule(page).inputValue(), "=AGORA.TTC(100;20%)", "barre de formule");
  await page.close();
});

test("AGORA.FACTURE renverse son tableau (comptabilite.md § 5.2 : net à payer 973,20)", async (ctx) => {
  const page = await ouvrir(ctx, "?vide");
  const lignes = [
    ["Quantité", "Prix unitaire HT", "Remise 1", "Remise 2", "Taux TVA"],
    ["10", "45", "10%", "5%", "20%"],
    ["4", "120", "8%", "", "20%"],
    ["25", "6,4", "", "", "5,5%"],
  ];
  for (const [i, ligne] of lignes.entries()) {
    await allerA(page, `A${i + 1}`);
    for (const v of ligne) {
      if (v) await page.keyboard.type(v);
      await page.keyboard.press("Tab");
    }
  }
  await allerA(page, "G1");
  await taper(page, "=AGORA.FACTURE(A1:E4;;2%;30;;200)");
  await bientot(() => texteCellule(page, "G1"), "Total brut", "première ligne");
  await bientot(() => texteCellule(page, "H1"), "1090", "total brut");
  await bientot(() => texteCellule(page, "G15"), "Net à payer", "dernière ligne");
  await bientot(() => texteCellule(page, "H15"), "973,2", "net à payer");
  await bientot(() => texteCellule(page, "H8"), "167,96", "TVA 20 %");
  await cellule(page, "H15").click();
  await bientot(() => barreFormule(page).inputValue(), "=AGORA.FACTURE(A1:E4;;2%;30;;200)", "une cellule renversée montre la formule de l'ancre");
  verifier(await barreFormule(page).getAttribute("readonly") !== null, "formule de l'ancre en lecture seule");
  // Une valeur tapée dans la zone du résultat le bloque : #PROPAGATION!, comme dans Excel.
  await allerA(page, "H3");
  await taper(page, "1");
  await bientot(() => texteCellule(page, "G1"), "#PROPAGATION!", "résultat bloqué");
  await page.keyboard.press("Control+z");
  await bientot(() => texteCellule(page, "G1"), "Total brut", "Ctrl+Z rend le résultat");
  await page.close();
});

test("la facture de l'exemple est calculée par AGORA.FACTURE (net à payer 1 555,91 €)", async (ctx) => {
  const page = await ouvrir(ctx);
  await feuille(page, "Facture");
  // Calcul à la main : 20 % → (931,00 + 298,50) − 2 % = 1 204,91 + port 15,00 = 1 219,91, TVA 243,98 ;
  // 5,5 % → 89,00 − 1,78 = 87,22, TVA 4,80 ; TTC = 1 307,13 + 248,78 = 1 555,91.
  await bientot(() => texteCellule(page, "A29"), "Net à payer", "libellé");
  await bientot(() => texteCellule(page, "B29"), "1\u202f555,91 €", "net à payer");
  verifier((await texteCellule(page, "H2")).startsWith("Ordre imposé"), "AGORA.EXPLIQUE détaille le calcul");
  await page.close();
});

test("une erreur s'affiche #VALEUR! avec son message en français", async (ctx) => {
  const page = await ouvrir(ctx);
  await allerA(page, "B21");
  await taper(page, '=AGORA.TTC("abc";20%)');
  await bientot(() => texteCellule(page, "B21"), "#VALEUR!", "erreur");
  const message = (await cellule(page, "B21").getAttribute("title")) ?? "";
  verifier(message.includes("n'est pas un nombre"), `message de l'erreur : ${message}`);
  await page.close();
});

test("une formule illisible est refusée, la saisie reste ouverte", async (ctx) => {
  const page = await ouvrir(ctx, "?vide");
  await allerA(page, "A1");
  await taper(page, "=SOMME(1;");
  const alerte = page.getByRole("alert");
  verifier((await alerte.textContent())?.includes("Cette formule contient une erreur"), "message d'erreur");
  verifier(await page.getByLabel("Contenu de la cellule A1").isVisible(), "l'éditeur reste ouvert");
  await page.keyboard.type("2)");
  await page.keyboard.press("Enter");
  await bientot(() => texteCellule(page, "A1"), "3", "formule corrigée");
  await page.close();
});

test("saisie à la française : virgule décimale, pourcentage, date, texte", async (ctx) => {
  const page = await ouvrir(ctx, "?vide");
  await allerA(page, "A1");
  for (const v of ["12,5", "20%", "15/03/2025", "411000", "Restaurant"]) await taper(page, v);
  egal(await Promise.all(["A1", "A2", "A3", "A4", "A5"].map((a) => texteCellule(page, a))), ["12,5", "20%", "15/03/2025", "411000", "Restaurant"], "valeurs affichées");
  await allerA(page, "B1");
  await taper(page, "=A1*2+A2");
  await bientot(() => texteCellule(page, "B1"), "25,2", "calcul");
  await page.close();
});

test("navigation au clavier : flèches, Tab, Entrée, Ctrl+Début, Maj+flèches, Ctrl+flèche, F2, Échap, Suppr, Ctrl+Z", async (ctx) => {
  const page = await ouvrir(ctx);
  await cellule(page, "A1").click();
  for (const t of ["ArrowRight", "ArrowRight", "ArrowDown"]) await page.keyboard.press(t);
  await bientot(() => zoneNom(page).inputValue(), "C2", "flèches");
  await page.keyboard.press("Tab");
  await bientot(() => zoneNom(page).inputValue(), "D2", "Tab");
  await page.keyboard.press("Enter");
  await bientot(() => zoneNom(page).inputValue(), "D3", "Entrée");
  await page.keyboard.press("Control+Home");
  await bientot(() => zoneNom(page).inputValue(), "A1", "Ctrl+Début");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await bientot(() => zoneNom(page).inputValue(), "A1:B2", "Maj+flèches");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Control+ArrowDown");
  await bientot(() => zoneNom(page).inputValue(), "A8", "Ctrl+Bas : dernière ligne du tableau");
  await page.keyboard.press("F2");
  egal(await page.getByLabel("Contenu de la cellule A8").inputValue(), "F2025-003", "F2 ouvre la saisie avec le contenu");
  await page.keyboard.press("Escape");
  verifier(!(await page.getByLabel("Contenu de la cellule A8").isVisible()), "Échap ferme la saisie");
  await page.keyboard.press("Delete");
  await bientot(() => texteCellule(page, "A8"), "", "Suppr efface");
  await page.keyboard.press("Control+z");
  await bientot(() => texteCellule(page, "A8"), "F2025-003", "Ctrl+Z rétablit");
  egal(await page.locator('[role="grid"]').getAttribute("aria-activedescendant"), "cellule-A8", "cellule active annoncée");
  await page.close();
});

test("un clic pendant la saisie d'une formule insère la référence de la cellule", async (ctx) => {
  const page = await ouvrir(ctx);
  await allerA(page, "B20");
  await page.keyboard.type("=");
  await cellule(page, "H2").click();
  await page.keyboard.type("*2");
  egal(await page.getByLabel("Contenu de la cellule B20").inputValue(), "=H2*2", "référence insérée");
  await page.keyboard.press("Enter");
  await bientot(() => texteCellule(page, "B20"), "600", "valeur");
  await page.close();
});

test("liste déroulante de validation (codes clients) et valeur refusée", async (ctx) => {
  const page = await ouvrir(ctx);
  await cellule(page, "C3").click();
  await page.keyboard.press("Alt+ArrowDown");
  const liste = page.getByRole("listbox", { name: "Valeurs autorisées" });
  egal((await liste.getByRole("option").allTextContents()).slice(0, 3), ["C001", "C002", "C003"], "choix");
  await liste.getByRole("option", { name: "C003" }).click();
  await bientot(() => texteCellule(page, "C3"), "C003", "valeur choisie");
  await taper(page, "ZZZ");
  verifier((await page.getByRole("alert").textContent())?.includes("Choisissez un code client"), "message de la validation");
  await page.keyboard.press("Escape");
  await bientot(() => texteCellule(page, "C3"), "C003", "valeur inchangée");
  await page.close();
});

test("la page tient dans un écran de 1366 × 768 (grille à gauche, volet de 360 px à droite)", async (ctx) => {
  const page = await ouvrir(ctx);
  const { largeur, hauteur } = await page.evaluate(() => ({ largeur: document.documentElement.scrollWidth, hauteur: document.documentElement.scrollHeight }));
  verifier(largeur <= LARGEUR && hauteur <= HAUTEUR, `la page déborde : ${largeur} × ${hauteur}`);
  const volet = await page.getByRole("complementary", { name: "Volet Agora" }).boundingBox();
  const grille = await page.locator('[role="grid"]').boundingBox();
  verifier(volet && Math.abs(volet.width - 360) <= 2 && volet.x + volet.width >= LARGEUR - 2, `volet : ${JSON.stringify(volet)}`);
  verifier(grille && grille.x < 10 && grille.width > 900 && grille.height > 450, `grille : ${JSON.stringify(grille)}`);
  await page.close();
});

test("« --vide » : un classeur vide, une seule feuille", async (ctx) => {
  const page = await ouvrir(ctx, "?vide");
  egal(await page.getByRole("tab").allTextContents(), ["Feuil1"], "onglets");
  await bientot(() => texteCellule(page, "A1"), "", "A1 vide");
  await page.close();
});
