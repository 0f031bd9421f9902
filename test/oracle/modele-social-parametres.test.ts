// Les paramètres datés d'agora-excel relus contre ceux de modele-social 11.1 (contrôle de saisie des données 2024-2026).
import { Dec } from "../../src/core/argent";
import { baremeAu, parametreAu } from "../../src/core/paie";
import { reglesModeleSocial } from "./modele-social-oracle";

const regles = reglesModeleSocial() as Record<string, Record<string, unknown>>;
type Variation = { si?: string; alors?: unknown; sinon?: unknown };

/** « 4005 €/mois », « 0.5 % », « 4.00% » → décimal (pourcentages en fraction). */
function nombre(v: unknown): Dec {
  const s = String(v).trim();
  const m = /^(-?[0-9.]+)\s*(%|€\/mois|€\/heure)?$/.exec(s);
  if (!m) throw new Error(`valeur illisible : ${s}`);
  return m[2] === "%" ? new Dec(m[1]).div(100) : new Dec(m[1]);
}

/** Date d'une condition « date >= 01/2026 » ou « date >= 01/05/2025 », en ISO. */
function depuis(si: string): string {
  const m = /date >= (?:(\d{2})\/)?(\d{2})\/(\d{4})/.exec(si);
  if (!m) throw new Error(`condition illisible : ${si}`);
  return `${m[3]}-${m[2]}-${m[1] ?? "01"}`;
}

/** Les valeurs datées d'une liste de variations à partir de 2024 : [date ISO, valeur brute]. */
function datees(variations: Variation[]): [string, unknown][] {
  return variations.filter((x) => x.si?.startsWith("date >=")).map((x): [string, unknown] => [depuis(x.si as string), x.alors]).filter(([d]) => d >= "2024-01-01");
}

const jour = (iso: string) => {
  const [annee, mois, j] = iso.split("-").map(Number);
  return { annee, mois, jour: j };
};

describe("paramètres comparés à modele-social 11.1", () => {
  it("plafond de la sécurité sociale 2024-2026", () => {
    const v = datees(regles["plafond sécurité sociale"].variations as Variation[]);
    expect(v.length).toBe(3);
    for (const [date, valeur] of v) expect(baremeAu(jour(date)).pssMensuel.eq(nombre(valeur))).toBe(true);
  });

  it("SMIC horaire de métropole et ses dates (01/11/2024, 01/06/2026)", () => {
    const metropole = (regles["SMIC . horaire"].variations as Variation[]).find((x) => x.sinon) as { sinon: { variations: Variation[] } };
    const v = datees(metropole.sinon.variations);
    expect(v.map(([d]) => d)).toEqual(["2026-06-01", "2026-01-01", "2024-11-01", "2024-01-01"]);
    for (const [date, valeur] of v) {
      expect(parametreAu("smicHoraire", jour(date)).depuis).toBe(date);
      expect(baremeAu(jour(date)).smicHoraire.eq(nombre(valeur))).toBe(true);
    }
  });

  it("chômage (4,00 % au 01/05/2025), AGS (0,25 % au 01/07/2024), vieillesse déplafonnée patronale (2,11 % en 2026)", () => {
    const taux = (regle: string) => datees((regles[regle] as { avec: Record<string, { variations: Variation[] }> }).avec.taux.variations);
    for (const [date, valeur] of taux("salarié . cotisations . chômage")) expect(baremeAu(jour(date)).chomagePatronal.eq(nombre(valeur))).toBe(true);
    for (const [date, valeur] of taux("salarié . cotisations . AGS")) expect(baremeAu(jour(date)).agsPatronal.eq(nombre(valeur))).toBe(true);
    const vieillesse = (regles["salarié . cotisations . vieillesse"].avec as Record<string, { avec: { taux: { variations: Variation[] } } }>)["employeur . déplafonnée"];
    for (const [date, valeur] of datees(vieillesse.avec.taux.variations)) expect(baremeAu(jour(date)).vieillesseDeplafonneePatronal.eq(nombre(valeur))).toBe(true);
  });

  it("RGDU : Tmin 0,02, Tdelta 0,3781 / 0,3821, puissance 1,75", () => {
    const tdelta = regles["salarié . cotisations . exonérations . Tdelta"].variations as Variation[];
    const rgdu = baremeAu(jour("2026-03-01")).rgdu!;
    expect([String(tdelta[0].alors), String(tdelta[1].sinon)]).toEqual([rgdu.tdeltaMoinsDe50.toString(), rgdu.tdeltaAuMoins50.toString()]);
    const tmin = regles["salarié . cotisations . exonérations . Tmin"];
    expect(new Dec(String(typeof tmin === "object" && tmin !== null ? (tmin.valeur ?? tmin.formule) : tmin)).eq(rgdu.tmin)).toBe(true);
    expect(String(regles["salarié . cotisations . exonérations . RGDU"].avec && (regles["salarié . cotisations . exonérations . RGDU"].avec as Record<string, unknown>).P)).toBe(rgdu.puissance.toString());
  });

  it("grilles de taux neutre : mêmes bornes et mêmes taux ; seule la date d'effet de la grille 2026 diffère (01/01/2026 dans le modèle, 01/05/2026 ici)", () => {
    const variations = regles["impôt . taux neutre d'impôt sur le revenu"].variations as { si: string; alors: { grille: { tranches: { plafond?: string; montant: string }[] } } }[];
    const dates: string[] = [];
    for (const v of variations.filter((x) => x.si && depuis(x.si) >= "2024-01-01")) {
      const date = depuis(v.si);
      dates.push(date);
      const tranches = v.alors.grille.tranches;
      // Notre date d'effet de la même grille : le 01/05/2026 pour celle que le modèle date du 01/01/2026 (loi de finances de février 2026).
      const notreDate = date === "2026-01-01" ? "2026-05-01" : date;
      const grille = baremeAu(jour(notreDate)).tauxNeutre;
      expect(grille.map((t) => t.taux.toString())).toEqual(tranches.map((t) => nombre(t.montant).toString()));
      expect(grille.slice(1).map((t) => t.aPartirDe.toString())).toEqual(tranches.slice(0, -1).map((t) => nombre(t.plafond).toString()));
    }
    expect(dates).toEqual(["2026-01-01", "2025-05-01", "2024-01-01"]);
    expect(parametreAu("tauxNeutre", jour("2026-04-30")).depuis).toBe("2026-01-01");
    expect(baremeAu(jour("2026-04-30")).tauxNeutre[1].aPartirDe.toString()).toBe("1620");
  });
});
