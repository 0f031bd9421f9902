// Propriétés de la facture (comptabilite.md § 4.5 et § 5.1) sur des factures tirées au hasard, et comparaison
// avec un oracle indépendant écrit en centimes entiers (BigInt) : même règle, autre arithmétique.
import type Decimal from "decimal.js";
import fc from "fast-check";
import { Dec, arrondi } from "../../src/core/argent";
import { netCommercial as netCommercialSeul } from "../../src/core/commercial";
import { calculerFacture, lignesReservees, tableauFacture, type ConditionsFacture, type Facture, type LigneFacture } from "../../src/core/facture";

interface LigneTiree {
  quantiteMilli: number;
  prixCentimes: number;
  remisesPb: number[];
  tvaPb: number;
}
interface ConditionsTirees {
  remiseGlobalePb?: number;
  escomptePb?: number;
  portCentimes: number;
  tauxPort?: "prorata" | number;
  acomptePourcent: number;
}

const TAUX_TVA_PB = [2000, 1000, 550, 210, 0];
const pb = (n: number) => new Dec(n).div(10000);

const ligneTiree: fc.Arbitrary<LigneTiree> = fc.record({
  quantiteMilli: fc.oneof(
    fc.integer({ min: 1, max: 100 }).map((q) => q * 1000),
    fc.integer({ min: 1, max: 50_000 }),
  ),
  prixCentimes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
  remisesPb: fc.array(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(500, 1000, 250)), { maxLength: 3 }),
  tvaPb: fc.constantFrom(...TAUX_TVA_PB),
});

const conditionsTirees: fc.Arbitrary<ConditionsTirees> = fc.record(
  {
    remiseGlobalePb: fc.integer({ min: 0, max: 5000 }),
    escomptePb: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(200, 300)),
    portCentimes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
    tauxPort: fc.oneof(fc.constant("prorata" as const), fc.constantFrom(...TAUX_TVA_PB)),
    acomptePourcent: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: ["portCentimes", "acomptePourcent"] },
);

function versLignes(tirees: LigneTiree[]): LigneFacture[] {
  return tirees.map((l, i) => ({
    rang: i + 1,
    quantite: new Dec(l.quantiteMilli).div(1000),
    prixUnitaire: new Dec(l.prixCentimes).div(100),
    tauxRemises: l.remisesPb.map(pb),
    tauxTva: pb(l.tvaPb),
  }));
}

function versConditions(c: ConditionsTirees, acompte?: Decimal): ConditionsFacture {
  return {
    tauxRemiseGlobale: c.remiseGlobalePb === undefined ? undefined : pb(c.remiseGlobalePb),
    tauxEscompte: c.escomptePb === undefined ? undefined : pb(c.escomptePb),
    port: new Dec(c.portCentimes).div(100),
    tauxPort: c.tauxPort === undefined || c.tauxPort === "prorata" ? c.tauxPort : pb(c.tauxPort),
    acompte,
  };
}

/* ---------- L'oracle, en centimes entiers ---------- */

/** n ÷ d arrondi à l'entier, demi-unité vers le haut (n ≥ 0, d > 0). */
const divArrondi = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);
const reduire = (base: bigint, tauxPb: number): bigint => base - divArrondi(base * BigInt(tauxPb), 10000n);

interface TauxOracle {
  tvaPb: number;
  netCommercial: bigint;
  netFinancier: bigint;
  port: bigint;
  base: bigint;
  tva: bigint;
}

function oracle(lignes: LigneTiree[], c: ConditionsTirees): { brut: bigint; parTaux: TauxOracle[]; ht: bigint; tva: bigint; ttc: bigint } {
  let brut = 0n;
  const nets = new Map<number, bigint>();
  for (const l of lignes) {
    const b = divArrondi(BigInt(l.quantiteMilli) * BigInt(l.prixCentimes), 1000n);
    brut += b;
    const net = l.remisesPb.reduce(reduire, b);
    nets.set(l.tvaPb, (nets.get(l.tvaPb) ?? 0n) + net);
  }
  const parTaux: TauxOracle[] = [...nets.entries()].map(([tvaPb, nc]) => {
    const netCommercial = reduire(nc, c.remiseGlobalePb ?? 0);
    const netFinancier = reduire(netCommercial, c.escomptePb ?? 0);
    return { tvaPb, netCommercial, netFinancier, port: 0n, base: 0n, tva: 0n };
  });
  const port = BigInt(c.portCentimes);
  const totalNf = parTaux.reduce((s, t) => s + t.netFinancier, 0n);
  const plusHaut = () => parTaux.reduce((a, t) => (t.tvaPb > a.tvaPb ? t : a));
  if (port > 0n) {
    if (c.tauxPort === "prorata" && totalNf > 0n) {
      parTaux.sort((a, b) => b.tvaPb - a.tvaPb);
      let reparti = 0n;
      for (const t of parTaux) {
        t.port = divArrondi(port * t.netFinancier, totalNf);
        reparti += t.port;
      }
      const plusGrand = parTaux.reduce((a, t) => (t.netFinancier > a.netFinancier ? t : a));
      plusGrand.port += port - reparti;
    } else if (c.tauxPort === undefined || c.tauxPort === "prorata") {
      plusHaut().port = port;
    } else {
      const tvaPb = c.tauxPort;
      let t = parTaux.find((x) => x.tvaPb === tvaPb);
      if (!t) parTaux.push((t = { tvaPb, netCommercial: 0n, netFinancier: 0n, port: 0n, base: 0n, tva: 0n }));
      t.port = port;
    }
  }
  for (const t of parTaux) {
    t.base = t.netFinancier + t.port;
    t.tva = divArrondi(t.base * BigInt(t.tvaPb), 10000n);
  }
  parTaux.sort((a, b) => b.tvaPb - a.tvaPb);
  const ht = parTaux.reduce((s, t) => s + t.base, 0n);
  const tva = parTaux.reduce((s, t) => s + t.tva, 0n);
  return { brut, parTaux, ht, tva, ttc: ht + tva };
}

const centimes = (d: Decimal): bigint => {
  const c = d.times(100);
  if (!c.isInteger()) throw new Error(`${d.toString()} n'est pas un nombre entier de centimes`);
  return BigInt(c.toFixed(0));
};

/** Facture tirée, acompte compris (une part entière du TTC, jusqu'au TTC lui-même). */
function facturer(lignes: LigneTiree[], c: ConditionsTirees): Facture {
  const sansAcompte = calculerFacture(versLignes(lignes), versConditions(c));
  const acompte = arrondi(sansAcompte.totalTtc.times(c.acomptePourcent).div(100));
  return calculerFacture(versLignes(lignes), versConditions(c, acompte));
}

const facturesTirees = fc.tuple(fc.array(ligneTiree, { minLength: 1, maxLength: 8 }), conditionsTirees);
const RUNS = { numRuns: 400 };

describe("AGORA.FACTURE — propriétés (factures tirées au hasard)", () => {
  it("égale l'oracle en centimes entiers : brut, net commercial, net financier, port, base et TVA de chaque taux, totaux", () => {
    fc.assert(
      fc.property(facturesTirees, ([lignes, c]) => {
        const f = facturer(lignes, c);
        const o = oracle(lignes, c);
        expect(centimes(f.totalBrut)).toBe(o.brut);
        expect(f.parTaux.map((t) => [t.tauxTva.toString(), centimes(t.netCommercial), centimes(t.netFinancier), centimes(t.port), centimes(t.base), centimes(t.tva)])).toEqual(
          o.parTaux.map((t) => [pb(t.tvaPb).toString(), t.netCommercial, t.netFinancier, t.port, t.base, t.tva]),
        );
        expect([centimes(f.totalHt), centimes(f.totalTva), centimes(f.totalTtc)]).toEqual([o.ht, o.tva, o.ttc]);
      }),
      RUNS,
    );
  });

  it("Σ bases HT = total HT ; HT + TVA = TTC ; TTC − acompte = net à payer ; TVA de chaque taux = arrondi(base × taux)", () => {
    fc.assert(
      fc.property(facturesTirees, ([lignes, c]) => {
        const f = facturer(lignes, c);
        expect(f.parTaux.reduce((s, t) => s.plus(t.base), new Dec(0)).eq(f.totalHt)).toBe(true);
        expect(f.totalHt.plus(f.totalTva).eq(f.totalTtc)).toBe(true);
        expect(f.totalTtc.minus(f.acompte).eq(f.netAPayer)).toBe(true);
        expect(f.netAPayer.isNeg() && !f.netAPayer.isZero()).toBe(false);
        for (const t of f.parTaux) expect(t.tva.eq(arrondi(t.base.times(t.tauxTva)))).toBe(true);
        expect(f.parTaux.reduce((s, t) => s.plus(t.tva), new Dec(0)).eq(f.totalTva)).toBe(true);
      }),
      RUNS,
    );
  });

  it("tous les montants sont des centimes entiers ; la chaîne se tient : brut − remises = net commercial ≤ brut, net financier + port = HT", () => {
    fc.assert(
      fc.property(facturesTirees, ([lignes, c]) => {
        const f = facturer(lignes, c);
        const montants = [
          f.totalBrut, f.remises, f.remiseGlobale, f.netCommercial, f.escompte, f.netFinancier, f.port, f.totalHt, f.totalTva, f.totalTtc, f.acompte, f.netAPayer,
          ...f.lignes.flatMap((l) => [l.brut, l.montantRemises, l.netCommercial, ...l.remises.map((r) => r.montant)]),
          ...f.parTaux.flatMap((t) => [t.netCommercialLignes, t.remiseGlobale, t.netCommercial, t.escompte, t.netFinancier, t.port, t.base, t.tva]),
        ];
        const fautifs = montants.filter((m) => !m.times(100).isInteger() || (m.isNeg() && !m.isZero()));
        expect(fautifs.map(String)).toEqual([]);
        expect(f.netCommercial.lte(f.totalBrut)).toBe(true);
        for (const l of f.lignes) expect(l.netCommercial.lte(l.brut)).toBe(true);
        expect(f.totalBrut.minus(f.remises).minus(f.remiseGlobale).eq(f.netCommercial)).toBe(true);
        expect(f.netCommercial.minus(f.escompte).eq(f.netFinancier)).toBe(true);
        expect(f.netFinancier.plus(f.port).eq(f.totalHt)).toBe(true);
        expect(f.parTaux.reduce((s, t) => s.plus(t.port), new Dec(0)).eq(f.port)).toBe(true);
      }),
      RUNS,
    );
  });

  it("chaque ligne a le net commercial de AGORA.NET.COMMERCIAL (même règle de cascade partout)", () => {
    fc.assert(
      fc.property(fc.array(ligneTiree, { minLength: 1, maxLength: 4 }), (lignes) => {
        const f = calculerFacture(versLignes(lignes));
        for (const l of f.lignes) expect(l.netCommercial.eq(netCommercialSeul(l.brut, l.ligne.tauxRemises))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("le tableau tient dans la place réservée à HyperFormula et ses libellés suivent l'ordre de la facture", () => {
    fc.assert(
      fc.property(facturesTirees, ([lignes, c]) => {
        const f = facturer(lignes, c);
        const tableau = tableauFacture(f);
        expect(tableau.length).toBeLessThanOrEqual(lignesReservees(lignes.length));
        expect(tableau[0][0]).toBe("Total brut");
        expect(tableau[tableau.length - 1]).toEqual(["Net à payer", f.netAPayer]);
        expect(tableau.filter(([l]) => l.startsWith("TVA ")).map(([, m]) => m.toString())).toEqual(f.parTaux.map((t) => t.tva.toString()));
      }),
      RUNS,
    );
  });
});
