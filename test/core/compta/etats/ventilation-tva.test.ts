// Ventilation des ventes par taux pour la CA3 (comptabilite.md § 4.4, TVA par taux § 4.5) : exemples calculés à la main
// depuis les feuilles Ventes et Facture de l'exemple (preview/donnees/grain-de-sel.ts), et propriétés (fast-check)
// contre un oracle indépendant (énumération en décimaux de toutes les répartitions des taux).
import Decimal from "decimal.js";
import fc from "fast-check";
import type { Ca3 } from "../../../../src/core/compta/etats/ca3";
import { declarationCa3 } from "../../../../src/core/compta/etats/ca3";
import type { SoldeCompte } from "../../../../src/core/compta/etats/rubriques";
import { ventilerVentes } from "../../../../src/core/compta/etats/ventilation-tva";
import { TraceEnregistree } from "../../../../src/core/trace";

type L = { journal: string; numero: string; piece: string; compte: string; debit: number; credit: number };
const C = (piece: string, compte: string, c: number): L => ({ journal: "VTE", numero: piece, piece, compte, debit: 0, credit: c });
const D = (piece: string, compte: string, c: number): L => ({ journal: "VTE", numero: piece, piece, compte, debit: c, credit: 0 });
/** La balance des lignes, pour declarationCa3. */
function balance(lignes: L[]): SoldeCompte[] {
  const m = new Map<string, SoldeCompte>();
  for (const l of lignes) {
    const s = m.get(l.compte) ?? { compte: l.compte, debit: 0, credit: 0 };
    m.set(l.compte, { compte: l.compte, debit: s.debit + l.debit, credit: s.credit + l.credit });
  }
  return [...m.values()];
}
const lignesCa3 = (d: Ca3) => Object.fromEntries(d.lignes.map((l) => [l.ligne, l.base !== undefined ? [l.base, l.montant] : l.montant]));

// F2025-001 (feuille Ventes) : 24 × 12,50 = 300,00 à 20 % ; 6 × 14,90 + 12 × 5,90 = 160,20 à 5,5 % ;
// TVA 60,00 + 8,811 → 8,81 = 68,81 ; TTC 529,01.
const F001 = [D("F2025-001", "411000", 52_901), C("F2025-001", "707000", 30_000), C("F2025-001", "707000", 16_020), C("F2025-001", "445710", 6_881)];

describe("ventilation des ventes par taux (comptabilite.md § 4.4)", () => {
  it("§ 4.4, exemple de mars 2026 : avec les écritures, A1 30 000 ; 08 30 000 / 6 000 ; TD 1 700 ; liquidation inchangée", () => {
    const ecritures = [D("F1", "411000", 3_600_000), C("F1", "706000", 3_000_000), C("F1", "44571", 600_000), D("A1", "44566", 310_000), D("A1", "44562", 120_000), C("A1", "401000", 430_000)];
    const t = new TraceEnregistree();
    const d = declarationCa3(balance(ecritures), { ecritures }, t);
    expect(lignesCa3(d)).toEqual({ A1: 30000, "08": [30000, 6000], "16": 6000, "19": 1200, "20": 3100, "23": 4300, TD: 1700, "28": 1700, "32": 1700 });
    expect(d.liquidation).toEqual([
      { compte: "44571", debit: 600_000, credit: 0 },
      { compte: "44566", debit: 0, credit: 310_000 },
      { compte: "44562", debit: 0, credit: 120_000 },
      { compte: "44551", debit: 0, credit: 170_000 },
    ]);
    expect(t.etapes.filter((e) => e.genre === "alerte")).toEqual([]);
    expect(t.lignes()).toContain("Base au taux de 20\u202f% (ligne 08) = 30\u202f000,00 € : 30\u202f000,00 € de 1 pièce au taux unique (arrondi(HT × taux) = TVA de la pièce) : F1.");
  });

  it("facture mixte F2025-001 (20 % et 5,5 %) ventilée par répartition des lignes : 08 base 300 / 60, 09 base 160 / 9 (160 × 5,5 % = 8,8 → 9)", () => {
    const v = ventilerVentes(F001);
    expect(v.pieces).toEqual([{ piece: "F2025-001", methode: "combinaison", ht: 46_020, tva: 6_881, bases: { "08": 30_000, "09": 16_020 } }]);
    const t = new TraceEnregistree();
    const d = declarationCa3(balance(F001), { ecritures: F001 }, t);
    expect(lignesCa3(d)).toMatchObject({ A1: 460, "08": [300, 60], "09": [160, 9], "16": 69 });
    expect(d.lignes.find((l) => l.ligne === "16")?.detail).toBe("lignes 08 + 09 = 60 + 9 = 69 €");
    expect(t.lignes()).toContain("Base au taux de 5,5\u202f% (ligne 09) = 160,20 € : 160,20 € de 1 pièce par répartition des lignes de vente (Σ par taux de arrondi(base × taux) = TVA de la pièce) : F2025-001.");
    expect(d.lignes.some((l) => l.ligne === "9B" || l.ligne === "T6")).toBe(false);
  });

  it("ambiguë : 179,00 et 100,00 HT, TVA 37,90 = 179 × 10 % + 100 × 20 % = 179 × 20 % + 100 × 2,1 % → non ventilée, à 20 %, avec l'alerte", () => {
    const ecritures = [D("F9", "411000", 31_690), C("F9", "707000", 17_900), C("F9", "707000", 10_000), C("F9", "445710", 3_790)];
    const v = ventilerVentes(ecritures);
    expect(v.pieces[0]).toMatchObject({ methode: "non ventilee", motif: "plusieurs répartitions des taux possibles" });
    const t = new TraceEnregistree();
    const d = declarationCa3(balance(ecritures), { ecritures }, t);
    expect(lignesCa3(d)).toMatchObject({ A1: 279, "08": [279, 56] });
    expect(t.lignes()).toContain(
      "Attention : ventes non ventilées par taux, comptées au taux normal de 20\u202f% (279,00 € HT) : F9 (plusieurs répartitions des taux possibles) ; à ventiler à la main.",
    );
  });

  it("une vente sans TVA est exonérée (ligne E2, hors A1) ; une pièce dont la TVA (12 %) ne correspond à aucun taux est signalée", () => {
    const ecritures = [D("E1", "411000", 50_000), C("E1", "707000", 50_000), D("X1", "411000", 11_200), C("X1", "706000", 10_000), C("X1", "445710", 1_200)];
    const t = new TraceEnregistree();
    const d = declarationCa3(balance(ecritures), { ecritures }, t);
    expect(lignesCa3(d)).toMatchObject({ A1: 100, E2: 500, "08": [100, 20], "16": 20 });
    expect(t.lignes()).toContain("Attention : ventes non ventilées par taux, comptées au taux normal de 20\u202f% (100,00 € HT) : X1 (aucun taux légal ne retrouve la TVA de la pièce) ; à ventiler à la main.");
  });

  it("avoir (709 au débit, TVA au débit) : base négative au taux retrouvé ; taux unique toléré à un centime par ligne de TVA", () => {
    // 3 lignes à 20 % de 0,33 € taxées ligne par ligne (3 × 0,07 = 0,21 au lieu de 0,20, § 4.5) : 3 lignes de TVA, tolérance 3 centimes.
    const ecritures = [D("AV1", "709700", 4_655), D("AV1", "445710", 931), C("AV1", "411000", 5_586), C("P", "707000", 99), ...[7, 7, 7].map((c) => C("P", "445710", c)), D("P", "411000", 120)];
    const v = ventilerVentes(ecritures);
    expect(v.pieces.map((p) => [p.piece, p.methode, p.bases])).toEqual([["AV1", "taux unique", { "08": -4_655 }], ["P", "taux unique", { "08": 99 }]]);
  });

  it("les ventes de la balance absentes des écritures fournies sont comptées à 20 % et signalées", () => {
    const t = new TraceEnregistree();
    const d = declarationCa3([...balance(F001), { compte: "706000", debit: 0, credit: 100_000 }], { ecritures: F001 }, t);
    expect(lignesCa3(d)).toMatchObject({ A1: 1460, "08": [1300, 260], "09": [160, 9] });
    expect(t.lignes().find((l) => l.startsWith("Attention"))).toContain("ventes hors des lignes d'écriture fournies (1\u202f000,00 €)");
  });
});

// Oracle indépendant : taux en décimaux, TVA par taux arrondie au centime (demi éloigné de zéro), toutes les répartitions.
const TAUX = ["0.2", "0.055", "0.1", "0.021"].map((t) => new Decimal(t));
const LIGNES = ["08", "09", "9B", "T6"] as const;
const tvaParTaux = (bases: Decimal[]) => bases.reduce((s, b, j) => s.plus(b.times(TAUX[j]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)), new Decimal(0));
function solutionsOracle(montants: number[], tva: Decimal): Set<string> {
  const sol = new Set<string>();
  const total = new Decimal(montants.reduce((s, m) => s + m, 0)).div(100);
  TAUX.forEach((t, j) => {
    if (total.times(t).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).minus(tva).abs().lte("0.01")) sol.add(LIGNES.map((_, k) => (k === j ? total.toFixed(2) : "0.00")).join("|"));
  });
  for (let code = 0; code < 4 ** montants.length; code++) {
    const bases = TAUX.map(() => new Decimal(0));
    montants.forEach((m, i) => (bases[Math.floor(code / 4 ** i) % 4] = bases[Math.floor(code / 4 ** i) % 4].plus(new Decimal(m).div(100))));
    if (tvaParTaux(bases).eq(tva)) sol.add(bases.map((b) => b.toFixed(2)).join("|"));
  }
  return sol;
}

describe("ventilation : propriétés (fast-check)", () => {
  const piece = fc.array(fc.record({ montant: fc.integer({ min: 100, max: 2_000_000 }), taux: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 });

  it("une pièce (TVA par taux exacte) est ventilée si et seulement si la répartition est unique, et alors ses bases sont exactes", () => {
    fc.assert(
      fc.property(piece, (ls) => {
        const bases = TAUX.map(() => new Decimal(0));
        for (const l of ls) bases[l.taux] = bases[l.taux].plus(new Decimal(l.montant).div(100));
        const tva = tvaParTaux(bases);
        const ecritures = [...ls.map((l) => C("P", "707000", l.montant)), C("P", "445710", tva.times(100).toNumber())];
        const [p] = ventilerVentes(ecritures).pieces;
        const attendu = bases.map((b) => b.toFixed(2)).join("|");
        const oracle = solutionsOracle(ls.map((l) => l.montant), tva);
        expect(oracle.has(attendu)).toBe(true);
        if (oracle.size === 1) {
          expect(p.methode === "taux unique" || p.methode === "combinaison").toBe(true);
          expect(LIGNES.map((k) => new Decimal(p.bases[k] ?? 0).div(100).toFixed(2)).join("|")).toBe(attendu);
        } else {
          expect(p).toMatchObject({ methode: "non ventilee" });
          expect(p.motif).toMatch(/^plusieurs /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("taux assez différents (20 % et 5,5 %, une ligne par taux, montants distincts ≥ 10 €) : la ventilation retrouve les bases", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 5_000_000 }), fc.integer({ min: 1_000, max: 5_000_000 }), (a, b) => {
        const tva = tvaParTaux([new Decimal(a).div(100), new Decimal(b).div(100), new Decimal(0), new Decimal(0)]);
        fc.pre(solutionsOracle([a, b], tva).size === 1);
        const [p] = ventilerVentes([C("P", "707000", a), C("P", "707000", b), C("P", "445710", tva.times(100).toNumber())]).pieces;
        expect(p.bases).toEqual({ "08": a, "09": b });
      }),
      { numRuns: 150 },
    );
  });
});
