// Balance générale et auxiliaire (comptabilite.md § 1.6) : l'exemple de la référence, les contrôles, les propriétés.
import fc from "fast-check";
import { calculerBalance, calculerBalanceFlux, CumulBalance, soldeCrediteur, soldeDebiteur, type Balance } from "../../../src/core/compta/balance";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { TraceEnregistree } from "../../../src/core/trace";
import { ECRITURES_TYPES, QUATRE_PREMIERES, ecriture } from "./ecritures-types";

const tableau = (b: Balance) => [
  ...b.comptes.map((c) => [c.compte, c.debit, c.credit, soldeDebiteur(c), soldeCrediteur(c)]),
  ["Total", b.totaux.debit, b.totaux.credit, b.totaux.soldeDebiteur, b.totaux.soldeCrediteur],
];

describe("balance : l'exemple de comptabilite.md § 1.6 (les 4 premières écritures du § 6)", () => {
  it("reproduit le tableau de la référence, au centime (case vide = 0,00)", () => {
    const b = calculerBalance(QUATRE_PREMIERES);
    expect(tableau(b)).toEqual([
      ["401", 120000, 120000, 0, 0],
      ["411", 240000, 240000, 0, 0],
      ["44566", 20000, 0, 20000, 0],
      ["44571", 0, 40000, 0, 40000],
      ["512", 240000, 120000, 120000, 0],
      ["607", 100000, 0, 100000, 0],
      ["707", 0, 200000, 0, 200000],
      ["Total", 720000, 720000, 240000, 240000],
    ]);
    expect(b.equilibree).toBe(true);
  });

  it("donne les intitulés du PCG quand le journal n'en porte pas", () => {
    expect(calculerBalance(QUATRE_PREMIERES).comptes.map((c) => c.libelle)).toEqual([
      "Fournisseurs", "Clients", "TVA sur autres biens et services", "TVA collectée", "Banques", "Achats de marchandises", "Ventes de marchandises",
    ]);
  });

  it("garde l'intitulé du journal quand il y en a un", () => {
    const lignes = QUATRE_PREMIERES.map((l) => (l.compte === "512" ? { ...l, compteLibelle: "Banque Populaire" } : l));
    expect(calculerBalance(lignes).comptes.find((c) => c.compte === "512")?.libelle).toBe("Banque Populaire");
  });

  it("par niveau 3 : 44566 et 44571 se regroupent en 445 (D 200,00, C 400,00, SC 200,00)", () => {
    expect(tableau(calculerBalance(QUATRE_PREMIERES, { niveau: 3 }))).toEqual([
      ["401", 120000, 120000, 0, 0],
      ["411", 240000, 240000, 0, 0],
      ["445", 20000, 40000, 0, 20000],
      ["512", 240000, 120000, 120000, 0],
      ["607", 100000, 0, 100000, 0],
      ["707", 0, 200000, 0, 200000],
      ["Total", 720000, 720000, 220000, 220000],
    ]);
    expect(calculerBalance(QUATRE_PREMIERES, { niveau: 3 }).comptes[2].libelle).toBe("État - Taxes sur le chiffre d'affaires");
    expect(calculerBalance(QUATRE_PREMIERES, { niveau: 1 }).comptes.map((c) => [c.compte, c.libelle])).toEqual([
      ["4", "Comptes de tiers"], ["5", "Comptes financiers"], ["6", "Comptes de charges"], ["7", "Comptes de produits"],
    ]);
  });

  it("filtre par période, bornes comprises (--du, --au)", () => {
    // Jusqu'au 05/03 : achat et vente seulement.
    const b = calculerBalance(QUATRE_PREMIERES, { au: { annee: 2026, mois: 3, jour: 5 } });
    expect(b.comptes.map((c) => c.compte)).toEqual(["401", "411", "44566", "44571", "607", "707"]);
    expect(b.totaux.debit).toBe(360000);
    const c = calculerBalance(QUATRE_PREMIERES, { du: { annee: 2026, mois: 3, jour: 20 }, au: { annee: 2026, mois: 3, jour: 20 } });
    expect(tableau(c)).toEqual([["411", 0, 240000, 0, 240000], ["512", 240000, 0, 240000, 0], ["Total", 240000, 240000, 240000, 240000]]);
    expect(() => calculerBalance(QUATRE_PREMIERES, { du: { annee: 2026, mois: 4, jour: 1 }, au: { annee: 2026, mois: 3, jour: 1 } })).toThrow(
      "La période est vide : du 01/04/2026 au 01/03/2026",
    );
  });

  it("balance auxiliaire (§ 1.4) : un solde par tiers ; solde du collectif = Σ soldes des auxiliaires", () => {
    const cumul = new CumulBalance();
    for (const l of ECRITURES_TYPES) cumul.ajouter(l);
    const aux = cumul.auxiliaire();
    // C0042 : 2 400,00 D (vente) − 2 400,00 (règlement) − 120,00 (avoir) ; F0012 : 60 + 1 200 D, 1 200 + 1 176 C.
    expect(aux.comptes.map((c) => [c.compte, c.tiers, c.debit, c.credit])).toEqual([
      ["401", "F0012", 126000, 237600],
      ["411", "C0042", 240000, 252000],
    ]);
    const generale = cumul.generale();
    for (const a of aux.comptes) {
      const g = generale.comptes.find((c) => c.compte === a.compte)!;
      expect(g.debit - g.credit).toBe(a.debit - a.credit);
    }
  });

  it("signale une balance déséquilibrée dans la trace", () => {
    const trace = new TraceEnregistree();
    const b = calculerBalance([...QUATRE_PREMIERES, ...ecriture("OD", "99", "2026-03-31", "x", [["607", 0.01, 0]])], {}, trace);
    expect(b.equilibree).toBe(false);
    expect(trace.lignes()).toContain("Attention : Balance déséquilibrée : écart de 0,01 entre débits et crédits (une écriture est déséquilibrée).");
  });

  it("lit un flux asynchrone comme un tableau", async () => {
    async function* flux() {
      yield* ECRITURES_TYPES;
    }
    expect(await calculerBalanceFlux(flux())).toEqual(calculerBalance(ECRITURES_TYPES));
  });
});

describe("propriétés de la balance (journaux équilibrés tirés au hasard)", () => {
  const COMPTES = ["401000", "401DUPONT", "411000", "44566", "44571", "512000", "607", "6064000", "707000", "765", "2154"];
  interface Tiree {
    jour: number;
    mouvements: { compte: string; montant: number }[];
    contrepartie: string;
    sens: boolean;
  }
  const ecritures: fc.Arbitrary<Tiree[]> = fc.array(
    fc.record({
      jour: fc.integer({ min: 1, max: 28 }),
      mouvements: fc.array(fc.record({ compte: fc.constantFrom(...COMPTES), montant: fc.integer({ min: 1, max: 2 ** 40 }) }), { minLength: 1, maxLength: 5 }),
      contrepartie: fc.constantFrom(...COMPTES),
      sens: fc.boolean(),
    }),
    { maxLength: 40 },
  );
  /** Chaque écriture : ses mouvements d'un côté (centimes), la contrepartie du total de l'autre. */
  const journal = (tirees: Tiree[]): LigneEcriture[] =>
    tirees.flatMap((e, n) => {
      const total = e.mouvements.reduce((s, m) => s + m.montant, 0);
      const base = { journal: "OD", numero: String(n + 1), date: { annee: 2026, mois: 3, jour: e.jour }, piece: "", libelle: "x" };
      const ligne = (compte: string, montant: number, auDebit: boolean): LigneEcriture => ({ ...base, compte, debit: auDebit ? montant : 0, credit: auDebit ? 0 : montant });
      return [...e.mouvements.map((m) => ligne(m.compte, m.montant, e.sens)), ligne(e.contrepartie, total, !e.sens)];
    });

  it("Σ D = Σ C et Σ SD = Σ SC ; chaque compte égale un cumul indépendant en BigInt", () => {
    fc.assert(
      fc.property(ecritures, (tirees) => {
        const lignes = journal(tirees);
        const b = calculerBalance(lignes);
        expect(b.totaux.debit).toBe(b.totaux.credit);
        expect(b.totaux.soldeDebiteur).toBe(b.totaux.soldeCrediteur);
        const oracle = new Map<string, [bigint, bigint]>();
        for (const l of lignes) {
          const [d, c] = oracle.get(l.compte) ?? [0n, 0n];
          oracle.set(l.compte, [d + BigInt(l.debit), c + BigInt(l.credit)]);
        }
        expect(b.comptes.map((c) => [c.compte, BigInt(c.debit), BigInt(c.credit)])).toEqual([...oracle.entries()].sort(([a], [z]) => (a < z ? -1 : 1)).map(([k, [d, c]]) => [k, d, c]));
      }),
    );
  });

  it("la balance par niveau est la somme des comptes de même préfixe ; la période égale le filtre des lignes", () => {
    fc.assert(
      fc.property(ecritures, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 28 }), (tirees, niveau, jour) => {
        const lignes = journal(tirees);
        const detail = calculerBalance(lignes);
        const parNiveau = calculerBalance(lignes, { niveau });
        for (const n of parNiveau.comptes) {
          const membres = detail.comptes.filter((c) => (c.compte.length > niveau ? c.compte.slice(0, niveau) : c.compte) === n.compte);
          expect(n.debit).toBe(membres.reduce((s, c) => s + c.debit, 0));
          expect(n.credit).toBe(membres.reduce((s, c) => s + c.credit, 0));
        }
        const au = { annee: 2026, mois: 3, jour };
        expect(calculerBalance(lignes, { au })).toEqual(calculerBalance(lignes.filter((l) => l.date.jour <= jour)));
      }),
    );
  });
});
