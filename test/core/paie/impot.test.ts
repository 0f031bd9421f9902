// Net imposable et prélèvement à la source (paie.md § 5.3 et § 5.4).
import { Dec } from "../../../src/core/argent";
import { calculerBulletin, tauxNeutre } from "../../../src/core/paie";
import { bulletinA, bulletinB, n } from "./outils";

const jour = (annee: number, mois: number, j: number) => ({ annee, mois, jour: j });

describe("grille de taux neutre (paie.md § 5.4 : borne basse incluse, borne haute exclue)", () => {
  it.each([
    [1590.99, 2025, 4, 0],
    [1591, 2025, 4, 0.005],
    [1619.99, 2025, 5, 0],
    [1620, 2025, 5, 0.005],
    [3768.71, 2026, 3, 0.119],
    [3571, 2026, 5, 0.119],
    [3570.99, 2026, 5, 0.099],
    [55557.99, 2026, 5, 0.38],
    [55558, 2026, 5, 0.43],
  ])("%d € versés en %d-%d : %d", (base, annee, mois, taux) => {
    expect(n(tauxNeutre(new Dec(base), jour(annee, mois, 28)))).toBe(taux);
  });

  it("mars 2026 : on applique encore la grille du 01/05/2025 ; la date de versement choisit la grille", () => {
    expect(n(tauxNeutre(new Dec(1630), jour(2026, 3, 31)))).toBe(0.005);
    expect(n(tauxNeutre(new Dec(1630), jour(2026, 5, 31)))).toBe(0);
    const avril = calculerBulletin(bulletinA((e) => {
      e.mois = 4;
      e.salarie.tauxPAS = undefined;
      e.datePaiement = jour(2026, 5, 5);
    }));
    // Net imposable 1 761,15 € : 1,3 % en grille 2025 (1 683 – 1 791), 1,3 % aussi en grille 2026 (1 698 – 1 807).
    expect(n(avril.informations.tauxPAS)).toBe(0.013);
  });
});

describe("net imposable (paie.md § 5.3)", () => {
  it("avantages en nature : retranchés du net à payer mais imposables ; 20 repas au forfait 2026 de 5,50 € = 110,00 €", () => {
    const b = calculerBulletin(bulletinA((e) => e.variables.avantagesNature.push({ libelle: "Nourriture", repas: new Dec(20) })));
    const a = calculerBulletin(bulletinA());
    expect(n(b.informations.avantagesNature)).toBe(110);
    expect(n(b.totaux.brut)).toBe(2260);
    expect(n(b.totaux.netAvantImpot)).toBe(n(b.totaux.brut.minus(b.totaux.cotisationsSalariales).minus(110)));
    expect(n(b.totaux.netSocial)).toBe(n(b.totaux.brut.minus(b.totaux.cotisationsSalariales)));
    // Le net imposable ne perd pas l'avantage : il augmente de 110 € moins la CSG déductible supplémentaire.
    const csgDeductibleEnPlus = b.lignes.find((l) => l.code === "csg-deductible")!.montantSalarial!.minus(a.lignes.find((l) => l.code === "csg-deductible")!.montantSalarial!);
    const cotisationsSansCsgImposable = (x: typeof a) => x.totaux.cotisationsSalariales.minus(x.lignes.filter((l) => ["csg-non-deductible", "crds"].includes(l.code)).reduce((s, l) => s.plus(l.montantSalarial!), new Dec(0)));
    expect(n(b.totaux.netImposable.minus(a.totaux.netImposable))).toBe(n(new Dec(110).minus(cotisationsSansCsgImposable(b).minus(cotisationsSansCsgImposable(a)))));
    expect(csgDeductibleEnPlus.gt(0)).toBe(true);
  });

  it("acompte : déduit du net payé, pas du net à payer avant impôt", () => {
    const b = calculerBulletin(bulletinA((e) => (e.variables.acompte = new Dec(200))));
    expect([n(b.totaux.netAvantImpot), n(b.totaux.netPaye)]).toEqual([1669.02, 1433.8]);
  });

  it("cadre : la prévoyance des cadres n'est pas réintégrée (sous la limite de l'art. 83, 1° quater CGI)", () => {
    const b = calculerBulletin(bulletinB());
    expect(n(b.totaux.netImposable)).toBe(3768.71);
  });

  it("prévoyance au-delà de la limite de déduction (5 % PSS + 2 % brut = 243,25 €) : l'excédent est réintégré", () => {
    const b = calculerBulletin(bulletinA((e) => (e.entreprise.prevoyance = { assiette: "brut", tauxSalarial: new Dec("0.05"), tauxPatronal: new Dec("0.06") })));
    // Prévoyance 2 150 × 5 % = 107,50 (salarié) et × 6 % = 129,00 (employeur), santé salariale 30,00 : 266,50 ;
    // limite 4 005 × 5 % + 2 150 × 2 % = 200,25 + 43,00 = 243,25 ; excédent 23,25 ajouté au net imposable.
    const attendu = b.totaux.netAvantImpot
      .plus(b.lignes.filter((l) => ["csg-non-deductible", "crds"].includes(l.code)).reduce((s, l) => s.plus(l.montantSalarial!), new Dec(0)))
      .plus(30)
      .plus("23.25");
    expect(n(b.totaux.netImposable)).toBe(n(attendu));
  });
});
