// CA3 (comptabilite.md § 4.4) : l'exemple de mars 2026, cas dû et cas crédit, et l'arrondi à l'euro.
import { arrondiEuro, declarationCa3, type Ca3 } from "../../../../src/core/compta/etats/ca3";
import type { SoldeCompte } from "../../../../src/core/compta/etats/rubriques";
import { TraceEnregistree } from "../../../../src/core/trace";

const D = (compte: string, c: number): SoldeCompte => ({ compte, debit: c, credit: 0 });
const C = (compte: string, c: number): SoldeCompte => ({ compte, debit: 0, credit: c });
const lignes = (d: Ca3) => Object.fromEntries(d.lignes.map((l) => [l.ligne, l.base !== undefined ? [l.base, l.montant] : l.montant]));

describe("CA3 : l'exemple de mars 2026 (comptabilite.md § 4.4)", () => {
  it("cas dû : A1 30 000 ; 08 30 000 / 6 000 ; 16 6 000 ; 19 1 200 ; 20 3 100 ; 23 4 300 ; TD 1 700 ; 28 1 700 ; 32 1 700", () => {
    const d = declarationCa3([C("706000", 3_000_000), C("44571", 600_000), D("44566", 310_000), D("44562", 120_000), D("411000", 3_600_000), C("401000", 2_530_000), D("218300", 600_000)]);
    expect(lignes(d)).toEqual({ A1: 30000, "08": [30000, 6000], "16": 6000, "19": 1200, "20": 3100, "23": 4300, TD: 1700, "28": 1700, "32": 1700 });
    expect(d.tvaDue).toBe(1700);
    expect(d.credit).toBe(0);
    // Écriture au 31/03 : D 44571 6 000,00 / C 44566 3 100,00 / C 44562 1 200,00 / C 44551 1 700,00.
    expect(d.liquidation).toEqual([
      { compte: "44571", debit: 600_000, credit: 0 },
      { compte: "44566", debit: 0, credit: 310_000 },
      { compte: "44562", debit: 0, credit: 120_000 },
      { compte: "44551", debit: 0, credit: 170_000 },
    ]);
  });

  it("cas crédit : 44571 = 3 000, 44566 = 3 100, 44562 = 1 200 → ligne 25 = 1 300, ligne 27 = 1 300, D 44567 1 300", () => {
    const d = declarationCa3([C("707000", 1_500_000), C("44571", 300_000), D("44566", 310_000), D("44562", 120_000)]);
    expect(lignes(d)).toEqual({ A1: 15000, "08": [15000, 3000], "16": 3000, "19": 1200, "20": 3100, "23": 4300, "25": 1300, "27": 1300 });
    expect(d.credit).toBe(1300);
    expect(d.tvaDue).toBe(0);
    expect(d.liquidation).toEqual([
      { compte: "44571", debit: 300_000, credit: 0 },
      { compte: "44566", debit: 0, credit: 310_000 },
      { compte: "44562", debit: 0, credit: 120_000 },
      { compte: "44567", debit: 130_000, credit: 0 },
    ]);
  });

  it("le crédit antérieur (ligne 22) s'impute et le remboursement (ligne 26) réduit le report (ligne 27)", () => {
    const d = declarationCa3([C("707000", 1_500_000), C("44571", 300_000), D("44566", 310_000), D("44562", 120_000)], { creditAnterieur: 50_000, remboursement: 100_000 });
    expect(lignes(d)).toMatchObject({ "22": 500, "23": 4800, "25": 1800, "26": 1000, "27": 800 });
  });

  it("arrondit à l'euro le plus proche, 0,50 → 1 (et −0,50 → −1)", () => {
    expect([arrondiEuro(149), arrondiEuro(150), arrondiEuro(250), arrondiEuro(-150), arrondiEuro(-149), arrondiEuro(3_000_049)]).toEqual([1, 2, 3, -2, -1, 30000]);
  });

  it("signale une TVA collectée qui ne correspond pas au taux normal (ventes à 5,5 % ou exonérées)", () => {
    const t = new TraceEnregistree();
    declarationCa3([C("707000", 1_000_000), C("44571", 55_000)], {}, t);
    expect(t.lignes().some((l) => l.startsWith("Attention : la TVA collectée en comptabilité"))).toBe(true);
  });
});
