/** Essai d'une fonction dans le volet : arguments lus dans l'exemple, puis calcul expliqué. */
import { catalogue } from "../../src/fonctions/catalogue";
import { expliquer } from "../../src/fonctions/executer";
import { FONCTIONS, trouverFonction } from "../../src/fonctions/index";
import { ajouterChamp, lireAppel, preparerEssai, valeursEssai } from "../../taskpane/modules/fonctions/exemple";

const entree = (nom: string) => {
  const e = catalogue().find((x) => x.nom === nom);
  if (!e) throw new Error(`${nom} absente du catalogue`);
  return e;
};

describe("lecture de l'exemple", () => {
  it("littéraux : nombres français, pourcentages, textes entre guillemets", () => {
    expect(lireAppel('=AGORA.TAUX.TVA("réduit";"15/03/2026")')).toEqual({
      nom: "AGORA.TAUX.TVA",
      arguments: [
        { source: '"réduit"', valeur: "réduit" },
        { source: '"15/03/2026"', valeur: "15/03/2026" },
      ],
    });
    expect(lireAppel("=AGORA.TVA(839,82;20%)")?.arguments.map((a) => a.valeur)).toEqual(["839,82", "20%"]);
  });

  it("références, appels imbriqués, « ; » dans un texte, guillemets doublés, arguments omis", () => {
    const appel = lireAppel('=AGORA.X(A1:E4;;DATE(2026;3;15);"a;b";"dit ""oui""";-1,5E3;vrai)');
    expect(appel?.arguments).toEqual([
      { source: "A1:E4" },
      { source: "", valeur: "" },
      { source: "DATE(2026;3;15)" },
      { source: '"a;b"', valeur: "a;b" },
      { source: '"dit ""oui"""', valeur: 'dit "oui"' },
      { source: "-1,5E3", valeur: "-1,5E3" },
      { source: "vrai", valeur: "VRAI" },
    ]);
  });

  it.each(["=1+2", "AGORA.TTC(100;20%", '=AGORA.TTC("100;20%)', "=AGORA.TTC(100;(20%)"])("« %s » n'est pas un appel lisible", (f) => {
    expect(lireAppel(f)).toBeUndefined();
  });
  it("appel sans argument", () => {
    expect(lireAppel("=AGORA.AUJOURDHUI()")).toEqual({ nom: "AGORA.AUJOURDHUI", arguments: [] });
  });
});

describe("préparation de l'essai", () => {
  it("AGORA.TTC : deux champs pré-remplis avec 100 et 20%", () => {
    const { champs, impossible } = preparerEssai(entree("AGORA.TTC"));
    expect(impossible).toBeUndefined();
    expect(champs.map((c) => [c.cle, c.valeur])).toEqual([
      ["montant_ht", "100"],
      ["taux", "20%"],
    ]);
  });

  it("une plage obligatoire (AGORA.FACTURE) ne s'essaie pas dans le volet : message français", () => {
    expect(preparerEssai(entree("AGORA.FACTURE")).impossible).toMatch(/^AGORA\.FACTURE lit une plage de cellules \(argument \w+\) : essayez-la directement dans la feuille\.$/);
  });

  it("argument répété (AGORA.EXPLIQUE) : un champ par valeur de l'exemple, et « Ajouter une valeur »", () => {
    const e = entree("AGORA.EXPLIQUE");
    const { champs } = preparerEssai(e);
    expect(champs.map((c) => [c.cle, c.valeur])).toEqual([
      ["fonction", "TTC"],
      ["arguments 1", "100"],
      ["arguments 2", "20%"],
    ]);
    const plus = ajouterChamp(champs, e.arguments[1]);
    expect(plus.map((c) => c.cle)).toEqual(["fonction", "arguments 1", "arguments 2", "arguments 3"]);
    expect(valeursEssai(e, plus)).toEqual(["TTC", "100", "20%"]);
  });

  it("un champ vidé est un argument omis ; les omis de la fin disparaissent", () => {
    const e = entree("AGORA.TAUX.TVA");
    const champs = preparerEssai(e).champs.map((c) => (c.cle === "date" ? { ...c, valeur: "  " } : c));
    expect(valeursEssai(e, champs)).toEqual(["réduit"]);
    const sansNature = champs.map((c) => (c.cle === "nature" ? { ...c, valeur: "" } : { ...c, valeur: "01/01/2026" }));
    expect(valeursEssai(e, sansNature)).toEqual([undefined, "01/01/2026"]);
  });
});

describe("« Calculer » : l'essai pré-rempli redonne le résultat documenté de l'exemple", () => {
  const essayables = FONCTIONS.filter((f) => f.exemples[0] && !f.exemples[0].donnees && !preparerEssai(entree(`AGORA.${f.nom}`)).impossible);

  it("il y a des fonctions à essayer", () => {
    expect(essayables.length).toBeGreaterThan(5);
  });

  it.each(essayables.map((f) => [f.nom, f] as const))("AGORA.%s", (_nom, f) => {
    const e = entree(`AGORA.${f.nom}`);
    const { issue, etapes } = expliquer(f, valeursEssai(e, preparerEssai(e).champs));
    if (!issue.ok) throw new Error(issue.erreur.message);
    const attendu = f.exemples[0].resultat;
    if (typeof attendu === "number") expect(issue.valeur).toBeCloseTo(attendu, 10);
    else expect(issue.valeur).toEqual(attendu);
    expect(etapes[etapes.length - 1]).toMatch(/^Résultat : /);
  });

  it("§ 5.2 de comptabilite.md : AGORA.TVA(839,82 ; 20 %) = 167,96, avec ses étapes", () => {
    const f = trouverFonction("TVA");
    if (!f) throw new Error("AGORA.TVA absente");
    const e = entree("AGORA.TVA");
    const { issue, etapes } = expliquer(f, valeursEssai(e, preparerEssai(e).champs));
    expect(issue.ok && issue.valeur).toBe(167.96);
    expect(etapes.length).toBeGreaterThan(1);
  });

  it("une saisie fautive donne le message français de l'argument", () => {
    const f = trouverFonction("TTC");
    if (!f) throw new Error("AGORA.TTC absente");
    const e = entree("AGORA.TTC");
    const champs = preparerEssai(e).champs.map((c) => (c.cle === "montant_ht" ? { ...c, valeur: "cent" } : c));
    const { issue, etapes } = expliquer(f, valeursEssai(e, champs));
    expect(issue.ok).toBe(false);
    expect(etapes[etapes.length - 1]).toMatch(/^Erreur : montant_ht : « cent » n'est pas un nombre/);
  });
});
