// Balance âgée (comptabilite.md § 1.6) : retard = date d'arrêté − échéance, tranches non échu, 1–30, 31–60, 61–90,
// > 90 jours ; pièces lettrées soldées, reste d'un lettrage partiel (§ 1.5). Attendus calculés à la main.
import { calculerBalanceAgee } from "../../../src/core/compta/balance-agee";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { TraceEnregistree } from "../../../src/core/trace";

const jour = (jjmmaaaa: string) => {
  const [j, m, a] = jjmmaaaa.split("/").map(Number);
  return { annee: a, mois: m, jour: j };
};

let origine = 1;
interface Options {
  echeance?: string;
  lettrage?: string;
  dateLettrage?: string;
}
function ligne(compte: string, tiers: string, date: string, piece: string, debit: number, credit: number, o: Options = {}): LigneEcriture {
  return {
    journal: "VTE",
    numero: String(++origine),
    date: jour(date),
    compte,
    tiers,
    piece,
    libelle: piece,
    debit: Math.round(debit * 100),
    credit: Math.round(credit * 100),
    ...(o.echeance ? { echeance: jour(o.echeance) } : {}),
    ...(o.lettrage ? { lettrage: o.lettrage } : {}),
    ...(o.dateLettrage ? { dateLettrage: jour(o.dateLettrage) } : {}),
    origine,
  };
}

/** L'exemple du § 1.6 : client C0077, quatre factures (dates d'émission choisies pour le test). */
function exemple16(): LigneEcriture[] {
  origine = 1;
  return [
    ligne("411", "C0077", "16/12/2025", "FA-090", 1200, 0, { echeance: "15/01/2026" }),
    ligne("411", "C0077", "29/01/2026", "FA-095", 800, 0, { echeance: "28/02/2026" }),
    ligne("411", "C0077", "18/02/2026", "FA-099", 1500, 0, { echeance: "20/03/2026" }),
    ligne("411", "C0077", "31/03/2026", "FA-104", 2000, 0, { echeance: "30/04/2026" }),
  ];
}

const au = (d: string) => ({ dateArrete: jour(d) });

describe("balance âgée", () => {
  it("§ 1.6 au 31/03/2026 : retards 75, 31, 11, −30 ; non échu 2 000,00, 1–30 1 500,00, 31–60 800,00, 61–90 1 200,00, > 90 0,00, total 5 500,00", () => {
    const trace = new TraceEnregistree();
    const b = calculerBalanceAgee(exemple16(), au("31/03/2026"), trace);
    expect(b.pieces.map((p) => [p.piece, p.retard, b.tranches[p.tranche].libelle, p.montant])).toEqual([
      ["FA-090", 75, "61–90", 120000],
      ["FA-095", 31, "31–60", 80000],
      ["FA-099", 11, "1–30", 150000],
      ["FA-104", -30, "non échu", 200000],
    ]);
    expect(b.tiers).toEqual([{ categorie: "Clients", compte: "411", tiers: "C0077", libelle: "", tranches: [200000, 150000, 80000, 120000, 0], total: 550000, solde: 550000 }]);
    expect(b.totaux).toEqual({ Clients: [200000, 150000, 80000, 120000, 0] });
    expect(b.sansEcheance).toBe(0);
    expect(trace.lignes()[1]).toBe("Clients : non échu 2\u202f000,00 ; 1–30 1\u202f500,00 ; 31–60 800,00 ; 61–90 1\u202f200,00 ; > 90 0,00 ; total 5\u202f500,00.");
  });

  it("§ 1.6 : un avoir non lettré se classe à sa propre date (sans échéance), en négatif ; il est compté parmi les pièces sans échéance", () => {
    const lignes = [...exemple16(), ligne("411", "C0077", "10/03/2026", "AV-3", 0, 300)];
    const b = calculerBalanceAgee(lignes, au("31/03/2026"));
    // 31/03 − 10/03 = 21 jours : tranche 1–30, 1 500,00 − 300,00 = 1 200,00.
    expect(b.pieces.find((p) => p.piece === "AV-3")).toMatchObject({ montant: -30000, retard: 21, tranche: 1, echeanceLue: false });
    expect(b.tiers[0].tranches).toEqual([200000, 120000, 80000, 120000, 0]);
    expect([b.tiers[0].total, b.sansEcheance]).toEqual([520000, 1]);
  });

  it("§ 1.5 lettré (A total, b partiel) au 31/03/2026 : seul reste le solde de FA-105, 350,00, à l'échéance de la facture", () => {
    origine = 1;
    const lignes = [
      ligne("411", "C0042", "05/03/2026", "FA-101", 1200, 0, { lettrage: "A" }),
      ligne("411", "C0042", "12/03/2026", "AV-7", 0, 200, { lettrage: "A" }),
      ligne("411", "C0042", "30/03/2026", "VIR-33", 0, 1000, { lettrage: "A" }),
      ligne("411", "C0042", "10/03/2026", "FA-105", 600, 0, { lettrage: "b" }),
      ligne("411", "C0042", "31/03/2026", "VIR-40", 0, 250, { lettrage: "b" }),
    ];
    const b = calculerBalanceAgee(lignes, au("31/03/2026"));
    // Sans colonne Échéance : la date de FA-105, 10/03 ; retard 21 jours → 1–30.
    expect(b.pieces).toEqual([
      expect.objectContaining({ piece: "FA-105", montant: 35000, retard: 21, tranche: 1, partiel: "b", origines: [5, 6], echeanceLue: false }),
    ]);
    expect([b.tiers[0].total, b.tiers[0].solde]).toEqual([35000, 35000]);
  });

  it("à la date d'arrêté, un groupe lettré plus tard (règlement postérieur) est encore ouvert ; les lignes postérieures sont ignorées", () => {
    const lignes = [...exemple16()];
    lignes[0] = { ...lignes[0], lettrage: "A" };
    lignes.push(ligne("411", "C0077", "15/04/2026", "VIR-1", 0, 1200, { lettrage: "A" }));
    expect(calculerBalanceAgee(lignes, au("31/03/2026")).tiers[0].total).toBe(550000);
    const apres = calculerBalanceAgee(lignes, au("30/04/2026"));
    // FA-090 soldée ; au 30/04 : FA-095 61 j, FA-099 41 j, FA-104 0 j (échue le jour même : non échu).
    expect(apres.pieces.map((p) => [p.piece, p.retard, p.tranche])).toEqual([
      ["FA-095", 61, 3],
      ["FA-099", 41, 2],
      ["FA-104", 0, 0],
    ]);
    expect(apres.posterieures).toBe(0);
    expect(calculerBalanceAgee(lignes, au("31/03/2026")).posterieures).toBe(1);
  });

  it("un groupe lettré le 15/04 (date de lettrage connue) n'est pas soldé au 10/04 même si ses lignes sont antérieures", () => {
    origine = 1;
    const lignes = [ligne("411", "C1", "01/03/2026", "FA-1", 100, 0, { lettrage: "A", dateLettrage: "15/04/2026" }), ligne("411", "C1", "05/04/2026", "V-1", 0, 100, { lettrage: "A", dateLettrage: "15/04/2026" })];
    expect(calculerBalanceAgee(lignes, au("10/04/2026")).pieces).toHaveLength(2);
    expect(calculerBalanceAgee(lignes, au("15/04/2026")).pieces).toHaveLength(0);
  });

  it("fournisseurs : montants dans le sens de la dette (crédit − débit), après les clients ; un lettrage total faux reste ouvert", () => {
    origine = 1;
    const lignes = [
      ligne("401", "F1", "01/03/2026", "FF-1", 0, 1000, { echeance: "10/03/2026" }),
      ligne("401", "F1", "05/03/2026", "CHQ-1", 400, 0),
      ligne("411", "C1", "01/03/2026", "FA-1", 90, 0, { lettrage: "A" }),
      ligne("411", "C1", "02/03/2026", "V-1", 0, 80, { lettrage: "A" }),
    ];
    const b = calculerBalanceAgee(lignes, au("31/03/2026"));
    expect(b.tiers.map((t) => [t.categorie, t.tiers, t.tranches, t.total, t.solde])).toEqual([
      ["Clients", "C1", [0, 1000, 0, 0, 0], 1000, 1000],
      // FF-1 : 21 jours de retard, 1 000,00 ; chèque du 05/03 : 26 jours, −400,00.
      ["Fournisseurs", "F1", [0, 60000, 0, 0, 0], 60000, -60000],
    ]);
    expect(b.lettragesFaux).toBe(1);
  });
});
