import type Decimal from "decimal.js";
import { Dec } from "../../src/core/argent";
import { calculerFacture, lireLignesFacture, lireTauxPort, repartirAuProrata, tableauFacture, type ConditionsFacture, type LigneFacture } from "../../src/core/facture";
import { TraceEnregistree } from "../../src/core/trace";

const d = (s: string | number) => new Dec(s);
const f2 = (x: Decimal) => x.toFixed(2);

function ligne(rang: number, q: string, pu: string, remises: string[], taux: string): LigneFacture {
  return { rang, quantite: d(q), prixUnitaire: d(pu), tauxRemises: remises.map(d), tauxTva: d(taux) };
}

/** Les lignes A, B, C de comptabilite.md § 5.2 (ligne 1 de la plage = en-tête). */
const LIGNES_5_2 = [ligne(2, "10", "45", ["0.10", "0.05"], "0.2"), ligne(3, "4", "120", ["0.08"], "0.2"), ligne(4, "25", "6.40", [], "0.055")];
const CONDITIONS_5_2: ConditionsFacture = { tauxEscompte: d("0.02"), port: d(30), acompte: d(200) };

function erreur(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("aucune erreur levée");
}

describe("AGORA.FACTURE, noyau — comptabilite.md § 5.2 (exemple complet)", () => {
  const facture = calculerFacture(LIGNES_5_2, CONDITIONS_5_2);

  it("§ 5.2 : brut, remises en cascade et net commercial de chaque ligne", () => {
    expect(facture.lignes.map((l) => f2(l.brut))).toEqual(["450.00", "480.00", "160.00"]);
    expect(facture.lignes[0].remises.map((r) => f2(r.net))).toEqual(["405.00", "384.75"]);
    expect(facture.lignes[1].remises.map((r) => f2(r.net))).toEqual(["441.60"]);
    expect(facture.lignes.map((l) => f2(l.netCommercial))).toEqual(["384.75", "441.60", "160.00"]);
  });

  it("§ 5.2 : par taux — net commercial, escompte, net financier, port, base, TVA", () => {
    const [t20, t55] = facture.parTaux;
    expect(t20.tauxTva.toString()).toBe("0.2");
    expect(t55.tauxTva.toString()).toBe("0.055");
    expect([t20, t55].map((t) => f2(t.netCommercial))).toEqual(["826.35", "160.00"]);
    expect([t20, t55].map((t) => f2(t.escompte))).toEqual(["16.53", "3.20"]);
    expect([t20, t55].map((t) => f2(t.netFinancier))).toEqual(["809.82", "156.80"]);
    expect([t20, t55].map((t) => f2(t.port))).toEqual(["30.00", "0.00"]);
    expect([t20, t55].map((t) => f2(t.base))).toEqual(["839.82", "156.80"]);
    expect([t20, t55].map((t) => f2(t.tva))).toEqual(["167.96", "8.62"]);
    expect(t20.rangs).toEqual([2, 3]);
  });

  it("§ 5.2 : totaux, acompte et net à payer", () => {
    expect(f2(facture.totalBrut)).toBe("1090.00");
    expect(f2(facture.remises)).toBe("103.65"); // 1 090,00 − 986,35
    expect(f2(facture.netCommercial)).toBe("986.35");
    expect(f2(facture.escompte)).toBe("19.73");
    expect(f2(facture.netFinancier)).toBe("966.62");
    expect(f2(facture.port)).toBe("30.00");
    expect(f2(facture.totalHt)).toBe("996.62");
    expect(f2(facture.totalTva)).toBe("176.58");
    expect(f2(facture.totalTtc)).toBe("1173.20");
    expect(f2(facture.acompte)).toBe("200.00");
    expect(f2(facture.netAPayer)).toBe("973.20");
    expect(facture.tauxPort?.toString()).toBe("0.2");
  });

  it("§ 5.2 : les montants de l'écriture de vente s'en déduisent (D 411 + D 665 = C 707 + C 7085 + C 44571)", () => {
    expect(f2(facture.totalTtc.plus(facture.escompte))).toBe("1192.93");
    expect(f2(facture.netCommercial.plus(facture.port).plus(facture.totalTva))).toBe("1192.93");
  });

  it("§ 5.2 : le tableau renvoyé, ligne par ligne", () => {
    expect(tableauFacture(facture).map(([l, m]) => [l, f2(m)])).toEqual([
      ["Total brut", "1090.00"],
      ["Remises", "103.65"],
      ["Net commercial", "986.35"],
      ["Escompte", "19.73"],
      ["Net financier", "966.62"],
      ["Port HT", "30.00"],
      ["Base HT 20\u202f%", "839.82"],
      ["TVA 20\u202f%", "167.96"],
      ["Base HT 5,5\u202f%", "156.80"],
      ["TVA 5,5\u202f%", "8.62"],
      ["Total HT", "996.62"],
      ["Total TVA", "176.58"],
      ["Total TTC", "1173.20"],
      ["Acompte", "200.00"],
      ["Net à payer", "973.20"],
    ]);
  });

  it("§ 5.2 : la trace montre la cascade, l'escompte par taux et la TVA arrondie par taux", () => {
    const trace = new TraceEnregistree();
    calculerFacture(LIGNES_5_2, CONDITIONS_5_2, trace);
    const lignes = trace.lignes();
    expect(lignes).toContain("Ligne 2 : brut = 10 × 45,00 = 450,00 ; remise 10\u202f% = 45,00, net 405,00 ; remise 5\u202f% = 20,25, net 384,75");
    expect(lignes).toContain("Taux 20\u202f% : escompte = 826,35 × 2\u202f% = 16,527 → 16,53 ; net financier = 826,35 − 16,53 = 809,82");
    expect(lignes).toContain("Taux 20\u202f% : base HT = 809,82 + port 30,00 = 839,82");
    expect(lignes).toContain("Taux 20\u202f% : TVA = 839,82 × 20\u202f% = 167,964 → 167,96");
    expect(lignes).toContain("Taux 5,5\u202f% : TVA = 156,80 × 5,5\u202f% = 8,624 → 8,62");
    expect(lignes).toContain("Total TTC = 996,62 + 176,58 = 1\u202f173,20");
    expect(lignes).toContain("Net à payer = 1\u202f173,20 − acompte 200,00 = 973,20");
    expect(lignes.some((l) => l.includes("BR-CO-17"))).toBe(true);
  });
});

describe("AGORA.FACTURE, noyau — TVA par taux (comptabilite.md § 4.5)", () => {
  it("§ 4.5 : trois lignes de 0,33 € à 20 % → TVA 0,20 (et non 3 × 0,07 = 0,21)", () => {
    const f = calculerFacture([1, 2, 3].map((r) => ligne(r, "1", "0.33", [], "0.2")));
    expect(f.parTaux).toHaveLength(1);
    expect(f2(f.parTaux[0].base)).toBe("0.99");
    expect(f2(f.totalTva)).toBe("0.20");
    expect(f2(f.totalTtc)).toBe("1.19");
  });
});

describe("AGORA.FACTURE, noyau — conditions", () => {
  it("remise globale 5 % puis escompte 2 % sur les lignes du § 5.2 (calcul à la main, arrondi à chaque étape)", () => {
    // 20 % : 826,35 × 5 % = 41,3175 → 41,32 ; 785,03 × 2 % = 15,7006 → 15,70 ; 769,33 + 30,00 = 799,33 ; × 20 % = 159,866 → 159,87
    // 5,5 % : 160,00 × 5 % = 8,00 ; 152,00 × 2 % = 3,04 ; 148,96 ; × 5,5 % = 8,1928 → 8,19
    const f = calculerFacture(LIGNES_5_2, { tauxRemiseGlobale: d("0.05"), tauxEscompte: d("0.02"), port: d(30) });
    expect(f.parTaux.map((t) => [f2(t.remiseGlobale), f2(t.netCommercial), f2(t.escompte), f2(t.base), f2(t.tva)])).toEqual([
      ["41.32", "785.03", "15.70", "799.33", "159.87"],
      ["8.00", "152.00", "3.04", "148.96", "8.19"],
    ]);
    expect([f.remiseGlobale, f.netCommercial, f.totalHt, f.totalTva, f.totalTtc, f.netAPayer].map(f2)).toEqual([
      "49.32",
      "937.03",
      "948.29",
      "168.06",
      "1116.35",
      "1116.35",
    ]);
    const tableau = tableauFacture(f).map(([l]) => l);
    expect(tableau.slice(0, 4)).toEqual(["Total brut", "Remises", "Remise globale", "Net commercial"]);
  });

  it("sans remise globale, sans escompte, sans port ni acompte : lignes à 0,00, libellés inchangés", () => {
    const f = calculerFacture([ligne(1, "2", "50", [], "0.2")]);
    expect(tableauFacture(f).map(([l, m]) => [l, f2(m)])).toEqual([
      ["Total brut", "100.00"],
      ["Remises", "0.00"],
      ["Net commercial", "100.00"],
      ["Escompte", "0.00"],
      ["Net financier", "100.00"],
      ["Port HT", "0.00"],
      ["Base HT 20\u202f%", "100.00"],
      ["TVA 20\u202f%", "20.00"],
      ["Total HT", "100.00"],
      ["Total TVA", "20.00"],
      ["Total TTC", "120.00"],
      ["Acompte", "0.00"],
      ["Net à payer", "120.00"],
    ]);
    expect(f.tauxPort).toBeUndefined();
  });

  it("remise de ligne arrondie à chaque étape, comme AGORA.NET.COMMERCIAL : 0,10 × 5 % = 0,005 → remise 0,01, net 0,09", () => {
    const f = calculerFacture([ligne(1, "1", "0.10", ["0.05"], "0.2")]);
    expect(f2(f.lignes[0].remises[0].montant)).toBe("0.01");
    expect(f2(f.lignes[0].netCommercial)).toBe("0.09");
  });

  it("quantité décimale : 2,5 × 3,33 = 8,325 → 8,33 ; prix nul (gratuité) accepté", () => {
    const f = calculerFacture([ligne(1, "2.5", "3.33", [], "0.2"), ligne(2, "1", "0", [], "0.2")]);
    expect(f.lignes.map((l) => f2(l.brut))).toEqual(["8.33", "0.00"]);
    expect(f2(f.totalTtc)).toBe("10.00"); // 8,33 × 20 % = 1,666 → 1,67
  });

  it("port au prorata des nets financiers du § 5.2 : 30 × 809,82 ÷ 966,62 = 25,13… → 25,13 ; 30 × 156,80 ÷ 966,62 = 4,866… → 4,87", () => {
    const f = calculerFacture(LIGNES_5_2, { ...CONDITIONS_5_2, tauxPort: "prorata" });
    expect(f.parTaux.map((t) => f2(t.port))).toEqual(["25.13", "4.87"]);
    expect(f.parTaux.map((t) => f2(t.base))).toEqual(["834.95", "161.67"]);
    // 834,95 × 20 % = 166,99 ; 161,67 × 5,5 % = 8,89185 → 8,89
    expect(f.parTaux.map((t) => f2(t.tva))).toEqual(["166.99", "8.89"]);
    expect(f2(f.totalTtc)).toBe("1172.50");
    expect(f.tauxPort).toBe("prorata");
  });

  it("port au prorata : l'écart d'arrondi va à la plus grande base, pas au taux le plus élevé", () => {
    // nets financiers 20,00 (20 %), 50,00 (10 %), 30,00 (5,5 %) ; port 0,05 → 0,01 + 0,025→0,03 + 0,015→0,02 = 0,06 ;
    // écart −0,01 sur la plus grande base (10 %) : 0,01 / 0,02 / 0,02
    const f = calculerFacture([ligne(1, "1", "20", [], "0.2"), ligne(2, "1", "50", [], "0.1"), ligne(3, "1", "30", [], "0.055")], {
      port: d("0.05"),
      tauxPort: "prorata",
    });
    expect(f.parTaux.map((t) => f2(t.port))).toEqual(["0.01", "0.02", "0.02"]);
  });

  it("port à un taux donné absent des lignes : un taux de plus, et une alerte", () => {
    const trace = new TraceEnregistree();
    const f = calculerFacture(LIGNES_5_2, { ...CONDITIONS_5_2, tauxPort: d("0.1") }, trace);
    expect(f.parTaux.map((t) => [t.tauxTva.toString(), f2(t.base), f2(t.tva)])).toEqual([
      ["0.2", "809.82", "161.96"], // 809,82 × 20 % = 161,964
      ["0.1", "30.00", "3.00"],
      ["0.055", "156.80", "8.62"],
    ]);
    expect(trace.etapes.some((e) => e.genre === "alerte" && e.texte.includes("10\u202f%"))).toBe(true);
  });

  it("port au prorata sur des lignes toutes gratuites : repli sur le taux le plus élevé, avec une alerte", () => {
    const trace = new TraceEnregistree();
    const f = calculerFacture([ligne(1, "1", "0", [], "0.055"), ligne(2, "1", "0", [], "0.2")], { port: d(10), tauxPort: "prorata" }, trace);
    expect(f.parTaux.map((t) => f2(t.port))).toEqual(["10.00", "0.00"]);
    expect(f2(f.totalTtc)).toBe("12.00");
    expect(trace.etapes.some((e) => e.genre === "alerte")).toBe(true);
  });

  it("acompte égal au TTC : net à payer 0,00 ; supérieur : #NOMBRE!", () => {
    expect(f2(calculerFacture(LIGNES_5_2, { ...CONDITIONS_5_2, acompte: d("1173.20") }).netAPayer)).toBe("0.00");
    const e = erreur(() => calculerFacture(LIGNES_5_2, { ...CONDITIONS_5_2, acompte: d("1173.21") }));
    expect(e.code).toBe("nombre");
    expect(e.message).toContain("1\u202f173,20");
  });

  it("plus de 6 taux différents : erreur claire au moment du tableau", () => {
    const taux = ["0.2", "0.196", "0.1", "0.07", "0.055", "0.021", "0"];
    const f = calculerFacture(taux.map((t, i) => ligne(i + 1, "1", "10", [], t)));
    expect(f.parTaux).toHaveLength(7);
    const e = erreur(() => tableauFacture(f));
    expect(e.code).toBe("valeur");
    expect(e.message).toContain("7 taux de TVA différents");
  });
});

describe("AGORA.FACTURE, noyau — lecture des lignes", () => {
  it("ignore l'en-tête et les lignes vides, numérote les lignes comme dans la plage", () => {
    const lignes = lireLignesFacture([
      ["Qté", "PU HT", "Remise 1", "Remise 2", "TVA"],
      [10, 45, 0.1, 0.05, 0.2],
      [null, "", null, null, "  "],
      [4, "120,00", "8 %", null, "20 %"],
      [25, 6.4, null, null, 5.5],
      [null, null, null, null, null],
    ]);
    expect(lignes.map((l) => l.rang)).toEqual([2, 4, 5]);
    expect(lignes.map((l) => l.tauxTva.toString())).toEqual(["0.2", "0.2", "0.055"]);
    expect(lignes.map((l) => l.tauxRemises.map(String))).toEqual([["0.1", "0.05"], ["0.08"], []]);
    expect(f2(calculerFacture(lignes, CONDITIONS_5_2).netAPayer)).toBe("973.20");
  });

  it("taux en 20 %, 0,2 ou 20 : le même taux", () => {
    const lignes = lireLignesFacture([
      [1, 10, "20 %"],
      [1, 10, 0.2],
      [1, 10, 20],
      [1, 10, "0,2"],
    ]);
    expect(new Set(lignes.map((l) => l.tauxTva.toString()))).toEqual(new Set(["0.2"]));
  });

  it.each([
    [[["Qté", "PU", "TVA"], [1, 10, 0.2], [2, "abc", 0.2]], "valeur", "ligne 3, colonne prix unitaire : « abc » n'est pas un nombre"],
    [[[1, 10, 0.2], ["deux", 10, 0.2]], "valeur", "ligne 2, colonne quantité : « deux » n'est pas un nombre"],
    [[[-2, 10, 0.2]], "nombre", "faites un avoir"],
    [[[0, 10, 0.2]], "nombre", "ligne 1, colonne quantité : la quantité est nulle"],
    [[[1, -10, 0.2]], "nombre", "ligne 1, colonne prix unitaire"],
    [[[1, 10, "5 %", "150 %", 0.2]], "nombre", "ligne 1, colonne remise 2"],
    [[[1, 10, "-5 %", 0.2]], "nombre", "ligne 1, colonne remise : le taux"],
    [[[1, 10, null]], "valeur", "ligne 1, colonne taux de TVA : la valeur est vide"],
    [[[1, 10, "TVA"]], "valeur", "ligne 1, colonne taux de TVA : « TVA » n'est pas un taux"],
    [[[1, null, 0.2]], "valeur", "ligne 1, colonne prix unitaire : la valeur est vide"],
    [[[1, 10]], "valeur", "il en faut au moins 3"],
    [[["Qté", "PU", "TVA"], [null, null, null]], "valeur", "aucune ligne"],
  ])("erreur nommant la ligne et la colonne : %j", (matrice, code, message) => {
    const e = erreur(() => lireLignesFacture(matrice as never));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });

  it("taux du port : vide, « prorata », un taux ; un autre texte est refusé", () => {
    expect(lireTauxPort(null, "taux_tva_port")).toBeUndefined();
    expect(lireTauxPort(" Prorata ", "taux_tva_port")).toBe("prorata");
    expect(String(lireTauxPort("5,5 %", "taux_tva_port"))).toBe("0.055");
    expect(String(lireTauxPort(10, "taux_tva_port"))).toBe("0.1");
    expect(erreur(() => lireTauxPort("au plus haut", "taux_tva_port")).message).toContain("ni un taux de TVA");
  });
});

describe("répartition au prorata", () => {
  it("10,00 sur trois poids égaux : 3,34 + 3,33 + 3,33 (écart sur le premier des plus grands)", () => {
    const r = repartirAuProrata(d(10), [d(1), d(1), d(1)]);
    expect(r.parts.map(f2)).toEqual(["3.34", "3.33", "3.33"]);
    expect(f2(r.reste)).toBe("0.01");
  });
});
