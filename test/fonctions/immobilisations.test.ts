// Fonctions d'immobilisations évaluées de bout en bout par HyperFormula (moteur de l'aperçu et de `agora eval`) :
// exemples de comptabilite.md § 6, § 9.2, § 9.3, arguments facultatifs, erreurs en français, AGORA.EXPLIQUE.
import { FONCTIONS_IMMOBILISATIONS } from "../../src/fonctions/immobilisations";
import { erreur, valeur } from "../outils/formules";

/** Numéro de série Excel (système 1900) calculé indépendamment du code testé. */
const serie = (annee: number, mois: number, jour: number): number => (Date.UTC(annee, mois - 1, jour) - Date.UTC(1899, 11, 30)) / 86_400_000;


const explique = (formule: string): string[] => (valeur(formule) as string[][]).map((l) => l[0]);

describe("descripteurs des immobilisations", () => {
  it("les dates des exemples de PLAN.AMORT sont les bons numéros de série", () => {
    const plan = FONCTIONS_IMMOBILISATIONS.find((f) => f.nom === "PLAN.AMORT")!;
    const [lin, deg] = plan.exemples.map((e) => e.resultat as (number | string)[][]);
    expect(lin.slice(1).map((l) => [l[1], l[2]])).toEqual([
      [serie(2026, 7, 12), serie(2026, 12, 31)],
      [serie(2027, 1, 1), serie(2027, 12, 31)],
      [serie(2028, 1, 1), serie(2028, 12, 31)],
      [serie(2029, 1, 1), serie(2029, 12, 31)],
      [serie(2030, 1, 1), serie(2030, 7, 11)],
    ]);
    expect(deg[1][1]).toBe(serie(2026, 7, 1));
  });
  it("les descriptions disent la convention (jour compris, 30 / 360) et la différence avec AMORLINC et AMORDEGRC", () => {
    const [lin, deg] = FONCTIONS_IMMOBILISATIONS;
    expect(lin.description).toMatch(/jour compris, mois de 30 jours, année de 360 jours/);
    expect(lin.aide).toMatch(/AMORLINC/);
    expect(deg.aide).toMatch(/AMORDEGRC .*1,5 ; 2 ; 2,5/);
  });
});

describe("AMORT.LINEAIRE et AMORT.DEGRESSIF — comptabilite.md § 9.2 et § 9.3", () => {
  it("tout le plan linéaire par rang, 0 après la fin ; la clôture se donne en texte ou en date", () => {
    expect([1, 2, 3, 4, 5, 6].map((r) => valeur(`=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;${r})`))).toEqual([985.83, 2100, 2100, 2100, 1114.17, 0]);
    expect(valeur('=AGORA.AMORT.LINEAIRE(8400;DATE(2026;7;12);4;1;DATE(2026;12;31))')).toBe(985.83);
    expect(valeur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1;"30/06")')).toBe(2035.83);
  });
  it("valeur résiduelle et décompte en jours réels", () => {
    expect(valeur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1;;400)')).toBe(938.89);
    expect(valeur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1;;;"réel")')).toBe(995.34);
  });
  it("dégressif, exemples 1 et 2", () => {
    expect([1, 2, 3, 4, 5].map((r) => valeur(`=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";4;${r})`))).toEqual([1312.5, 2362.5, 2362.5, 2362.5, 0]);
    expect([1, 2, 3, 4, 5].map((r) => valeur(`=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";5;${r})`))).toEqual([1470, 2425.5, 1576.58, 1463.96, 1463.96]);
  });
  it("§ 9.5 : les fonctions diffèrent d'AMORDEGRC sur l'exemple 1 (1 479 arrondi à l'euro, coefficient 1,5, prorata en jours)", () => {
    const amordegrc = Math.round(8400 * (0.25 * 1.5) * (169 / 360));
    expect(amordegrc).toBe(1479);
    expect(valeur('=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";4;1)')).not.toBe(amordegrc);
  });
  it("erreurs : durée de 2 ans en dégressif, rang 0, durée de 60 ans, clôture impossible, valeur résiduelle trop forte", () => {
    expect(erreur('=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";2;1)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^duree_annees : le dégressif fiscal est réservé/) });
    expect(erreur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;0)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^rang_exercice : /) });
    expect(erreur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";60;1)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^duree_annees : 60 ans dépasse/) });
    expect(erreur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1;"31/04")')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^cloture : le 31\/04 n'existe pas/) });
    expect(erreur('=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1;;9000)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^valeur_residuelle : /) });
    expect(erreur('=AGORA.AMORT.LINEAIRE(-8400;"12/07/2026";4;1)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^base : /) });
  });
  it("AGORA.EXPLIQUE détaille le prorata : 169 jours, 985,833… → 985,83", () => {
    const lignes = explique('=AGORA.EXPLIQUE("AMORT.LINEAIRE";8400;"12/07/2026";4;1)');
    expect(lignes).toContain(
      "Exercice 1 (12/07/2026 → 31/12/2026), (30 − 12 + 1) + 5 × 30 = 169 jours : annuité = 2\u202f100,00 × 169 / 360 = 985,833333… → 985,83 ; cumul 985,83 ; VNC 7\u202f414,17",
    );
    expect(lignes.at(-2)).toBe("Annuité de l'exercice 1 : 985,83");
    expect(lignes.at(-1)).toBe("Résultat : 985,83\u00a0€");
  });
});

describe("COEF.DEGRESSIF — CGI art. 39 A", () => {
  it("1,25 / 1,75 / 2,25 en 2026 ; 2,75 pour un bien de plus de 6 ans acquis en 2009 ; #NOMBRE! sous 3 ans", () => {
    expect([3, 4, 5, 6, 7].map((n) => valeur(`=AGORA.COEF.DEGRESSIF(${n};"12/07/2026")`))).toEqual([1.25, 1.25, 1.75, 1.75, 2.25]);
    expect(valeur('=AGORA.COEF.DEGRESSIF(8;"15/06/2009")')).toBe(2.75);
    expect(valeur("=AGORA.COEF.DEGRESSIF(5)")).toBe(1.75);
    expect(erreur("=AGORA.COEF.DEGRESSIF(2)")).toMatchObject({ erreur: "#NOMBRE!" });
  });
});

describe("PLAN.AMORT, VNC, CESSION", () => {
  it("plan linéaire à clôture au 30/06 : 5 exercices et un en-tête", () => {
    const t = valeur('=AGORA.PLAN.AMORT(8400;"12/07/2026";4;"linéaire";"30/06")') as unknown[][];
    expect(t[0]).toEqual(["Exercice", "Début", "Fin", "Base", "Annuité", "Cumul", "VNC"]);
    expect(t.slice(1).map((l) => l[4])).toEqual([2035.83, 2100, 2100, 2100, 64.17]);
  });
  it("mode inconnu : #VALEUR! listant les modes ; dégressif avec valeur résiduelle refusé", () => {
    expect(erreur('=AGORA.PLAN.AMORT(8400;"12/07/2026";4;"accéléré")')).toMatchObject({
      erreur: "#VALEUR!",
      message: "mode : « accéléré » n'est pas un mode d'amortissement. Modes acceptés : « linéaire » (mois de 30 jours, par défaut), « linéaire jours réels » ou « dégressif ».",
    });
    expect(erreur('=AGORA.PLAN.AMORT(8400;"12/07/2026";4;"dégressif";;100)')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^valeur_residuelle : /) });
  });
  it("VNC à la cession (4 264,17), avant la mise en service (#NOMBRE!), après la fin (valeur résiduelle)", () => {
    expect(valeur('=AGORA.VNC(8400;"12/07/2026";4;"30/06/2028")')).toBe(4264.17);
    expect(valeur('=AGORA.VNC(8400;"12/07/2026";4;"01/01/2035";"linéaire";;400)')).toBe(400);
    expect(erreur('=AGORA.VNC(8400;"12/07/2026";4;"01/07/2026")')).toMatchObject({
      erreur: "#NOMBRE!",
      message: "date : le 01/07/2026 précède la mise en service (12/07/2026) ; le bien n'est pas encore amorti.",
    });
  });
  it("CESSION : moins-value négative ; EXPLIQUE donne les écritures du PCG 2025", () => {
    const t = valeur('=AGORA.CESSION(8400;"12/07/2026";4;"30/06/2028";4000)') as unknown[][];
    expect(t.at(-1)).toEqual(["Plus-value ou moins-value (757 − 657)", -264.17]);
    const lignes = explique('=AGORA.EXPLIQUE("CESSION";8400;"12/07/2026";4;"30/06/2028";4500)');
    expect(lignes).toContain("3. Prix de cession : D 462 / C 757 4\u202f500,00 (HT ; la TVA éventuelle va au 44571)");
    expect(lignes).toContain("Plus-value = 757 − 657 = 4\u202f500,00 − 4\u202f264,17 = 235,83");
  });
});
