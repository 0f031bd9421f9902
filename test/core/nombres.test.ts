import { analyserTexteNombre, lireNombre, lireTaux } from "../../src/core/nombres";
import { ErreurAgora } from "../../src/core/erreurs";

const valeur = (s: string) => analyserTexteNombre(s)?.valeur.toString();

describe("lecture des nombres saisis", () => {
  it.each([
    ["1 234,56", "1234.56"],
    ["1\u202f234,56", "1234.56"],
    ["1\u00a0234,56 €", "1234.56"],
    ["1234.56", "1234.56"],
    ["12,00 €", "12"],
    ["-1234.56", "-1234.56"],
    ["(12,00)", "-12"],
    ["1.234,56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["1.234.567", "1234567"],
    ["20 %", "0.2"],
    ["5,5%", "0.055"],
    ["0,2", "0.2"],
    ["+3", "3"],
    ["−7,5", "-7.5"],
  ])("« %s » → %s", (texte, attendu) => {
    expect(valeur(texte)).toBe(attendu);
  });

  it.each(["abc", "", "1,2,3", "12..5", "1.2.3,4,5", ",", "€", "1 2 3 abc", "1e5x"])("« %s » n'est pas un nombre", (texte) => {
    expect(analyserTexteNombre(texte)).toBeUndefined();
  });

  it("nomme la valeur et le champ dans le message d'erreur", () => {
    expect(() => lireNombre("douze", "montant_ht")).toThrow(/montant_ht : « douze » n'est pas un nombre/);
    expect(() => lireNombre(null, "quantite")).toThrow(/quantite : la valeur est vide/);
    expect(() => lireNombre(Infinity, "prix")).toThrow(ErreurAgora);
    expect(() => lireNombre(true, "prix")).toThrow(/VRAI n'est pas un nombre/);
  });
});

describe("lecture des taux", () => {
  it.each<[unknown, string]>([
    [0.2, "0.2"],
    [20, "0.2"],
    ["20 %", "0.2"],
    ["0,2", "0.2"],
    ["20", "0.2"],
    [5.5, "0.055"],
    ["5,5 %", "0.055"],
    [1, "1"],
    [0, "0"],
  ])("taux borné %p → %s", (entree, attendu) => {
    expect(lireTaux(entree, "taux").toString()).toBe(attendu);
  });

  it("un taux non borné est une fraction : 1,5 = 150 %", () => {
    expect(lireTaux(1.5, "taux_marge", { borne: false }).toString()).toBe("1.5");
    expect(lireTaux("150 %", "taux_marge", { borne: false }).toString()).toBe("1.5");
  });

  it("refuse les taux négatifs (#NOMBRE!) et au-delà de 100 %", () => {
    expect(() => lireTaux(-0.2, "taux")).toThrow(expect.objectContaining({ code: "nombre" }));
    expect(() => lireTaux("150 %", "remise")).toThrow(/dépasse 100 %/);
    expect(() => lireTaux(250, "remise")).toThrow(expect.objectContaining({ code: "nombre" }));
    expect(() => lireTaux("vingt", "taux")).toThrow(expect.objectContaining({ code: "valeur" }));
    expect(() => lireTaux(1, "taux_marque", { borne: true, centAutorise: false })).toThrow(/atteint 100 %/);
  });
});
