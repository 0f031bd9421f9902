/** DSN pédagogique et fiches DPAE (paie.md § 8) : montants du bulletin (a) de paie.md § 10.1, champs du registre. */
import { preparerDpae, preparerDsn } from "../../../src/actions/paie";
import { appliquer } from "../immobilisations-outils";
import { classeurPaie, PARAMETRES_A, REGISTRE, SALARIE_A } from "./outils";

const MARS_2026 = { annee: 2026, mois: 3 };

describe("DSN mensuelle pédagogique", () => {
  it("bulletin (a) : net fiscal 1 761,15 ; net versé 1 633,80 ; PAS 2 % = 35,22 ; brut 2 150,00 ; rubriques de la norme", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    const p = await appliquer(c, preparerDsn(c, { registre: REGISTRE, periode: MARS_2026 }, { annee: 2026, mois: 4, jour: 2 }));
    const f = "DSN pédagogique 2026-03";
    expect(c.cellule(f, "A1")?.valeur).toBe("DSN mensuelle de mars 2026 — PÉDAGOGIQUE, NON DÉPOSABLE");
    const lignes: string[] = [];
    for (let l = 4; l < 80; l++) {
      const v = c.cellule(f, `A${l}`)?.valeur;
      if (typeof v === "string") lignes.push(v);
    }
    for (const attendue of [
      "S10.G00.00.005,'01'",
      "S10.G00.01.001,'000000117'",
      "S10.G00.01.002,'00010'",
      "S10.G00.01.003,'EXEMPLE SARL'",
      "S20.G00.05.005,'01032026'",
      "S20.G00.05.007,'02042026'",
      "S21.G00.11.008,'11'",
      "S21.G00.30.002,'MARTIN'",
      "S21.G00.30.004,'LÉA'",
      "S21.G00.40.001,'01092020'",
      "S21.G00.40.003,'04'",
      "S21.G00.40.007,'01'",
      "S21.G00.40.014,'10'",
      "S21.G00.50.001,'31032026'",
      "S21.G00.50.002,'1761.15'",
      "S21.G00.50.004,'1633.80'",
      "S21.G00.50.006,'2.00'",
      "S21.G00.50.009,'35.22'",
      "S21.G00.51.013,'2150.00'",
    ])
      expect(lignes).toContain(attendue);
    expect(lignes[lignes.length - 2]).toBe(`S90.G00.90.001,'${lignes.length}'`);
    expect(lignes.every((l) => /^S\d{2}\.G00\.\d{2}\.\d{3},'[^']*'$/.test(l))).toBe(true);
    expect(p.resume[0]).toBe("Feuille « DSN pédagogique 2026-03 » : 45 rubriques pour 1 salarié (3 à compléter, en jaune), non déposable.");
  });
});

describe("fiches DPAE", () => {
  it("une colonne par salarié : employeur, identité, date d'embauche, contrat, temps de travail ; le reste « à compléter »", async () => {
    const c = classeurPaie({ registre: [SALARIE_A, ["A02", "Roux", null, "CDD", 104, "Vendeur", "non-cadre", null, 1300, null]], parametres: PARAMETRES_A });
    const p = await appliquer(c, preparerDpae(c, { registre: REGISTRE }));
    const champ = (libelle: string) => {
      for (let l = 1; l < 30; l++) if (c.cellule("DPAE", `A${l}`)?.valeur === libelle) return [c.cellule("DPAE", `B${l}`)?.valeur, c.cellule("DPAE", `C${l}`)?.valeur];
      return undefined;
    };
    expect(champ("Champ")).toEqual(["A01 Léa Martin", "A02 Roux"]);
    expect(champ("Dénomination")).toEqual(["Exemple SARL", "Exemple SARL"]);
    expect(champ("Date d'embauche")).toEqual(["01/09/2020", "à compléter"]);
    expect(champ("Nature du contrat")).toEqual(["CDI", "CDD (date de fin : à compléter)"]);
    expect(champ("Temps de travail")).toEqual(["temps plein", "temps partiel, 104,00 h par mois"]);
    expect(champ("NIR (n° de sécurité sociale)")).toEqual(["à compléter", "à compléter"]);
    expect(p.resume).toEqual(["Feuille « DPAE » : 2 fiches DPAE (16 champs chacune)."]);
  });
});
