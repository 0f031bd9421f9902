/** Module « Immobilisations » : cession d'un bien du registre, contre comptabilite.md § 6 (cession PCG 2025) et § 9.4. */
import { Dec } from "../../src/core/argent";
import { compteAmortissement, listerBiens, preparerCession } from "../../src/actions/immobilisations";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule } from "../../src/classeur/port";
import { appliquer, jour, lignesTable, refus, serie } from "./immobilisations-outils";

const ENTETE = ["Désignation", "Compte", "Date de mise en service", "Valeur d'origine HT", "Durée (ans)"];
const BIENS: Cellule[][] = [
  ["Ordinateur", "2183", serie("01/01/2026"), 1500, 3],
  ["Matériel de 8 400 €", "2154", serie("12/07/2026"), 8400, 4],
];
const classeur = () => new ClasseurMemoire({ feuilles: { Registre: [ENTETE, ...BIENS] } });
const demande = (rang: number, date: string, prix: number, tva = 0.2) => ({
  source: { genre: "feuille", feuille: "Registre" } as const,
  cloture: jour("31/12/2026"),
  rang,
  date: jour(date),
  prix: new Dec(prix),
  tauxTva: new Dec(tva),
});

describe("cession (comptabilite.md § 6 et § 9.4)", () => {
  it("§ 6 : matériel de 8 400 € vendu 4 500 € HT le 30/06/2028 : dotation 1 050,00 ; cumul 4 135,83 ; VNC 4 264,17 ; plus-value 235,83", async () => {
    const c = classeur();
    const p = await appliquer(c, preparerCession(c, demande(2, "30/06/2028", 4500)));
    const nom = "Cession Matériel de 8 400 €";
    expect(p.resume).toEqual([`Feuille « ${nom} » : 8 lignes d'écriture, plus-value de 235,83 €.`]);
    const g = await c.lirePlage(nom, "A4:F11");
    expect(g.valeurs.map((l) => [l[0], l[5]])).toEqual([
      ["Valeur d'origine", 8400],
      ["Amortissements des exercices antérieurs", 3085.83],
      ["Dotation complémentaire (du 01/01/2028 au 30/06/2028)", 1050],
      ["Amortissements cumulés à la cession", 4135.83],
      ["VNC des éléments cédés (657)", 4264.17],
      ["Prix de cession HT (757)", 4500],
      ["TVA collectée sur le prix (20\u202f%)", 900],
      ["Plus-value (757 − 657)", 235.83],
    ]);
    const ecritures = (await lignesTable(c, "TabCession2")).map((l) => [l[3], l[5], l[6]]);
    expect(ecritures).toEqual([
      ["6811", 1050, null],
      ["28154", null, 1050],
      ["28154", 4135.83, null],
      ["657", 4264.17, null],
      ["2154", null, 8400],
      ["462", 5400, null],
      ["757", null, 4500],
      ["44571", null, 900],
    ]);
    const lignes = await lignesTable(c, "TabCession2");
    expect(new Set(lignes.map((l) => l[2]))).toEqual(new Set(["CES2028-002"]));
    expect(new Set(lignes.map((l) => l[1]))).toEqual(new Set([serie("30/06/2028")]));
  });

  it("chaque écriture est équilibrée : dotation, sortie de l'actif, prix (Σ débits = Σ crédits)", async () => {
    const c = classeur();
    await appliquer(c, preparerCession(c, demande(2, "30/06/2028", 4500)));
    const lignes = await lignesTable(c, "TabCession2");
    const centimes = (v: Cellule) => Math.round(((v as number | null) ?? 0) * 100);
    for (const libelle of new Set(lignes.map((l) => String(l[4])))) {
      const e = lignes.filter((l) => l[4] === libelle);
      expect(e.reduce((s, l) => s + centimes(l[5]), 0)).toBe(e.reduce((s, l) => s + centimes(l[6]), 0));
    }
  });

  it("moins-value sans TVA : l'ordinateur (1 500 €, 3 ans) cédé 300 € le 31/03/2027 ; 1 500 − (500 + 125) = 875 ; moins-value 575", async () => {
    const c = classeur();
    const p = await appliquer(c, preparerCession(c, demande(1, "31/03/2027", 300, 0)));
    expect(p.resume[0]).toBe("Feuille « Cession Ordinateur » : 7 lignes d'écriture, moins-value de 575,00 €.");
    expect((await lignesTable(c, "TabCession1")).map((l) => [l[3], l[5] ?? -(l[6] as number)])).toEqual([
      ["6811", 125],
      ["28183", -125],
      ["28183", 625],
      ["657", 875],
      ["2183", -1500],
      ["462", 300],
      ["757", -300],
    ]);
  });

  it("refus : date avant la mise en service, bien inconnu, registre sans compte", async () => {
    const c = classeur();
    expect(refus(await preparerCession(c, demande(2, "01/07/2026", 4500)))).toBe(
      "Date de cession : le 01/07/2026 précède la mise en service de « Matériel de 8 400 € » (12/07/2026).",
    );
    expect(refus(await preparerCession(c, demande(7, "01/07/2027", 4500)))).toBe("Bien cédé : le registre compte 2 biens, le bien n° 7 n'existe pas.");
    const sansCompte = new ClasseurMemoire({ feuilles: { Registre: [["Bien", "Date", "Valeur", "Durée"], ["Four", serie("01/01/2026"), 1000, 5]] } });
    expect(refus(await preparerCession(sansCompte, demande(1, "01/07/2027", 100)))).toContain("pas de colonne « Compte »");
    expect(await c.nomsFeuilles()).toEqual(["Registre"]);
  });

  it("la liste des biens pour le formulaire", async () => {
    expect(await listerBiens(classeur(), { genre: "feuille", feuille: "Registre" }, jour("31/12/2026"))).toEqual({
      etat: "ok",
      feuille: "Registre",
      biens: [
        { rang: 1, designation: "Ordinateur" },
        { rang: 2, designation: "Matériel de 8 400 €" },
      ],
    });
  });
});

describe("compte d'amortissement (PCG : 28 + compte sans son premier chiffre)", () => {
  it.each([
    ["2154", "28154"],
    ["2183", "28183"],
    ["205", "2805"],
    ["218100", "281810"],
    ["205000", "280500"],
    ["2154012", "28154012"],
  ])("%s → %s", (compte, attendu) => expect(compteAmortissement(compte)).toBe(attendu));
});
