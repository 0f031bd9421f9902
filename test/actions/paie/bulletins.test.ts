/** « Générer les bulletins » : feuilles de bulletin et livre de paie, contre les bulletins de mars 2026 de paie.md § 10. */
import { preparerBulletins } from "../../../src/actions/paie";
import { appliquer, lignesTable, pret, refus } from "../immobilisations-outils";
import { classeurPaie, ligneBulletin, montantBulletin, PARAMETRES_A, PARAMETRES_B, REGISTRE, SALARIE_A, SALARIE_B, variables } from "./outils";

const MARS_2026 = { annee: 2026, mois: 3 };
const options = { registre: REGISTRE, periode: MARS_2026 };

describe("bulletin (a), paie.md § 10.1 : non-cadre, 2 150 €, 11 salariés", () => {
  it("feuille « Bulletin 2026-03 A01 » : net payé 1 633,80 ; coût employeur 2 540,31 ; lignes au centime", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    const p = await appliquer(c, preparerBulletins(c, options));
    const f = "Bulletin 2026-03 A01";
    expect(c.feuilleActive).toBe(f);
    expect(montantBulletin(c, f, "NET PAYÉ")).toBe(1633.8);
    expect(montantBulletin(c, f, "MONTANT NET SOCIAL")).toBe(1669.02);
    expect(montantBulletin(c, f, "NET À PAYER AVANT IMPÔT")).toBe(1669.02);
    expect(montantBulletin(c, f, "Montant net imposable")).toBe(1761.15);
    expect(montantBulletin(c, f, "Total versé par l'employeur")).toBe(2540.31);
    expect(montantBulletin(c, f, "Allègements")).toBe(559.65);
    // Impôt : base 1 761,15 × 2 % = 35,22 (paie.md § 10.1).
    expect(ligneBulletin(c, f, "Prélèvement à la source (taux personnalisé)")).toEqual(["Prélèvement à la source (taux personnalisé)", 1761.15, 0.02, null, null, 35.22]);
    expect(ligneBulletin(c, f, "Sécurité sociale plafonnée")).toEqual(["Sécurité sociale plafonnée", 2150, 0.069, 148.35, 0.0855, 183.83]);
    expect(ligneBulletin(c, f, "CSG déductible")).toEqual(["CSG déductible", 2142.38, 0.068, 145.68, null, null]);
    expect(ligneBulletin(c, f, "TOTAL DES COTISATIONS ET CONTRIBUTIONS")).toEqual(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", null, null, 480.98, null, 390.31]);
    expect(ligneBulletin(c, f, "SALAIRE BRUT")).toEqual(["SALAIRE BRUT", null, null, 2150, null, null]);
    expect(ligneBulletin(c, f, "SANTÉ")).toEqual(["SANTÉ", null, null, null, null, null]);
    // En-têtes employeur et salarié, formats.
    expect(c.cellule(f, "B5")?.valeur).toBe("Exemple SARL");
    expect(c.cellule(f, "E6")?.valeur).toBe("Léa Martin");
    expect(c.cellule(f, "E9")?.valeur).toBe("CDI, temps plein");
    expect(c.cellule(f, "E10")?.format).toBe("dd/mm/yyyy");
    // Les lignes forment un tableau (Excel ajuste la largeur des colonnes), du bloc rémunération au total.
    const t = await c.lireTable("Bulletin_2026_03_1");
    expect(t?.entetes).toEqual(["Rubrique", "Base", "Taux salarial", "Part salariale", "Taux patronal", "Part patronale"]);
    expect(t?.lignes[0][0]).toBe("RÉMUNÉRATION BRUTE");
    expect(t?.lignes[t.lignes.length - 1][0]).toBe("TOTAL DES COTISATIONS ET CONTRIBUTIONS");
    const net = c.misesEnForme.find((m) => m.remplissage === "#CFE4FA");
    expect(net?.feuille).toBe(f);
    expect(p.resume[0]).toBe("1 bulletin de mars 2026 : feuilles « Bulletin 2026-03 A01 ».");
    expect(p.remarques.map((r) => r.message)).toEqual(["Pas de feuille « Variables 2026-03 » : bulletins sans heures supplémentaires, absences ni primes."]);
  });

  it("formats : euros pour les montants, pourcentages à 3 décimales pour 0,016 %, taux horaire à 4 décimales", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    await appliquer(c, preparerBulletins(c, options));
    const f = "Bulletin 2026-03 A01";
    let dialogue = 0;
    let base = 0;
    for (let l = 1; l < 80; l++) {
      if (c.cellule(f, `A${l}`)?.valeur === "Contribution au dialogue social") dialogue = l;
      if (c.cellule(f, `A${l}`)?.valeur === "Salaire de base") base = l;
    }
    expect(c.cellule(f, `E${dialogue}`)?.format).toBe("0.000%");
    expect(c.cellule(f, `F${dialogue}`)?.format).toBe('#,##0.00 "€"');
    expect(c.cellule(f, `C${base}`)?.valeur).toBe(14.1755);
    expect(c.cellule(f, `C${base}`)?.format).toBe('#,##0.0000 "€"');
    expect(c.cellule(f, `B${base}`)?.valeur).toBe(151.67);
  });
});

describe("bulletin (b), paie.md § 10.2 : cadre, 4 600 € + 8 HS à 25 %, 60 salariés, taux neutre", () => {
  it("les heures supplémentaires viennent de la grille « Variables 2026-03 » : brut 4 903,29 ; net payé 3 430,94 ; coût 6 982,12", async () => {
    const c = classeurPaie({ registre: [SALARIE_B], parametres: PARAMETRES_B, variables: [variables("B01", { "Heures sup. 25 %": 8 })] });
    const p = await appliquer(c, preparerBulletins(c, options));
    const f = "Bulletin 2026-03 B01";
    expect(ligneBulletin(c, f, "SALAIRE BRUT")?.[3]).toBe(4903.29);
    expect(montantBulletin(c, f, "NET À PAYER AVANT IMPÔT")).toBe(3879.42);
    expect(montantBulletin(c, f, "Montant net imposable")).toBe(3768.71);
    expect(ligneBulletin(c, f, "Prélèvement à la source (taux non personnalisé)")?.slice(1)).toEqual([3768.71, 0.119, null, null, 448.48]);
    expect(montantBulletin(c, f, "dont heures supplémentaires exonérées")).toBe(303.29);
    expect(montantBulletin(c, f, "NET PAYÉ")).toBe(3430.94);
    expect(montantBulletin(c, f, "Total versé par l'employeur")).toBe(6982.12);
    expect(ligneBulletin(c, f, "TOTAL DES COTISATIONS ET CONTRIBUTIONS")?.slice(3)).toEqual([1023.87, null, 2078.83]);
    expect(p.remarques).toEqual([]);
  });
});

describe("livre de paie (paie.md § 7.1)", () => {
  it("une ligne par salarié ((a) et (b) dans la même entreprise de 60 salariés), totaux en formules SOMME", async () => {
    const c = classeurPaie({
      registre: [SALARIE_B, ["A01", "Martin", "Léa", "CDI", 151.67, "Comptable", "non-cadre", null, 2150, 0.02]],
      parametres: PARAMETRES_B,
      variables: [variables("B01", { "Heures sup. 25 %": 8 })],
    });
    await appliquer(c, preparerBulletins(c, options));
    const t = await c.lireTable("LivrePaie_2026_03");
    expect(t?.entetes.slice(0, 8)).toEqual(["Matricule", "Nom", "Statut", "Brut", "dont heures sup. et compl.", "Cotisations salariales", "Net à payer avant impôt", "Net imposable"]);
    const b01 = t!.lignes[0];
    const col = (n: string) => t!.entetes.indexOf(n);
    expect([b01[col("Brut")], b01[col("dont heures sup. et compl.")], b01[col("Net payé")], b01[col("Coût employeur")]]).toEqual([4903.29, 303.29, 3430.94, 6982.12]);
    // Écriture (b), paie.md § 7.3 : Urssaf 737,92 (salarial) + 1 623,64 (patronal) ; Agirc-Arrco 255,95 + 365,11 ; mutuelle et prévoyance 30 + 30 + 60,08.
    expect([b01[col("Urssaf")], b01[col("Agirc-Arrco")], b01[col("Mutuelle et prévoyance")], b01[col("DGFiP (PAS)")]]).toEqual([2361.56, 621.06, 120.08, 448.48]);
    const total = c.cellule("Livre de paie 2026-03", `D${4 + 2 + 1}`);
    expect(c.cellule("Livre de paie 2026-03", "A7")?.valeur).toBe("Total");
    expect(total?.formule).toBe("=SUM(LivrePaie_2026_03[[Brut]])");
    expect(c.cellule("Livre de paie 2026-03", "C7")?.formule ?? "").toBe("");
  });
});

describe("régénération et refus", () => {
  it("régénérer remplace les mêmes feuilles (après confirmation) et redonne les mêmes valeurs", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    await appliquer(c, preparerBulletins(c, options));
    const seconde = pret(await preparerBulletins(c, options));
    expect(seconde.remplacees).toEqual(["Bulletin 2026-03 A01", "Livre de paie 2026-03"]);
    await c.appliquer(seconde.plan);
    expect(montantBulletin(c, "Bulletin 2026-03 A01", "NET PAYÉ")).toBe(1633.8);
    expect((await lignesTable(c, "LivrePaie_2026_03")).length).toBe(1);
  });

  it("un registre fautif : rien n'est écrit, le message nomme la feuille, la ligne et la colonne", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A, ["A02", "Petit", "Jean", "CDI", 151.67, "Vendeur", "intérimaire", null, "deux mille", null]],
      parametres: PARAMETRES_A,
    });
    const message = refus(await preparerBulletins(c, options));
    expect(message).toBe(
      "2 problèmes dans le registre du personnel (feuille « Personnel »), rien n'a été écrit. " +
        "Feuille « Personnel », ligne 3, colonne G (Statut) : « intérimaire » n'est pas un statut (« cadre » ou « non-cadre »). " +
        "Feuille « Personnel », ligne 3, colonne I (Salaire de base) : « deux mille » n'est pas un nombre (exemples acceptés : 1 234,56 ; 1234.56 ; 12,00 €).",
    );
    expect(c.feuilles.map((f) => f.nom)).toEqual(["Personnel", "Paramètres de paie"]);
  });

  it("sans effectif dans les paramètres : refus qui nomme la feuille", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: [["Taux AT/MP", 0.015]] });
    expect(refus(await preparerBulletins(c, options))).toMatch(/^Un problème dans les paramètres de paie \(feuille « Paramètres de paie »\), rien n'a été écrit\. Feuille « Paramètres de paie » : l'effectif/);
  });

  it("une absence hors du mois dans la grille : refus qui nomme le salarié", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A],
      parametres: PARAMETRES_A,
      variables: [variables("A01", { "Début d'absence": "02/04/2026", "Fin d'absence": "03/04/2026", "Motif d'absence": "Congé sans solde" })],
    });
    expect(refus(await preparerBulletins(c, options))).toMatch(/^Feuille « Personnel », ligne 2 \(A01 Léa Martin\) : .*sort du mois de paie \(mars 2026\)/);
  });

  it("un apprenti et un salarié entré après le mois n'ont pas de bulletin : le module le dit", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A, ["A03", "Moreau", "Lina", "Contrat d'apprentissage", 151.67, "Apprentie", "non-cadre", null, 918.92, null], ["A04", "Roux", "Max", "CDD", 151.67, "Vendeur", "non-cadre", "01/04/2026", 1900, null]],
      parametres: PARAMETRES_A,
    });
    const p = await appliquer(c, preparerBulletins(c, options));
    expect(p.resume[0]).toBe("1 bulletin de mars 2026 : feuilles « Bulletin 2026-03 A01 ».");
    expect(p.remarques.slice(0, 2).map((r) => r.message)).toEqual([
      "A03 Lina Moreau : contrat d'apprentissage ; le bulletin d'un apprenti (salaire en % du SMIC, exonérations propres) n'est pas calculé par ce module.",
      "A04 Max Roux : entré(e) le 01/04/2026, après mars 2026 ; pas de bulletin ce mois-là.",
    ]);
  });
});
