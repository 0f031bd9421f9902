import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ecrireXlsx, formuleDuFichier, lireXlsx, pertesEcriture, versClasseurExcelJs } from "../../src/classeur/fichier";
import { rectangles } from "../../src/classeur/fichier/lire-xlsx";
import { FORMATS, type Modification } from "../../src/classeur/port";

const FIXTURE = path.join(__dirname, "../../../shared/fixtures/akretion-account_move_generic-fr_coa.xlsx");

const plan: Modification[] = [
  { type: "feuille", nom: "Mes ventes", remplacer: false },
  {
    type: "table",
    feuille: "Mes ventes",
    nom: "TabV",
    adresse: "A1",
    entetes: ["Réf.", "Date", "Montant HT", "TTC"],
    lignes: [
      ["411000", 45728, 100, "=AGORA.TTC([@[Montant HT]],0.2)"],
      ["P002", 45731, 839.82, "=AGORA.TTC([@[Montant HT]],0.2)"],
    ],
    formats: { Date: FORMATS.date, "Montant HT": FORMATS.euros, TTC: FORMATS.euros },
  },
  { type: "valeurs", feuille: "Mes ventes", adresse: "F1", valeurs: [["=SUM(TabV[TTC])", '=AGORA.TTC("abc",0.2)']] },
  { type: "formule", feuille: "Mes ventes", adresse: "H1", formule: '=AGORA.EXPLIQUE("TTC",100,0.2)' },
  { type: "nom", nom: "TauxNormal", reference: "='Mes ventes'!$C$2" },
  { type: "validation", feuille: "Mes ventes", adresse: "A2:A3", liste: ["411000", "P002"], message: "Choisir une référence." },
  { type: "mise-en-forme", feuille: "Mes ventes", adresse: "C2:C3", formule: "=$C2>500", remplissage: "#FFF4CE" },
  { type: "graphique", feuille: "Mes ventes", source: "'Mes ventes'!$A$1:$C$3", genre: "colonnes", titre: "Ventes" },
];

async function allerRetour(c: ClasseurApercu): Promise<ClasseurApercu> {
  const octets = await ecrireXlsx(c.exporter());
  const relu = new ClasseurApercu();
  relu.charger(await lireXlsx(octets));
  return relu;
}

describe("adaptateur ExcelJS : .xlsx ↔ classeur de l'aperçu", () => {
  it("un classeur écrit puis relu garde valeurs, formules invariantes, formats, tableau, nom, validation, mise en forme", async () => {
    const c = new ClasseurApercu();
    await c.appliquer(plan);
    const relu = await allerRetour(c);
    expect(await relu.nomsFeuilles()).toEqual(["Feuil1", "Mes ventes"]);
    const avant = await c.lirePlage("Mes ventes", "A1:G3");
    const apres = await relu.lirePlage("Mes ventes", "A1:G3");
    expect(apres).toEqual(avant);
    // comptabilite.md § 5.2 : TVA de 839,82 à 20 % = 167,96, TTC = 1 007,78.
    expect(apres.valeurs[2][3]).toBe(1007.78);
    expect(apres.formules[1][3]).toBe("=AGORA.TTC([@[Montant HT]],0.2)");
    expect(apres.valeurs[0][6]).toBe("#VALUE!");
    expect(await relu.lireTable("TabV")).toEqual(await c.lireTable("TabV"));
    expect(relu.cellule("Mes ventes", { ligne: 1, colonne: 1 }).texte).toBe("12/03/2025");
    expect(relu.cellule("Mes ventes", { ligne: 2, colonne: 2 }).texte).toBe("839,82 €");
    expect(relu.decor("Mes ventes", { ligne: 1, colonne: 0 }).liste).toEqual(["411000", "P002"]);
    expect(relu.decor("Mes ventes", { ligne: 2, colonne: 2 }).remplissage).toBe("#fff4ce");
    await relu.appliquer([{ type: "formule", feuille: "Mes ventes", adresse: "A9", formule: "=AGORA.TTC(100,TauxNormal/1000)" }]);
    expect((await relu.lirePlage("Mes ventes", "A9")).valeurs).toEqual([[110]]);
  });

  it("écrit les références structurées sous la forme du fichier (« [#This Row] »), comme Excel", async () => {
    const c = new ClasseurApercu();
    await c.appliquer(plan);
    const d2 = versClasseurExcelJs(c.exporter()).getWorksheet("Mes ventes")!.getCell("D2").value as ExcelJS.CellFormulaValue;
    expect(d2).toMatchObject({ formula: "AGORA.TTC(TabV[[#This Row],[Montant HT]],0.2)", result: 120 });
  });

  it("un résultat renversé est écrit en formule matricielle avec ses valeurs, et recalculé à la relecture", async () => {
    const c = new ClasseurApercu();
    await c.appliquer(plan);
    const wb = versClasseurExcelJs(c.exporter());
    const h1 = wb.getWorksheet("Mes ventes")!.getCell("H1").value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    expect(h1).toMatchObject({ formula: 'AGORA.EXPLIQUE("TTC",100,0.2)', shareType: "array", ref: "H1:H3" });
    expect(String(wb.getWorksheet("Mes ventes")!.getCell("H3").value)).toMatch(/^Résultat : 120/);
    const relu = await allerRetour(c);
    expect((await relu.lirePlage("Mes ventes", "H1:H3")).valeurs).toEqual((await c.lirePlage("Mes ventes", "H1:H3")).valeurs);
    expect(relu.cellule("Mes ventes", { ligne: 2, colonne: 7 }).renversee).toBe(true);
  });

  it("signale ce que le fichier ne peut pas contenir (graphiques)", async () => {
    const c = new ClasseurApercu();
    await c.appliquer(plan);
    expect(pertesEcriture(c.exporter())).toEqual(["1 graphique(s) : le format .xlsx écrit par l'aperçu ne contient pas de graphiques."]);
  });

  it("lit un vrai classeur écrit par LibreOffice (fixture akretion) : dates en série, montants, comptes numériques", async () => {
    const inst = await lireXlsx(fs.readFileSync(FIXTURE));
    const c = new ClasseurApercu();
    c.charger(inst);
    const g = await c.lirePlage("account_move_generic-fr_coa", "A1:H1");
    // Fiche de provenance : 44592 = 31/01/2022, compte 421000 numérique, 12 042,12 au crédit.
    expect(g.valeurs[0][0]).toBe(44592);
    expect(g.valeurs[0][2]).toBe(421000);
    expect(g.valeurs[0][7]).toBe(12042.12);
    expect(c.cellule("account_move_generic-fr_coa", { ligne: 0, colonne: 0 }).texte).toBe("31/01/2022");
  });

  it("refuse en français ce qui n'est pas un .xlsx", async () => {
    await expect(lireXlsx(new TextEncoder().encode("pas un classeur"))).rejects.toThrow(/n'est pas un classeur \.xlsx lisible/);
  });

  it("les fonctions personnalisées enregistrées par Excel (« _xldudf_ ») redeviennent AGORA.*", () => {
    expect(formuleDuFichier("_xldudf_AGORA_TTC(A1,0.2)")).toBe("=AGORA.TTC(A1,0.2)");
    expect(formuleDuFichier("[1]!_xldudf_agora_taux_tva(\"normal\")")).toBe('=AGORA.TAUX.TVA("normal")');
    expect(formuleDuFichier("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("=XLOOKUP(A1,B:B,C:C)");
  });

  it("regroupe les validations cellule par cellule d'ExcelJS en rectangles", () => {
    const cellules = [
      { ligne: 1, colonne: 2 },
      { ligne: 2, colonne: 2 },
      { ligne: 1, colonne: 3 },
      { ligne: 2, colonne: 3 },
      { ligne: 5, colonne: 3 },
    ];
    expect(rectangles(cellules)).toEqual([
      { debut: { ligne: 1, colonne: 2 }, fin: { ligne: 2, colonne: 3 } },
      { debut: { ligne: 5, colonne: 3 }, fin: { ligne: 5, colonne: 3 } },
    ]);
  });
});
