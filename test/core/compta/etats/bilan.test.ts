// Bilan simplifié (comptabilite.md § 3.2) : postes, comptes à solde inversé, résultat aux capitaux propres, équilibre.
import fc from "fast-check";
import { calculerBalance } from "../../../../src/core/compta/balance";
import { bilan, type Bilan } from "../../../../src/core/compta/etats/bilan";
import type { SoldeCompte } from "../../../../src/core/compta/etats/rubriques";
import { TraceEnregistree } from "../../../../src/core/trace";
import { ecriture, QUATRE_PREMIERES } from "../ecritures-types";

const postes = (b: Bilan) => ({
  actif: Object.fromEntries(b.actif.map((p) => [p.code, p.montant])),
  passif: Object.fromEntries(b.passif.map((p) => [p.code, p.montant])),
});
const D = (compte: string, euros: number): SoldeCompte => ({ compte, debit: euros * 100, credit: 0 });
const C = (compte: string, euros: number): SoldeCompte => ({ compte, debit: 0, credit: euros * 100 });

describe("bilan : comptabilite.md § 3.2", () => {
  it("les 4 premières écritures du § 6 : 44566 en autres créances, 512 en disponibilités, 44571 en dettes fiscales, bénéfice 1 000", () => {
    const b = bilan(calculerBalance(QUATRE_PREMIERES).comptes);
    expect(postes(b)).toEqual({
      actif: { autresCreances: 20000, disponibilites: 120000 },
      passif: { resultat: 100000, dettesFiscalesSociales: 40000 },
    });
    expect([b.totalActif, b.totalPassif, b.resultatExercice, b.equilibre]).toEqual([140000, 140000, 100000, true]);
  });

  it("classe les tiers et la banque selon le signe du solde ; amortissements en déduction ; perte en moins des capitaux propres", () => {
    const balance = [
      C("101000", 9900), D("218300", 8000), C("281830", 2000), D("370000", 1500), C("397000", 500),
      D("411DUPONT", 3000), C("411MARTIN", 400), // client créditeur → autres dettes
      C("401ALPHA", 2500), D("401BETA", 300), // fournisseur débiteur → autres créances
      C("512000", 1200), D("530000", 100), // banque créditrice → emprunts et dettes financières
      D("4091", 200), C("4191", 700), D("486", 150), C("487", 50),
      C("707000", 5000), D("607000", 9000), // perte 4 000
    ];
    expect(balance.reduce((s, c) => s + c.debit - c.credit, 0)).toBe(0);
    const t = new TraceEnregistree();
    const b = bilan(balance, t);
    expect(postes(b).actif).toEqual({
      immobilisationsCorporelles: 600000, stocks: 100000, avancesVersees: 20000, creancesClients: 300000, autresCreances: 30000, disponibilites: 10000, chargesConstateesAvance: 15000,
    });
    expect(postes(b).passif).toMatchObject({ capital: 990000, resultat: -400000, avancesRecues: 70000, dettesFournisseurs: 250000, autresDettes: 40000, produitsConstatesAvance: 5000 });
    expect(b.passif.find((p) => p.code === "empruntsDettesFinancieres")?.detail).toBe("512000 1\u202f200,00 = 1\u202f200,00");
    expect(b.actif.find((p) => p.code === "immobilisationsCorporelles")?.detail).toBe("218300 8\u202f000,00 − 281830 2\u202f000,00 = 6\u202f000,00");
    expect(b.equilibre).toBe(true);
    expect(t.lignes()).toContain("411MARTIN créditeur (400,00) : au passif, autres dettes.");
    expect(t.lignes()).toContain("401BETA débiteur (300,00) : à l'actif, autres créances.");
  });

  it("la dépréciation des clients (491, créditeur) vient en déduction des créances clients, pas en autres dettes", () => {
    const b = bilan([D("411000", 1000), C("491000", 200), C("101000", 800)]);
    expect(postes(b)).toEqual({ actif: { creancesClients: 80000 }, passif: { capital: 80000 } });
    expect(b.actif[0].detail).toBe("411000 1\u202f000,00 − 491000 200,00 = 800,00");
  });

  // Comptes de bilan et de gestion, dont des comptes à solde inversé possible (tiers, banque, TVA).
  const COMPTES = ["101000", "106800", "110000", "164000", "205000", "218300", "281830", "261000", "370000", "397000", "4091", "4191", "401A", "401B", "404000", "411A", "411B", "421000", "431000",
    "44566", "44571", "44551", "44567", "467000", "486000", "487000", "503000", "512000", "512100", "530000", "607000", "641000", "681120", "707000", "706000", "758000", "695000"];
  it("propriété : pour des journaux équilibrés aléatoires, total actif = total passif et le résultat = actif − passif hors résultat", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...COMPTES), fc.constantFrom(...COMPTES), fc.integer({ min: 1, max: 100_000_00 })), { minLength: 1, maxLength: 60 }),
        (mouvements) => {
          const lignes = mouvements.flatMap(([d, c, m], i) => ecriture("OD", String(i + 1), "2026-03-31", "aléa", [[d, m / 100, 0], [c, 0, m / 100]]));
          const b = bilan(calculerBalance(lignes).comptes);
          expect(b.totalActif).toBe(b.totalPassif);
          const resultatPoste = b.passif.find((p) => p.code === "resultat")?.montant ?? 0;
          expect(b.totalActif - (b.totalPassif - resultatPoste)).toBe(b.resultatExercice);
          expect(b.actif.every((p) => !["creancesClients", "disponibilites"].includes(p.code) || p.montant > 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
