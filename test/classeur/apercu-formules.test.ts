import fc from "fast-check";
import { decalerReferences, depuisHf, versHf } from "../../src/classeur/apercu/formules-hf";
import { depuisFormeFichier, resoudreReferencesStructurees, versFormeFichier, type TableReperee } from "../../src/classeur/apercu/references-structurees";

/** TabV en Ventes!A1:C4 : en-têtes en ligne 1, trois lignes de données. */
const tabV: TableReperee = { nom: "TabV", feuille: "Ventes", debut: { ligne: 0, colonne: 0 }, colonnes: ["Réf.", "Qté", "Coût d'achat"], lignes: 3 };
const tabM: TableReperee = { nom: "TabM", feuille: "Mes données", debut: { ligne: 4, colonne: 2 }, colonnes: ["A", "B"], lignes: 2 };
const tables = [tabV, tabM];
const ligne3 = { feuille: "Ventes", position: { ligne: 2, colonne: 5 } };

describe("références structurées → références A1 (l'aperçu n'a pas de tableaux dans HyperFormula)", () => {
  it.each([
    ["=SUM(TabV[Qté])", "=SUM(Ventes!$B$2:$B$4)"],
    ["=SUM(tabv[qté])", "=SUM(Ventes!$B$2:$B$4)"],
    ["=COUNTA(TabV[[#Headers],[Qté]])", "=COUNTA(Ventes!$B$1)"],
    ["=ROWS(TabV[#All])", "=ROWS(Ventes!$A$1:$C$4)"],
    ["=ROWS(TabV[#Data])", "=ROWS(Ventes!$A$2:$C$4)"],
    ["=ROWS(TabV[])", "=ROWS(Ventes!$A$2:$C$4)"],
    ["=SUM(TabV[[Qté]:[Coût d''achat]])", "=SUM(Ventes!$B$2:$C$4)"],
    ["=TabV[@Qté]*2", "=Ventes!$B$3*2"],
    ["=SUM(TabM[B])", "=SUM('Mes données'!$D$6:$D$7)"],
    ['=IF(A1="[x]",TabV[@Qté],0)', '=IF(A1="[x]",Ventes!$B$3,0)'],
    ["=A1+B2", "=A1+B2"],
  ])("%s → %s", (formule, attendue) => {
    expect(resoudreReferencesStructurees(formule, tables, ligne3)).toBe(attendue);
  });

  it("sans nom de tableau, « [@Colonne] » vise la ligne du tableau où est la formule", () => {
    const dansLeTableau = { feuille: "ventes", position: { ligne: 2, colonne: 2 } };
    expect(resoudreReferencesStructurees("=[@Qté]*2", tables, dansLeTableau)).toBe("=Ventes!$B$3*2");
    expect(resoudreReferencesStructurees("=[@[Coût d''achat]]+[@Qté]", tables, dansLeTableau)).toBe("=Ventes!$C$3+Ventes!$B$3");
  });

  it("dit en français ce qui ne va pas", () => {
    expect(() => resoudreReferencesStructurees("=SUM(TabX[Qté])", tables, ligne3)).toThrow("Le tableau « TabX » n'existe pas");
    expect(() => resoudreReferencesStructurees("=SUM(TabV[Prix])", tables, ligne3)).toThrow("La colonne « Prix » n'existe pas dans le tableau « TabV » (colonnes : Réf., Qté, Coût d'achat).");
    expect(() => resoudreReferencesStructurees("=[@Qté]", tables, { feuille: "Ventes", position: { ligne: 10, colonne: 0 } })).toThrow(/doit être dans un tableau/);
    expect(() => resoudreReferencesStructurees("=TabV[@Qté]", tables, { feuille: "Ventes", position: { ligne: 10, colonne: 0 } })).toThrow(/n'a de sens que sur une ligne de ce tableau/);
  });
});

describe("références structurées : forme de l'interface (« @ ») ↔ forme du fichier .xlsx (« [#This Row] »)", () => {
  it.each<[string, string | undefined, string]>([
    ["=[@Qté]*2", "TabV", "=TabV[[#This Row],[Qté]]*2"],
    ["=[@[Coût d''achat]]+1", "TabV", "=TabV[[#This Row],[Coût d''achat]]+1"],
    ["=TabV[@Qté]+SUM(TabV[Qté])", undefined, "=TabV[[#This Row],[Qté]]+SUM(TabV[Qté])"],
    ['=IF(A1="[@x]",1,0)', "TabV", '=IF(A1="[@x]",1,0)'],
  ])("%s (dans %s) → %s, et retour", (ui, table, fichier) => {
    expect(versFormeFichier(ui, table)).toBe(fichier);
    expect(depuisFormeFichier(fichier, table)).toBe(ui);
  });

  it("une formule écrite par Excel hors du tableau garde le nom du tableau", () => {
    expect(depuisFormeFichier("=SUM(TabV[[#This Row],[Qté],[Réf.]])", undefined)).toBe("=SUM(TabV[[#This Row],[Qté],[Réf.]])");
    expect(depuisFormeFichier("=TabV[[#This Row],[Prix HT]]", "TabX")).toBe("=TabV[@[Prix HT]]");
  });
});

describe("formules entre le port (invariantes) et HyperFormula (français)", () => {
  it.each([
    ["=ARRONDI(A1;2)", "=ROUND(A1,2)"],
    ['=SOMME.SI(A1:A3;"x";B1:B3)', '=SUMIF(A1:A3,"x",B1:B3)'],
    ["=NB.SI(A1:A3;\">0,5\")", '=COUNTIF(A1:A3,">0,5")'],
    ["=SI(A1>1,5;RECHERCHEV(A1;B1:C9;2;FAUX());0)", "=IF(A1>1.5,VLOOKUP(A1,B1:C9,2,FALSE()),0)"],
    ["=AGORA.TTC(100;20%)", "=AGORA.TTC(100,20%)"],
    ['="SOMME(1;2)"&TEXTE(A1;"0,00")', '="SOMME(1;2)"&TEXT(A1,"0,00")'],
  ])("%s → %s", (francaise, invariante) => {
    expect(depuisHf(francaise)).toBe(invariante);
  });

  it("écrit pour HyperFormula avec « ; » et la virgule décimale", () => {
    expect(versHf("=ROUND(A1*2.5,2)")).toBe("=ROUND(A1*2,5;2)");
  });
});

describe("décalage des références relatives (mise en forme conditionnelle)", () => {
  it.each<[string, number, number, string]>([
    ["=$D2<>$E2", 1, 0, "=$D3<>$E3"],
    ["=A1+B$1", 2, 1, "=B3+C$1"],
    ["=Feuil1!A1>0", 0, 2, "=Feuil1!C1>0"],
    ['=LOG10(A1)>"B2"', 1, 1, '=LOG10(B2)>"B2"'],
    ["=$A$1", 5, 5, "=$A$1"],
  ])("%s décalée de %i ligne(s), %i colonne(s) → %s", (formule, l, c, attendue) => {
    expect(decalerReferences(formule, l, c)).toBe(attendue);
  });

  it("propriété : décaler puis revenir rend la formule", () => {
    const ref = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 200 }), fc.boolean(), fc.integer({ min: 1, max: 5000 }));
    fc.assert(
      fc.property(fc.array(ref, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (refs, dl, dc) => {
        const col = (n: number) => {
          let s = "";
          for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
          return s;
        };
        const formule = "=" + refs.map(([ac, c, al, l]) => `${ac ? "$" : ""}${col(c)}${al ? "$" : ""}${l}`).join("+");
        expect(decalerReferences(decalerReferences(formule, dl, dc), -dl, -dc)).toBe(formule);
      }),
    );
  });
});
