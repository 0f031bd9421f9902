// Le mois de janvier 2025 de l'entreprise d'exemple (preview/donnees/releve.ts), de bout en bout dans un classeur
// d'aperçu (HyperFormula) chargé avec tout l'exemple : étape 1 sur « Journal de janvier », puis états, CA3 et
// rapprochement. Attendus calculés à la main (voir le commentaire de releve.ts et de test/e2e/comptabilite-etats.e2e.ts).
import { appliquerPreparation, preparerEtatsSynthese, preparerRapprochement, preparerStructuration, preparerTva, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurApercu } from "../../../src/classeur/apercu";
import type { Cellule } from "../../../src/classeur/port";
import { planExemple, PREMIERE_FEUILLE } from "../../../preview/donnees/exemple";
import { OPERATIONS_JANVIER, RELEVE } from "../../../preview/donnees/releve";
import { centimes } from "../compta-donnees";

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
const ligne = (g: Cellule[][], libelle: string, j = 0): Cellule[] => g.find((l) => l[j] === libelle) ?? [];

describe("l'exemple de janvier 2025 (Grain de Sel & Cie)", () => {
  let c: ClasseurApercu;
  beforeAll(async () => {
    c = new ClasseurApercu(PREMIERE_FEUILLE);
    await c.appliquer(planExemple());
    expect((await appliquerPreparation(c, prete(await preparerStructuration(c, { source: { genre: "feuille", feuille: "Journal de janvier" } })))).ok).toBe(true);
  });

  it("les données : chaque écriture de janvier est équilibrée, le relevé se recalcule (9 362,40 → 7 472,40)", () => {
    const parPiece = new Map<string, number>();
    for (const [, , piece, , , d, cr] of OPERATIONS_JANVIER) parPiece.set(piece, (parPiece.get(piece) ?? 0) + Math.round((d ?? 0) * 100) - Math.round((cr ?? 0) * 100));
    expect([...parPiece.values()].every((e) => e === 0)).toBe(true);
    const mouvements = RELEVE.slice(1, -1).reduce((s, [, , , d, cr]) => s + Math.round((cr ?? 0) * 100) - Math.round((d ?? 0) * 100), 0);
    expect(936_240 + mouvements).toBe(747_240);
  });

  it("états : résultat 2 190,50 (bénéfice) ; bilan 50 907,20 = 50 907,20", async () => {
    expect((await appliquerPreparation(c, prete(await preparerEtatsSynthese(c)))).ok).toBe(true);
    expect(centimes(ligne((await c.lirePlage("Compte de résultat")).valeurs, "Résultat de l'exercice (bénéfice)")[1])).toBe(219_050);
    const bilan = (await c.lirePlage("Bilan")).valeurs;
    expect(centimes(ligne(bilan, "TOTAL ACTIF")[1])).toBe(5_090_720);
    expect(centimes(ligne(bilan, "TOTAL PASSIF", 2)[3])).toBe(5_090_720);
    expect(centimes(ligne(bilan, "Disponibilités")[1])).toBe(367_340);
  });

  it("CA3 de janvier : A1 4 279 ; 08 856 ; 20 418 ; TD 438 ; liquidation D 44571 855,70 / C 44566 417,60 / C 44551 438,10", async () => {
    expect((await appliquerPreparation(c, prete(await preparerTva(c)))).ok).toBe(true);
    const g = (await c.lirePlage("TVA CA3")).valeurs;
    expect([ligne(g, "A1")[3], ligne(g, "08")[3], ligne(g, "20")[3], ligne(g, "TD")[3]]).toEqual([4279, 856, 418, 438]);
    expect([centimes(ligne(g, "44571")[2]), centimes(ligne(g, "44566")[3]), centimes(ligne(g, "44551")[3])]).toEqual([85_570, 41_760, 43_810]);
  });

  it("rapprochement au 31/01/2025 : 512 3 023,40 ; relevé 7 472,40 ; soldes rectifiés 4 592,40 ; chèque n° 1002 non encaissé", async () => {
    const p = prete(await preparerRapprochement(c, { feuilleReleve: "Relevé bancaire" }));
    expect(p.resume.slice(0, 3)).toEqual([
      "Créer la feuille « Rapprochement bancaire » : 6 opérations pointées, 3 sur le relevé seulement, 1 dans le journal seulement.",
      "Solde 512000 au 31/01/2025 : 3\u202f023,40\u00a0€ ; solde du relevé : 7\u202f472,40\u00a0€.",
      "Soldes rectifiés : 4\u202f592,40\u00a0€ et 4\u202f592,40\u00a0€ : égaux, le rapprochement est juste.",
    ]);
    expect((await appliquerPreparation(c, p)).ok).toBe(true);
    const g = (await c.lirePlage("Rapprochement bancaire")).valeurs;
    expect(ligne(g, "Solde rectifié").slice(0, 6).map(centimes)).toEqual([0, 459_240, 0, 0, 0, 459_240]);
    expect(g.some((l) => l[3] === "28/01 Chèque n° 1002 Domaine des Coteaux Blancs" && centimes(l[4]) === 288_000)).toBe(true);
  });
});
