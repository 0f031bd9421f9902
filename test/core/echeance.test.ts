import fc from "fast-check";
import { ajouterJours, ecartJours, finDeMois, joursDansMois, type Jour } from "../../src/core/dates";
import { echeance, lireModeEcheance, plafondLegal, type ModeEcheance } from "../../src/core/echeance";
import { TraceEnregistree } from "../../src/core/trace";

const jour = (annee: number, mois: number, j: number): Jour => ({ annee, mois, jour: j });
const NET: ModeEcheance = { genre: "net" };
const FDM: ModeEcheance = { genre: "finDeMois" };
const FDM_PLUS: ModeEcheance = { genre: "finDeMoisPlusJours" };
const LE = (j: number): ModeEcheance => ({ genre: "jourDuMois", jour: j });

describe("échéance — modes de paiement", () => {
  it("net : 15/03/2026 + 30 jours = 14/04/2026 ; 0 jour = la date de facture", () => {
    expect(echeance(jour(2026, 3, 15), 30, NET)).toEqual(jour(2026, 4, 14));
    expect(echeance(jour(2026, 3, 15), 0, NET)).toEqual(jour(2026, 3, 15));
  });
  it("net à travers février : 31/01 + 30 jours = 02/03/2026, mais 01/03/2028 (année bissextile)", () => {
    expect(echeance(jour(2026, 1, 31), 30, NET)).toEqual(jour(2026, 3, 2));
    expect(echeance(jour(2028, 1, 31), 30, NET)).toEqual(jour(2028, 3, 1));
  });
  it("30 jours fin de mois : 15/03/2026 → 14/04 → 30/04/2026", () => {
    expect(echeance(jour(2026, 3, 15), 30, FDM)).toEqual(jour(2026, 4, 30));
  });
  it("fin de mois en février : 15/01 + 30 jours = 14/02 → 28/02/2026, 29/02/2028", () => {
    expect(echeance(jour(2026, 1, 15), 30, FDM)).toEqual(jour(2026, 2, 28));
    expect(echeance(jour(2028, 1, 15), 30, FDM)).toEqual(jour(2028, 2, 29));
    expect(echeance(jour(2100, 1, 15), 30, FDM)).toEqual(jour(2100, 2, 28)); // 2100 n'est pas bissextile
  });
  it("fin de mois + jours : fin du mois de la facture (31/03/2026) + 45 jours = 15/05/2026", () => {
    const trace = new TraceEnregistree();
    expect(echeance(jour(2026, 3, 15), 45, FDM_PLUS, trace)).toEqual(jour(2026, 5, 15));
    expect(trace.lignes().slice(0, 2)).toEqual(["Fin du mois de la facture : 31/03/2026", "31/03/2026 + 45 jours = 15/05/2026"]);
  });
  it("fin de mois le 10 : 15/03/2026 + 45 jours = 29/04 → fin de mois 30/04 → 10/05/2026", () => {
    expect(echeance(jour(2026, 3, 15), 45, LE(10))).toEqual(jour(2026, 5, 10));
  });
  it("le 10 d'une année sur l'autre : 15/12/2026 + 30 jours = 14/01/2027 → 10/02/2027", () => {
    expect(echeance(jour(2026, 12, 15), 30, LE(10))).toEqual(jour(2027, 2, 10));
  });
  it("le 31 ramené à la longueur du mois (comme 31 janvier + 1 mois) : 28/02/2026, 29/02/2028, 30/04/2026", () => {
    expect(echeance(jour(2026, 1, 31), 0, LE(31))).toEqual(jour(2026, 2, 28));
    expect(echeance(jour(2028, 1, 31), 0, LE(31))).toEqual(jour(2028, 2, 29));
    expect(echeance(jour(2026, 3, 2), 0, LE(31))).toEqual(jour(2026, 4, 30));
    expect(echeance(jour(2026, 3, 2), 0, LE(30))).toEqual(jour(2026, 4, 30));
    expect(echeance(jour(2026, 4, 2), 0, LE(31))).toEqual(jour(2026, 5, 31));
  });
  it("délai négatif → #NOMBRE! ; date au-delà du 31/12/9999 → #NOMBRE!", () => {
    expect(() => echeance(jour(2026, 3, 15), -1, NET)).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^jours : .*négatif/) }));
    expect(() => echeance(jour(9999, 12, 15), 30, NET)).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/9999/) }));
    expect(() => echeance(jour(9999, 12, 15), 0, LE(10))).toThrow(expect.objectContaining({ code: "nombre" }));
  });
});

describe("échéance — lecture du mode", () => {
  it.each([
    ["net", NET],
    ["  NET ", NET],
    ["fin de mois", FDM],
    ["Fin de mois", FDM],
    ["FDM", FDM],
    ["fin du mois", FDM],
    ["fin de mois + jours", FDM_PLUS],
    ["fin de mois+jours", FDM_PLUS],
    ["fin de mois plus jours", FDM_PLUS],
    ["le 10", LE(10)],
    ["fin de mois le 10", LE(10)],
    ["FDM le 5", LE(5)],
    ["le 31", LE(31)],
  ])("« %s »", (texte, attendu) => {
    expect(lireModeEcheance(texte)).toEqual(attendu);
  });
  it("mode inconnu → #VALEUR! qui liste les modes acceptés ; jour 0 ou 32 → #VALEUR!", () => {
    expect(() => lireModeEcheance("à la saint-glinglin")).toThrow(
      expect.objectContaining({ code: "valeur", message: expect.stringMatching(/« à la saint-glinglin ».*« net ».*« fin de mois ».*« fin de mois \+ jours ».*« le 10 »/) }),
    );
    expect(() => lireModeEcheance("le 32")).toThrow(expect.objectContaining({ code: "valeur" }));
    expect(() => lireModeEcheance("le 0")).toThrow(expect.objectContaining({ code: "valeur" }));
  });
});

describe("échéance — plafond légal (C. com. art. L. 441-10, comptabilite.md § 5.4)", () => {
  const alertes = (t: TraceEnregistree) => t.etapes.filter((e) => e.genre === "alerte").map((e) => e.texte);

  it("plafond d'une facture du 15/03/2026 : le plus tardif de 14/05 (60 j), 30/04 (fin de mois de J + 45), 15/05 (fin de mois + 45 j)", () => {
    expect(plafondLegal(jour(2026, 3, 15))).toEqual(jour(2026, 5, 15));
  });
  it("plafond d'une facture du 31/03/2026 : 30/05 (60 j), 31/05 (fin du mois du 15/05), 15/05 → 31/05", () => {
    expect(plafondLegal(jour(2026, 3, 31))).toEqual(jour(2026, 5, 31));
  });
  it("60 jours nets et 45 jours fin de mois sont conformes : pas d'alerte", () => {
    for (const [date, jours, mode] of [
      [jour(2026, 3, 15), 60, NET],
      [jour(2026, 3, 15), 45, FDM],
      [jour(2026, 3, 15), 45, FDM_PLUS],
      [jour(2026, 3, 31), 61, NET],
    ] as const) {
      const trace = new TraceEnregistree();
      echeance(date, jours, mode, trace);
      expect(alertes(trace)).toEqual([]);
      expect(trace.etapes.some((e) => e.genre === "regle" && /L\. 441-10/.test(e.texte))).toBe(true);
    }
  });
  it("au-delà : la date est rendue, avec une alerte « plafond légal » (60 jours fin de mois, 46 jours après la fin de mois, 62 jours nets)", () => {
    for (const [date, jours, mode, attendu] of [
      [jour(2026, 3, 15), 60, FDM, jour(2026, 5, 31)],
      [jour(2026, 3, 15), 46, FDM_PLUS, jour(2026, 5, 16)],
      [jour(2026, 3, 31), 62, NET, jour(2026, 6, 1)],
      [jour(2026, 3, 15), 60, LE(10), jour(2026, 6, 10)],
    ] as const) {
      const trace = new TraceEnregistree();
      expect(echeance(date, jours, mode, trace)).toEqual(attendu);
      const [alerte, ...autres] = alertes(trace);
      expect(autres).toEqual([]);
      expect(alerte).toMatch(/plafond légal/);
      expect(alerte).toMatch(/L\. 441-10/);
    }
  });
});

describe("échéance — propriétés", () => {
  const dates = fc.integer({ min: 0, max: 365 * 150 }).map((n) => ajouterJours(jour(1950, 1, 1), n));
  const delais = fc.integer({ min: 0, max: 400 });
  const modes = fc.oneof(
    fc.constant(NET),
    fc.constant(FDM),
    fc.constant(FDM_PLUS),
    fc.integer({ min: 1, max: 31 }).map(LE),
  );

  it("jamais avant date + jours ; net = exactement date + jours ; fin de mois = dernier jour d'un mois ; le J ≤ J", () => {
    fc.assert(
      fc.property(dates, delais, modes, (date, jours, mode) => {
        const e = echeance(date, jours, mode);
        expect(ecartJours(date, e)).toBeGreaterThanOrEqual(jours);
        if (mode.genre === "net") expect(ecartJours(date, e)).toBe(jours);
        if (mode.genre === "finDeMois") expect(e).toEqual(finDeMois(e));
        if (mode.genre === "jourDuMois") expect(e.jour).toBe(Math.min(mode.jour, joursDansMois(e.annee, e.mois)));
      }),
      { numRuns: 3000 },
    );
  });
  it("alerte si et seulement si l'échéance dépasse 60 jours et les deux lectures de « 45 jours fin de mois »", () => {
    fc.assert(
      fc.property(dates, delais, modes, (date, jours, mode) => {
        const trace = new TraceEnregistree();
        const e = echeance(date, jours, mode, trace);
        const lectures = [ajouterJours(date, 60), finDeMois(ajouterJours(date, 45)), ajouterJours(finDeMois(date), 45)];
        const auDela = lectures.every((l) => ecartJours(l, e) > 0);
        expect(trace.etapes.some((x) => x.genre === "alerte")).toBe(auDela);
      }),
      { numRuns: 3000 },
    );
  });
});
