// Invariants du bulletin (fast-check) et temps partiel avec heures complémentaires (paie.md § 0, § 2.2, § 4.3).
import fc from "fast-check";
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi } from "../../../src/core/argent";
import { ORDRE_GROUPES, calculerBulletin, type EntreeBulletin } from "../../../src/core/paie";
import { bulletinA, ligne, n } from "./outils";

const somme = (xs: (Decimal | null)[]) => xs.reduce<Decimal>((s, x) => s.plus(x ?? ZERO), ZERO);

const entreeAleatoire = fc
  .record({
    annee: fc.constantFrom(2024, 2025, 2026),
    mois: fc.integer({ min: 1, max: 12 }),
    cadre: fc.boolean(),
    effectif: fc.constantFrom(1, 11, 19, 20, 49, 50, 60, 249, 250, 1200),
    centimes: fc.integer({ min: 150000, max: 2500000 }),
    hs25: fc.integer({ min: 0, max: 40 }),
    hs50: fc.integer({ min: 0, max: 16 }),
    prime: fc.integer({ min: 0, max: 200000 }),
    sante: fc.option(fc.integer({ min: 0, max: 15000 })),
    tauxAT: fc.integer({ min: 50, max: 600 }),
    tauxPAS: fc.option(fc.integer({ min: 0, max: 450 })),
  })
  .map(
    (r): EntreeBulletin =>
      bulletinA((e) => {
        e.annee = r.annee;
        e.mois = r.mois;
        e.entreprise.effectif = r.effectif;
        e.entreprise.tauxAT = new Dec(r.tauxAT).div(10000);
        e.entreprise.complementaireSante = r.sante === null ? undefined : { cotisation: new Dec(r.sante).div(100), partPatronale: new Dec("0.5") };
        e.salarie = {
          statut: r.cadre ? "cadre" : "non-cadre",
          salaireBase: new Dec(r.centimes).div(100),
          heuresMensuelles: new Dec("151.67"),
          tauxPAS: r.tauxPAS === null ? undefined : new Dec(r.tauxPAS).div(1000),
        };
        e.variables.heuresSup25 = new Dec(r.hs25).div(2);
        e.variables.heuresSup50 = new Dec(r.hs50).div(2);
        if (r.prime) e.variables.primes.push({ libelle: "Prime", montant: new Dec(r.prime).div(100) });
      }),
  );

describe("invariants du bulletin (fast-check, 2024 à 2026)", () => {
  it("montants au centime, lignes = arrondi(base × taux), totaux = sommes des lignes, blocs dans l'ordre", () => {
    fc.assert(
      fc.property(entreeAleatoire, (e) => {
        const b = calculerBulletin(e);
        const remuneration = b.lignes.filter((l) => l.groupe === "remuneration");
        const cotisations = b.lignes.filter((l) => l.groupe !== "remuneration");
        for (const l of b.lignes) {
          for (const m of [l.montantSalarial, l.montantPatronal]) if (m && m.decimalPlaces() > 2) return false;
          if (l.groupe !== "remuneration" && l.groupe !== "exonerations" && l.base) {
            if (l.tauxSalarial && !arrondi(l.base.times(l.tauxSalarial)).eq(l.montantSalarial ?? -1)) return false;
            if (l.tauxPatronal && !arrondi(l.base.times(l.tauxPatronal)).eq(l.montantPatronal ?? -1)) return false;
          }
        }
        const ordre = b.lignes.map((l) => ORDRE_GROUPES.indexOf(l.groupe));
        const t = b.totaux;
        return (
          ordre.every((x, i) => i === 0 || ordre[i - 1] <= x) &&
          t.brut.eq(somme(remuneration.map((l) => l.montantSalarial))) &&
          t.cotisationsSalariales.eq(somme(cotisations.map((l) => l.montantSalarial))) &&
          t.cotisationsPatronales.eq(somme(cotisations.map((l) => l.montantPatronal))) &&
          t.netAvantImpot.eq(t.brut.minus(t.cotisationsSalariales)) &&
          t.netSocial.eq(t.netAvantImpot) &&
          t.impotSource.eq(arrondi(t.netImposable.times(b.informations.tauxPAS))) &&
          t.netPaye.eq(t.netAvantImpot.minus(t.impotSource)) &&
          t.coutEmployeur.eq(t.brut.plus(t.cotisationsPatronales)) &&
          t.reductionGenerale.gte(0) &&
          t.cotisationsPatronales.gt(0)
        );
      }),
      { numRuns: 300 },
    );
  });

  it("un euro de salaire en plus augmente le net à payer, sauf au franchissement du PSS (la CET s'applique alors à tout le brut)", () => {
    fc.assert(
      fc.property(entreeAleatoire, (e) => {
        const a = calculerBulletin(e);
        const plus = calculerBulletin({ ...e, salarie: { ...e.salarie, salaireBase: e.salarie.salaireBase!.plus(1) } });
        const franchit = a.totaux.brut.lte(a.informations.pss) && plus.totaux.brut.gt(plus.informations.pss);
        return franchit || plus.totaux.netAvantImpot.gt(a.totaux.netAvantImpot);
      }),
      { numRuns: 200 },
    );
  });
});

describe("temps partiel : 104 h, 1 400 €, 5 heures complémentaires à 10 %, mars 2026 (calculs à la main, paie.md § 0 et § 4.3)", () => {
  const b = calculerBulletin(bulletinA((e) => {
    e.salarie.salaireBase = new Dec(1400);
    e.salarie.heuresMensuelles = new Dec(104);
    e.variables.heuresComp10 = new Dec(5);
  }));

  it("heures complémentaires : 1 400 ÷ 104 × 1,10 × 5 = 74,038… → 74,04 € ; brut 1 474,04 €", () => {
    expect(n(ligne(b, "hc10").montantSalarial)).toBe(74.04);
    expect(n(b.totaux.brut)).toBe(1474.04);
  });

  it("PSS proratisé avec les heures complémentaires : 4 005 × 109 ÷ 151,67 = 2 878,255… → 2 878,26 €", () => {
    expect(n(b.informations.pss)).toBe(2878.26);
  });

  it("SMIC de référence 12,02 × (104 + 5) = 1 310,18 € ; C = 0,02 + 0,3781 × (½ × (3 × 1 310,18 ÷ 1 474,04 − 1))^1,75 = 0,2948 ; 434,55 €", () => {
    expect(n(b.informations.smicReference)).toBe(1310.18);
    expect(n(b.informations.coefficientReduction)).toBe(0.2948);
    expect(n(ligne(b, "reduction-generale").montantPatronal)).toBe(-434.55);
  });

  it("les heures complémentaires ont la réduction salariale et l'exonération d'impôt, pas la déduction forfaitaire patronale", () => {
    expect(n(ligne(b, "reduction-salariale-hs").base)).toBe(74.04);
    expect(n(b.informations.heuresSupExonerees)).toBe(74.04);
    expect(b.lignes.some((l) => l.code === "deduction-forfaitaire-hs")).toBe(false);
  });
});
