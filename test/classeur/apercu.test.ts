import { ClasseurApercu } from "../../src/classeur/apercu";
import { FORMATS, type Modification } from "../../src/classeur/port";

const plan: Modification[] = [
  { type: "feuille", nom: "Ventes", remplacer: false, activer: true },
  {
    type: "table",
    feuille: "Ventes",
    nom: "TabLignes",
    adresse: "A1",
    entetes: ["Article", "Quantité", "PU HT", "Montant HT"],
    lignes: [
      ["P010", 12, 12.5, "=[@Quantité]*[@[PU HT]]"],
      ["P001", 10, 5.9, "=[@Quantité]*[@[PU HT]]"],
    ],
    formats: { "PU HT": FORMATS.euros, "Montant HT": FORMATS.euros },
  },
  { type: "valeurs", feuille: "Ventes", adresse: "F1", valeurs: [["Total HT", "=SUM(TabLignes[Montant HT])"], ["TTC", "=AGORA.TTC(G1,0.2)"]] },
  { type: "nom", nom: "TauxNormal", reference: "=Ventes!$H$1" },
  { type: "valeurs", feuille: "Ventes", adresse: "H1", valeurs: [[0.2]], formats: [[FORMATS.pourcentage]] },
];

async function exemple(): Promise<ClasseurApercu> {
  const c = new ClasseurApercu();
  await c.appliquer(plan);
  return c;
}

describe("ClasseurApercu — le port Classeur sur HyperFormula", () => {
  it("applique un plan : feuille, tableau avec références structurées, total, fonction AGORA (comptabilite.md § 11.1 : TTC de 120 à 20 % = 144)", async () => {
    const c = await exemple();
    expect(await c.nomsFeuilles()).toEqual(["Feuil1", "Ventes"]);
    const g = await c.lirePlage("Ventes", "D2:D3");
    // 12 × 12,50 = 150 ; 10 × 5,90 = 59 (calcul à la main).
    expect(g.valeurs).toEqual([[150], [59]]);
    expect(g.formules).toEqual([["=[@Quantité]*[@[PU HT]]"], ["=[@Quantité]*[@[PU HT]]"]]);
    const total = await c.lirePlage("Ventes", "F1:G2");
    expect(total.valeurs).toEqual([["Total HT", 209], ["TTC", 250.8]]);
    expect(total.formules[1][1]).toBe("=AGORA.TTC(G1,0.2)");
    await c.appliquer([{ type: "valeurs", feuille: "Ventes", adresse: "J1", valeurs: [[120, "=AGORA.TTC(J1,20%)"]] }]);
    expect((await c.lirePlage("Ventes", "K1")).valeurs).toEqual([[144]]);
  });

  it("rend les formules natives en syntaxe invariante (noms anglais, virgules, point décimal)", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[1.005, "=ROUND(A1*2.5,2)", "=IF(A1>1,\"oui; non\",\"non\")"]] }]);
    const g = await c.lirePlage("Feuil1", "A1:C1");
    expect(g.formules[0]).toEqual(["", "=ROUND(A1*2.5,2)", '=IF(A1>1,"oui; non","non")']);
    expect(g.valeurs[0][2]).toBe("oui; non");
    // La barre de formule montre l'écriture française.
    expect(c.contenu("Feuil1", { ligne: 0, colonne: 1 }).texte).toBe("=ARRONDI(A1*2,5;2)");
  });

  it("un texte du port reste un texte : le compte 411000 n'est pas un nombre", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [["411000", 411000, "20%", "Restaurant"]] }]);
    expect((await c.lirePlage("Feuil1")).valeurs).toEqual([["411000", 411000, "20%", "Restaurant"]]);
  });

  it("lit un tableau avec ses valeurs calculées", async () => {
    const c = await exemple();
    expect(await c.lireTable("tablignes")).toEqual({
      nom: "TabLignes",
      feuille: "Ventes",
      entetes: ["Article", "Quantité", "PU HT", "Montant HT"],
      lignes: [
        ["P010", 12, 12.5, 150],
        ["P001", 10, 5.9, 59],
      ],
    });
    expect(await c.lireTable("Inconnu")).toBeUndefined();
  });

  it("un nom défini sert dans les formules", async () => {
    const c = await exemple();
    await c.appliquer([{ type: "formule", feuille: "Ventes", adresse: "F4", formule: "=AGORA.TTC(100,TauxNormal)" }]);
    expect((await c.lirePlage("Ventes", "F4")).valeurs).toEqual([[120]]);
  });

  it("tout ou rien : une étape impossible et rien n'est écrit, avec un message qui la nomme", async () => {
    const c = await exemple();
    const avant = await c.lirePlage("Ventes");
    const mauvais: Modification[] = [
      { type: "valeurs", feuille: "Ventes", adresse: "A10", valeurs: [["écrit ?"]] },
      { type: "feuille", nom: "Ventes", remplacer: false },
      { type: "valeurs", feuille: "Absente", adresse: "A1", valeurs: [[1]] },
      { type: "table", feuille: "Ventes", nom: "A1", adresse: "M1", entetes: ["x"], lignes: [] },
    ];
    await expect(c.appliquer(mauvais)).rejects.toThrow(/^Rien n'a été modifié dans le classeur\. La feuille « Ventes » existe déjà/);
    await expect(c.appliquer(mauvais)).rejects.toThrow(/Valeurs en Absente!A1 : la feuille « Absente » n'existe pas/);
    await expect(c.appliquer(mauvais)).rejects.toThrow(/Le nom de tableau « A1 » ressemble à une référence de cellule/);
    expect(await c.lirePlage("Ventes")).toEqual(avant);
  });

  it("refuse une formule illisible et une référence structurée inconnue", async () => {
    const c = await exemple();
    await expect(c.appliquer([{ type: "formule", feuille: "Ventes", adresse: "A9", formule: "=SUM(1,(" }])).rejects.toThrow(/ne peut pas être lue/);
    await expect(c.appliquer([{ type: "formule", feuille: "Ventes", adresse: "A9", formule: "=SUM(TabLignes[Prix])" }])).rejects.toThrow(/colonne « Prix » n'existe pas/);
  });

  it("remplacer une feuille la vide et oublie ses tableaux", async () => {
    const c = await exemple();
    await c.appliquer([
      { type: "feuille", nom: "ventes", remplacer: true },
      { type: "table", feuille: "Ventes", nom: "TabLignes", adresse: "B2", entetes: ["A"], lignes: [[1]] },
    ]);
    expect((await c.lirePlage("Ventes")).plage.adresse).toBe("B2:B3");
    expect((await c.lireTable("TabLignes"))?.lignes).toEqual([[1]]);
  });

  it("insère une formule sur la sélection et la sélectionne (module Fonctions)", async () => {
    const c = await exemple();
    c.selectionner({ debut: { ligne: 4, colonne: 5 }, fin: { ligne: 4, colonne: 5 } });
    const sel = await c.selection();
    expect(sel).toEqual({ feuille: "Ventes", adresse: "F5", lignes: 1, colonnes: 1 });
    await c.appliquer([{ type: "formule", feuille: sel.feuille, adresse: sel.adresse, formule: "=AGORA.TVA(839.82,20%)", selectionner: true }]);
    // comptabilite.md § 5.2 : TVA de 839,82 à 20 % = 167,96.
    expect(c.cellule("Ventes", { ligne: 4, colonne: 5 }).texte).toBe("167,96");
    expect(c.contenu("Ventes", { ligne: 4, colonne: 5 }).texte).toBe("=AGORA.TVA(839,82;20%)");
  });

  it("signale la progression et n'écrit rien si l'opération est annulée", async () => {
    const c = new ClasseurApercu();
    const fractions: number[] = [];
    await c.appliquer(plan, { avancer: (f) => fractions.push(f), annule: false });
    expect(fractions[fractions.length - 1]).toBe(1);
    const d = new ClasseurApercu();
    await expect(d.appliquer(plan, { avancer: () => undefined, annule: true })).rejects.toThrow("Opération annulée : rien n'a été modifié dans le classeur.");
    expect(await d.nomsFeuilles()).toEqual(["Feuil1"]);
  });

  it("lit la partie utilisée d'une feuille, comme getUsedRange", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "C3", valeurs: [[1, null], [null, "x"]] }]);
    const g = await c.lirePlage("Feuil1");
    expect(g.plage).toEqual({ feuille: "Feuil1", adresse: "C3:D4", lignes: 2, colonnes: 2 });
    expect(g.valeurs).toEqual([[1, null], [null, "x"]]);
    expect((await new ClasseurApercu().lirePlage("Feuil1")).plage.adresse).toBe("A1");
  });

  it("rend les erreurs en libellé invariant dans le port et en français dans la grille", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [['=AGORA.TTC("abc",20%)', "=1/0"]] }]);
    expect((await c.lirePlage("Feuil1")).valeurs).toEqual([["#VALUE!", "#DIV/0!"]]);
    const a = c.cellule("Feuil1", { ligne: 0, colonne: 0 });
    expect(a.texte).toBe("#VALEUR!");
    expect(a.message).toMatch(/montant_ht : « abc » n'est pas un nombre/);
    expect(c.cellule("Feuil1", { ligne: 0, colonne: 1 }).message).toBe("Division par zéro.");
  });

  it("lève une erreur française pour une feuille inconnue", async () => {
    await expect(new ClasseurApercu().lirePlage("Nulle")).rejects.toThrow("La feuille « Nulle » n'existe pas.");
  });
});
