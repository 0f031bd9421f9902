// Échelonnement des règlements : le budget des encaissements de comptabilite.md § 8 reconstitué au centime,
// la lecture des conditions de paiement et la propriété « Σ parts = montant ».
import fc from "fast-check";
import { Dec, somme } from "../../../src/core/argent";
import type { Jour } from "../../../src/core/dates";
import { echeancier, echelonner, lireConditions } from "../../../src/core/tresorerie";
import { TraceEnregistree } from "../../../src/core/trace";

const jour = (annee: number, mois: number, j: number): Jour => ({ annee, mois, jour: j });
const CONDITIONS_8 = "30 % comptant ; 50 % 30 jours fin de mois ; 20 % 60 jours";
const parMoisTexte = (montant: number, date: Jour, conditions: string) =>
  echelonner(new Dec(montant), date, lireConditions(conditions)).map((l) => `${l.mois.mois}/${l.mois.annee} ${l.montant.toFixed(2)}`);

describe("ECHELONNER — comptabilite.md § 8 (ventes TTC de janvier à mars 2026, factures de milieu de mois)", () => {
  it("ventes de janvier 24 000 : 7 200 en janvier, 12 000 en février, 4 800 en mars", () => {
    expect(parMoisTexte(24000, jour(2026, 1, 15), CONDITIONS_8)).toEqual(["1/2026 7200.00", "2/2026 12000.00", "3/2026 4800.00"]);
  });
  it("ventes de février 28 800 : 8 640 en février, 14 400 en mars, 5 760 en avril (créance au bilan du 31/03)", () => {
    expect(parMoisTexte(28800, jour(2026, 2, 15), CONDITIONS_8)).toEqual(["2/2026 8640.00", "3/2026 14400.00", "4/2026 5760.00"]);
  });
  it("ventes de mars 36 000 : 10 800 en mars ; 25 200 encore dus au 31/03 (18 000 en avril, 7 200 en mai)", () => {
    expect(parMoisTexte(36000, jour(2026, 3, 15), CONDITIONS_8)).toEqual(["3/2026 10800.00", "4/2026 18000.00", "5/2026 7200.00"]);
  });
  it("« 30 jours fin de mois » : 10/01 → 09/02 → 28/02, donc février", () => {
    const trace = new TraceEnregistree();
    expect(echelonner(new Dec(1000), jour(2026, 1, 10), lireConditions("30% comptant; 70% 30 jours fin de mois"), trace).map((l) => l.montant.toFixed(2))).toEqual(["300.00", "700.00"]);
    expect(trace.lignes()).toEqual(expect.arrayContaining(["10/01/2026 + 30 jours = 09/02/2026", "Fin de ce mois : 28/02/2026"]));
  });
  it("les mois sans règlement entre deux échéances sont à 0 ; une facture du 31/01 à 60 jours est réglée le 01/04 (date exacte)", () => {
    expect(parMoisTexte(1000, jour(2026, 1, 31), "50 % comptant ; 50 % 60 jours")).toEqual(["1/2026 500.00", "2/2026 0.00", "3/2026 0.00", "4/2026 500.00"]);
  });
  it("la dernière part reçoit le reste : 100 € en trois tiers → 33,33 ; 33,33 ; 33,34", () => {
    const e = echeancier(new Dec(100), jour(2026, 1, 15), lireConditions("33,33 % comptant ; 33,33 % 30 jours ; 33,34 % 60 jours"));
    expect(e.map((x) => x.montant.toFixed(2))).toEqual(["33.33", "33.33", "33.34"]);
  });
  it("un délai au-delà du plafond légal est signalé (C. com. art. L. 441-10)", () => {
    const trace = new TraceEnregistree();
    echelonner(new Dec(1000), jour(2026, 1, 15), lireConditions("100 % 90 jours"), trace);
    expect(trace.lignes().join("\n")).toMatch(/Attention : l'échéance du 15\/04\/2026 dépasse le plafond légal/);
  });
});

describe("conditions de paiement", () => {
  it("termes reconnus : comptant, à réception, net, fin de mois, fdm, fin de mois + jours, le 10", () => {
    const lues = lireConditions("10% comptant; 10 % à réception ; 10% 30 jours net; 10% 45 j fdm; 10% fin de mois + 45 jours; 10% 30 jours fin de mois le 10; 40% 60 jours date de facture");
    expect(lues.map((p) => [p.part.toString(), p.jours, p.mode.genre])).toEqual([
      ["0.1", 0, "net"],
      ["0.1", 0, "net"],
      ["0.1", 30, "net"],
      ["0.1", 45, "finDeMois"],
      ["0.1", 45, "finDeMoisPlusJours"],
      ["0.1", 30, "jourDuMois"],
      ["0.4", 60, "net"],
    ]);
    expect(lireConditions("30 jours fin de mois").map((p) => p.part.toString())).toEqual(["1"]);
  });
  it("erreurs en français : parts ≠ 100 %, pourcentage manquant, terme inconnu, conditions vides", () => {
    expect(() => lireConditions("30 % comptant ; 60 % 30 jours")).toThrow(expect.objectContaining({ code: "nombre", message: "conditions : les parts font 90\u202f% au lieu de 100\u202f%." }));
    expect(() => lireConditions("comptant ; 70 % 30 jours")).toThrow(/^conditions : « comptant » n'a pas de pourcentage/);
    expect(() => lireConditions("100 % à la Saint-Glinglin")).toThrow(/^conditions : « à la Saint-Glinglin » n'est pas un terme de paiement\. Termes acceptés : /);
    expect(() => lireConditions(" ; ")).toThrow(/^conditions : les conditions de paiement sont vides/);
  });
});

describe("propriété : les parts font exactement le montant", () => {
  it("pour tout montant au centime et toute répartition qui fait 100 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), (centimes, poids) => {
        // Parts en centièmes de pour cent qui font 10 000 : le reste va à la dernière.
        const total = poids.reduce((a, b) => a + b, 0);
        const pb = poids.map((p) => Math.floor((p * 10000) / total));
        pb[pb.length - 1] += 10000 - pb.reduce((a, b) => a + b, 0);
        if (pb.some((p) => p === 0)) return;
        const conditions = pb.map((p, i) => `${(p / 100).toFixed(2).replace(".", ",")} % ${i * 30} jours`).join(" ; ");
        const montant = new Dec(centimes).div(100);
        const mois = echelonner(montant, { annee: 2026, mois: 1, jour: 15 }, lireConditions(conditions));
        expect(somme(mois.map((m) => m.montant)).eq(montant)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
