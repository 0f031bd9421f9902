/** « Insérer » (module Fonctions) : la cellule vide reçoit la formule, une cellule pleine demande confirmation. */
import { decalerReferences, decrireContenu, formatInsertion, insererFonction, planInsertion } from "../../src/actions/inserer-fonction";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { FORMATS } from "../../src/classeur/port";
import { catalogue } from "../../src/fonctions/catalogue";

const entree = (nom: string) => {
  const e = catalogue().find((x) => x.nom === nom);
  if (!e) throw new Error(`${nom} absente du catalogue`);
  return e;
};
const TTC = entree("AGORA.TTC");

describe("insérer une fonction", () => {
  it("cellule vide : formule invariante écrite, format euros, message français", async () => {
    const c = new ClasseurMemoire({ selection: "Feuil1!B3" });
    const issue = await insererFonction(c, TTC);
    expect(issue).toEqual({
      etat: "insere",
      cible: { feuille: "Feuil1", adresse: "B3" },
      formule: "=AGORA.TTC(100;20%)",
      message: "=AGORA.TTC(100;20%) inséré en Feuil1!B3",
    });
    expect(c.cellule("Feuil1", "B3")).toEqual({ valeur: null, formule: "=AGORA.TTC(100,20%)", format: FORMATS.euros });
  });

  it("cellule non vide : rien n'est écrit, la question nomme la cellule et son contenu", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [[], [], [null, 1234.5]] }, selection: "Feuil1!B3" });
    const issue = await insererFonction(c, TTC);
    expect(issue).toEqual({
      etat: "a-confirmer",
      cible: { feuille: "Feuil1", adresse: "B3" },
      formule: "=AGORA.TTC(100;20%)",
      contenu: "1\u202f234,5",
      question: "La cellule Feuil1!B3 contient déjà 1\u202f234,5. Remplacer par =AGORA.TTC(100;20%) ?",
    });
    expect(c.cellule("Feuil1", "B3")).toEqual({ valeur: 1234.5, formule: "" });
  });

  it("confirmation : la cellule de la question est remplacée, même si la sélection a changé entre-temps", async () => {
    const c = new ClasseurMemoire({ feuilles: { "Mes ventes": [["Total"]] }, selection: "'Mes ventes'!A1" });
    const question = await insererFonction(c, TTC);
    if (question.etat !== "a-confirmer") throw new Error("une question était attendue");
    expect(question.question).toBe("La cellule 'Mes ventes'!A1 contient déjà « Total ». Remplacer par =AGORA.TTC(100;20%) ?");
    c.selectionner("Mes ventes", "D9");
    const issue = await insererFonction(c, TTC, { remplacer: question.cible });
    expect(issue.etat).toBe("insere");
    expect(c.cellule("Mes ventes", "A1")?.formule).toBe("=AGORA.TTC(100,20%)");
    expect(c.cellule("Mes ventes", "D9")).toBeUndefined();
  });

  it("une formule existante est montrée en écriture française", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [["=ROUND(A2*1.2,2)"]] } });
    const issue = await insererFonction(c, TTC);
    expect(issue.etat === "a-confirmer" && issue.contenu).toBe("la formule =ROUND(A2*1,2;2)");
  });

  it("sélection de plusieurs cellules : la première (en haut à gauche) reçoit la formule", async () => {
    const c = new ClasseurMemoire({ selection: "Feuil1!D10:B3" });
    const issue = await insererFonction(c, TTC);
    expect(issue.etat === "insere" && issue.message).toBe("=AGORA.TTC(100;20%) inséré en Feuil1!B3 (première cellule de la sélection)");
    expect(c.cellule("Feuil1", "B3")?.formule).toBe("=AGORA.TTC(100,20%)");
  });

  it("fonction qui rend une date : format date ; taux : format pourcentage ; texte décimal converti", () => {
    const echeance = entree("AGORA.ECHEANCE");
    expect(formatInsertion(echeance)).toBe(FORMATS.date);
    expect(planInsertion(echeance, { feuille: "Feuil1", adresse: "C2" })).toEqual([
      { type: "formule", feuille: "Feuil1", adresse: "C2", formule: '=AGORA.ECHEANCE("15/03/2026",30,"fin de mois")', format: "dd/mm/yyyy", selectionner: true },
    ]);
    expect(formatInsertion(entree("AGORA.TAUX.TVA"))).toBe(FORMATS.pourcentage);
    expect(planInsertion(entree("AGORA.TVA"), { feuille: "F", adresse: "A1" })[0]).toMatchObject({ formule: "=AGORA.TVA(839.82,20%)" });
    expect(formatInsertion({ nom: "AGORA.X", resultat: "texte", exemple: "=AGORA.X()" })).toBeUndefined();
  });

  it("erreur du classeur : message français, pas d'exception", async () => {
    const c = new ClasseurMemoire();
    c.proteger("Feuil1");
    const issue = await insererFonction(c, TTC);
    expect(issue.etat).toBe("erreur");
    expect(issue.etat === "erreur" && issue.message).toMatch(/^Rien n'a été modifié dans le classeur\. La feuille « Feuil1 » est protégée/);
    const sansExemple = await insererFonction(c, { nom: "AGORA.X", resultat: "nombre" });
    expect(sansExemple).toEqual({ etat: "erreur", message: "AGORA.X n'a pas d'exemple à insérer." });
  });

  it("contenus décrits en français", () => {
    expect(decrireContenu(null, "")).toBeUndefined();
    expect(decrireContenu("", "")).toBeUndefined();
    expect(decrireContenu(true, "")).toBe("VRAI");
    expect(decrireContenu(-0.5, "")).toBe("-0,5");
    expect(decrireContenu("x".repeat(50), "")).toBe(`« ${"x".repeat(40)}… »`);
  });
});

describe("insertion d'un exemple qui s'appuie sur des données (AGORA.FACTURE)", () => {
  it("décale les références, pas les noms de fonction ni les textes", () => {
    expect(decalerReferences('=AGORA.FACTURE(A1:E4;;2%;30;;200)+LOG10(B2)&"A1"', { ligne: 2, colonne: 1 })).toBe(
      '=AGORA.FACTURE(B3:F6;;2%;30;;200)+LOG10(C4)&"A1"',
    );
    expect(decalerReferences("=$A$1+A1", { ligne: 1, colonne: 1 })).toBe("=$B$2+B2");
  });

  it("pose les lignes de la facture à partir de la cellule choisie et la formule une colonne plus loin", async () => {
    const facture = catalogue().find((f) => f.nom === "AGORA.FACTURE");
    expect(facture?.donneesExemple).toBeDefined();
    const classeur = new ClasseurMemoire();
    const feuille = (await classeur.nomsFeuilles())[0];
    await classeur.appliquer([{ type: "formule", feuille, adresse: "Z1", formule: "=1", selectionner: true }]);
    const cible = { feuille, adresse: "B3" };
    const issue = await insererFonction(classeur, facture!, { remplacer: cible });
    expect(issue.etat).toBe("insere");
    const grille = await classeur.lirePlage(feuille, "B3:H6");
    expect(grille.valeurs[1].slice(0, 5)).toEqual([10, 45, 0.1, 0.05, 0.2]);
    expect(grille.formules[0][6]).toBe("=AGORA.FACTURE(B3:F6,,2%,30,,200)");
  });
});
