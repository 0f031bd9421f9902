/** Le port Classeur en lecture sur un instantané de fichier .xlsx (ligne de commande) : plages, tableaux, refus d'écrire. */
import { ClasseurFichier, type InstantaneClasseur } from "../../src/classeur/fichier";

const instantane: InstantaneClasseur = {
  feuilles: [
    {
      nom: "Journal structuré",
      largeurs: {},
      cellules: [
        { ligne: 1, colonne: 1, valeur: "Compte" },
        { ligne: 1, colonne: 2, valeur: "Débit" },
        { ligne: 2, colonne: 1, valeur: "512000" },
        { ligne: 2, colonne: 2, valeur: 12.5, formule: "=10+2.5", format: "#,##0.00" },
        { ligne: 3, colonne: 2, valeur: null, erreur: "#DIV/0!", formule: "=1/0" },
        { ligne: 9, colonne: 9, valeur: null, format: "@" },
      ],
    },
    { nom: "Vide", largeurs: {}, cellules: [] },
  ],
  tables: [{ nom: "Journal", feuille: "journal structuré", adresse: "B2:C4", entetes: ["Compte", "Débit"], formats: {} }],
  noms: [],
  validations: [],
  misesEnForme: [],
  graphiques: [],
  active: "Vide",
};

describe("ClasseurFichier", () => {
  it("partie utilisée (les cellules seulement formatées n'en font pas partie), valeurs enregistrées, formules, erreurs", async () => {
    const c = new ClasseurFichier(instantane);
    const g = await c.lirePlage("journal structuré");
    expect(g.plage).toEqual({ feuille: "Journal structuré", adresse: "B2:C4", lignes: 3, colonnes: 2 });
    expect(g.valeurs).toEqual([["Compte", "Débit"], ["512000", 12.5], [null, "#DIV/0!"]]);
    expect(g.formules[1]).toEqual(["", "=10+2.5"]);
    expect((await c.lirePlage("Vide")).plage.lignes).toBe(0);
    expect((await c.lirePlage("Vide", "'Journal structuré'!C3")).valeurs).toEqual([[12.5]]);
  });

  it("tableaux, feuilles, sélection ; écriture refusée", async () => {
    const c = new ClasseurFichier(instantane);
    expect(await c.lireTable("JOURNAL")).toEqual({ nom: "Journal", feuille: "Journal structuré", entetes: ["Compte", "Débit"], lignes: [["512000", 12.5], [null, "#DIV/0!"]] });
    expect(await c.lireTable("Autre")).toBeUndefined();
    expect(await c.nomsFeuilles()).toEqual(["Journal structuré", "Vide"]);
    expect((await c.selection()).feuille).toBe("Vide");
    await c.atteindre("journal structuré", "$b$3:$c$3");
    expect(await c.selection()).toEqual({ feuille: "Journal structuré", adresse: "B3:C3", lignes: 1, colonnes: 2 });
    await expect(c.atteindre("Absente", "A1")).rejects.toThrow("La feuille « Absente » n'existe pas.");
    await expect(c.appliquer([{ type: "feuille", nom: "X", remplacer: false }])).rejects.toThrow(/lecture seule/);
  });
});
