// Absences non rémunérées (paie.md § 2.5) et calendrier de paie (jours fériés de métropole).
import { Dec } from "../../../src/core/argent";
import { ErreurAgora } from "../../../src/core/erreurs";
import { calculerBulletin } from "../../../src/core/paie";
import { retenueAbsence } from "../../../src/core/paie/absences";
import { decompterMois, joursFeries, paques } from "../../../src/core/paie/calendrier";
import { TRACE_MUETTE } from "../../../src/core/trace";
import type { MethodeAbsence } from "../../../src/core/paie";
import { bulletinA, ligne, n } from "./outils";

const absence = { motif: "Absence non rémunérée", du: { annee: 2026, mois: 3, jour: 9 }, au: { annee: 2026, mois: 3, jour: 10 } };
const contexte = (methode: MethodeAbsence) => ({ annee: 2026, mois: 3, salaire: new Dec(2150), heuresMensuelles: new Dec("151.67"), methode });
const retenue = (methode: MethodeAbsence, a: Parameters<typeof retenueAbsence>[0] = absence) => n(retenueAbsence(a, "absences[1]", contexte(methode), TRACE_MUETTE).montantSalarial);

describe("calendrier de paie", () => {
  it("mars 2026 : 22 jours ouvrés, 26 ouvrables, 31 calendaires (paie.md § 2.5)", () => {
    expect(decompterMois(2026, 3)).toEqual({ ouvres: 22, ouvrables: 26, calendaires: 31 });
  });

  it("Pâques 2026 le 5 avril ; fériés de mai 2026 : 1er, 8, Ascension le 14, lundi de Pentecôte le 25", () => {
    expect(paques(2026)).toEqual({ annee: 2026, mois: 4, jour: 5 });
    expect(paques(2025)).toEqual({ annee: 2025, mois: 4, jour: 20 });
    expect([...joursFeries(2026)].filter((j) => j.startsWith("2026-05")).sort()).toEqual(["2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"]);
    expect(joursFeries(2026).size).toBe(11);
  });

  it("mai 2026 (décompte à la main : 21 jours de semaine moins 4 fériés, 31 jours moins 5 dimanches et 4 fériés) : 17 ouvrés, 22 ouvrables", () => {
    expect(decompterMois(2026, 5)).toEqual({ ouvres: 17, ouvrables: 22, calendaires: 31 });
  });
});

describe("retenue pour absence : exemple de paie.md § 2.5 (2 150 €, lundi 9 et mardi 10 mars 2026)", () => {
  it.each([
    ["heures-reelles", 195.45],
    ["horaire-moyen", 198.46],
    ["jours-ouvres", 195.45],
    ["jours-ouvrables", 165.38],
    ["jours-calendaires", 138.71],
    ["trentieme", 143.33],
    // 2 150 × 2 ÷ 21,67 = 198,430… → 198,43 (formule de paie.md § 2.5, calcul à la main)
    ["jours-ouvres-moyens", 198.43],
  ] as [MethodeAbsence, number][])("%s : %d", (methode, attendu) => {
    expect(retenue(methode)).toBe(-attendu);
  });

  it("une absence en heures (14 h) donne le même résultat avec les méthodes horaires, et une erreur claire avec une méthode en jours", () => {
    const enHeures = { motif: "Absence", heures: new Dec(14) };
    expect(retenue("heures-reelles", enHeures)).toBe(-195.45);
    expect(retenue("horaire-moyen", enHeures)).toBe(-198.46);
    expect(() => retenue("jours-ouvres", enHeures)).toThrow("compte des jours ; indiquez la période (du, au)");
  });

  it("la retenue ne dépasse jamais le salaire (horaire moyen un mois long)", () => {
    const moisEntier = { motif: "Absence", du: { annee: 2026, mois: 3, jour: 1 }, au: { annee: 2026, mois: 3, jour: 31 } };
    expect(retenue("horaire-moyen", moisEntier)).toBe(-2150);
  });

  it("une période hors du mois de paie est refusée avec un message qui nomme l'absence", () => {
    const fevrier = { motif: "Absence", du: { annee: 2026, mois: 2, jour: 27 }, au: { annee: 2026, mois: 3, jour: 2 } };
    expect(() => retenue("jours-ouvres", fevrier)).toThrow(ErreurAgora);
    expect(() => retenue("jours-ouvres", fevrier)).toThrow("absences[1] : la période du 27/02/2026 au 02/03/2026 sort du mois de paie (mars 2026).");
  });

  it("dans le bulletin : ligne négative dans la rémunération brute, cotisations sur le brut après retenue, SMIC de référence proratisé", () => {
    const b = calculerBulletin(bulletinA((e) => e.variables.absences.push(absence)));
    expect(n(ligne(b, "absence").montantSalarial)).toBe(-195.45);
    expect(n(b.totaux.brut)).toBe(1954.55);
    expect(n(ligne(b, "maladie").base)).toBe(1954.55);
    // SMIC de référence × (2 150 − 195,45) ÷ 2 150 (BOSS, allègements généraux) : 1 823,0333… × 0,909093… = 1 657,30…
    expect(b.informations.smicReference.toFixed(2)).toBe(new Dec("12.02").times(1820).div(12).times("1954.55").div(2150).toFixed(2));
    expect(n(b.informations.congesAcquis)).toBe(2.31);
  });
});
