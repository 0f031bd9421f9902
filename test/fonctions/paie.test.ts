// Fonctions AGORA de paie, évaluées par HyperFormula comme dans l'aperçu (les exemples du catalogue sont dans exemples.test.ts).
import { expliquer } from "../../src/fonctions/executer";
import { evaluerFormule } from "../../src/hotes/hyperformula/evaluer";
import { FONCTIONS, trouverFonction } from "../../src/fonctions/index";
import { FONCTIONS_PAIE } from "../../src/fonctions/paie";

const valeur = (formule: string) => {
  const r = evaluerFormule(formule);
  if (!r.ok) throw new Error(`${r.erreur} ${r.message}`);
  return r.valeur;
};

describe("fonctions de paie", () => {
  it("sont au registre, dans la catégorie « Paie », avec des noms d'au moins trois caractères", () => {
    for (const f of FONCTIONS_PAIE) {
      expect(FONCTIONS).toContain(f);
      expect(f.categorie).toBe("Paie");
      expect(f.nom.length).toBeGreaterThanOrEqual(3);
      expect(f.description).toMatch(/^[A-ZÀ-Ý«].{5,}[.)»]$/s);
      for (const a of f.arguments) expect(a.description).toMatch(/^[A-ZÀ-Ý«].{5,}[.)»]$/s);
    }
    expect(FONCTIONS_PAIE.map((f) => f.nom)).toEqual(
      expect.arrayContaining(["SMIC", "PMSS", "BULLETIN", "NET.AVANT.IMPOT", "NET.SOCIAL", "COUT.EMPLOYEUR", "REDUCTION.GENERALE", "INDEMNITE.CP"]),
    );
  });

  it("AGORA.SMIC : horaire et mensuel selon la date (paie.md § 1)", () => {
    expect(valeur('=AGORA.SMIC("31/05/2026")')).toBe(12.02);
    expect(valeur('=AGORA.SMIC("01/06/2026")')).toBe(12.31);
    expect(valeur('=AGORA.SMIC("15/03/2026";VRAI())')).toBe(1823.03);
    expect(valeur('=AGORA.SMIC("15/03/2024";1)')).toBe(1766.92);
    expect(valeur('=AGORA.SMIC("15/03/2024";"mensuel")')).toBe(1766.92);
  });

  it("AGORA.PMSS : 3 864 € en 2024", () => {
    expect(valeur('=AGORA.PMSS("31/12/2024")')).toBe(3864);
  });

  it("AGORA.REDUCTION.GENERALE : temps partiel de 109 heures payées (calcul à la main de test/core/paie/proprietes) et 2025", () => {
    expect(valeur('=AGORA.REDUCTION.GENERALE(1474,04;"15/03/2026";11;109)')).toBe(434.55);
    // Réduction générale 2025 (paie.md § 4.1), calcul à la main : 0,3194 ÷ 0,6 × (1,6 × 1 801,80 ÷ 2 000 − 1) = 0,2350.
    expect(valeur('=AGORA.REDUCTION.GENERALE(2000;"15/03/2025";11)')).toBe(470);
    expect(valeur('=AGORA.REDUCTION.GENERALE(6000;"15/03/2026";11)')).toBe(0);
  });

  it("AGORA.INDEMNITE.CP : le maintien quand le dixième est plus faible (2 200 × 6 ÷ 26 = 507,69)", () => {
    expect(valeur("=AGORA.INDEMNITE.CP(20000;6;2200;26)")).toBe(507.69);
    expect(valeur("=AGORA.INDEMNITE.CP(26400;6;2200;26;30)")).toBe(528);
  });

  it("AGORA.BULLETIN du cadre (paie.md § 10.2) : lignes T2, CET, APEC, heures supplémentaires et totaux", () => {
    const t = valeur('=AGORA.BULLETIN(4600;"cadre";"15/03/2026";60;1,2%;;8;60)') as (string | number)[][];
    const ligneDe = (libelle: string) => t.find((l) => l[0] === libelle);
    expect(ligneDe("Complémentaire Agirc-Arrco T2")).toEqual(["Complémentaire Agirc-Arrco T2", 898.29, 0.0864, 77.61, 0.1295, 116.33]);
    expect(ligneDe("Heures supplémentaires majorées à 25\u202f%")).toEqual(["Heures supplémentaires majorées à 25\u202f%", 8, 37.9113, 303.29, "", ""]);
    expect(ligneDe("TOTAL DES COTISATIONS ET CONTRIBUTIONS")).toEqual(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", 1023.87, "", 2078.83]);
    expect(ligneDe("Net payé")?.[1]).toBe(3430.94);
    expect(t.length).toBeLessThanOrEqual(60);
  });

  it("mauvais statut : #VALEUR! avec un message qui nomme l'argument", () => {
    const r = evaluerFormule('=AGORA.NET.AVANT.IMPOT(2150;"ouvrier";"15/03/2026")');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.erreur, r.message]).toEqual(["#VALEUR!", "statut : « ouvrier » n'est pas un statut ; écrivez « cadre » ou « non-cadre »."]);
    const avant2024 = evaluerFormule('=AGORA.PMSS("15/03/2023")');
    expect(avant2024.ok ? "" : avant2024.erreur).toBe("#N/A");
  });

  it("AGORA.EXPLIQUE : les étapes du net avant impôt, et une alerte quand le taux AT/MP manque", () => {
    const f = trouverFonction("NET.AVANT.IMPOT")!;
    const { etapes } = expliquer(f, [2150, "non-cadre", "15/03/2026", 11]);
    expect(etapes).toContain("Attention : Taux AT/MP non renseigné : la ligne AT/MP est à 0 %. Indiquez le taux notifié par la Carsat à l'établissement.");
    expect(etapes.join("\n")).toContain("Sécurité sociale plafonnée : salarié 2\u202f150,00 × 6,9\u202f% = 148,35 ; employeur 2\u202f150,00 × 8,55\u202f% = 183,825 → 183,83");
    expect(etapes[etapes.length - 1]).toMatch(/^Résultat : 1\u202f\d{3},\d{2}\u00a0€$/);
  });
});
