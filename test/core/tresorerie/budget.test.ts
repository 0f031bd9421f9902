// Budget de trésorerie, TVA à décaisser et rapprochement bancaire : les exemples de comptabilite.md § 4.4, § 7 et § 8.
import { Dec, somme } from "../../../src/core/argent";
import { budgetTresorerie, echelonner, etatRapprochement, lireConditions, montantsParMois, tvaADecaisser } from "../../../src/core/tresorerie";
import { TraceEnregistree } from "../../../src/core/trace";

const d = (...n: number[]) => n.map((x) => new Dec(x));

describe("TVA à décaisser — comptabilite.md § 4.4 (CA3) et § 8", () => {
  it("mars 2026 : 6 000 − (3 100 + 1 200) = 1 700 à décaisser", () => {
    const trace = new TraceEnregistree();
    expect(tvaADecaisser(d(6000), d(3100, 1200), new Dec(0), trace).toFixed(2)).toBe("1700.00");
    expect(trace.lignes()).toEqual(
      expect.arrayContaining([
        "TVA déductible (ligne 23) = 3\u202f100,00 + 1\u202f200,00 = 4\u202f300,00",
        "TVA à décaisser (ligne TD) = 6\u202f000,00 − 4\u202f300,00 = 1\u202f700,00 (compte 44551, payée le mois suivant)",
      ]),
    );
  });
  it("cas crédit : 3 000 − 4 300 = −1 300 (ligne 25, crédit à reporter en 44567)", () => {
    const trace = new TraceEnregistree();
    expect(tvaADecaisser(d(3000), d(3100, 1200), new Dec(0), trace).toFixed(2)).toBe("-1300.00");
    expect(trace.lignes().join("\n")).toContain("Crédit de TVA (ligne 25) = 4\u202f300,00 − 3\u202f000,00 = 1\u202f300,00, à reporter (ligne 27, compte 44567)");
  });
  it("§ 8 : janvier 4 000 − 2 700 = 1 300 ; février 4 800 − 3 300 = 1 500 ; mars 6 000 − 3 100 − 1 200 = 1 700", () => {
    expect(tvaADecaisser(d(4000), d(2400, 300), new Dec(0)).toFixed(2)).toBe("1300.00");
    expect(tvaADecaisser(d(4800), d(3000, 300), new Dec(0)).toFixed(2)).toBe("1500.00");
    expect(tvaADecaisser(d(6000), d(2800, 300, 1200), new Dec(0)).toFixed(2)).toBe("1700.00");
  });
  it("le crédit antérieur (ligne 22) s'ajoute à la TVA déductible : le crédit de 1 300 reporté sur mars 2026 donne 400", () => {
    expect(tvaADecaisser(d(6000), d(3100, 1200), new Dec(1300)).toFixed(2)).toBe("400.00");
  });
});

/** Les tableaux détaillés du § 8 : une ligne par origine, un mois par colonne (janvier, février, mars). */
const ENCAISSEMENTS = [
  [14400, 7200, null],
  [7200, 12000, 4800],
  [null, 8640, 14400],
  [null, null, 10800],
];
const DECAISSEMENTS = [
  [13200, 14400, 18000],
  [5000, 5000, 5000],
  [2000, 2000, 2000],
  [1800, 1800, 1800],
  [2400, 1300, 1500],
  [null, null, 7200],
];

describe("budget de trésorerie — comptabilite.md § 8 (T1 2026, trésorerie au 01/01 : 3 000)", () => {
  it("totaux mensuels des tableaux détaillés : encaissements 21 600 / 27 840 / 30 000 ; décaissements 24 400 / 24 500 / 35 500", () => {
    expect(montantsParMois(ENCAISSEMENTS, "encaissements").map((x) => x.toFixed(2))).toEqual(["21600.00", "27840.00", "30000.00"]);
    expect(montantsParMois(DECAISSEMENTS, "decaissements").map((x) => x.toFixed(2))).toEqual(["24400.00", "24500.00", "35500.00"]);
  });
  it("une ligne ou une colonne de totaux : un mois par cellule", () => {
    expect(montantsParMois([[21600, 27840, 30000]], "e").map(Number)).toEqual([21600, 27840, 30000]);
    expect(montantsParMois([[21600], [27840], [30000]], "e").map(Number)).toEqual([21600, 27840, 30000]);
  });
  it("trésorerie fin : 200 ; 3 540 ; −1 960, et l'alerte du besoin de financement en mars", () => {
    const trace = new TraceEnregistree();
    const lignes = budgetTresorerie(d(21600, 27840, 30000), d(24400, 24500, 35500), new Dec(3000), trace);
    expect(lignes.map((l) => [l.mois, l.solde.toFixed(2), l.cumul.toFixed(2)])).toEqual([
      [1, "-2800.00", "200.00"],
      [2, "3340.00", "3540.00"],
      [3, "-5500.00", "-1960.00"],
    ]);
    expect(trace.lignes()).toContain("Mois 1 : 3\u202f000,00 + 21\u202f600,00 − 24\u202f400,00 = 200,00");
    expect(trace.lignes()).toContain(
      "Attention : trésorerie négative en fin de mois 3 : besoin de financement (découvert, emprunt, négociation des délais de paiement).",
    );
  });
  it("bilan prévisionnel du 31/03 : clients 5 760 + 25 200 = 30 960 (parts échelonnées après mars)", () => {
    const conditions = lireConditions("30 % comptant ; 50 % 30 jours fin de mois ; 20 % 60 jours");
    const apresMars = [24000, 28800, 36000].flatMap((ttc, i) =>
      echelonner(new Dec(ttc), { annee: 2026, mois: i + 1, jour: 15 }, conditions).filter((l) => l.mois.mois > 3).map((l) => l.montant),
    );
    expect(somme(apresMars).toFixed(2)).toBe("30960.00");
  });
  it("erreurs : plages de longueurs différentes, montant illisible ou négatif (la cellule est nommée)", () => {
    expect(() => budgetTresorerie(d(1, 2), d(1), new Dec(0))).toThrow(/^encaissements, decaissements : 2 mois d'encaissements et 1 mois de décaissements/);
    expect(() => montantsParMois([[100, "beaucoup"]], "encaissements")).toThrow(/^encaissements, ligne 1, colonne 2 : « beaucoup » n'est pas un nombre/);
    expect(() => montantsParMois([[100, -5]], "decaissements")).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^decaissements, ligne 1, colonne 2 : /) }));
  });
});

describe("rapprochement bancaire — comptabilite.md § 7 (31/03/2026)", () => {
  it("512 : 4 250 + 410 − 18 − 22 = 4 620 ; relevé : 5 180 − 1 200 + 640 = 4 620 ; écart nul", () => {
    const trace = new TraceEnregistree();
    const e = etatRapprochement(new Dec(4250), new Dec(5180), { creditsBanque: d(410), debitsBanque: d(18, 22), chequesNonEncaisses: d(1200), remisesNonCreditees: d(640) }, trace);
    expect([e.solde512Rectifie, e.soldeReleveRectifie, e.ecart].map((x) => x.toFixed(2))).toEqual(["4620.00", "4620.00", "0.00"]);
    expect(trace.lignes()).toContain("Les deux soldes rectifiés sont égaux : le rapprochement est juste.");
  });
  it("un montant mal saisi laisse un écart signalé", () => {
    const trace = new TraceEnregistree();
    const e = etatRapprochement(new Dec(4250), new Dec(5180), { creditsBanque: d(401), debitsBanque: d(18, 22), chequesNonEncaisses: d(1200), remisesNonCreditees: d(640) }, trace);
    expect(e.ecart.toFixed(2)).toBe("-9.00");
    expect(trace.lignes().at(-1)).toMatch(/^Attention : les soldes rectifiés diffèrent de −9,00/);
  });
});
