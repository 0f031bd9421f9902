import { evaluerFormule } from "../../src/hotes/hyperformula/evaluer";
import { LIGNES_EXPLICATION } from "../../src/fonctions/index";

describe("AGORA.EXPLIQUE", () => {
  it("une longue explication garde toujours sa dernière ligne, le résultat", () => {
    // Bulletin de paie : bien plus de 40 étapes.
    const r = evaluerFormule('=AGORA.EXPLIQUE("BULLETIN";2150;"non-cadre";"15/03/2026")');
    if (!r.ok || !Array.isArray(r.valeur)) throw new Error("tableau attendu");
    const lignes = r.valeur.map((l) => String(l[0]));
    expect(lignes.length).toBe(LIGNES_EXPLICATION);
    expect(lignes[lignes.length - 1]).toMatch(/^Résultat : /);
    expect(lignes[lignes.length - 2]).toMatch(/étapes? de plus/);
  });

  it("refuse une fonction inconnue ou elle-même, en français", () => {
    const r = evaluerFormule('=AGORA.EXPLIQUE("INCONNUE";1)');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("n'est pas une fonction AGORA");
    const s = evaluerFormule('=AGORA.EXPLIQUE("EXPLIQUE";"TTC")');
    expect(s.ok).toBe(false);
  });
});
