// Amortissement linéaire : l'exemple chiffré de comptabilite.md § 9.2 au centime, et les règles du § 9.2 / § 9.1.
import { annuiteDuRang, planLineaire } from "../../../src/core/immobilisations";
import { TraceEnregistree } from "../../../src/core/trace";
import { immo, jour, lignesPlan } from "./outils";

const MISE_EN_SERVICE = jour(2026, 7, 12);

describe("linéaire — comptabilite.md § 9.2 (8 400 € HT, mis en service le 12/07/2026, 4 ans, clôture au 31/12)", () => {
  it("le plan du tableau de la référence, exercice par exercice", () => {
    expect(lignesPlan(planLineaire(immo(8400, MISE_EN_SERVICE, 4)))).toEqual([
      "1 | 12/07/2026 | 31/12/2026 | 8400.00 | 985.83 | 985.83 | 7414.17",
      "2 | 01/01/2027 | 31/12/2027 | 8400.00 | 2100.00 | 3085.83 | 5314.17",
      "3 | 01/01/2028 | 31/12/2028 | 8400.00 | 2100.00 | 5185.83 | 3214.17",
      "4 | 01/01/2029 | 31/12/2029 | 8400.00 | 2100.00 | 7285.83 | 1114.17",
      "5 | 01/01/2030 | 11/07/2030 | 8400.00 | 1114.17 | 8400.00 | 0.00",
    ]);
  });

  it("la trace montre 169 jours = (30 − 12 + 1) + 5 × 30, 985,833… → 985,83, et la dernière annuité de 191 jours", () => {
    const trace = new TraceEnregistree();
    planLineaire(immo(8400, MISE_EN_SERVICE, 4), trace);
    const lignes = trace.lignes();
    expect(lignes).toContain("Taux linéaire = 1 / 4 ans = 25\u202f% ; annuité pleine = 8\u202f400,00 × 25\u202f% = 2\u202f100,00");
    expect(lignes).toContain(
      "Exercice 1 (12/07/2026 → 31/12/2026), (30 − 12 + 1) + 5 × 30 = 169 jours : annuité = 2\u202f100,00 × 169 / 360 = 985,833333… → 985,83 ; cumul 985,83 ; VNC 7\u202f414,17",
    );
    expect(lignes).toContain("Exercice 5 (01/01/2030 → 11/07/2030), 191 jours : dernière annuité = 8\u202f400,00 − 7\u202f285,83 = 1\u202f114,17 ; cumul 8\u202f400,00 ; VNC 0,00");
  });

  it("annuité par rang ; 0 après la fin du plan ; rang < 1 refusé", () => {
    const plan = planLineaire(immo(8400, MISE_EN_SERVICE, 4));
    expect(annuiteDuRang(plan, 1).toFixed(2)).toBe("985.83");
    expect(annuiteDuRang(plan, 5).toFixed(2)).toBe("1114.17");
    expect(annuiteDuRang(plan, 6).toFixed(2)).toBe("0.00");
    expect(() => annuiteDuRang(plan, 0)).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^rang_exercice : /) }));
  });
});

describe("linéaire — règles du § 9.2", () => {
  it("« pour un 31, compter 1 jour » : mise en service le 31/07 → 1 + 5 × 30 = 151 jours ; le 30/07 aussi", () => {
    for (const j of [31, 30]) {
      const trace = new TraceEnregistree();
      const plan = planLineaire(immo(3600, jour(2026, 7, j), 1), trace);
      // Annuité pleine 3 600 : 3 600 × 151 / 360 = 1 510,00 ; le reste (2 090,00) sur l'exercice suivant.
      expect(plan.lignes.map((l) => l.annuite.toFixed(2))).toEqual(["1510.00", "2090.00"]);
      expect(trace.lignes().join("\n")).toContain("(30 − 30 + 1) + 5 × 30 = 151 jours");
    }
  });

  it("mise en service le premier jour de l'exercice : durée exercices d'annuités pleines, sans exercice de plus", () => {
    const plan = planLineaire(immo(8400, jour(2026, 1, 1), 4));
    expect(plan.lignes.map((l) => l.annuite.toFixed(2))).toEqual(["2100.00", "2100.00", "2100.00", "2100.00"]);
    expect(plan.lignes[3].fin).toEqual(jour(2029, 12, 31));
  });

  it("§ 9.1 : la dernière annuité absorbe l'arrondi (1 000 € sur 3 ans : 333,33 ; 333,33 ; 333,34)", () => {
    const plan = planLineaire(immo(1000, jour(2026, 1, 1), 3));
    expect(plan.lignes.map((l) => l.annuite.toFixed(2))).toEqual(["333.33", "333.33", "333.34"]);
  });

  it("§ 9.1 : valeur résiduelle déduite de la base ; la VNC finit exactement à la valeur résiduelle", () => {
    const plan = planLineaire(immo(8400, MISE_EN_SERVICE, 4, "lineaire", { valeurResiduelle: 400 }));
    // Base 8 000, annuité pleine 2 000 ; 2 000 × 169 / 360 = 938,888… → 938,89.
    expect(lignesPlan(plan)).toEqual([
      "1 | 12/07/2026 | 31/12/2026 | 8000.00 | 938.89 | 938.89 | 7461.11",
      "2 | 01/01/2027 | 31/12/2027 | 8000.00 | 2000.00 | 2938.89 | 5461.11",
      "3 | 01/01/2028 | 31/12/2028 | 8000.00 | 2000.00 | 4938.89 | 3461.11",
      "4 | 01/01/2029 | 31/12/2029 | 8000.00 | 2000.00 | 6938.89 | 1461.11",
      "5 | 01/01/2030 | 11/07/2030 | 8000.00 | 1061.11 | 8000.00 | 400.00",
    ]);
  });

  it("clôture au 30/06 : l'exercice de mise en service va du 12/07/2026 au 30/06/2027 (349 jours)", () => {
    const plan = planLineaire(immo(8400, MISE_EN_SERVICE, 4, "lineaire", { cloture: { mois: 6, jour: 30 } }));
    // (30 − 12 + 1) + 11 × 30 = 349 ; 2 100 × 349 / 360 = 2 035,833… → 2 035,83 ; dernier exercice : 01/07/2030 → 11/07/2030.
    expect(plan.lignes[0].annuite.toFixed(2)).toBe("2035.83");
    expect(plan.lignes[0].fin).toEqual(jour(2027, 6, 30));
    expect(plan.lignes.map((l) => l.annuite.toFixed(2)).slice(1)).toEqual(["2100.00", "2100.00", "2100.00", "64.17"]);
  });

  it("premier exercice de 18 mois (première clôture au 31/12/2027) : 2 100 × 540 / 360 = 3 150,00", () => {
    const plan = planLineaire(immo(8400, jour(2026, 7, 1), 4, "lineaire", { premiereCloture: jour(2027, 12, 31) }));
    expect(plan.lignes.map((l) => l.annuite.toFixed(2))).toEqual(["3150.00", "2100.00", "2100.00", "1050.00"]);
    expect(plan.lignes[3].fin).toEqual(jour(2030, 6, 30));
  });

  it("jours réels : 2 100 × 173 / 365 = 995,34 (12/07 → 31/12/2026 compte 173 jours calendaires)", () => {
    const plan = planLineaire(immo(8400, MISE_EN_SERVICE, 4, "lineaire", { decompte: "reel" }));
    expect(plan.lignes[0].annuite.toFixed(2)).toBe("995.34");
    expect(plan.lignes[4].annuite.toFixed(2)).toBe("1104.66");
  });

  it("erreurs : durée nulle ou trop longue, valeur résiduelle supérieure à la base — messages en français", () => {
    expect(() => planLineaire(immo(8400, MISE_EN_SERVICE, 0))).toThrow(expect.objectContaining({ code: "nombre", message: expect.stringMatching(/^duree : la durée d'utilisation doit être d'au moins 1 an/) }));
    expect(() => planLineaire(immo(8400, MISE_EN_SERVICE, 51))).toThrow(/^duree : 51 ans dépasse la durée la plus longue acceptée \(50 ans\)\.$/);
    expect(() => planLineaire(immo(8400, MISE_EN_SERVICE, 4, "lineaire", { valeurResiduelle: 9000 }))).toThrow(
      /^valeur_residuelle : la valeur résiduelle \(9\u202f000,00\) dépasse la valeur d'origine \(8\u202f400,00\)\.$/,
    );
  });
});
