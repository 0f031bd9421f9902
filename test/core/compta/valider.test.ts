// Validation des écritures (comptabilite.md § 1.1, § 1.3, § 0) : toutes les anomalies, chacune nommant sa ligne.
import fc from "fast-check";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { ControleEquilibre, validerJournal } from "../../../src/core/compta/valider";
import { ECRITURES_TYPES, ecriture } from "./ecritures-types";

const messages = (lignes: LigneEcriture[], options = {}) => validerJournal(lignes, options).map((a) => a.message);

describe("validation d'un journal", () => {
  it("les dix écritures types du § 6 sont valides", () => {
    expect(messages(ECRITURES_TYPES)).toEqual([]);
  });

  it("§ 1.1 : écriture déséquilibrée, avec ses totaux, son écart et ses lignes", () => {
    const lignes = ecriture("VTE", "42", "2026-03-05", "Facture", [["411000", 1200, 0], ["707000", 0, 1000], ["445710", 0, 100]]);
    const origines = lignes.map((l) => l.origine).join(", ");
    expect(messages(lignes)).toEqual([`Écriture VTE n° 42 déséquilibrée : débit 1\u202f200,00 / crédit 1\u202f100,00 (écart 100,00 ; lignes ${origines}).`]);
  });

  it("§ 1.1 et § 0 : débit ET crédit, ligne à 0/0, montant négatif, compte hors PCG — toutes les anomalies, par ligne", () => {
    const lignes: LigneEcriture[] = [
      ...ecriture("OD", "1", "2026-03-05", "a", [["411000", 100, 100], ["707000", 0, 0]]),
      ...ecriture("OD", "2", "2026-03-05", "b", [["791000", 50, 0], ["401DUPONT", -50, 0]]),
    ];
    const [a, b, c, d] = lignes.map((l) => l.origine);
    expect(messages(lignes)).toEqual([
      `Ligne ${a} : débit (100,00) et crédit (100,00) renseignés sur la même ligne : une ligne porte un débit ou un crédit.`,
      `Ligne ${b} : ligne sans montant (débit = crédit = 0).`,
      `Ligne ${c} : compte « 791000 » absent du plan comptable général : le numéro doit commencer par un compte du PCG (classes 1 à 7, 8 tolérée), par exemple 411000 ou 401DUPONT.`,
      `Ligne ${d} : montant négatif au débit (−50,00) : un montant d'écriture est toujours positif, le sens porte le signe.`,
    ]);
  });

  it("§ 1.3 : date hors de l'exercice", () => {
    const lignes = ecriture("OD", "9", "2027-01-02", "Dotation", [["6811", 10, 0], ["2815", 0, 10]]);
    const exercice = { debut: { annee: 2026, mois: 1, jour: 1 }, fin: { annee: 2026, mois: 12, jour: 31 } };
    expect(messages(lignes, { exercice })).toEqual([
      `Ligne ${lignes[0].origine} : date 02/01/2027 hors de l'exercice (du 01/01/2026 au 31/12/2026).`,
      `Ligne ${lignes[1].origine} : date 02/01/2027 hors de l'exercice (du 01/01/2026 au 31/12/2026).`,
    ]);
    expect(messages(ecriture("OD", "9", "2026-12-31", "Dotation", [["6811", 10, 0], ["2815", 0, 10]]), { exercice })).toEqual([]);
  });

  it("nomme l'écriture et le compte quand la ligne n'a pas d'origine", () => {
    const [l1, l2] = ecriture("OD", "3", "2026-03-05", "x", [["999", 10, 0], ["512", 0, 10]]).map(({ origine: _o, ...l }) => l);
    expect(messages([l1, l2])[0]).toMatch(/^Écriture OD n° 3, compte 999 : compte « 999 » absent/);
  });

  it("plafonne les anomalies gardées et compte les autres", () => {
    const lignes = Array.from({ length: 5 }, (_, i) => ecriture("OD", String(i), "2026-03-05", "x", [["999", 0, 0], ["512", 0, 0]])).flat();
    expect(validerJournal(lignes, { limite: 3 })).toHaveLength(3);
  });
});

describe("contrôle d'équilibre en flux", () => {
  it("une écriture éclatée en morceaux non contigus qui se compensent est équilibrée", () => {
    const a = ecriture("VTE", "1", "2026-03-05", "x", [["411", 1200, 0]]);
    const b = ecriture("VTE", "2", "2026-03-05", "y", [["411", 50, 0], ["707", 0, 50]]);
    const c = ecriture("VTE", "1", "2026-03-05", "x", [["707", 0, 1000], ["44571", 0, 200]]);
    const controle = new ControleEquilibre();
    for (const l of [...a, ...b, ...c]) controle.ajouter(l);
    expect(controle.terminer()).toEqual([]);
  });

  it("même journal et numéro ⇒ même écriture ; même numéro dans deux journaux ⇒ deux écritures", () => {
    const controle = new ControleEquilibre();
    for (const l of [...ecriture("ACH", "1", "2026-03-05", "x", [["607", 10, 0]]), ...ecriture("VTE", "1", "2026-03-05", "y", [["707", 0, 10]])]) controle.ajouter(l);
    expect(controle.terminer().map((e) => [e.journal, e.numero, e.debit, e.credit])).toEqual([["ACH", "1", 1000, 0], ["VTE", "1", 0, 1000]]);
  });

  it("propriété : des écritures équilibrées mélangées sont valides ; changer un montant rend exactement une écriture déséquilibrée", () => {
    const ecritureTiree = fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(ecritureTiree, { minLength: 1, maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 999 }), (ecritures, graine, delta) => {
        const lignes: LigneEcriture[] = ecritures.flatMap((montants, n) => {
          const total = montants.reduce((s, m) => s + m, 0);
          return ecriture("OD", String(n + 1), "2026-03-05", "x", [...montants.map((m): [string, number, number] => ["607", m / 100, 0]), ["401", 0, total / 100]]);
        });
        // Mélange déterministe : les lignes d'une écriture ne sont plus contiguës.
        const melange = [...lignes].sort((x, y) => ((x.origine! * 7919 + graine) % 101) - ((y.origine! * 7919 + graine) % 101));
        expect(validerJournal(melange)).toEqual([]);
        const i = graine % melange.length;
        melange[i] = { ...melange[i], debit: melange[i].debit ? melange[i].debit + delta : 0, credit: melange[i].credit ? melange[i].credit + delta : 0 };
        const anomalies = validerJournal(melange);
        expect(anomalies).toHaveLength(1);
        expect(anomalies[0].message).toContain(`Écriture OD n° ${melange[i].numero} déséquilibrée`);
      }),
    );
  });
});
