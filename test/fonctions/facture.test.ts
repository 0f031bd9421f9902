// AGORA.FACTURE de bout en bout : une feuille HyperFormula (le moteur de l'aperçu et de `agora eval`) porte les lignes,
// la formule renverse le tableau ; les montants attendus sont ceux de comptabilite.md § 5.2 et § 4.5.
import { DetailedCellError } from "hyperformula";
import { creerClasseurHf } from "../../src/hotes/hyperformula/plugin";
import { expliquer } from "../../src/fonctions/executer";
import { FACTURE } from "../../src/fonctions/facture";
import { trouverFonction } from "../../src/fonctions/index";

type Cellule = string | number | boolean | null;

/** Évalue `formule` en G1 d'une feuille dont A1:… contient `lignes` ; rend le tableau renversé (lignes non vides). */
function evaluer(lignes: Cellule[][], formule: string): (string | number)[][] {
  const feuille: Cellule[][] = lignes.map((l) => [...l]);
  feuille[0] = [...(feuille[0] ?? []), ...Array(Math.max(0, 6 - (feuille[0]?.length ?? 0))).fill(null), formule];
  const hf = creerClasseurHf({ Facture: feuille });
  try {
    const premiere = hf.getCellValue({ sheet: 0, col: 6, row: 0 });
    if (premiere instanceof DetailedCellError) throw Object.assign(new Error(premiere.message), { valeur: premiere.value });
    return hf
      .getSheetValues(0)
      .map((l) => l.slice(6, 8) as (string | number)[])
      .filter((l) => l.length > 0 && l[0] !== null && l[0] !== undefined && l[0] !== "");
  } finally {
    hf.destroy();
  }
}

function erreurCellule(lignes: Cellule[][], formule: string): { valeur: string; message: string } {
  try {
    evaluer(lignes, formule);
  } catch (e) {
    return { valeur: (e as { valeur: string }).valeur, message: (e as Error).message };
  }
  throw new Error("la formule n'a pas donné d'erreur");
}

const EN_TETE: Cellule[] = ["Qté", "PU HT", "Remise 1", "Remise 2", "TVA"];
/** Les lignes A, B, C de comptabilite.md § 5.2, saisies comme le ferait un élève (pourcentages, cellules vides). */
const LIGNES_5_2: Cellule[][] = [
  EN_TETE,
  [10, 45, 0.1, 0.05, 0.2],
  [4, 120, 0.08, null, 0.2],
  [25, 6.4, null, null, 0.055],
];

const TABLEAU_5_2: (string | number)[][] = [
  ["Total brut", 1090],
  ["Remises", 103.65],
  ["Net commercial", 986.35],
  ["Escompte", 19.73],
  ["Net financier", 966.62],
  ["Port HT", 30],
  ["Base HT 20\u202f%", 839.82],
  ["TVA 20\u202f%", 167.96],
  ["Base HT 5,5\u202f%", 156.8],
  ["TVA 5,5\u202f%", 8.62],
  ["Total HT", 996.62],
  ["Total TVA", 176.58],
  ["Total TTC", 1173.2],
  ["Acompte", 200],
  ["Net à payer", 973.2],
];

describe("AGORA.FACTURE dans une feuille HyperFormula", () => {
  it("comptabilite.md § 5.2 : =AGORA.FACTURE(A1:E4;;2%;30;;200) renverse le pied de facture complet", () => {
    expect(evaluer(LIGNES_5_2, "=AGORA.FACTURE(A1:E4;;2%;30;;200)")).toEqual(TABLEAU_5_2);
  });

  it("§ 5.2 : avec des lignes de réserve vides sélectionnées et des taux saisis en texte ou en pourcentage entier", () => {
    const lignes: Cellule[][] = [
      EN_TETE,
      [10, 45, "10 %", "5 %", 20],
      [null, null, null, null, null],
      [4, "120,00", 8, null, "20 %"],
      [25, "6,40", null, null, "5,5 %"],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ];
    expect(evaluer(lignes, "=AGORA.FACTURE(A1:E7;;2%;30;;200)")).toEqual(TABLEAU_5_2);
  });

  it("§ 5.2 : le port au taux 20 % donné explicitement donne le même tableau que le repli par défaut", () => {
    expect(evaluer(LIGNES_5_2, "=AGORA.FACTURE(A1:E4;;2%;30;20%;200)")).toEqual(TABLEAU_5_2);
  });

  it("§ 4.5 : trois lignes de 0,33 € à 20 % → TVA 0,20", () => {
    const t = evaluer(
      [
        [1, 0.33, 0.2],
        [1, 0.33, 0.2],
        [1, 0.33, 0.2],
      ],
      "=AGORA.FACTURE(A1:C3)",
    );
    expect(Object.fromEntries(t)).toMatchObject({ "Total HT": 0.99, "TVA 20\u202f%": 0.2, "Total TVA": 0.2, "Total TTC": 1.19, "Net à payer": 1.19 });
  });

  it("port « prorata » : 25,13 à 20 % et 4,87 à 5,5 % (30 × 809,82 ÷ 966,62 et 30 × 156,80 ÷ 966,62)", () => {
    const t = Object.fromEntries(evaluer(LIGNES_5_2, '=AGORA.FACTURE(A1:E4;;2%;30;"prorata";200)'));
    expect(t).toMatchObject({ "Base HT 20\u202f%": 834.95, "Base HT 5,5\u202f%": 161.67, "TVA 20\u202f%": 166.99, "TVA 5,5\u202f%": 8.89, "Total TTC": 1172.5 });
  });

  it("la ligne « Remise globale » n'apparaît que si l'argument est donné", () => {
    const avec = evaluer(LIGNES_5_2, "=AGORA.FACTURE(A1:E4;5%;2%;30)");
    expect(avec.map((l) => l[0]).slice(0, 4)).toEqual(["Total brut", "Remises", "Remise globale", "Net commercial"]);
    expect(Object.fromEntries(avec)).toMatchObject({ "Remise globale": 49.32, "Total TTC": 1116.35 });
  });

  it.each([
    [[EN_TETE, [10, 45, null, null, 0.2], [4, "abc", null, null, 0.2]], "=AGORA.FACTURE(A1:E3)", "#VALEUR!", "ligne 3, colonne prix unitaire : « abc » n'est pas un nombre"],
    [[EN_TETE, [-1, 45, null, null, 0.2]], "=AGORA.FACTURE(A1:E2)", "#NOMBRE!", "faites un avoir"],
    [[EN_TETE, [1, 45, "150 %", null, 0.2]], "=AGORA.FACTURE(A1:E2)", "#NOMBRE!", "ligne 2, colonne remise 1"],
    [[EN_TETE, [1, 45, null, null, null]], "=AGORA.FACTURE(A1:E2)", "#VALEUR!", "ligne 2, colonne taux de TVA"],
    [[EN_TETE], "=AGORA.FACTURE(A1:E2)", "#VALEUR!", "aucune ligne"],
    [LIGNES_5_2, "=AGORA.FACTURE(A1:E4;;2%;30;;1200)", "#NOMBRE!", "dépasse le total TTC"],
    [LIGNES_5_2, '=AGORA.FACTURE(A1:E4;;2%;30;"haut")', "#VALEUR!", "taux_tva_port"],
    [LIGNES_5_2, "=AGORA.FACTURE(A1:E4;;2%;-30)", "#NOMBRE!", "port_ht"],
    [[[10, "=1/0", 0.2]], "=AGORA.FACTURE(A1:C1)", "#VALEUR!", "ligne 1, colonne prix unitaire : la cellule contient une erreur"],
  ])("erreur en français : %#", (lignes, formule, valeur, message) => {
    const e = erreurCellule(lignes as Cellule[][], formule);
    expect(e.valeur).toBe(valeur);
    expect(e.message).toContain(message);
  });
});

describe("AGORA.FACTURE — descripteur", () => {
  it("est au registre et réserve fixe + 2 lignes par taux possible (un de plus pour le port, 6 au plus)", () => {
    expect(trouverFonction("agora.facture")).toBe(FACTURE);
    const taille = (n: number) => FACTURE.tailleMax!([{ lignes: n, colonnes: 5 }]);
    expect(taille(3)).toEqual({ lignes: 12 + 2 * 4, colonnes: 2 });
    expect(taille(1000)).toEqual({ lignes: 12 + 2 * 6, colonnes: 2 });
  });

  it("AGORA.EXPLIQUE rejoue le § 5.2 étape par étape", () => {
    const { etapes, issue } = expliquer(FACTURE, [LIGNES_5_2, null, 0.02, 30, null, 200]);
    expect(issue.ok).toBe(true);
    expect(etapes).toContain("Ligne 3 : brut = 4 × 120,00 = 480,00 ; remise 8\u202f% = 38,40, net 441,60");
    expect(etapes).toContain("Taux 20\u202f% : net commercial (lignes 2, 3) = 384,75 + 441,60 = 826,35");
    expect(etapes).toContain("Taux 5,5\u202f% : escompte = 160,00 × 2\u202f% = 3,20 ; net financier = 160,00 − 3,20 = 156,80");
    expect(etapes).toContain("Port HT 30,00 soumis au taux le plus élevé de la facture, 20\u202f% ; le port n'est pas escompté.");
    expect(etapes).toContain("Total TVA = 167,96 + 8,62 = 176,58");
    expect(etapes.length).toBeLessThanOrEqual(40);
  });
});
