// CSV sans injection de formule (règle OWASP « CSV Injection ») : apostrophe devant =, +, -, @, tabulation, CR ;
// les nombres ordinaires restent des nombres.
import fc from "fast-check";
import { champCsv, ligneCsv, neutraliserFormule } from "../../src/core/csv";

describe("neutraliserFormule", () => {
  it.each([
    ["=HYPERLINK(\"http://x\";\"clic\")", "'=HYPERLINK(\"http://x\";\"clic\")"],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["- remise", "'- remise"],
    ["-12,50 €", "'-12,50 €"],
  ])("%j devient %j", (entree, sortie) => {
    expect(neutraliserFormule(entree)).toBe(sortie);
  });

  it.each(["-12,50", "-12.50", "+3", "-1 234,56", "-1\u202f234,56", "12", "0,00", "Facture FA-101", "411000", "a=b"])("%j reste tel quel", (x) => {
    expect(neutraliserFormule(x)).toBe(x);
  });

  it("propriété : un texte qui commence par un caractère de formule, sans chiffre juste après, est neutralisé", () => {
    fc.assert(
      fc.property(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string().filter((r) => !/^\d/.test(r)), (debut, reste) => {
        expect(neutraliserFormule(debut + reste)).toBe(`'${debut}${reste}`);
      }),
    );
  });

  it("propriété : un nombre signé écrit à la française (virgule) ou à l'anglaise (point) reste un nombre", () => {
    fc.assert(
      fc.property(fc.constantFrom("-", "+"), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(",", "."), (signe, entier, centimes, virgule) => {
        const s = `${signe}${entier}${virgule}${String(centimes).padStart(2, "0")}`;
        expect(neutraliserFormule(s)).toBe(s);
      }),
    );
  });
});

describe("champCsv, ligneCsv", () => {
  it("guillemets pour le séparateur, les guillemets et les sauts de ligne ; nombres et vides", () => {
    expect(ligneCsv(["Dupont; fils", 'le "bon"', "a\nb", -12.5, null, "=1+1", "-12,50"])).toBe('"Dupont; fils";"le ""bon""";"a\nb";-12.5;;\'=1+1;-12,50');
    expect(champCsv("=A1", ",")).toBe("'=A1");
  });
});
