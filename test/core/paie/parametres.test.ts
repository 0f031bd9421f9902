// Paramètres de paie datés (paie.md § 1, § 3, § 4, § 5.4) : chaque valeur avec sa date d'effet et sa source.
import { Dec } from "../../../src/core/argent";
import { ErreurAgora } from "../../../src/core/erreurs";
import { ANNEES_PAIE, TABLES_PAIE, baremeAu, parametreAu, verifierParametresPaie } from "../../../src/core/paie/parametres";
import { PAIE_2026 } from "../../../src/core/paie/parametres/2026";
import type { DonneesAnnee } from "../../../src/core/paie/parametres/types";

const jour = (iso: string) => {
  const [annee, mois, j] = iso.split("-").map(Number);
  return { annee, mois, jour: j };
};
const valeur = (cle: keyof typeof TABLES_PAIE, iso: string) => parametreAu(cle, jour(iso)).valeur;

describe("paramètres de paie datés 2024-2026", () => {
  it("les données sont complètes : chaque année donne chaque clé au 1er janvier, avec une source, sans date hors de l'année", () => {
    expect(ANNEES_PAIE.map((a) => a.annee)).toEqual([2024, 2025, 2026]);
    expect(verifierParametresPaie()).toEqual([]);
  });

  it("une année nouvelle est un fichier de données : une copie de 2026 datée de 2027 est acceptée telle quelle", () => {
    const redater = <T>(v: T): T => JSON.parse(JSON.stringify(v).replace(/"2026-/g, '"2027-'));
    const annee2027: DonneesAnnee = { annee: 2027, valeurs: redater(PAIE_2026.valeurs) };
    expect(verifierParametresPaie([...ANNEES_PAIE, annee2027])).toEqual([]);
    const incomplete: DonneesAnnee = { annee: 2027, valeurs: { ...annee2027.valeurs, pssMensuel: [] } };
    expect(verifierParametresPaie([...ANNEES_PAIE, incomplete])).toEqual(["2027 : pssMensuel n'a pas de valeur au 1er janvier."]);
  });

  it("SMIC horaire (paie.md § 1) : 11,65 € puis 11,88 € au 01/11/2024 ; 12,02 € puis 12,31 € au 01/06/2026", () => {
    expect(valeur("smicHoraire", "2024-10-31")).toBe("11.65");
    expect(valeur("smicHoraire", "2024-11-01")).toBe("11.88");
    expect(valeur("smicHoraire", "2025-07-14")).toBe("11.88");
    expect(valeur("smicHoraire", "2026-05-31")).toBe("12.02");
    expect(valeur("smicHoraire", "2026-06-01")).toBe("12.31");
    expect(parametreAu("smicHoraire", jour("2026-06-01")).source).toContain("Arrêté du 22/05/2026");
  });

  it("PSS mensuel (paie.md § 1) : 3 864 €, 3 925 €, 4 005 €", () => {
    expect(baremeAu(jour("2024-03-01")).pssMensuel.toString()).toBe("3864");
    expect(baremeAu(jour("2025-12-01")).pssMensuel.toString()).toBe("3925");
    expect(baremeAu(jour("2026-01-01")).pssMensuel.toString()).toBe("4005");
  });

  it("changements en cours d'année (paie.md § 3.1, § 4.1) : AGS au 01/07/2024, chômage et T au 01/05/2025", () => {
    expect(valeur("agsPatronal", "2024-06-30")).toBe("0.002");
    expect(valeur("agsPatronal", "2024-07-01")).toBe("0.0025");
    expect(valeur("chomagePatronal", "2025-04-30")).toBe("0.0405");
    expect(valeur("chomagePatronal", "2025-05-01")).toBe("0.04");
    expect(valeur("reductionGenerale", "2025-04-30")).toEqual({ seuilSmic: "1.6", tMoinsDe50: "0.3194", tAuMoins50: "0.3234" });
    expect(valeur("reductionGenerale", "2025-05-01")).toEqual({ seuilSmic: "1.6", tMoinsDe50: "0.3193", tAuMoins50: "0.3233" });
  });

  it("2026 (paie.md § 3.1, § 4.2) : vieillesse déplafonnée 2,11 %, plus de taux réduits, RGDU Tdelta 0,3781 / 0,3821", () => {
    const b = baremeAu(jour("2026-03-01"));
    expect(b.vieillesseDeplafonneePatronal.eq("0.0211")).toBe(true);
    expect(b.maladieSeuilTauxReduit).toBeNull();
    expect(b.familleSeuilTauxReduit).toBeNull();
    expect(b.reductionGenerale).toBeNull();
    expect(b.rgdu && [b.rgdu.tmin, b.rgdu.tdeltaMoinsDe50, b.rgdu.tdeltaAuMoins50, b.rgdu.puissance, b.rgdu.seuilSmic].map(String)).toEqual(["0.02", "0.3781", "0.3821", "1.75", "3"]);
    expect(baremeAu(jour("2025-03-01")).vieillesseDeplafonneePatronal.eq("0.0202")).toBe(true);
  });

  it("seuils des taux réduits 2024-2025 (paie.md § 3.1) : 4 368 € et 6 115,20 € en 2024 ; 4 054,05 € et 5 945,94 € en 2025", () => {
    const mensuel = (iso: string, cle: "maladieSeuilTauxReduit" | "familleSeuilTauxReduit") => {
      const s = baremeAu(jour(iso))[cle];
      return s ? s.multipleSmic.times(s.smicHoraireReference).times(1820).div(12).toDecimalPlaces(2).toString() : null;
    };
    expect(mensuel("2024-06-01", "maladieSeuilTauxReduit")).toBe("4368");
    expect(mensuel("2024-06-01", "familleSeuilTauxReduit")).toBe("6115.2");
    expect(mensuel("2025-06-01", "maladieSeuilTauxReduit")).toBe("4054.05");
    expect(mensuel("2025-06-01", "familleSeuilTauxReduit")).toBe("5945.94");
  });

  it("déduction forfaitaire HS (paie.md § 2.2) : rien à partir de 250 salariés avant 2026, 0,50 € en 2026", () => {
    const palier = (iso: string, effectif: number) =>
      [...baremeAu(jour(iso)).deductionForfaitaireHs].reverse().find((p) => effectif >= p.effectifMin)?.montantParHeure.toString();
    expect(palier("2024-03-01", 19)).toBe("1.5");
    expect(palier("2025-03-01", 60)).toBe("0.5");
    expect(palier("2025-03-01", 300)).toBe("0");
    expect(palier("2026-03-01", 300)).toBe("0.5");
  });

  it("grilles de taux neutre (paie.md § 5.4) : bascule au 01/05/2025 et au 01/05/2026, 20 tranches", () => {
    const premiere = (iso: string) => baremeAu(jour(iso)).tauxNeutre[1].aPartirDe.toString();
    expect(premiere("2025-04-30")).toBe("1591");
    expect(premiere("2025-05-01")).toBe("1620");
    expect(premiere("2026-04-30")).toBe("1620");
    expect(premiere("2026-05-01")).toBe("1635");
    expect(baremeAu(jour("2026-05-01")).tauxNeutre.map((t) => t.taux.toString()).slice(-3)).toEqual(["0.33", "0.38", "0.43"]);
    expect(baremeAu(jour("2026-05-01")).tauxNeutre).toHaveLength(20);
  });

  it("avant 2024, la paie n'a pas de paramètres : #N/A avec un message qui dit où commence le tableau", () => {
    expect(() => baremeAu(jour("2023-12-01"))).toThrow(ErreurAgora);
    expect(() => baremeAu(jour("2023-12-01"))).toThrow("aucune valeur connue au 01/12/2023 (le tableau commence le 01/01/2024)");
  });

  it("les montants sont des décimaux exacts, jamais des nombres binaires", () => {
    expect(baremeAu(jour("2026-03-01")).cegT1Salarial).toBeInstanceOf(Dec);
    expect(baremeAu(jour("2026-03-01")).apecSalarial.toString()).toBe("0.00024");
  });
});
