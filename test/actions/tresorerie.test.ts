/** Module « Trésorerie » : budget de trésorerie à partir de prévisions mensuelles, contre comptabilite.md § 8 (T1 2026). */
import { Dec } from "../../src/core/argent";
import { preparerBudget } from "../../src/actions/tresorerie";
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { planExemple, PREMIERE_FEUILLE } from "../../preview/donnees/exemple";
import type { Cellule } from "../../src/classeur/port";
import { appliquer, lignesTable, pret, refus, serie } from "./immobilisations-outils";

const ENTETE = ["Nature", "Libellé", "Janvier 2026", "Février 2026", "Mars 2026"];
/** Les encaissements et décaissements du § 8, ligne par ligne. */
const PREVISIONS_8: Cellule[][] = [
  ["Encaissement", "Créances au 31/12", 14400, 7200, null],
  ["Encaissement", "Ventes de janvier", 7200, 12000, 4800],
  ["Encaissement", "Ventes de février", null, 8640, 14400],
  ["Encaissement", "Ventes de mars", null, null, 10800],
  ["Décaissement", "Fournisseurs", 13200, 14400, 18000],
  ["Décaissement", "Salaires", 5000, 5000, 5000],
  ["Décaissement", "Charges sociales", 2000, 2000, 2000],
  ["Décaissement", "Loyer TTC", 1800, 1800, 1800],
  ["Décaissement", "TVA à décaisser", 2400, 1300, 1500],
  ["Décaissement", "Investissement TTC", null, null, 7200],
];
const classeur = (lignes = PREVISIONS_8, entete: Cellule[] = ENTETE) => new ClasseurMemoire({ feuilles: { Prévisions: [entete, ...lignes] } });
const SOURCE = { genre: "feuille", feuille: "Prévisions" } as const;

describe("budget de trésorerie (comptabilite.md § 8)", () => {
  it("§ 8 : encaissements 21 600 / 27 840 / 30 000 ; décaissements 24 400 / 24 500 / 35 500 ; trésorerie 200 / 3 540 / −1 960", async () => {
    const c = classeur();
    const p = await appliquer(c, preparerBudget(c, { source: SOURCE, initiale: new Dec(3000) }));
    const lignes = await lignesTable(c, "TabBudgetTresorerie");
    const ligne = (libelle: string) => lignes.find((l) => l[0] === libelle)?.slice(1);
    expect(ligne("Trésorerie au début du mois")).toEqual([3000, 200, 3540]);
    expect(ligne("Total des encaissements")).toEqual([21600, 27840, 30000]);
    expect(ligne("Total des décaissements")).toEqual([24400, 24500, 35500]);
    expect(ligne("Solde du mois")).toEqual([-2800, 3340, -5500]);
    expect(ligne("Trésorerie à la fin du mois (solde cumulé)")).toEqual([200, 3540, -1960]);
    expect(lignes.map((l) => l[0])).toEqual([
      "Trésorerie au début du mois",
      "Encaissements",
      "Créances au 31/12",
      "Ventes de janvier",
      "Ventes de février",
      "Ventes de mars",
      "Total des encaissements",
      "Décaissements",
      "Fournisseurs",
      "Salaires",
      "Charges sociales",
      "Loyer TTC",
      "TVA à décaisser",
      "Investissement TTC",
      "Total des décaissements",
      "Solde du mois",
      "Trésorerie à la fin du mois (solde cumulé)",
    ]);
    expect(p.resume).toEqual([
      "Feuille « Budget de trésorerie » : 3 mois, 4 lignes d'encaissement et 6 lignes de décaissement, trésorerie finale −1\u202f960,00 €.",
    ]);
    // Mars finit en négatif : avertissement, ligne rouge, phrase dans la feuille.
    expect(p.remarques.map((r) => r.message)).toEqual([
      "Trésorerie négative à la fin de mars 2026 (−1\u202f960,00 €) : besoin de financement à prévoir (découvert autorisé, emprunt, apport, ou négociation des délais de paiement des clients et des fournisseurs).",
    ]);
    expect(c.misesEnForme).toEqual([
      { type: "mise-en-forme", feuille: "Budget de trésorerie", adresse: "B21:D21", formule: "=B21<0", remplissage: "#FDE7E9", police: "#A4262C" },
    ]);
    expect(c.cellule("Budget de trésorerie", "A23")?.valeur).toMatch(/^Attention : Trésorerie négative à la fin de mars 2026/);
  });

  it("le résumé mois par mois et son graphique en colonnes (encaissements, décaissements, trésorerie de fin de mois)", async () => {
    const c = classeur();
    await appliquer(c, preparerBudget(c, { source: SOURCE, initiale: new Dec(3000) }));
    expect((await c.lirePlage("Budget de trésorerie", "A26:D29")).valeurs).toEqual([
      ["Mois", "Encaissements", "Décaissements", "Solde cumulé"],
      ["Janvier 2026", 21600, 24400, 200],
      ["Février 2026", 27840, 24500, 3540],
      ["Mars 2026", 30000, 35500, -1960],
    ]);
    expect(c.graphiques.map((g) => [g.source, g.genre, g.position])).toEqual([["'Budget de trésorerie'!$A$26:$D$29", "colonnes", "A31"]]);
    expect(c.cellule("Budget de trésorerie", "B21")?.format).toBe('#,##0.00 "€"');
  });

  it("trésorerie initiale lue dans le tableau ; mois en dates ; natures abrégées ; aucun mois négatif, aucune alerte", async () => {
    const c = classeur(
      [
        ["Trésorerie initiale", "Banque et caisse", 1000, null],
        ["E", "Ventes", 500.5, 600],
        ["D", "Achats", 300.25, 200],
      ],
      ["NATURE", "libellé", serie("01/01/2026"), serie("01/02/2026")],
    );
    const p = await appliquer(c, preparerBudget(c, { source: SOURCE }));
    expect(p.remarques).toEqual([]);
    const t = await c.lireTable("TabBudgetTresorerie");
    expect(t?.entetes).toEqual(["Trésorerie", "Janvier 2026", "Février 2026"]);
    // 1 000 + 500,50 − 300,25 = 1 200,25 ; + 600 − 200 = 1 600,25.
    expect(t?.lignes.at(-1)).toEqual(["Trésorerie à la fin du mois (solde cumulé)", 1200.25, 1600.25]);
    // La trésorerie donnée dans le volet l'emporte sur la ligne du tableau.
    expect(pret(await preparerBudget(c, { source: SOURCE, initiale: new Dec(0) })).resume[0]).toContain("trésorerie finale 600,25 €");
  });
});

describe("refus : rien n'est écrit, le message nomme la feuille, la ligne et la colonne", () => {
  it("montant négatif ou illisible, nature inconnue", async () => {
    const c = classeur([
      ["Encaissement", "Ventes", 100, -5, null],
      ["Décaissement", "Loyer", "beaucoup", null, null],
      ["Investissement", "Machine", 100, null, null],
    ]);
    const m = refus(await preparerBudget(c, { source: SOURCE, initiale: new Dec(0) }));
    expect(m).toContain("3 problèmes dans le tableau des prévisions de trésorerie (feuille « Prévisions »), rien n'a été écrit.");
    expect(m).toContain("Feuille « Prévisions », ligne 2, colonne D (Février 2026) : le montant -5 est négatif");
    expect(m).toContain("Feuille « Prévisions », ligne 3, colonne C (Janvier 2026) : « beaucoup » n'est pas un nombre");
    expect(m).toContain("Feuille « Prévisions », ligne 4, colonne A (Nature) : « Investissement » n'est pas une nature ; écrivez « Encaissement » ou « Décaissement »");
    expect(await c.nomsFeuilles()).toEqual(["Prévisions"]);
  });

  it("pas de trésorerie de départ ; pas de colonne de mois ; mois en double ; colonne Nature absente", async () => {
    expect(refus(await preparerBudget(classeur(), { source: SOURCE }))).toBe(
      "Indiquez la trésorerie au début de janvier 2026 (banque + caisse), dans le volet ou sur une ligne « Trésorerie initiale » du tableau (feuille « Prévisions »).",
    );
    expect(refus(await preparerBudget(classeur([["E", "Ventes"]], ["Nature", "Libellé"]), { source: SOURCE, initiale: new Dec(0) }))).toBe(
      "Le tableau des prévisions de trésorerie (feuille « Prévisions », ligne 1) : aucune colonne de mois après Nature et Libellé (exemple : « Janvier 2025 »).",
    );
    expect(refus(await preparerBudget(classeur([["E", "Ventes", 1, 2]], ["Nature", "Libellé", "Mars", "MARS"]), { source: SOURCE, initiale: new Dec(0) }))).toBe(
      "Le tableau des prévisions de trésorerie (feuille « Prévisions », ligne 1) : le mois « MARS » apparaît deux fois (colonnes C et D).",
    );
    expect(refus(await preparerBudget(classeur(PREVISIONS_8, ["Type de flux", "Libellé", "Janvier"]), { source: SOURCE, initiale: new Dec(0) }))).toMatch(
      /colonne Nature introuvable dans la ligne d'en-tête/,
    );
  });
});

describe("classeur d'exemple Grain de Sel & Cie : prévisions du premier trimestre 2025 (calculs à la main)", () => {
  it("trésorerie initiale 10 012,40 (banque + caisse, pedagogie.md § 6) ; fin de mois 9 223,40 ; 6 946,86 ; −673,14 en mars", async () => {
    const c = new ClasseurApercu(PREMIERE_FEUILLE);
    await c.appliquer(planExemple());
    const p = pret(await preparerBudget(c, { source: { genre: "feuille", feuille: "Prévisions de trésorerie" } }));
    await c.appliquer(p.plan);
    // Janvier : 864 + 21 500 = 22 364 encaissés ; 1 320 + 6 400 + 7 960 + 2 940 + 1 863 + 1 800 + 420 + 450 = 23 153 décaissés.
    // Février : 1 632 + 19 800 + 4 041,46 = 25 473,46 ; 2 880 + 9 800 + 7 960 + 2 940 + 1 540 + 1 800 + 380 + 450 = 27 750.
    // Mars : 23 400 + 3 200 = 26 600 ; 10 900 + 7 960 + 2 940 + 1 420 + 1 800 + 350 + 450 + 8 400 = 34 220.
    const lignes = await lignesTable(c, "TabBudgetTresorerie");
    const ligne = (libelle: string) => lignes.find((l) => l[0] === libelle)?.slice(1);
    expect(ligne("Total des encaissements")).toEqual([22364, 25473.46, 26600]);
    expect(ligne("Total des décaissements")).toEqual([23153, 27750, 34220]);
    expect(ligne("Trésorerie à la fin du mois (solde cumulé)")).toEqual([9223.4, 6946.86, -673.14]);
    expect(p.remarques[0].message).toMatch(/^Trésorerie négative à la fin de mars 2025 \(−673,14 €\)/);
  });
});
