// VNC à une date et cession : l'exemple de cession du PCG 2025 (comptabilite.md § 6 et § 9.4) au centime.
import { Dec } from "../../../src/core/argent";
import { cession, positionAu } from "../../../src/core/immobilisations";
import { TraceEnregistree } from "../../../src/core/trace";
import { immo, jour } from "./outils";

const MATERIEL = immo(8400, jour(2026, 7, 12), 4);

describe("cession — comptabilite.md § 6 (matériel de 8 400 € vendu 4 500 € HT le 30/06/2028)", () => {
  it("dotation complémentaire 1 050,00 (180 jours), cumul 4 135,83, VNC 4 264,17, plus-value 235,83", () => {
    const c = cession(MATERIEL, jour(2028, 6, 30), new Dec(4500));
    expect([c.dotation, c.cumul, c.vnc, c.prix, c.resultat].map((d) => d.toFixed(2))).toEqual(["1050.00", "4135.83", "4264.17", "4500.00", "235.83"]);
  });

  it("la trace donne les écritures avec les comptes 6811, 657, 757 et 462", () => {
    const trace = new TraceEnregistree();
    cession(MATERIEL, jour(2028, 6, 30), new Dec(4500), trace);
    const lignes = trace.lignes();
    expect(lignes).toContain("Exercice 3 (01/01/2028 → 30/06/2028), 180 jours : dotation = 2\u202f100,00 × 180 / 360 = 1\u202f050,00");
    expect(lignes).toContain("1. Dotation complémentaire : D 6811 1\u202f050,00 / C 28… (amortissements) 1\u202f050,00");
    expect(lignes).toContain("2. Sortie de l'actif : D 28… 4\u202f135,83 ; D 657 4\u202f264,17 / C 2… (immobilisation) 8\u202f400,00");
    expect(lignes).toContain("Plus-value = 757 − 657 = 4\u202f500,00 − 4\u202f264,17 = 235,83");
    expect(lignes.join("\n")).toMatch(/PCG 2025 .*657.*757.*avant 2025 : 675 et 775 ; immobilisation financière : 6671 et 7671/);
  });

  it("moins-value : vendu 4 000 € → −264,17", () => {
    const trace = new TraceEnregistree();
    expect(cession(MATERIEL, jour(2028, 6, 30), new Dec(4000), trace).resultat.toFixed(2)).toBe("-264.17");
    expect(trace.lignes()).toContain("Moins-value = 757 − 657 = 4\u202f000,00 − 4\u202f264,17 = −264,17");
  });
});

describe("VNC à une date — comptabilite.md § 9.2 et § 9.3", () => {
  it("à une clôture, la VNC est celle du plan ; au jour de mise en service, un jour d'amortissement", () => {
    expect(positionAu(MATERIEL, jour(2027, 12, 31)).vnc.toFixed(2)).toBe("5314.17");
    // 2 100 × 1 / 360 = 5,833… → 5,83.
    expect(positionAu(MATERIEL, jour(2026, 7, 12)).vnc.toFixed(2)).toBe("8394.17");
  });

  it("après la fin du plan : VNC = valeur résiduelle, dotation nulle", () => {
    const p = positionAu(immo(8400, jour(2026, 7, 12), 4, "lineaire", { valeurResiduelle: 400 }), jour(2031, 1, 1));
    expect([p.dotation.toFixed(2), p.vnc.toFixed(2)]).toEqual(["0.00", "400.00"]);
    expect(positionAu(MATERIEL, jour(2030, 7, 11)).vnc.toFixed(2)).toBe("0.00");
  });

  it("dégressif, exemple 2 : VNC au 31/12/2028 = 2 927,92 ; au 15/03/2029 : 3 mois de l'annuité linéaire 1 463,96 (mois entamé compté)", () => {
    const deg = immo(8400, jour(2026, 7, 12), 5, "degressif");
    expect(positionAu(deg, jour(2028, 12, 31)).vnc.toFixed(2)).toBe("2927.92");
    // 1 463,96 × 3 / 12 = 365,99 ; 2 927,92 − 365,99 = 2 561,93.
    const p = positionAu(deg, jour(2029, 3, 15));
    expect([p.dotation.toFixed(2), p.vnc.toFixed(2)]).toEqual(["365.99", "2561.93"]);
  });

  it("dégressif, exercice d'acquisition : juillet à septembre = 3 mois → 8 400 × 31,25 % × 3 / 12 = 656,25", () => {
    expect(positionAu(immo(8400, jour(2026, 7, 12), 4, "degressif"), jour(2026, 9, 30)).dotation.toFixed(2)).toBe("656.25");
  });

  it("une date antérieure à la mise en service est refusée avec un message qui nomme l'argument", () => {
    expect(() => positionAu(MATERIEL, jour(2026, 7, 11))).toThrow(
      expect.objectContaining({ code: "nombre", message: "date : le 11/07/2026 précède la mise en service (12/07/2026) ; le bien n'est pas encore amorti." }),
    );
    expect(() => cession(MATERIEL, jour(2026, 1, 1), new Dec(100))).toThrow(/^date_cession : /);
  });
});
