/** Tableau de bord social (paie.md § 9) : rotation de l'exemple (18,18 %), absentéisme, ETP, masse salariale, graphiques. */
import { preparerTableauBord } from "../../../src/actions/paie";
import type { Cellule } from "../../../src/classeur/port";
import { appliquer } from "../immobilisations-outils";
import { classeurPaie, PARAMETRES_A, REGISTRE, variables } from "./outils";

const MARS_2026 = { annee: 2026, mois: 3 };
const options = { registre: REGISTRE, periode: MARS_2026 };
const salarie = (m: string, entree: string | null, heures: number | null = null): Cellule[] => [m, `Nom ${m}`, null, "CDI", heures, null, "non-cadre", entree, 2000, 0];

/** La ligne d'un indicateur (colonnes A à C). */
function indicateur(c: ReturnType<typeof classeurPaie>, libelle: string): Cellule[] | undefined {
  const f = "Tableau de bord social 2026-03";
  for (let l = 1; l < 30; l++) if (c.cellule(f, `A${l}`)?.valeur === libelle) return ["A", "B", "C"].map((x) => c.cellule(f, `${x}${l}`)?.valeur ?? null);
  return undefined;
}

describe("tableau de bord social (paie.md § 9)", () => {
  it("exemple du § 9 : effectif début 10, fin 12, 3 entrées, 1 sortie : rotation ((3 + 1) ÷ 2) ÷ 11 = 18,18 %", async () => {
    const anciens = Array.from({ length: 9 }, (_, k) => salarie(`S${k + 1}`, "01/01/2020"));
    const registre = [...anciens, salarie("S10", "01/01/2020"), salarie("N1", "02/03/2026"), salarie("N2", "09/03/2026"), salarie("N3", "16/03/2026")];
    const c = classeurPaie({ registre, parametres: PARAMETRES_A });
    // Le registre des tests n'a pas de colonne « Date de sortie » : on l'ajoute en K.
    c.feuilles[0].ecrireGrille({ ligne: 0, colonne: 10 }, [["Date de sortie"], ...registre.map((l) => [l[0] === "S10" ? "20/03/2026" : null])]);
    const p = await appliquer(c, preparerTableauBord(c, options));
    expect(indicateur(c, "Effectif au 31/03/2026")?.[1]).toBe(12);
    const rotation = indicateur(c, "Taux de rotation (turnover)");
    expect(rotation?.[1]).toBeCloseTo(2 / 11, 12);
    expect(rotation?.[2]).toBe("((3 entrées + 1 sorties) ÷ 2) ÷ effectif moyen 11");
    expect(p.resume[0]).toMatch(/^Feuille « Tableau de bord social 2026-03 » : 13 indicateurs et 2 graphiques \(effectif 12,/);
    expect(c.graphiques.map((g) => [g.genre, g.titre])).toEqual([
      ["secteurs", "Effectif par statut"],
      ["colonnes", "Salaire brut et coût employeur par salarié"],
    ]);
  });

  it("absentéisme 7 h ÷ (151,67 + 75,835) h = 3,08 % ; ETP 1,5 ; masse brute 4 000 ; ancienneté", async () => {
    const c = classeurPaie({
      registre: [salarie("A", "01/03/2016"), salarie("B", "01/03/2024", 75.835)],
      parametres: PARAMETRES_A,
      variables: [variables("A", { "Absence (heures)": 7, "Motif d'absence": "Absence injustifiée", "Formation (heures)": 3.5 })],
    });
    await appliquer(c, preparerTableauBord(c, options));
    expect(indicateur(c, "Taux d'absentéisme")?.[1]).toBeCloseTo(7 / 227.505, 12);
    expect(indicateur(c, "Équivalents temps plein (ETP)")?.[1]).toBe(1.5);
    expect(indicateur(c, "dont temps partiel")?.[1]).toBe(1);
    // Brut de A : 2 000 − retenue d'absence ; de B : 2 000 (temps partiel à 2 000 € : hypothèse de test).
    expect(indicateur(c, "Heures de formation")?.[1]).toBe(3.5);
    // Ancienneté au 31/03/2026 : (3 682 + 760) jours ÷ 365,25 ÷ 2.
    expect(indicateur(c, "Ancienneté moyenne (années)")?.[1]).toBeCloseTo((3682 + 760) / 365.25 / 2, 12);
  });
});
