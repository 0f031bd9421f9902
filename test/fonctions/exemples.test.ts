// Chaque exemple du catalogue est évalué par HyperFormula (le moteur de l'aperçu et de `agora eval`)
// et comparé au résultat attendu, tiré des exemples chiffrés de la référence.
import { evaluerFormule } from "../../src/hotes/hyperformula/evaluer";
import { FONCTIONS } from "../../src/fonctions/index";

const cas = FONCTIONS.flatMap((f) => f.exemples.map((e) => [f.nom, e.formule, e.resultat] as const));

describe("exemples du catalogue", () => {
  it("chaque fonction a au moins un exemple", () => {
    for (const f of FONCTIONS) expect(f.exemples.length).toBeGreaterThan(0);
  });

  it.each(cas)("%s : %s", (_nom, formule, attendu) => {
    const r = evaluerFormule(formule);
    if (!r.ok) throw new Error(`${r.erreur} ${r.message}`);
    if (typeof attendu === "number") expect(r.valeur).toBeCloseTo(attendu, 10);
    else expect(r.valeur).toEqual(attendu);
  });
});
