// Congés payés (paie.md § 2.6) : indemnité la plus favorable du maintien et du dixième.
import { Dec } from "../../../src/core/argent";
import { calculerBulletin, indemniteConges } from "../../../src/core/paie";
import { TRACE_MUETTE } from "../../../src/core/trace";
import { bulletinA, ligne, n } from "./outils";

const conges = { jours: new Dec(6), remunerationReference: new Dec(26400), joursAcquis: new Dec(30) };

describe("indemnité de congés payés, exemple de paie.md § 2.6", () => {
  it("dixième 26 400 × 10 % × 6/30 = 528,00 ; maintien 2 200 × 6/26 = 507,69 ; retenue 528,00", () => {
    const i = indemniteConges(conges, new Dec(2200), 26, new Dec("0.10"), TRACE_MUETTE);
    expect([n(i.dixieme), n(i.maintien), n(i.indemnite), i.regle]).toEqual([528, 507.69, 528, "dixième"]);
  });

  it("le maintien l'emporte quand le dixième est plus faible", () => {
    const i = indemniteConges({ ...conges, remunerationReference: new Dec(20000) }, new Dec(2200), 26, new Dec("0.10"), TRACE_MUETTE);
    expect([n(i.dixieme), n(i.indemnite), i.regle]).toEqual([400, 507.69, "maintien"]);
  });

  it("sur le bulletin de mars 2026 (26 jours ouvrables) : retenue « Absence congés payés » 507,69 et indemnité 528,00, brut + 20,31", () => {
    const b = calculerBulletin(bulletinA((e) => {
      e.salarie.salaireBase = new Dec(2200);
      e.variables.congesPayes = conges;
    }));
    expect(n(ligne(b, "absence-cp").montantSalarial)).toBe(-507.69);
    expect(n(ligne(b, "indemnite-cp").montantSalarial)).toBe(528);
    expect(ligne(b, "indemnite-cp").libelle).toBe("Indemnité de congés payés (6\u00a0j, dixième)");
    expect(n(b.totaux.brut)).toBe(2220.31);
    expect(n(b.informations.congesAcquis)).toBe(2.5);
  });

  it("plus de jours pris qu'acquis : erreur claire", () => {
    expect(() => indemniteConges({ ...conges, jours: new Dec(31) }, new Dec(2200), 26, new Dec("0.10"), TRACE_MUETTE)).toThrow("31 jours pris pour 30 jours acquis");
  });
});
