// Chaque exemple du catalogue est évalué par HyperFormula (le moteur de l'aperçu et de `agora eval`)
// et comparé au résultat attendu, tiré des exemples chiffrés de la référence.
import { evaluerFormule } from "../../src/hotes/hyperformula/evaluer";
import { creerClasseurHf } from "../../src/hotes/hyperformula/plugin";
import type { Exemple } from "../../src/fonctions/dsl";
import { FONCTIONS } from "../../src/fonctions/index";

const cas = FONCTIONS.flatMap((f) => f.exemples.map((e) => [f.nom, e.formule, e] as const));

/** Évalue l'exemple ; avec des données, la formule est posée à droite des données et le résultat lu en entier. */
function evaluer(e: Exemple) {
  if (!e.donnees) return evaluerFormule(e.formule);
  const largeur = Math.max(...e.donnees.map((l) => l.length));
  const feuille = e.donnees.map((l, i) => [...l, ...Array(largeur - l.length + 1).fill(null), i === 0 ? e.formule : null]);
  const hf = creerClasseurHf({ Feuil1: feuille });
  const valeurs = hf.getSheetValues(0).map((l) => l.slice(largeur + 1));
  hf.destroy();
  const lignes = valeurs.filter((l) => l.some((c) => c !== null && c !== undefined && c !== ""));
  const premiere = lignes[0]?.[0];
  if (typeof premiere === "object" && premiere !== null) return { ok: false as const, erreur: String((premiere as { value: string }).value), message: String((premiere as { message: string }).message) };
  return { ok: true as const, valeur: lignes.length === 1 && lignes[0].length === 1 ? lignes[0][0] : lignes.map((l) => l.filter((c) => c !== null && c !== undefined)) };
}

describe("exemples du catalogue", () => {
  it("chaque fonction a au moins un exemple", () => {
    for (const f of FONCTIONS) expect(f.exemples.length).toBeGreaterThan(0);
  });

  it.each(cas)("%s : %s", (_nom, _formule, exemple) => {
    const attendu = exemple.resultat;
    const r = evaluer(exemple);
    if (!r.ok) throw new Error(`${r.erreur} ${r.message}`);
    if (typeof attendu === "number") expect(r.valeur).toBeCloseTo(attendu, 10);
    else expect(r.valeur).toEqual(attendu);
  });
});
