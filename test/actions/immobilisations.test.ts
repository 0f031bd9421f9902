/** Module « Immobilisations » : plans d'amortissement et dotations à partir d'un registre, contre comptabilite.md § 9 et pedagogie.md § 6. */
import fc from "fast-check";
import { appliquerPreparation } from "../../src/actions/commun/preparation";
import { preparerAmortissements } from "../../src/actions/immobilisations";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule } from "../../src/classeur/port";
import { appliquer, jour, lignesTable, pret, refus, serie } from "./immobilisations-outils";

const ENTETE = ["Désignation", "Compte", "Date de mise en service", "Valeur d'origine HT", "Durée (ans)", "Mode", "Valeur résiduelle"];
const MACHINE: Cellule[] = ["Machine", "2154", serie("12/07/2026"), 8400, 4, null, null];

const registre = (lignes: Cellule[][], entete: Cellule[] = ENTETE) => new ClasseurMemoire({ feuilles: { Registre: [entete, ...lignes] } });
const SOURCE = { genre: "feuille", feuille: "Registre" } as const;

describe("plans d'amortissement (comptabilite.md § 9.2 et § 9.3)", () => {
  it("§ 9.2 : 8 400 € mis en service le 12/07/2026, 4 ans, linéaire : 985,83 ; 2 100 × 3 ; 1 114,17 (191 jours)", async () => {
    const c = registre([MACHINE]);
    const p = await appliquer(c, preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2026") }));
    expect(p.remplacees).toEqual([]);
    expect(await lignesTable(c, "PlanAmort1")).toEqual([
      [2026, serie("12/07/2026"), serie("31/12/2026"), 8400, 985.83, 985.83, 7414.17],
      [2027, serie("01/01/2027"), serie("31/12/2027"), 8400, 2100, 3085.83, 5314.17],
      [2028, serie("01/01/2028"), serie("31/12/2028"), 8400, 2100, 5185.83, 3214.17],
      [2029, serie("01/01/2029"), serie("31/12/2029"), 8400, 2100, 7285.83, 1114.17],
      [2030, serie("01/01/2030"), serie("11/07/2030"), 8400, 1114.17, 8400, 0],
    ]);
    // Formats : dates et euros ; l'exercice choisi en jaune.
    // Titre (A1:A3), récapitulatif (A5:J7, total en ligne 9), puis le plan du bien : titre en A11, tableau en A13.
    expect(c.cellule("Plans d'amortissement", "A11")?.valeur).toBe("1. Machine");
    expect(c.cellule("Plans d'amortissement", "B14")?.format).toBe("dd/mm/yyyy");
    expect(c.cellule("Plans d'amortissement", "E14")?.format).toBe('#,##0.00 "€"');
    expect(c.misesEnForme.map((m) => [m.adresse, m.formule])).toEqual([["A14:G18", "=$A14=2026"]]);
    expect(c.feuilleActive).toBe("Plans d'amortissement");
  });

  it("§ 6 : la dotation 2026 est D 6811 985,83 / C 2815… 985,83, datée de la clôture, dans les colonnes du Journal", async () => {
    const c = registre([MACHINE]);
    const p = await appliquer(c, preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2026") }));
    expect(p.resume).toEqual([
      "Feuille « Plans d'amortissement » : 1 plan (5 exercices en tout) et un récapitulatif au 31/12/2026.",
      "Feuille « Dotations 2026 » : 1 écriture de dotation (2 lignes), total 985,83 €.",
    ]);
    const t = await c.lireTable("TabDotations2026");
    expect(t?.entetes).toEqual(["Journal", "Date", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"]);
    expect(t?.lignes).toEqual([
      ["OD", serie("31/12/2026"), "DOT2026-001", "6811", "Dotation 2026 – Machine", 985.83, null],
      ["OD", serie("31/12/2026"), "DOT2026-001", "28154", "Dotation 2026 – Machine", null, 985.83],
    ]);
    expect(t?.lignes[1][3]).toMatch(/^2815/);
  });

  it("§ 9.3, exemple 1 : dégressif 4 ans (31,25 %), 1 312,50 puis bascule en linéaire 2 362,50 × 3", async () => {
    const c = registre([["Machine", "2154", serie("12/07/2026"), 8400, 4, "Dégressif", null]]);
    await appliquer(c, preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2027") }));
    const lignes = await lignesTable(c, "PlanAmort1");
    expect(lignes.map((l) => l[1])).toEqual([serie("01/07/2026"), serie("01/01/2027"), serie("01/01/2028"), serie("01/01/2029")]);
    expect(lignes.map((l) => [l[3], l[4], l[6]])).toEqual([
      [8400, 1312.5, 7087.5],
      [7087.5, 2362.5, 4725],
      [4725, 2362.5, 2362.5],
      [2362.5, 2362.5, 0],
    ]);
    expect((await lignesTable(c, "TabDotations2027")).map((l) => l[5] ?? l[6])).toEqual([2362.5, 2362.5]);
  });

  it("§ 9.3, exemple 2 : dégressif 5 ans (35 %) : 1 470,00 ; 2 425,50 ; 1 576,58 ; 1 463,96 ; 1 463,96", async () => {
    const c = registre([["Machine", "2154", serie("12/07/2026"), 8400, 5, "degressif", null]]);
    await appliquer(c, preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2026") }));
    expect((await lignesTable(c, "PlanAmort1")).map((l) => l[4])).toEqual([1470, 2425.5, 1576.58, 1463.96, 1463.96]);
  });

  it("valeur résiduelle (linéaire) : 10 000 − 1 000 sur 3 ans depuis le 01/01/2026 = 3 000 par an, VNC finale 1 000", async () => {
    const c = registre([["Presse", "2154", serie("01/01/2026"), 10000, 3, "linéaire", 1000]]);
    await appliquer(c, preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2026") }));
    expect((await lignesTable(c, "PlanAmort1")).map((l) => [l[3], l[4], l[6]])).toEqual([
      [9000, 3000, 7000],
      [9000, 3000, 4000],
      [9000, 3000, 1000],
    ]);
  });

  it("en-têtes reconnus sans accents ni majuscules, dans un autre ordre, sous un titre ; pas de colonne Compte : plans seuls, avec une alerte", async () => {
    const c = new ClasseurMemoire({
      feuilles: {
        Biens: [
          ["Registre de l'entreprise"],
          [],
          ["DUREE", "valeur d'origine", "DATE DE MISE EN SERVICE", "designation", "mode d'amortissement"],
          [4, "8 400,00 €", "12/07/2026", "Machine", "LINEAIRE"],
        ],
      },
    });
    const p = await appliquer(c, preparerAmortissements(c, { source: { genre: "feuille", feuille: "biens" }, cloture: jour("31/12/2026") }));
    expect((await lignesTable(c, "PlanAmort1"))[0].slice(4, 7)).toEqual([985.83, 985.83, 7414.17]);
    expect(p.resume).toHaveLength(1);
    expect(p.remarques[0].message).toContain("pas de colonne « Compte »");
    expect(await c.nomsFeuilles()).toEqual(["Biens", "Plans d'amortissement"]);
  });

  it("la sélection peut servir de registre", async () => {
    const c = new ClasseurMemoire({ feuilles: { Feuil1: [[], [null, ...ENTETE], [null, ...MACHINE], [null, "autre chose"]] }, selection: "Feuil1!B2:H3" });
    await appliquer(c, preparerAmortissements(c, { source: { genre: "selection" }, cloture: jour("31/12/2026") }));
    expect((await lignesTable(c, "PlanAmort1")).length).toBe(5);
  });
});

describe("classeur d'exemple Grain de Sel & Cie (pedagogie.md § 6, organisation A)", () => {
  // Le tableau de la feuille « Immobilisations » de l'aperçu, et sa ligne de total après une ligne vide.
  const ENTETE_EXEMPLE = ["Bien", "Compte", "Date d'acquisition", "Valeur d'origine HT", "Durée (ans)", "Amort. cumulés au 31/12/2024", "VNC au 01/01/2025"];
  const BIENS: Cellule[][] = [
    ["Agencement du magasin", "2181", serie("01/03/2021"), 24000, 10, 9200, 14800],
    ["Vitrine réfrigérée", "2154", serie("01/07/2022"), 6800, 5, 3400, 3400],
    ["Caisse enregistreuse + terminal de paiement", "2183", serie("01/01/2023"), 2400, 3, 1600, 800],
    ["Véhicule utilitaire", "2182", serie("01/10/2022"), 18000, 5, 8100, 9900],
    ["Logiciel de caisse", "205", serie("01/01/2023"), 1200, 3, 800, 400],
  ];
  const exemple = () => new ClasseurMemoire({ feuilles: { Immobilisations: [ENTETE_EXEMPLE, ...BIENS, [], [null, null, "Total", 52400, null, 23100, 29300]] } });

  it("dotations 2025 = les annuités de la fiche : 2 400, 1 360, 800, 3 600, 400 (total 8 560,00), comptes 28181, 28154, 28183, 28182, 2805", async () => {
    const c = exemple();
    const p = await appliquer(c, preparerAmortissements(c, { source: { genre: "feuille", feuille: "Immobilisations" }, cloture: jour("31/12/2025") }));
    expect(p.resume[1]).toBe("Feuille « Dotations 2025 » : 5 écritures de dotation (10 lignes), total 8\u202f560,00 €.");
    const credits = (await lignesTable(c, "TabDotations2025")).filter((l) => l[6] !== null).map((l) => [l[3], l[6]]);
    expect(credits).toEqual([
      ["28181", 2400],
      ["28154", 1360],
      ["28183", 800],
      ["28182", 3600],
      ["2805", 400],
    ]);
    expect(c.cellule("Dotations 2025", "F15")?.valeur).toBe(8560);
    expect(c.cellule("Dotations 2025", "G15")?.valeur).toBe(8560);
  });

  it("les plans retrouvent les amortissements cumulés au 31/12/2024 de la fiche (9 200, 3 400, 1 600, 8 100, 800)", async () => {
    const c = exemple();
    await appliquer(c, preparerAmortissements(c, { source: { genre: "feuille", feuille: "Immobilisations" }, cloture: jour("31/12/2025") }));
    const cumuls2024 = await Promise.all([1, 2, 3, 4, 5].map(async (i) => (await lignesTable(c, `PlanAmort${i}`)).find((l) => l[0] === 2024)?.[5]));
    expect(cumuls2024).toEqual([9200, 3400, 1600, 8100, 800]);
    // Récapitulatif au 31/12/2025 : VNC = VNC au 01/01/2025 − annuité 2025.
    expect((await lignesTable(c, "TabRecapAmortissements")).map((l) => l[9])).toEqual([12400, 2040, 0, 6300, 0]);
  });

  it("régénérer : la feuille existante est signalée, remplacée seulement après confirmation, à l'identique (idempotent)", async () => {
    const c = exemple();
    const options = { source: { genre: "feuille", feuille: "Immobilisations" }, cloture: jour("31/12/2025") } as const;
    await appliquer(c, preparerAmortissements(c, options));
    const avant = await c.lirePlage("Plans d'amortissement");
    const p = pret(await preparerAmortissements(c, options));
    expect(p.remplacees).toEqual(["Plans d'amortissement", "Dotations 2025"]);
    expect(p.resume[0]).toContain("(remplace l'existante)");
    expect(await appliquerPreparation(c, p)).toEqual({
      ok: false,
      message: "Les feuilles « Plans d'amortissement », « Dotations 2025 » existent déjà : confirmez le remplacement pour continuer. Rien n'a été modifié.",
    });
    expect(await appliquerPreparation(c, p, { confirme: true })).toEqual({ ok: true, message: p.resume.join(" ") });
    expect(await c.lirePlage("Plans d'amortissement")).toEqual(avant);
    expect(c.tables.map((t) => t.nom).filter((n) => n.startsWith("PlanAmort"))).toHaveLength(5);
  });

  it("l'exercice 2032 : tout est amorti, pas d'écriture, la raison est dite", async () => {
    const c = exemple();
    const p = pret(await preparerAmortissements(c, { source: { genre: "feuille", feuille: "Immobilisations" }, cloture: jour("31/12/2032") }));
    expect(p.remarques.map((r) => r.message)).toEqual(["Aucun bien n'est à amortir sur l'exercice clos le 31/12/2032 : pas d'écriture de dotation."]);
  });
});

describe("refus : rien n'est écrit, le message nomme la feuille, la ligne et la colonne", () => {
  const sansEffet = async (c: ClasseurMemoire, message: RegExp | string) => {
    const noms = await c.nomsFeuilles();
    const m = refus(await preparerAmortissements(c, { source: SOURCE, cloture: jour("31/12/2026") }));
    expect(m).toMatch(message);
    expect(await c.nomsFeuilles()).toEqual(noms);
  };

  it("colonne Durée absente : les en-têtes lus sont cités", async () => {
    await sansEffet(
      registre([["Machine", serie("12/07/2026"), 8400]], ["Désignation", "Date de mise en service", "Valeur d'origine"]),
      "Le registre des immobilisations (la feuille « Registre ») : colonne Durée introuvable dans la ligne d'en-tête (ligne 1 ; en-têtes lus : « Désignation », « Date de mise en service », « Valeur d'origine »)",
    );
  });

  it("date impossible, montant illisible, durée décimale : tous les problèmes, chacun à sa place", async () => {
    const m = refus(
      await preparerAmortissements(
        registre([
          ["Machine", "2154", "31/02/2026", 8400, 4, null, null],
          ["Ordinateur", "2183", serie("01/03/2026"), "mille", 3, null, null],
          ["Table", "2184", serie("01/03/2026"), 900, 2.5, null, null],
        ]),
        { source: SOURCE, cloture: jour("31/12/2026") },
      ),
    );
    expect(m).toContain("3 problèmes dans le registre des immobilisations (feuille « Registre »), rien n'a été écrit.");
    expect(m).toContain("Feuille « Registre », ligne 2, colonne C (Date de mise en service) : la date « 31/02/2026 » n'existe pas.");
    expect(m).toContain("Feuille « Registre », ligne 3, colonne D (Valeur d'origine HT) : « mille » n'est pas un nombre");
    expect(m).toContain("Feuille « Registre », ligne 4, colonne E (Durée (ans)) : 2,5 n'est pas un nombre entier.");
  });

  it("dégressif avec valeur résiduelle, dégressif sur 2 ans, compte non amortissable", async () => {
    await sansEffet(registre([["Machine", "2154", serie("12/07/2026"), 8400, 4, "dégressif", 500]]), /ligne 2, colonne G \(Valeur résiduelle\) : le dégressif fiscal amortit la valeur d'origine entière/);
    await sansEffet(registre([["Machine", "2154", serie("12/07/2026"), 8400, 2, "dégressif", null]]), /ligne 2, colonne E \(Durée \(ans\)\) : le dégressif fiscal est réservé aux biens d'une durée normale d'utilisation d'au moins 3 ans/);
    await sansEffet(registre([["Terrain", "2111", serie("12/07/2026"), 8400, 4, null, null]]), /ligne 2, colonne B \(Compte\) : le compte 2111 \(Terrains nus\) ne s'amortit pas/);
    await sansEffet(registre([["Machine", "2154", serie("12/07/2026"), 8400, 4, "accéléré", null]]), /ligne 2, colonne F \(Mode\) : « accéléré » n'est pas un mode d'amortissement/);
  });

  it("feuille absente, feuille vide, registre sans ligne", async () => {
    const c = new ClasseurMemoire({ feuilles: { Vide: [], Entete: [ENTETE] } });
    expect(refus(await preparerAmortissements(c, { source: { genre: "feuille", feuille: "Registre" }, cloture: jour("31/12/2026") }))).toBe(
      "La feuille « Registre » n'existe pas (ou plus) dans le classeur : choisissez une autre feuille.",
    );
    expect(refus(await preparerAmortissements(c, { source: { genre: "feuille", feuille: "Vide" }, cloture: jour("31/12/2026") }))).toBe(
      "La feuille « Vide » est vide : le registre des immobilisations n'y est pas.",
    );
    expect(refus(await preparerAmortissements(c, { source: { genre: "feuille", feuille: "Entete" }, cloture: jour("31/12/2026") }))).toBe(
      "Le registre des immobilisations (la feuille « Entete ») : aucune ligne sous l'en-tête (ligne 1).",
    );
  });
});

describe("propriétés (fast-check) : registres au hasard", () => {
  const centimes = (v: Cellule) => Math.round(((v as number | null) ?? 0) * 100);
  const bien = fc.record({
    centimes: fc.integer({ min: 100, max: 50_000_000 }),
    annee: fc.integer({ min: 2015, max: 2030 }),
    mois: fc.integer({ min: 1, max: 12 }),
    jour: fc.integer({ min: 1, max: 28 }),
    duree: fc.integer({ min: 3, max: 12 }),
    degressif: fc.boolean(),
  });

  it("chaque plan amortit toute la valeur ; récapitulatif : cumul + VNC = valeur d'origine ; dotations = annuités de l'exercice, Σ débits = Σ crédits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bien, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2016, max: 2040 }), async (biens, annee) => {
        const lignes: Cellule[][] = biens.map((b, i) => [
          `Bien ${i + 1}`,
          "2154",
          `${String(b.jour).padStart(2, "0")}/${String(b.mois).padStart(2, "0")}/${b.annee}`,
          b.centimes / 100,
          b.duree,
          b.degressif ? "dégressif" : "linéaire",
          null,
        ]);
        const c = registre(lignes);
        const p = pret(await preparerAmortissements(c, { source: SOURCE, cloture: jour(`31/12/${annee}`) }));
        await c.appliquer(p.plan);
        let dotations = 0;
        for (const [i, b] of biens.entries()) {
          const plan = await lignesTable(c, `PlanAmort${i + 1}`);
          expect(plan.reduce((s, l) => s + centimes(l[4]), 0)).toBe(b.centimes);
          expect(plan.every((l) => centimes(l[5]) + centimes(l[6]) === b.centimes)).toBe(true);
          dotations += centimes(plan.find((l) => l[0] === annee)?.[4] ?? null);
        }
        for (const l of await lignesTable(c, "TabRecapAmortissements")) expect(centimes(l[8]) + centimes(l[9])).toBe(centimes(l[4]));
        if (dotations === 0) {
          expect(p.remarques).toHaveLength(1);
          return;
        }
        const journal = await lignesTable(c, `TabDotations${annee}`);
        expect(journal.reduce((s, l) => s + centimes(l[5]), 0)).toBe(dotations);
        expect(journal.reduce((s, l) => s + centimes(l[6]), 0)).toBe(dotations);
      }),
      { numRuns: 40 },
    );
  });
});
