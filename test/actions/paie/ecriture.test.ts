/** Écriture de paie : les écritures de paie.md § 7.3 (exemples (a) et (b)), et l'équilibre sur des effectifs tirés au hasard. */
import fc from "fast-check";
import type Decimal from "decimal.js";
import { Dec, ZERO, somme } from "../../../src/core/argent";
import { calculerBulletin, type Bulletin } from "../../../src/core/paie";
import { ecriturePaie, preparerEcriturePaie } from "../../../src/actions/paie";
import type { LignePaie } from "../../../src/actions/paie/ecriture";
import { appliquer, pret, serie } from "../immobilisations-outils";
import { classeurPaie, PARAMETRES_A, PARAMETRES_B, REGISTRE, SALARIE_A, SALARIE_B, variables } from "./outils";

const MARS_2026 = { annee: 2026, mois: 3 };
const options = { registre: REGISTRE, periode: MARS_2026 };
const n = (d: Decimal | undefined) => (d === undefined ? undefined : d.toNumber());
/** [numéro, compte, débit, crédit] */
const resume = (lignes: readonly LignePaie[]) => lignes.map((l) => [l.numero.slice(-1), l.compte, n(l.debit) ?? null, n(l.credit) ?? null]);

describe("écriture de paie (paie.md § 7.3)", () => {
  it("exemple (a) : salaires 2 150,00 = 364,76 + 86,22 + 30,00 + 35,22 + 1 633,80 ; charges 390,31", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    const p = await appliquer(c, preparerEcriturePaie(c, options));
    const t = await c.lireTable("EcriturePaie_2026_03");
    expect(t?.entetes).toEqual(["Journal", "Date", "Numéro", "Pièce", "Compte", "Libellé du compte", "Tiers", "Libellé", "Débit", "Crédit", "Lettrage", "Échéance"]);
    const lignes = t!.lignes.map((l) => [l[2], l[4], l[8], l[9]]);
    expect(lignes).toEqual([
      ["PAIE-2026-03-1", "6411", 2150, null],
      ["PAIE-2026-03-1", "431", null, 364.76],
      ["PAIE-2026-03-1", "4371", null, 86.22],
      ["PAIE-2026-03-1", "4372", null, 30],
      ["PAIE-2026-03-1", "4421", null, 35.22],
      ["PAIE-2026-03-1", "421", null, 1633.8],
      ["PAIE-2026-03-2", "6451", 190.01, null],
      ["PAIE-2026-03-2", "6454", 91.38, null],
      ["PAIE-2026-03-2", "6333", 34.19, null],
      ["PAIE-2026-03-2", "6453", 44.73, null],
      ["PAIE-2026-03-2", "6452", 30, null],
      ["PAIE-2026-03-2", "431", null, 315.58],
      ["PAIE-2026-03-2", "4371", null, 44.73],
      ["PAIE-2026-03-2", "4372", null, 30],
    ]);
    expect(t!.lignes[0].slice(0, 2)).toEqual(["OD", serie("31/03/2026")]);
    expect(t!.lignes[0][5]).toBe("Salaires, appointements");
    expect(p.resume).toEqual(["Feuille « Écriture de paie 2026-03 » : 2 écritures équilibrées (14 lignes), 2\u202f540,31 € au débit et au crédit."]);
    expect(c.cellule("Écriture de paie 2026-03", "I20")?.formule).toBe("=SUM(EcriturePaie_2026_03[[Débit]])");
    expect(c.cellule("Écriture de paie 2026-03", "I21")?.formule).toBe("=I20-J20");
  });

  it("exemple (b) : C 431 737,92 ; C 4371 255,95 ; D 6451 1 337,29 ; D 6453 365,11 ; D 6458 60,08 ; C 431 1 623,64", async () => {
    const c = classeurPaie({ registre: [SALARIE_B], parametres: PARAMETRES_B, variables: [variables("B01", { "Heures sup. 25 %": 8 })] });
    const paie = await (await import("../../../src/actions/paie")).calculerPaieDuMois(c, options);
    const e = ecriturePaie(paie.bulletins.map((b) => b.bulletin), 60, MARS_2026);
    expect(resume(e.lignes)).toEqual([
      ["1", "6411", 4903.29, null],
      ["1", "431", null, 737.92],
      ["1", "4371", null, 255.95],
      ["1", "4372", null, 30],
      ["1", "4421", null, 448.48],
      ["1", "421", null, 3430.94],
      ["2", "6451", 1337.29, null],
      ["2", "6454", 208.39, null],
      ["2", "6333", 77.96, null],
      ["2", "6453", 365.11, null],
      ["2", "6452", 30, null],
      ["2", "6458", 60.08, null],
      ["2", "431", null, 1623.64],
      ["2", "4371", null, 365.11],
      ["2", "4372", null, 30],
      ["2", "4373", null, 60.08],
    ]);
    expect(n(e.totalCharges)).toBe(2078.83);
  });

  it("une prime va au 6413 (primes et gratifications), le reste du brut au 6411", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A, variables: [variables("A01", { Prime: 150, "Libellé de la prime": "Prime d'objectifs" })] });
    const p = pret(await preparerEcriturePaie(c, options));
    await c.appliquer(p.plan);
    const lignes = (await c.lireTable("EcriturePaie_2026_03"))!.lignes;
    expect(lignes.slice(0, 2).map((l) => [l[4], l[7], l[8]])).toEqual([
      ["6411", "Salaires bruts mars 2026", 2150],
      ["6413", "Primes mars 2026", 150],
    ]);
  });
});

/** Un salarié tiré au hasard : statut, salaire, temps partiel, heures supplémentaires, prime, taux PAS. */
const salarie = fc.record({
  cadre: fc.boolean(),
  salaire: fc.integer({ min: 190_000, max: 1_500_000 }),
  partiel: fc.boolean(),
  hs: fc.integer({ min: 0, max: 20 }),
  prime: fc.integer({ min: 0, max: 100_000 }),
  pas: fc.option(fc.integer({ min: 0, max: 200 })),
});

describe("propriétés de l'écriture de paie (effectifs tirés au hasard)", () => {
  it("Σ débits = Σ crédits = Σ brut + Σ cotisations patronales ; 421 = Σ net payé ; 4421 = Σ PAS ; parts salariales = Σ cotisations salariales", () => {
    fc.assert(
      fc.property(
        fc.array(salarie, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(3, 11, 60, 300),
        fc.constantFrom({ annee: 2024, mois: 7 }, { annee: 2025, mois: 2 }, { annee: 2025, mois: 6 }, { annee: 2026, mois: 3 }, { annee: 2026, mois: 9 }),
        fc.integer({ min: 0, max: 40 }),
        (staff, effectif, p, at) => {
          const bulletins: Bulletin[] = staff.map((s) =>
            calculerBulletin({
              ...p,
              entreprise: { effectif, tauxAT: new Dec(at).div(1000), methodeAbsence: "heures-reelles", complementaireSante: { cotisation: new Dec(60), partPatronale: new Dec("0.5") } },
              salarie: {
                statut: s.cadre ? "cadre" : "non-cadre",
                salaireBase: new Dec(s.salaire).div(100).times(s.partiel ? "0.6" : 1).toDecimalPlaces(2),
                heuresMensuelles: s.partiel ? new Dec(91) : new Dec("151.67"),
                ...(s.pas !== null ? { tauxPAS: new Dec(s.pas).div(1000) } : {}),
              },
              variables: {
                heuresSup25: s.partiel ? ZERO : new Dec(s.hs),
                heuresSup50: ZERO,
                heuresComp10: s.partiel ? new Dec(Math.min(s.hs, 9)) : ZERO,
                heuresComp25: ZERO,
                primes: s.prime ? [{ libelle: "Prime", montant: new Dec(s.prime).div(100) }] : [],
                absences: [],
                avantagesNature: [],
              },
            }),
          );
          const e = ecriturePaie(bulletins, effectif, p);
          const debit = somme(e.lignes.map((l) => l.debit ?? ZERO));
          const credit = somme(e.lignes.map((l) => l.credit ?? ZERO));
          const brut = somme(bulletins.map((b) => b.totaux.brut));
          const patronal = somme(bulletins.map((b) => b.totaux.cotisationsPatronales));
          expect(debit.toFixed(2)).toBe(credit.toFixed(2));
          expect(debit.toFixed(2)).toBe(brut.plus(patronal).toFixed(2));
          const compte = (c: string, sens: "debit" | "credit", numero = "") =>
            somme(e.lignes.filter((l) => l.compte === c && l.numero.endsWith(numero)).map((l) => l[sens] ?? ZERO));
          expect(compte("421", "credit").toFixed(2)).toBe(somme(bulletins.map((b) => b.totaux.netPaye)).toFixed(2));
          expect(compte("4421", "credit").toFixed(2)).toBe(somme(bulletins.map((b) => b.totaux.impotSource)).toFixed(2));
          const salariales = ["431", "4371", "4372", "4373"].reduce((s, c) => s.plus(compte(c, "credit", "-1")), ZERO);
          expect(salariales.toFixed(2)).toBe(somme(bulletins.map((b) => b.totaux.cotisationsSalariales)).toFixed(2));
          // Aucun montant négatif ni nul dans l'écriture.
          for (const l of e.lignes) expect((l.debit ?? l.credit ?? ZERO).gt(0)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
