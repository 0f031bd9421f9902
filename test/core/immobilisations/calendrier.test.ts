// Calendrier des exercices et décompte du temps (comptabilite.md § 9.2 : mois de 30 jours, jour de départ compris).
import fc from "fast-check";
import { joursDansMois } from "../../../src/core/dates";
import { clotureSuivante, creerCalendrier, dateCloture, jours360, lireCloture, moisEntames } from "../../../src/core/immobilisations";
import { jour } from "./outils";

describe("jours360 — règle du § 9.2", () => {
  it("12/07 → 31/12 = 169 ; 01/01 → 30/06 = 180 (cession du § 6) ; 01/01 → 11/07 = 191", () => {
    expect(jours360(jour(2026, 7, 12), jour(2026, 12, 31))).toBe(169);
    expect(jours360(jour(2028, 1, 1), jour(2028, 6, 30))).toBe(180);
    expect(jours360(jour(2030, 1, 1), jour(2030, 7, 11))).toBe(191);
  });

  it("propriété : pour une clôture au 31/12, jours = (30 − min(j, 30) + 1) + 30 × (mois restants), la formule de la référence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (a, m, j0) => {
        const j = Math.min(j0, joursDansMois(a, m));
        expect(jours360(jour(a, m, j), jour(a, 12, 31))).toBe(30 - Math.min(j, 30) + 1 + 30 * (12 - m));
      }),
    );
  });

  it("un exercice entier de 12 mois compte 360 jours, quelle que soit la clôture de fin de mois (février compris)", () => {
    expect(jours360(jour(2027, 3, 1), jour(2028, 2, 29))).toBe(360);
    expect(jours360(jour(2026, 3, 1), jour(2027, 2, 28))).toBe(360);
    expect(jours360(jour(2026, 7, 1), jour(2027, 6, 30))).toBe(360);
  });
});

describe("mois entamés — § 9.3 (départ le 1er jour du mois d'acquisition)", () => {
  it("01/07 → 31/12 = 6 ; 01/01 → 15/03 = 3 ; 01/04/2026 → 31/12/2027 = 21", () => {
    expect(moisEntames(jour(2026, 7, 1), jour(2026, 12, 31))).toBe(6);
    expect(moisEntames(jour(2026, 1, 1), jour(2026, 3, 15))).toBe(3);
    expect(moisEntames(jour(2026, 4, 1), jour(2027, 12, 31))).toBe(21);
  });
});

describe("jour de clôture", () => {
  it("se lit en texte « 31/12 », « 30/06 », en date complète ou en numéro de série (seuls le jour et le mois comptent)", () => {
    expect(lireCloture("31/12", "cloture")).toEqual({ mois: 12, jour: 31 });
    expect(lireCloture(" 30/6 ", "cloture")).toEqual({ mois: 6, jour: 30 });
    expect(lireCloture("30/06/2026", "cloture")).toEqual({ mois: 6, jour: 30 });
    expect(lireCloture("2026-09-30", "cloture")).toEqual({ mois: 9, jour: 30 });
    expect(lireCloture(46203, "cloture")).toEqual({ mois: 6, jour: 30 }); // 30/06/2026
    expect(lireCloture(undefined, "cloture")).toEqual({ mois: 12, jour: 31 });
  });

  it("29/02 accepté (fin de février) ; 31/04 ou « fin d'année » refusés avec un message français", () => {
    expect(dateCloture(lireCloture("29/02", "cloture"), 2027)).toEqual(jour(2027, 2, 28));
    expect(dateCloture(lireCloture("28/02", "cloture"), 2028)).toEqual(jour(2028, 2, 29));
    expect(() => lireCloture("31/04", "cloture")).toThrow(/^cloture : le 31\/04 n'existe pas/);
    expect(() => lireCloture("fin d'année", "cloture")).toThrow(/^cloture : « fin d'année » n'est pas un jour de clôture/);
  });

  it("la première clôture suit le début ; une première clôture donnée à plus de 24 mois est refusée", () => {
    expect(clotureSuivante({ mois: 6, jour: 30 }, jour(2026, 7, 12))).toEqual(jour(2027, 6, 30));
    expect(clotureSuivante({ mois: 12, jour: 31 }, jour(2026, 12, 31))).toEqual(jour(2026, 12, 31));
    expect(() => creerCalendrier(jour(2026, 1, 1), undefined, jour(2028, 1, 31))).toThrow(/^premiere_cloture : .*plus de 24 mois/);
    expect(() => creerCalendrier(jour(2026, 1, 1), undefined, jour(2025, 12, 31))).toThrow(/^premiere_cloture : .*précède/);
  });
});
