/** Classeur en mémoire et adresses A1 : sémantique tout ou rien du port, partagée avec l'adaptateur Office. */
import fc from "fast-check";
import {
  adresseComplete,
  formaterPlage,
  indexColonne,
  lettresColonne,
  lireCellule,
  lirePlageA1,
  normaliserAdresse,
  referenceFeuille,
  separerFeuille,
} from "../../src/classeur/adresses";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";

describe("adresses A1", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("colonne %i = %s (limites d'Excel : XFD est la 16 384e)", (i, lettres) => {
    expect(lettresColonne(i)).toBe(lettres);
    expect(indexColonne(lettres)).toBe(i);
    expect(indexColonne(lettres.toLowerCase())).toBe(i);
  });

  it("lettres ↔ index : aller-retour pour toutes les colonnes", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), (i) => indexColonne(lettresColonne(i)) === i));
  });

  it("plages : « $ » ignorés, coins remis dans l'ordre, colonnes et lignes entières", () => {
    expect(lireCellule("$B$3")).toEqual({ ligne: 2, colonne: 1 });
    expect(normaliserAdresse("$d$10:b3")).toBe("B3:D10");
    expect(lirePlageA1("A:C")).toEqual({ debut: { ligne: 0, colonne: 0 }, fin: { ligne: 1_048_575, colonne: 2 } });
    expect(lirePlageA1("3:5")).toEqual({ debut: { ligne: 2, colonne: 0 }, fin: { ligne: 4, colonne: 16_383 } });
    expect(formaterPlage({ ligne: 2, colonne: 1 }, 1, 1)).toBe("B3");
    expect(formaterPlage({ ligne: 2, colonne: 1 }, 8, 3)).toBe("B3:D10");
  });

  it.each(["B0", "XFE1", "A1048577", "B3:", "3B", "Feuil1"])("« %s » est refusée en français", (a) => {
    expect(() => lirePlageA1(a)).toThrow(/n'(est pas une adresse|existe pas)/);
  });

  it("références de feuille : apostrophes quand il le faut, doublées à l'intérieur", () => {
    expect(referenceFeuille("Feuil1")).toBe("Feuil1");
    expect(referenceFeuille("Paramètres")).toBe("Paramètres");
    expect(referenceFeuille("Ma feuille")).toBe("'Ma feuille'");
    expect(referenceFeuille("A1")).toBe("'A1'");
    expect(referenceFeuille("2026")).toBe("'2026'");
    expect(adresseComplete("L'été", "B3")).toBe("'L''été'!B3");
    expect(separerFeuille("'L''été'!B3")).toEqual({ feuille: "L'été", adresse: "B3" });
    expect(separerFeuille("=Feuil1!$A$1:$B$2")).toEqual({ feuille: "Feuil1", adresse: "$A$1:$B$2" });
    expect(separerFeuille("B3")).toEqual({ adresse: "B3" });
  });

  it("séparer ∘ adresseComplete = identité, quel que soit le nom de feuille", () => {
    const nom = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'"));
    fc.assert(fc.property(nom, (n) => expect(separerFeuille(adresseComplete(n, "C7"))).toEqual({ feuille: n, adresse: "C7" })));
  });
});

describe("ClasseurMemoire : lire et écrire", () => {
  it("valeurs, formules (texte commençant par « = ») et formats ; étendue utilisée", async () => {
    const c = new ClasseurMemoire();
    await c.appliquer([
      {
        type: "valeurs",
        feuille: "Feuil1",
        adresse: "B2",
        valeurs: [
          ["HT", 100],
          ["TTC", "=AGORA.TTC(B2,20%)"],
        ],
        formats: [
          ["@", FORMATS.euros],
          ["@", FORMATS.euros],
        ],
      },
    ]);
    expect(c.cellule("Feuil1", "C3")).toEqual({ valeur: null, formule: "=AGORA.TTC(B2,20%)", format: FORMATS.euros });
    const grille = await c.lirePlage("Feuil1");
    expect(grille.plage).toEqual({ feuille: "Feuil1", adresse: "B2:C3", lignes: 2, colonnes: 2 });
    expect(grille.valeurs).toEqual([
      ["HT", 100],
      ["TTC", null],
    ]);
    expect(grille.formules).toEqual([
      ["", ""],
      ["", "=AGORA.TTC(B2,20%)"],
    ]);
  });

  it("feuille vide : plage vide", async () => {
    const grille = await new ClasseurMemoire().lirePlage("Feuil1");
    expect(grille).toEqual({ plage: { feuille: "Feuil1", adresse: "A1", lignes: 0, colonnes: 0 }, valeurs: [], formules: [] });
  });

  it("tableau : relu avec ses en-têtes, formats par colonne, noms de feuille sans tenir compte de la casse", async () => {
    const c = new ClasseurMemoire();
    await c.appliquer([
      { type: "feuille", nom: "Ventes", remplacer: false, activer: true },
      { type: "table", feuille: "ventes", nom: "T_Ventes", adresse: "A1", entetes: ["Date", "Montant"], lignes: [[46096, 120], [46097, 80.5]], formats: { Date: FORMATS.date } },
    ]);
    expect(await c.nomsFeuilles()).toEqual(["Feuil1", "Ventes"]);
    expect(c.feuilleActive).toBe("Ventes");
    expect(await c.lireTable("t_ventes")).toEqual({ nom: "T_Ventes", feuille: "Ventes", entetes: ["Date", "Montant"], lignes: [[46096, 120], [46097, 80.5]] });
    expect(c.cellule("Ventes", "A2")?.format).toBe(FORMATS.date);
    expect(c.cellule("Ventes", "B2")?.format).toBeUndefined();
    expect(await c.lireTable("Inconnu")).toBeUndefined();
  });

  it("selection() et lirePlage d'une feuille inconnue", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [], Bilan: [] }, selection: "Bilan!$C$4:D5" });
    await expect(c.selection()).resolves.toEqual({ feuille: "Bilan", adresse: "C4:D5", lignes: 2, colonnes: 2 });
    await expect(c.lirePlage("Compta")).rejects.toThrow("La feuille « Compta » n'existe pas.");
  });

  it("un nom défini existant est redéfini ; validations et graphiques sont enregistrés", async () => {
    const c = new ClasseurMemoire({ feuilles: { Paramètres: [["Taux", 0.2]] } });
    await c.appliquer([{ type: "nom", nom: "TauxTVA", reference: "Paramètres!$B$1" }]);
    await c.appliquer([
      { type: "nom", nom: "tauxtva", reference: "=Paramètres!$B$2", commentaire: "Taux normal" },
      { type: "validation", feuille: "Paramètres", adresse: "C1:C10", liste: ["normal", "intermédiaire", "réduit"] },
      { type: "graphique", feuille: "Paramètres", source: "A1:B1", genre: "colonnes", titre: "Taux" },
    ]);
    expect([...c.noms.values()]).toEqual([{ nom: "tauxtva", reference: "=Paramètres!$B$2", commentaire: "Taux normal" }]);
    expect(c.validations).toHaveLength(1);
    expect(c.graphiques[0]).toMatchObject({ feuille: "Paramètres", genre: "colonnes" });
  });
});

describe("ClasseurMemoire : tout ou rien", () => {
  const instantane = async (c: ClasseurMemoire) => ({
    feuilles: await c.nomsFeuilles(),
    contenu: await Promise.all((await c.nomsFeuilles()).map((f) => c.lirePlage(f))),
    tables: JSON.stringify(c.tables),
    noms: JSON.stringify([...c.noms]),
  });

  const refuse = async (c: ClasseurMemoire, plan: Modification[], message: string | RegExp) => {
    const avant = await instantane(c);
    await expect(c.appliquer(plan)).rejects.toThrow(message);
    expect(await instantane(c)).toEqual(avant);
  };

  it("une feuille existante sans « remplacer » : rien n'est écrit, même ce qui précède dans le plan", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [[1]], Bilan: [["Actif"]] } });
    await refuse(
      c,
      [
        { type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[999]] },
        { type: "feuille", nom: "BILAN", remplacer: false },
      ],
      "Rien n'a été modifié dans le classeur. La feuille « Bilan » existe déjà",
    );
  });

  it("les problèmes sont tous listés, en français, en nommant l'objet", async () => {
    const c = new ClasseurMemoire();
    const erreur = (await c
      .appliquer([
        { type: "valeurs", feuille: "Feuil1", adresse: "A1:B1", valeurs: [[1, 2, 3]] },
        { type: "table", feuille: "Feuil1", nom: "A1", adresse: "D1", entetes: ["Compte", "compte"], lignes: [["401"]] },
        { type: "valeurs", feuille: "Absente", adresse: "A1", valeurs: [[1]] },
      ])
      .catch((e: Error) => e)) as Error;
    expect(erreur.message).toContain("Valeurs en Feuil1!A1:B1 : la plage A1:B1 a 1 × 2 cellules, les données 1 × 3.");
    expect(erreur.message).toContain("Le nom de tableau « A1 » ressemble à une référence de cellule");
    expect(erreur.message).toContain("l'en-tête « compte » apparaît deux fois");
    expect(erreur.message).toContain("la ligne 2 a 1 valeurs au lieu de 2");
    expect(erreur.message).toContain("la feuille « Absente » n'existe pas");
  });

  it.each<[string, Modification[], RegExp]>([
    ["nom de feuille interdit", [{ type: "feuille", nom: "Ventes/2026", remplacer: false }], /caractère interdit/],
    ["nom de feuille trop long", [{ type: "feuille", nom: "x".repeat(32), remplacer: false }], /dépasse 31 caractères/],
    ["feuille créée deux fois", [{ type: "feuille", nom: "A", remplacer: true }, { type: "feuille", nom: "a", remplacer: true }], /deux fois/],
    ["formule sans « = »", [{ type: "formule", feuille: "Feuil1", adresse: "A1", formule: "AGORA.TTC(1,2)" }], /n'est pas une formule/],
    ["nombre non fini", [{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[Number.NaN]] }], /n'est pas un nombre fini/],
    ["formats de mauvaise taille", [{ type: "valeurs", feuille: "Feuil1", adresse: "A1", valeurs: [[1, 2]], formats: [["@"]] }], /formats/],
    ["hors de la feuille", [{ type: "valeurs", feuille: "Feuil1", adresse: "XFD1", valeurs: [[1, 2]] }], /dépassent les limites/],
    ["couleur invalide", [{ type: "mise-en-forme", feuille: "Feuil1", adresse: "A1:A9", formule: "=A1<0", remplissage: "rouge" }], /couleur/],
    ["liste avec virgule", [{ type: "validation", feuille: "Feuil1", adresse: "A1", liste: ["5,5 %", "20 %"] }], /virgule/],
    [
      "tableaux qui se chevauchent",
      [
        { type: "table", feuille: "Feuil1", nom: "T1", adresse: "A1", entetes: ["a", "b"], lignes: [[1, 2]] },
        { type: "table", feuille: "Feuil1", nom: "T2", adresse: "B2", entetes: ["c"], lignes: [] },
      ],
      /chevaucherait le tableau « T1 »/,
    ],
  ])("%s : refusé", async (_, plan, message) => {
    await refuse(new ClasseurMemoire({ feuilles: { Feuil1: [["garde"]] } }), plan, message);
  });

  it("feuille protégée : refusée", async () => {
    const c = new ClasseurMemoire();
    c.proteger("Feuil1");
    await refuse(c, [{ type: "formule", feuille: "Feuil1", adresse: "B3", formule: "=1" }], /protégée/);
  });

  it("annulation avant l'écriture : rien n'est modifié", async () => {
    const c = new ClasseurMemoire();
    const progres = { annule: true, avancer: jest.fn() };
    await expect(c.appliquer([{ type: "formule", feuille: "Feuil1", adresse: "B3", formule: "=1" }], progres)).rejects.toThrow(/annulée/);
    expect(c.cellule("Feuil1", "B3")).toBeUndefined();
  });

  it("« remplacer » vide la feuille (contenu, tableaux, validations) et garde sa place", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [], Balance: [["vieux"]], Fin: [] } });
    await c.appliquer([
      { type: "table", feuille: "Balance", nom: "T_Balance", adresse: "C3", entetes: ["x"], lignes: [[1]] },
      { type: "validation", feuille: "Balance", adresse: "A1", liste: ["a"] },
    ]);
    await c.appliquer([
      { type: "feuille", nom: "Balance", remplacer: true },
      { type: "table", feuille: "Balance", nom: "T_Balance", adresse: "A1", entetes: ["Compte"], lignes: [["401"]] },
    ]);
    expect(await c.nomsFeuilles()).toEqual(["Feuil1", "Balance", "Fin"]);
    expect((await c.lirePlage("Balance")).valeurs).toEqual([["Compte"], ["401"]]);
    expect(c.tables.map((t) => formaterPlage(t.zone.debut))).toEqual(["A1"]);
    expect(c.validations).toHaveLength(0);
  });

  it("propriété : une grille écrite se relit à l'identique (null = vide), et l'écouteur est prévenu", async () => {
    const cellule: fc.Arbitrary<Cellule> = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string().filter((s) => !s.startsWith("=") && s !== ""),
    );
    const grille = fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(cellule, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(grille, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), async (valeurs, ligne, colonne) => {
        const c = new ClasseurMemoire();
        const vus: number[] = [];
        c.abonner((plan) => vus.push(plan.length));
        const adresse = formaterPlage({ ligne, colonne }, valeurs.length, valeurs[0].length);
        await c.appliquer([{ type: "valeurs", feuille: "Feuil1", adresse, valeurs }]);
        expect((await c.lirePlage("Feuil1", adresse)).valeurs).toEqual(valeurs);
        expect(vus).toEqual([1]);
      }),
      { numRuns: 200 },
    );
  });
});
