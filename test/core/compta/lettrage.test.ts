// Lettrage assisté (comptabilite.md § 1.5) : codes bijectifs en base 26, propositions (pièce, montant, somme nulle,
// partiel), vérification du lettrage existant. Résultats attendus calculés à la main dans chaque test.
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { codeDeRang, rangCode, verifierLettrage } from "../../../src/core/compta/lettrage-codes";
import { proposerLettrage, type GroupeLettrage } from "../../../src/core/compta/lettrage";
import { TraceEnregistree } from "../../../src/core/trace";

const jour = (jjmmaaaa: string) => {
  const [j, m, a] = jjmmaaaa.split("/").map(Number);
  return { annee: a, mois: m, jour: j };
};

let origine = 1;
/** Une ligne de compte de tiers : [date, pièce, libellé, débit, crédit] en euros. */
function ligne(compte: string, tiers: string | undefined, date: string, piece: string, libelle: string, debit: number, credit: number, lettrage?: string): LigneEcriture {
  return {
    journal: debit ? "VTE" : "BQ",
    numero: String(++origine),
    date: jour(date),
    compte,
    ...(tiers ? { tiers } : {}),
    piece,
    libelle,
    debit: Math.round(debit * 100),
    credit: Math.round(credit * 100),
    ...(lettrage ? { lettrage } : {}),
    origine,
  };
}

/** L'exemple du § 1.5 (compte 411 / client C0042), sans code ; lignes 2 à 6 de la feuille. */
function exemple15(avecPieces = true): LigneEcriture[] {
  origine = 1;
  return [
    ligne("411", "C0042", "05/03/2026", "FA-101", "Facture FA-101", 1200, 0),
    ligne("411", "C0042", "12/03/2026", "AV-7", avecPieces ? "Avoir AV-7 sur FA-101" : "Avoir", 0, 200),
    ligne("411", "C0042", "30/03/2026", "VIR-33", avecPieces ? "Règlement FA-101" : "Règlement", 0, 1000),
    ligne("411", "C0042", "10/03/2026", "FA-105", "Facture FA-105", 600, 0),
    ligne("411", "C0042", "31/03/2026", "VIR-40", avecPieces ? "Acompte sur FA-105" : "Acompte", 0, 250),
  ];
}

/** Le résumé d'une proposition : code, lignes (origines), motif. */
const resume = (g: GroupeLettrage) => [g.tiers ?? "", g.code, g.lignes.map((l) => l.origine), g.motif];

describe("codes de lettrage : suite bijective en base 26 (§ 1.5 : A = 1, Z = 26, AA = 27)", () => {
  it("rangs et codes", () => {
    expect([rangCode("A"), rangCode("Z"), rangCode("AA"), rangCode("az"), rangCode("BA"), rangCode("ZZ"), rangCode("AAA")]).toEqual([1, 26, 27, 52, 53, 702, 703]);
    expect([1, 26, 27, 52, 53, 702, 703].map(codeDeRang)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect([rangCode("A1"), rangCode(""), rangCode("12")]).toEqual([undefined, undefined, undefined]);
    expect(() => codeDeRang(0)).toThrow(RangeError);
  });
});

describe("propositions de lettrage", () => {
  it("§ 1.5 : FA-101 = avoir AV-7 + règlement → A (total) ; FA-105 et son acompte → b (partiel, reste 350,00)", () => {
    const trace = new TraceEnregistree();
    const r = proposerLettrage(exemple15(), {}, trace);
    expect(r.groupes.map(resume)).toEqual([
      ["C0042", "A", [2, 3, 4], "piece"],
      ["C0042", "b", [5, 6], "partiel"],
    ]);
    const [a, b] = r.groupes;
    expect([a.total, a.debit, a.credit]).toEqual([true, 120000, 120000]);
    expect([b.total, b.debit - b.credit]).toEqual([false, 35000]);
    expect([r.comptes, r.examinees, r.lettrees, r.anomalies]).toEqual([1, 5, 5, []]);
    expect(trace.lignes()[0]).toBe("Lettrage : 5 lignes sans code dans 1 compte de tiers ; 2 groupes proposés (5 lignes).");
  });

  it("§ 1.5 sans pièce citée : le groupe de 3 lignes de somme nulle est trouvé (1 200,00 = 200,00 + 1 000,00) ; pas de partiel sans lien", () => {
    const r = proposerLettrage(exemple15(false));
    expect(r.groupes.map(resume)).toEqual([["C0042", "A", [2, 3, 4], "somme"]]);
  });

  it("paires de même montant : la pièce citée l'emporte, sinon la date la plus proche", () => {
    origine = 1;
    const factures = [ligne("411", "C1", "01/03/2026", "FA-1", "Facture FA-1", 500, 0), ligne("411", "C1", "20/03/2026", "FA-2", "Facture FA-2", 500, 0)];
    const sansReference = proposerLettrage([...factures, ligne("411", "C1", "22/03/2026", "CHQ-9", "Chèque", 0, 500)]);
    // 22/03 − 20/03 = 2 jours < 22/03 − 01/03 = 21 jours : FA-2 (ligne 3) avec le chèque (ligne 4).
    expect(sansReference.groupes.map(resume)).toEqual([["C1", "A", [3, 4], "montant"]]);
    origine = 1;
    const avecReference = proposerLettrage([
      ligne("411", "C1", "01/03/2026", "FA-1", "Facture FA-1", 500, 0),
      ligne("411", "C1", "20/03/2026", "FA-2", "Facture FA-2", 500, 0),
      ligne("411", "C1", "22/03/2026", "CHQ-9", "Règlement FA-1", 0, 500),
    ]);
    expect(avecReference.groupes.map(resume)).toEqual([["C1", "A", [2, 4], "piece"]]);
  });

  it("jamais deux tiers ni deux comptes dans un groupe ; les codes repartent de A dans chaque compte", () => {
    origine = 1;
    const r = proposerLettrage([
      ligne("411", "C1", "01/03/2026", "FA-1", "Facture", 100, 0),
      ligne("411", "C2", "02/03/2026", "VIR-1", "Virement", 0, 100),
      ligne("401", "C1", "03/03/2026", "VIR-2", "Virement", 0, 100),
      ligne("411", "C2", "04/03/2026", "FA-2", "Facture", 100, 0),
      ligne("411", "C1", "05/03/2026", "VIR-3", "Virement", 0, 100),
    ]);
    expect(r.groupes.map((g) => [g.compte, ...resume(g)])).toEqual([
      ["411", "C1", "A", [2, 6], "montant"],
      ["411", "C2", "A", [3, 5], "montant"],
    ]);
  });

  it("les comptes hors tiers (512, 607) ne sont pas lettrés ; une sélection de comptes peut les viser", () => {
    origine = 1;
    const lignes = [ligne("512", undefined, "01/03/2026", "X1", "Remise", 100, 0), ligne("512", undefined, "02/03/2026", "X2", "Frais", 0, 100)];
    expect(proposerLettrage(lignes).groupes).toEqual([]);
    expect(proposerLettrage(lignes, { compte: (c) => c.startsWith("512") }).groupes.map(resume)).toEqual([["", "A", [2, 3], "montant"]]);
  });

  it("§ 1.5 : le code suivant = plus grand code du compte + 1 (Z → AA, AZ → BA), un code libéré n'est pas réutilisé", () => {
    origine = 1;
    const lignes = [
      ligne("411", "C0042", "01/02/2026", "FA-90", "Facture FA-90", 300, 0, "Z"),
      ligne("411", "C0042", "15/02/2026", "VIR-1", "Règlement FA-90", 0, 300, "Z"),
      ...exemple15().map((l) => ({ ...l, origine: l.origine! + 2 })),
    ];
    expect(proposerLettrage(lignes).groupes.map((g) => g.code)).toEqual(["AA", "ab"]);
    origine = 1;
    const az = [ligne("411", "C9", "01/02/2026", "FA-1", "Facture", 10, 0, "az"), ligne("411", "C9", "03/02/2026", "FA-2", "Facture", 20, 0), ligne("411", "C9", "04/02/2026", "V", "Virement", 0, 20)];
    expect(proposerLettrage(az).groupes.map((g) => g.code)).toEqual(["BA"]);
  });

  it("un lettrage partiel existant qu'une ligne libre solderait est signalé (pas écrit : la cellule a déjà un code)", () => {
    origine = 1;
    const lignes = [
      ligne("411", "C0042", "10/03/2026", "FA-105", "Facture FA-105", 600, 0, "b"),
      ligne("411", "C0042", "31/03/2026", "VIR-40", "Acompte sur FA-105", 0, 250, "b"),
      ligne("411", "C0042", "15/04/2026", "VIR-52", "Solde", 0, 350),
    ];
    const r = proposerLettrage(lignes);
    expect(r.groupes).toEqual([]);
    expect(r.remarques).toEqual([
      "Compte 411, tiers C0042 : la ligne 4 (crédit 350,00, pièce VIR-52) solderait le lettrage partiel « b » (reste 350,00) : lettrez-la à la main et passez le code du groupe en majuscules (« B »).",
    ]);
  });
});

describe("vérification du lettrage existant", () => {
  it("un code total non soldé est une erreur qui nomme ses lignes ; partiel soldé et casse mélangée sont signalés", () => {
    origine = 1;
    const lignes = [
      ligne("411", "C0042", "05/03/2026", "FA-101", "Facture FA-101", 1200, 0, "A"),
      ligne("411", "C0042", "30/03/2026", "VIR-33", "Règlement FA-101", 0, 1000, "A"),
      ligne("411", "C0042", "10/03/2026", "FA-105", "Facture FA-105", 600, 0, "b"),
      ligne("411", "C0042", "31/03/2026", "VIR-40", "Solde FA-105", 0, 600, "b"),
      ligne("401", "F1", "01/03/2026", "FF-1", "Facture", 0, 80, "C"),
      ligne("401", "F1", "02/03/2026", "CHQ-1", "Chèque", 80, 0, "c"),
    ];
    const anomalies = verifierLettrage(lignes);
    expect(anomalies.map((a) => [a.erreur, a.message])).toEqual([
      [
        true,
        "Compte 411, tiers C0042 : le lettrage « A » n'est pas soldé (débit 1\u202f200,00, crédit 1\u202f000,00, écart 200,00) : lignes 2 et 3. Un code en majuscules exige Σ débits = Σ crédits ; écrivez-le en minuscules s'il s'agit d'un lettrage partiel.",
      ],
      [false, "Compte 411, tiers C0042 : le lettrage partiel « b » est soldé (600,00 au débit et au crédit), lignes 4 et 5 : écrivez-le en majuscules (« B »)."],
      [false, "Compte 401, tiers F1 : le lettrage « C » est écrit tantôt en majuscules, tantôt en minuscules (« C », « c », lignes 6 et 7) : un même groupe est soit total (majuscules), soit partiel (minuscules)."],
    ]);
    // L'erreur est aussi rendue par les propositions (sur les comptes de tiers).
    expect(proposerLettrage(lignes).anomalies).toHaveLength(3);
  });
});
