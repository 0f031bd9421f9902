/** Tests de bout en bout des fichiers : enregistrer l'exemple en .xlsx, le relire avec ExcelJS, le rouvrir dans l'aperçu. */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PREMIERE_FEUILLE, planExemple } from "../../preview/donnees/exemple";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ecrireXlsx } from "../../src/classeur/fichier";
import { feuille, texteCellule } from "./grille.e2e";
import { bientot, egal, ouvrir, test, verifier } from "./outils";

test("« Enregistrer en .xlsx » télécharge un classeur qu'Excel peut lire, et « Ouvrir un .xlsx » le rouvre", async (ctx) => {
  const page = await ouvrir(ctx);
  const [telechargement] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Enregistrer en .xlsx" }).click()]);
  egal(telechargement.suggestedFilename(), "grain-de-sel.xlsx", "nom du fichier");
  const fichier = path.join(ctx.racine, "test-results", "e2e", "grain-de-sel.xlsx");
  fs.mkdirSync(path.dirname(fichier), { recursive: true });
  await telechargement.saveAs(fichier);
  verifier((await page.getByText("est enregistré dans vos téléchargements").count()) > 0, "message d'enregistrement");

  // Le fichier, lu par ExcelJS : feuilles, tableau, formule invariante avec référence structurée et dernier résultat.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fichier);
  egal(wb.worksheets.map((w) => w.name).slice(0, 5), ["Entreprise", "Clients", "Fournisseurs", "Articles", "Ventes"], "feuilles du fichier");
  const ventes = wb.getWorksheet("Ventes")!;
  const j2 = ventes.getCell("J2").value as ExcelJS.CellFormulaValue;
  egal(j2.formula, "AGORA.TTC(TabVentes[[#This Row],[Montant HT]],TabVentes[[#This Row],[Taux TVA]])", "formule J2 (forme du fichier)");
  egal(j2.result, 360, "résultat J2");
  egal(ventes.getCell("J2").numFmt, '#,##0.00 "€"', "format J2");
  const tables = ventes.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name);
  egal(tables, ["TabVentes", "TabCAFactures"], "tableaux de la feuille Ventes");

  // Rouvert dans un aperçu vide.
  const vide = await ouvrir(ctx, "?vide");
  await vide.getByLabel("Fichier .xlsx à ouvrir").setInputFiles(fichier);
  await vide.getByText("« grain-de-sel.xlsx » est ouvert").waitFor();
  await feuille(vide, "Ventes");
  await bientot(() => texteCellule(vide, "J2"), "360,00 €", "J2 recalculée après ouverture");
  await feuille(vide, "Facture");
  await bientot(() => texteCellule(vide, "B29"), "1\u202f555,91 €", "le résultat renversé d'AGORA.FACTURE est recalculé");
  await vide.close();
  await page.close();
});

test("un .xlsx déposé sur la grille s'ouvre (après confirmation si le classeur a été modifié)", async (ctx) => {
  // Le fichier déposé est écrit ici, côté Node, par le même adaptateur ExcelJS.
  const exemple = new ClasseurApercu(PREMIERE_FEUILLE);
  await exemple.appliquer(planExemple());
  const fichier = path.join(ctx.racine, "test-results", "e2e", "depose.xlsx");
  fs.mkdirSync(path.dirname(fichier), { recursive: true });
  fs.writeFileSync(fichier, await ecrireXlsx(exemple.exporter()));
  const page = await ouvrir(ctx, "?vide");
  await page.locator('[data-adresse="A1"]').click();
  await page.keyboard.type("modifié");
  await page.keyboard.press("Enter");
  const base64 = fs.readFileSync(fichier).toString("base64");
  await page.evaluate((contenu) => {
    const octets = Uint8Array.from(atob(contenu), (c) => c.charCodeAt(0));
    const transfert = new DataTransfer();
    transfert.items.add(new File([octets], "depose.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const cible = document.querySelector('main[aria-label="Classeur"]')!;
    cible.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfert, bubbles: true, cancelable: true }));
    cible.dispatchEvent(new DragEvent("drop", { dataTransfer: transfert, bubbles: true, cancelable: true }));
  }, base64);
  await page.getByRole("alertdialog").getByRole("button", { name: "Remplacer" }).click();
  await page.getByText("« depose.xlsx » est ouvert").waitFor();
  egal((await page.getByRole("tab").allTextContents()).length, (await exemple.nomsFeuilles()).length, "feuilles ouvertes");
  await page.close();
});

test("ouvrir un fichier qui n'est pas un .xlsx donne un message clair", async (ctx) => {
  const page = await ouvrir(ctx);
  const faux = path.join(ctx.racine, "test-results", "e2e", "notes.txt");
  fs.mkdirSync(path.dirname(faux), { recursive: true });
  fs.writeFileSync(faux, "pas un classeur");
  await page.getByLabel("Fichier .xlsx à ouvrir").setInputFiles(faux);
  // L'exemple n'a pas été modifié : pas de confirmation, le message s'affiche directement.
  await page.getByText("« notes.txt » n'est pas un classeur .xlsx").waitFor();
  egal(await page.getByRole("tab", { selected: true }).textContent(), "Ventes", "le classeur ouvert reste en place");
  await page.close();
});
