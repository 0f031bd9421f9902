// Le mois de janvier 2025 de l'entreprise d'exemple (feuille « Journal 2025 » et « Relevé bancaire »,
// preview/donnees/janvier.ts), de bout en bout dans un classeur d'aperçu (HyperFormula) chargé avec tout l'exemple :
// étape 1 sur « Journal 2025 », puis états, CA3 et rapprochement.
//
// Oracles indépendants du code : les soldes des comptes viennent de hledger (exemple-janvier.journal, recopié à la main
// depuis les pièces) ; les lignes des états sont calculées à la main à partir de ces soldes :
// - Compte de résultat : ventes de marchandises 707 − 7097 = (1 278,50 + 3 000,00 + 460,20 + 370,80 + 1 292,13)
//   − 46,55 = 6 401,63 − 46,55 = 6 355,08 ; production vendue (708, port) 15,00 ; achats de marchandises
//   588,00 + 460,80 = 1 048,80 ; loyer 1 500,00 ; résultat = 6 370,08 − 2 548,80 = 3 821,28 (bénéfice).
// - Bilan : immobilisations nettes 400,00 + 28 900,00 ; stock 14 350,00 ; clients 3 388,54 (C002 1 632,00 + 1 534,20 ;
//   C008 422,34 − 200,00) ; autres créances (TVA déductible) 300,00 + 117,60 + 92,16 = 509,76 ; disponibilités
//   5 252,46 + 650,00 = 5 902,46 → total actif 53 450,76. Passif : 20 000,00 + 1 200,00 + 3 480,00
//   + (9 875,40 + 3 821,28 = 13 696,68) + 12 600,00 + fournisseurs (552,96 + 705,60 = 1 258,56) + TVA collectée
//   1 215,52 = 53 450,76.
// - SIG : marge commerciale 6 355,08 − 1 048,80 = 5 306,28 ; valeur ajoutée 5 306,28 + 15,00 − 1 500,00 = 3 821,28.
// - CA3 (comptabilite.md § 4.4), ventes ventilées par taux d'après les articles (étiquettes tva:20 / tva:5.5 du journal
//   hledger) : A1 = 6 370,08 → 6 370 ; 08 base 5 966,66 → 5 967, taxe 5 967 × 20 % = 1 193,4 → 1 193 ; 09 base
//   160,20 + 156,00 + 87,22 = 403,42 → 403, taxe 403 × 5,5 % = 22,165 → 22 ; 16 = 1 215 ; 20 = 509,76 → 510 ;
//   TD = 1 215 − 510 = 705 (toutes ventes à 20 %, on aurait eu 6 370 × 20 % − 510 = 764). Écriture de liquidation au
//   centime : D 44571 1 215,52 / C 44566 509,76 / C 44551 705,76.
// - Rapprochement au 31/01/2025 : voir le commentaire de preview/donnees/janvier.ts (soldes rectifiés 6 821,46).
import { appliquerPreparation, preparerEtatsSynthese, preparerRapprochement, preparerStructuration, preparerTva, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurApercu } from "../../../src/classeur/apercu";
import type { Cellule } from "../../../src/classeur/port";
import { planExemple, PREMIERE_FEUILLE } from "../../../preview/donnees/exemple";
import { FEUILLE_JOURNAL_2025, FEUILLE_RELEVE, JOURNAL_2025, RELEVE } from "../../../preview/donnees/janvier";
import { centimes } from "../compta-donnees";
import { decrireAvecHledger, registre, soldes, total } from "./hledger-exemple";

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
const ligne = (g: Cellule[][], libelle: string, j = 0): Cellule[] => g.find((l) => l[j] === libelle) ?? [];
const cts = (v: number | null) => Math.round((v ?? 0) * 100);

decrireAvecHledger("l'exemple de janvier 2025 (Grain de Sel & Cie, feuille « Journal 2025 ») : oracle hledger et calcul à la main", () => {
  let c: ClasseurApercu;
  beforeAll(async () => {
    c = new ClasseurApercu(PREMIERE_FEUILLE);
    await c.appliquer(planExemple());
    expect((await appliquerPreparation(c, prete(await preparerStructuration(c, { source: { genre: "feuille", feuille: FEUILLE_JOURNAL_2025 } })))).ok).toBe(true);
  });

  it("les données = le journal hledger recopié des pièces, compte par compte et tiers par tiers ; le relevé se recalcule (9 362,40 → 8 201,41)", () => {
    const donnees = new Map<string, number>();
    for (const [, , , , compte, tiers, , d, cr] of JOURNAL_2025) {
      const cle = tiers ? `${compte}:${tiers}` : compte;
      donnees.set(cle, (donnees.get(cle) ?? 0) + cts(d) - cts(cr));
    }
    expect([...donnees].sort()).toEqual([...soldes()].sort());
    expect(soldes("^512000$").get("512000")).toBe(525_246);
    const mouvements = RELEVE.slice(1, -1).reduce((s, [, , , d, cr]) => s + cts(cr) - cts(d), 0);
    expect([cts(RELEVE[0][4]), cts(RELEVE[0][4]) + mouvements, cts(RELEVE[RELEVE.length - 1][4])]).toEqual([936_240, 820_141, 820_141]);
  });

  it("états : résultat 3 821,28 (bénéfice) = −Σ classes 6 et 7 de hledger ; bilan 53 450,76 = 53 450,76 ; SIG", async () => {
    expect(total("^6", "^7")).toBe(-382_128);
    expect((await appliquerPreparation(c, prete(await preparerEtatsSynthese(c)))).ok).toBe(true);
    const resultat = (await c.lirePlage("Compte de résultat")).valeurs;
    expect(centimes(ligne(resultat, "Résultat de l'exercice (bénéfice)")[1])).toBe(382_128);
    expect(centimes(ligne(resultat, "Ventes de marchandises")[1])).toBe(-total("^707", "^7097"));
    expect(centimes(ligne(resultat, "Ventes de marchandises")[1])).toBe(635_508);
    expect(centimes(ligne(resultat, "Production vendue (biens et services)")[1])).toBe(1_500);
    expect(centimes(ligne(resultat, "Achats de marchandises")[1])).toBe(104_880);
    const bilan = (await c.lirePlage("Bilan")).valeurs;
    expect(centimes(ligne(bilan, "TOTAL ACTIF")[1])).toBe(5_345_076);
    expect(centimes(ligne(bilan, "TOTAL PASSIF", 2)[3])).toBe(5_345_076);
    expect(centimes(ligne(bilan, "Créances clients et comptes rattachés")[1])).toBe(total("^411") /* 3 388,54 */);
    expect(centimes(ligne(bilan, "Autres créances")[1])).toBe(50_976);
    expect(centimes(ligne(bilan, "Disponibilités")[1])).toBe(total("^512", "^53") /* 5 902,46 */);
    expect(centimes(ligne(bilan, "Disponibilités")[1])).toBe(590_246);
    expect(centimes(ligne(bilan, "Résultat de l'exercice", 2)[3])).toBe(1_369_668);
    expect(centimes(ligne(bilan, "Dettes fournisseurs et comptes rattachés", 2)[3])).toBe(-total("^401") /* 1 258,56 */);
    expect(centimes(ligne(bilan, "Dettes fiscales et sociales", 2)[3])).toBe(121_552);
    const sig = (await c.lirePlage("SIG et CAF")).valeurs;
    expect([centimes(ligne(sig, "Marge commerciale")[1]), centimes(ligne(sig, "Valeur ajoutée")[1]), centimes(ligne(sig, "CAF (méthode additive)")[1])]).toEqual([530_628, 382_128, 382_128]);
  });

  it("CA3 de janvier ventilée par taux (§ 4.4) : A1 6 370 ; 08 5 967 / 1 193 ; 09 403 / 22 ; 16 1 215 ; 20 510 ; TD 705 ; liquidation D 44571 1 215,52 / C 44566 509,76 / C 44551 705,76", async () => {
    expect(-total("^70")).toBe(637_008);
    expect([-total("^70", "tag:tva=20"), -total("^70", "tag:tva=5.5")]).toEqual([596_666, 40_342]);
    expect([-total("^44571"), total("^44566")]).toEqual([121_552, 50_976]);
    const p = prete(await preparerTva(c));
    expect(p.remarques.filter((r) => /TVA collectée|non ventilées/.test(r.message))).toEqual([]);
    expect((await appliquerPreparation(c, p)).ok).toBe(true);
    const g = (await c.lirePlage("TVA CA3")).valeurs;
    expect([ligne(g, "A1")[3], ligne(g, "08")[2], ligne(g, "08")[3], ligne(g, "09")[2], ligne(g, "09")[3], ligne(g, "16")[3], ligne(g, "20")[3], ligne(g, "TD")[3]]).toEqual([6370, 5967, 1193, 403, 22, 1215, 510, 705]);
    expect(ligne(g, "9B")).toEqual([]);
    expect([centimes(ligne(g, "44571")[2]), centimes(ligne(g, "44566")[3]), centimes(ligne(g, "44551")[3])]).toEqual([121_552, 50_976, 70_576]);
  });

  it("rapprochement au 31/01/2025 : 512 5 252,46 ; relevé 8 201,41 ; soldes rectifiés 6 821,46 ; chèque n° 1002 non encaissé, mandat non crédité", async () => {
    // Pointage à la main par montant : lignes du 512 (hledger register) d'un côté, opérations du relevé de l'autre.
    const livre = registre("512000");
    const releve = RELEVE.slice(1, -1).map(([, libelle, , d, cr]) => ({ libelle, montant: cts(cr) - cts(d) }));
    const journalSeul = livre.filter((l) => !releve.some((o) => o.montant === l.montant));
    const releveSeul = releve.filter((o) => !livre.some((l) => l.montant === o.montant));
    expect(journalSeul).toEqual([
      { piece: "CHQ-1002", montant: -288_000 },
      { piece: "MDT-0042", montant: 150_005 },
    ]);
    expect(releveSeul.map((o) => o.montant)).toEqual([163_200, -1_800, -4_500]);
    expect(livre.length - journalSeul.length).toBe(8);
    // Soldes rectifiés : 5 252,46 + 1 632,00 − 18,00 − 45,00 = 6 821,46 = 8 201,41 − 2 880,00 + 1 500,05.
    expect(total("^512000$") + 163_200 - 1_800 - 4_500).toBe(682_146);
    expect(820_141 - 288_000 + 150_005).toBe(682_146);

    const p = prete(await preparerRapprochement(c, { feuilleReleve: FEUILLE_RELEVE }));
    expect(p.resume.slice(0, 3)).toEqual([
      "Créer la feuille « Rapprochement bancaire » : 8 opérations pointées, 3 sur le relevé seulement, 2 dans le journal seulement.",
      "Solde 512000 au 31/01/2025 : 5\u202f252,46\u00a0€ ; solde du relevé : 8\u202f201,41\u00a0€.",
      "Soldes rectifiés : 6\u202f821,46\u00a0€ et 6\u202f821,46\u00a0€ : égaux, le rapprochement est juste.",
    ]);
    expect((await appliquerPreparation(c, p)).ok).toBe(true);
    const g = (await c.lirePlage("Rapprochement bancaire")).valeurs;
    expect(ligne(g, "Solde rectifié").slice(0, 6).map(centimes)).toEqual([0, 682_146, 0, 0, 0, 682_146]);
    expect(g.some((l) => l[3] === "28/01 Chèque n° 1002 Domaine des Coteaux Blancs" && centimes(l[4]) === 288_000)).toBe(true);
    expect(g.some((l) => l[3] === "31/01 Mandat administratif, Mairie de Vertou" && centimes(l[5]) === 150_005)).toBe(true);
    expect(g.some((l) => l[0] === "17/01 VIR SEPA CSE ATLANTIQUE LOGISTIQUE" && centimes(l[1]) === 163_200)).toBe(true);
  });
});
