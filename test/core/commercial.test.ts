import fc from "fast-check";
import { Dec } from "../../src/core/argent";
import {
  coefMultiplicateur,
  lireBasePrix,
  marge,
  netCommercial,
  netFinancier,
  prixVenteHt,
  prixVenteTtc,
  tauxMarge,
  tauxMarque,
} from "../../src/core/commercial";
import { TraceEnregistree } from "../../src/core/trace";

const d = (s: string | number) => new Dec(s);
const texte = (x: { toFixed: (n: number) => string }) => x.toFixed(2);

describe("réductions — comptabilite.md § 5.1 et § 5.2", () => {
  it("§ 5.2 ligne A : 450,00 − 10 % → 405,00 − 5 % → 384,75 (cascade, pas 15 %)", () => {
    const trace = new TraceEnregistree();
    expect(texte(netCommercial(d(450), [d("0.1"), d("0.05")], trace))).toBe("384.75");
    expect(trace.lignes()).toContain("Net après remise 1 = 450,00 − 45,00 = 405,00");
    expect(trace.lignes()).toContain("Net après remise 2 = 405,00 − 20,25 = 384,75");
    // 450 × (1 − 15 %) = 382,50 : l'erreur classique des taux additionnés.
    expect(texte(netCommercial(d(450), [d("0.15")]))).toBe("382.50");
  });
  it("§ 5.2 lignes B et C : 480,00 − 8 % = 441,60 ; 160,00 sans remise", () => {
    expect(texte(netCommercial(d(480), [d("0.08")]))).toBe("441.60");
    expect(texte(netCommercial(d(160), []))).toBe("160.00");
  });
  it("§ 5.2 escompte 2 % par taux : 826,35 → 16,527 → 16,53 → 809,82 ; 160,00 → 156,80", () => {
    const trace = new TraceEnregistree();
    expect(texte(netFinancier(d("826.35"), d("0.02"), trace))).toBe("809.82");
    expect(trace.lignes()[0]).toBe("Escompte = 826,35 × 2\u202f% = 16,527 → 16,53");
    expect(texte(netFinancier(d(160), d("0.02")))).toBe("156.80");
  });
  it("§ 5.1 : chaque montant de remise est arrondi au centime (demi-centime éloigné de zéro)", () => {
    // 0,05 × 50 % = 0,025 → remise 0,03 ; net = 0,05 − 0,03 = 0,02 (la remise affichée et le net s'additionnent).
    expect(texte(netCommercial(d("0.05"), [d("0.5")]))).toBe("0.02");
    // 12,345 est d'abord arrondi à 12,35 (montant brut au centime, § 5.1 étape 1), puis 10 % = 1,235 → 1,24 → 11,11.
    expect(texte(netCommercial(d("12.345"), [d("0.1")]))).toBe("11.11");
  });
  it("§ 5.1 cas limites : remise de 100 % → 0 ; remise > 100 % ou < 0 → #NOMBRE!", () => {
    expect(texte(netCommercial(d(450), [d(1)]))).toBe("0.00");
    expect(() => netCommercial(d(450), [d("0.1"), d("1.5")])).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^remise2 : .*dépasse 100/) }));
    expect(() => netCommercial(d(450), [d("-0.1")])).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/négatif/) }));
    expect(() => netFinancier(d(450), d("-0.02"))).toThrow(expect.objectContaining({ code: "nombre" }));
  });
});

describe("marge, taux de marge et de marque — comptabilite.md § 11.1", () => {
  it("coût 80,00, PV HT 120,00 : marge 40,00 ; taux de marge 50 % ; taux de marque 33,33 % (= 0,5 / 1,5)", () => {
    expect(texte(marge(d(120), d(80)))).toBe("40.00");
    expect(tauxMarge(d(120), d(80)).eq("0.5")).toBe(true);
    expect(tauxMarque(d(120), d(80)).eq(d(40).div(120))).toBe(true);
    expect(tauxMarque(d(120), d(80)).eq(d("0.5").div("1.5"))).toBe(true);
  });
  it("les taux ne sont pas arrondis (jamais réinjectés arrondis)", () => {
    expect(tauxMarque(d(120), d(80)).toFixed(10)).toBe("0.3333333333");
  });
  it("CM HT → TTC = 144 / 80 = 1,8 ; CM HT → HT = 1,5", () => {
    expect(coefMultiplicateur(d(144), d(80)).eq("1.8")).toBe(true);
    expect(coefMultiplicateur(d(120), d(80)).eq("1.5")).toBe(true);
  });
  it("PV HT = 80 × (1 + 50 %) = 120,00 ; PV TTC = 144,00 ; la trace montre chaque étape", () => {
    expect(texte(prixVenteHt(d(80), d("0.5"), "marge"))).toBe("120.00");
    const trace = new TraceEnregistree();
    expect(texte(prixVenteTtc(d(80), d("0.5"), d("0.2"), trace))).toBe("144.00");
    expect(trace.lignes()).toEqual([
      "PV HT = coût d'achat × (1 + taux de marge) = 80,00 × (1 + 50\u202f%) = 120,00",
      "TVA = 120,00 × 20\u202f% = 24,00",
      "TTC = HT + TVA = 120,00 + 24,00 = 144,00",
    ]);
  });
  it("PV HT par le taux de marque : 90 ÷ (1 − 25 %) = 120,00 ; 80 ÷ 0,75 = 106,666… → 106,67", () => {
    expect(texte(prixVenteHt(d(90), d("0.25"), "marque"))).toBe("120.00");
    expect(texte(prixVenteHt(d(80), d("0.25"), "marque"))).toBe("106.67");
    // § 11.1 : taux de marque 1/3 (33,33 %) sur un coût de 80 → 120.
    expect(texte(prixVenteHt(d(80), d(1).div(3), "marque"))).toBe("120.00");
  });
  it("un taux de marge peut dépasser 100 % : 80 × (1 + 150 %) = 200,00", () => {
    expect(texte(prixVenteHt(d(80), d("1.5"), "marge"))).toBe("200.00");
  });
  it("un taux de marge de plus de 1 000 % est calculé mais signalé (50 saisi pour 50 %)", () => {
    const trace = new TraceEnregistree();
    expect(texte(prixVenteHt(d(80), d(50), "marge", trace))).toBe("4080.00");
    expect(trace.etapes.filter((e) => e.genre === "alerte")).toHaveLength(1);
  });
  it("cas limites : coût nul → #DIV/0! ; PV nul → #DIV/0! ; taux de marque ≥ 100 % → #NOMBRE!", () => {
    expect(() => tauxMarge(d(120), d(0))).toThrow(expect.objectContaining({ code: "div0", message: expect.stringMatching(/coût d'achat est nul/) }));
    expect(() => coefMultiplicateur(d(120), d(0))).toThrow(expect.objectContaining({ code: "div0" }));
    expect(() => tauxMarque(d(0), d(80))).toThrow(expect.objectContaining({ code: "div0", message: expect.stringMatching(/prix de vente est nul/) }));
    expect(() => prixVenteHt(d(80), d(1), "marque")).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/taux de marque/) }));
    expect(() => prixVenteHt(d(80), d("-0.1"), "marge")).toThrow(expect.objectContaining({ code: "nombre" }));
  });
  it("PV < coût : marge négative rendue, avec une alerte dans la trace", () => {
    const trace = new TraceEnregistree();
    expect(texte(marge(d(70), d(80), trace))).toBe("-10.00");
    expect(trace.etapes.some((e) => e.genre === "alerte" && /marge négative/.test(e.texte))).toBe(true);
    expect(tauxMarge(d(70), d(80)).eq("-0.125")).toBe(true);
    const sansAlerte = new TraceEnregistree();
    marge(d(80), d(80), sansAlerte);
    expect(sansAlerte.etapes.some((e) => e.genre === "alerte")).toBe(false);
  });
  it("base de calcul : « marge », « Marque », « taux de marque » ; autre texte → #VALEUR!", () => {
    expect(lireBasePrix("marge")).toBe("marge");
    expect(lireBasePrix(" Marque ")).toBe("marque");
    expect(lireBasePrix("taux de marque")).toBe("marque");
    expect(() => lireBasePrix("prix")).toThrow(expect.objectContaining({ code: "valeur", message: expect.stringMatching(/« prix »/) }));
  });
});

const centimes = fc.integer({ min: 0, max: 100_000_000 }).map((c) => d(c).div(100));
const coutsPositifs = fc.integer({ min: 1, max: 100_000_000 }).map((c) => d(c).div(100));
/** Taux de 0 à 100 % avec jusqu'à deux décimales de pourcentage (12,34 %). */
const tauxBornes = fc.integer({ min: 0, max: 10_000 }).map((n) => d(n).div(10_000));
const tauxDeMarge = fc.integer({ min: 0, max: 50_000 }).map((n) => d(n).div(10_000));

describe("propriétés", () => {
  it("deux remises : l'ordre ne change le net que d'un centime au plus (les arrondis intermédiaires diffèrent)", () => {
    fc.assert(
      fc.property(centimes, tauxBornes, tauxBornes, (brut, a, b) => {
        const ab = netCommercial(brut, [a, b]);
        const ba = netCommercial(brut, [b, a]);
        expect(ab.minus(ba).abs().lte("0.01")).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it("le net en cascade s'écarte de brut × (1 − r1) × … d'un demi-centime au plus par remise, en centimes entiers", () => {
    fc.assert(
      fc.property(centimes, fc.array(tauxBornes, { minLength: 1, maxLength: 3 }), (brut, remises) => {
        const net = netCommercial(brut, remises);
        const exact = remises.reduce((x, r) => x.times(d(1).minus(r)), brut);
        expect(net.minus(exact).abs().lte(d("0.005").times(remises.length))).toBe(true);
        expect(net.times(100).isInteger()).toBe(true);
        expect(net.gte(0) && net.lte(brut)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("escompte : net financier à un demi-centime au plus de net × (1 − taux)", () => {
    fc.assert(
      fc.property(centimes, tauxBornes, (net, t) => {
        expect(netFinancier(net, t).minus(net.times(d(1).minus(t))).abs().lte("0.005")).toBe(true);
      }),
    );
  });
  it("PV.HT puis TAUX.MARGE rend le taux à l'arrondi du prix près (|écart| ≤ 0,005 / coût)", () => {
    fc.assert(
      fc.property(coutsPositifs, tauxDeMarge, (cout, t) => {
        const retrouve = tauxMarge(prixVenteHt(cout, t, "marge"), cout);
        // Égalité atteinte quand le PV exact tombe sur un demi-centime : tolérance du calcul décimal à 40 chiffres.
        expect(retrouve.minus(t).abs().lte(d("0.005").div(cout).plus("1e-30"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("PV.HT par la marque puis TAUX.MARQUE rend le taux à l'arrondi du prix près (|écart| ≤ 0,005 / PV)", () => {
    fc.assert(
      fc.property(coutsPositifs, fc.integer({ min: 0, max: 9_900 }).map((n) => d(n).div(10_000)), (cout, t) => {
        const pv = prixVenteHt(cout, t, "marque");
        expect(tauxMarque(pv, cout).minus(t).abs().lte(d("0.005").div(pv).plus("1e-30"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("taux de marque = taux de marge / (1 + taux de marge) (§ 11.1)", () => {
    fc.assert(
      fc.property(coutsPositifs, coutsPositifs, (pv, cout) => {
        const tm = tauxMarge(pv, cout);
        const marque = tauxMarque(pv, cout);
        // Écart relatif : 1 + taux de marge peut être minuscule (PV de 0,01 pour un coût de 4 401,11).
        expect(marque.minus(tm.div(tm.plus(1))).abs().lte(marque.abs().plus(1).times("1e-25"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
