import { ClasseurApercu } from "../../src/classeur/apercu";
import { FORMATS } from "../../src/classeur/port";

const p = (adresse: string) => {
  const m = /^([A-Z])(\d+)$/.exec(adresse)!;
  return { ligne: Number(m[2]) - 1, colonne: m[1].charCodeAt(0) - 65 };
};

/** Données de l'exemple de comptabilite.md § 5.2 (catalogue de AGORA.FACTURE). */
function saisirFacture(c: ClasseurApercu): void {
  const lignes = [
    ["Quantité", "Prix unitaire HT", "Remise 1", "Remise 2", "Taux TVA"],
    ["10", "45", "10%", "5%", "20%"],
    ["4", "120", "8%", "", "20%"],
    ["25", "6,4", "", "", "5,5%"],
  ];
  lignes.forEach((l, i) => l.forEach((v, j) => expect(c.saisir("Feuil1", { ligne: i, colonne: j }, v)).toEqual({ ok: true })));
}

describe("ClasseurApercu — saisie et affichage de la grille", () => {
  it("lit la saisie à la française : virgule décimale, pourcentage, date, VRAI, texte", async () => {
    const c = new ClasseurApercu();
    ["12,5", "20%", "15/03/2025", "vrai", "Restaurant", "1 234,5"].forEach((v, i) => c.saisir("Feuil1", { ligne: i, colonne: 0 }, v));
    expect((await c.lirePlage("Feuil1", "A1:A6")).valeurs.flat()).toEqual([12.5, 0.2, 45731, true, "Restaurant", 1234.5]);
    expect(["A1", "A2", "A3", "A4", "A6"].map((a) => c.cellule("Feuil1", p(a)).texte)).toEqual(["12,5", "20%", "15/03/2025", "VRAI", "1234,5"]);
    expect(c.contenu("Feuil1", p("A2")).texte).toBe("20%");
  });

  it("une formule tapée en français est calculée ; le « % » d'un argument ne devient pas le format du résultat", () => {
    const c = new ClasseurApercu();
    c.saisir("Feuil1", p("A1"), "12,5");
    c.saisir("Feuil1", p("A2"), "20%");
    c.saisir("Feuil1", p("B1"), "=A1*2+A2");
    expect(c.cellule("Feuil1", p("B1")).texte).toBe("25,2");
    c.saisir("Feuil1", p("B2"), "=AGORA.TTC(100;20%)");
    expect(c.cellule("Feuil1", p("B2")).texte).toBe("120");
  });

  it("refuse une formule illisible sans rien écrire", () => {
    const c = new ClasseurApercu();
    const issue = c.saisir("Feuil1", p("A1"), "=SOMME(1;");
    expect(issue.ok).toBe(false);
    expect(!issue.ok && issue.message).toMatch(/^Cette formule contient une erreur/);
    expect(c.cellule("Feuil1", p("A1")).genre).toBe("vide");
    expect(c.peutAnnuler()).toBe(false);
  });

  it("AGORA.FACTURE renverse son tableau (comptabilite.md § 5.2) ; une cellule renversée montre la formule de l'ancre", () => {
    const c = new ClasseurApercu();
    saisirFacture(c);
    c.saisir("Feuil1", p("G1"), "=AGORA.FACTURE(A1:E4;;2%;30;;200)");
    expect(c.cellule("Feuil1", p("H15")).texte).toBe("973,2");
    expect(c.cellule("Feuil1", p("H15")).renversee).toBe(true);
    expect(c.contenu("Feuil1", p("H15"))).toEqual({ texte: "=AGORA.FACTURE(A1:E4;;2%;30;;200)", heritee: true });
    expect(c.renversement("Feuil1", p("H3"))).toEqual({ debut: p("G1"), fin: p("H15") });
  });

  it("annuler après un résultat bloqué rend le résultat renversé (les valeurs renversées ne sont pas sauvegardées comme saisies)", () => {
    const c = new ClasseurApercu();
    saisirFacture(c);
    c.saisir("Feuil1", p("G1"), "=AGORA.FACTURE(A1:E4;;2%;30;;200)");
    c.saisir("Feuil1", p("H3"), "1");
    expect(c.cellule("Feuil1", p("G1")).texte).toBe("#PROPAGATION!");
    expect(c.annuler()).toBe(true);
    expect(c.cellule("Feuil1", p("G1")).texte).toBe("Total brut");
    expect(c.cellule("Feuil1", p("H15")).texte).toBe("973,2");
    expect(c.retablir()).toBe(true);
    expect(c.cellule("Feuil1", p("H3")).texte).toBe("1");
  });

  it("liste de validation : refuse une valeur hors liste avec le message prévu, accepte un choix de la source", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([
      { type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [["C001"], ["C002"]] },
      { type: "validation", feuille: "Feuil1", adresse: "C1:C5", liste: { source: "=Feuil1!$A$1:$A$2" }, message: "Choisissez un code client." },
    ]);
    expect(c.decor("Feuil1", p("C2")).liste).toEqual(["C001", "C002"]);
    expect(c.saisir("Feuil1", p("C2"), "ZZZ")).toEqual({ ok: false, message: "Choisissez un code client." });
    expect(c.saisir("Feuil1", p("C2"), "c002")).toEqual({ ok: true });
    expect(c.decor("Feuil1", p("D2")).liste).toBeUndefined();
  });

  it("mise en forme conditionnelle évaluée cellule par cellule, style des tableaux", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([
      { type: "table", feuille: "Feuil1", nom: "TabS", adresse: "A1", entetes: ["Client", "Solde"], lignes: [["A", 0], ["B", 864], ["C", 0]] },
      { type: "mise-en-forme", feuille: "Feuil1", adresse: "A2:B4", formule: "=$B2>0", remplissage: "#FFF4CE" },
    ]);
    expect(c.decor("Feuil1", p("A1"))).toMatchObject({ entete: true, table: "TabS" });
    expect(c.decor("Feuil1", p("A3"))).toMatchObject({ remplissage: "#FFF4CE", bande: true });
    expect(c.decor("Feuil1", p("A2")).remplissage).toBeUndefined();
    expect(c.decor("Feuil1", p("B4")).remplissage).toBeUndefined();
  });

  it("garde l'ordre des onglets même quand des formules visent d'autres feuilles", async () => {
    const c = new ClasseurApercu("Entreprise");
    await c.appliquer([
      { type: "feuille", nom: "Clients", remplacer: false },
      { type: "feuille", nom: "Articles", remplacer: false },
      { type: "table", feuille: "Articles", nom: "TabA", adresse: "A1", entetes: ["PU"], lignes: [[2]] },
      { type: "valeurs", feuille: "Clients", adresse: "A1", valeurs: [["=SUM(TabA[PU])", "=Articles!A2*2"]] },
    ]);
    expect(c.feuilles()).toEqual(["Entreprise", "Clients", "Articles"]);
    expect((await c.lirePlage("Clients")).valeurs).toEqual([[2, 4]]);
  });

  it("barre d'état : somme et moyenne exactes de la sélection", async () => {
    const c = new ClasseurApercu();
    await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[0.1], [0.2], ["x"], [null]] }]);
    expect(c.statistiques("Feuil1", { debut: p("A1"), fin: p("A9") })).toEqual({ valeurs: 3, nombres: 2, somme: 0.3, moyenne: 0.15 });
  });

  it("élargit les colonnes écrites par un plan sans jamais les rétrécir ; un titre seul déborde au lieu d'élargir", async () => {
    const c = new ClasseurApercu("Feuil1", { mesurer: (t) => t.length * 10 });
    await c.appliquer([
      { type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [["Un titre bien plus long que la colonne", null], ["Court", 1234.5]], formats: [["", ""], ["", FORMATS.euros]] },
    ]);
    expect(c.largeur("Feuil1", 0)).toBe(64);
    expect(c.largeur("Feuil1", 1)).toBe("1 234,50 €".length * 10 + 10);
  });
});
