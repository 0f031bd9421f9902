/** Recherche dans le catalogue du module « Fonctions » : accents et casse ignorés, nom, description, arguments. */
import fc from "fast-check";
import { catalogue } from "../../src/fonctions/catalogue";
import { compteFonctions, correspond, motsRecherches, rechercher } from "../../taskpane/modules/fonctions/recherche";

const entrees = catalogue();
const noms = (recherche: string) => rechercher(entrees, recherche).flatMap((g) => g.fonctions.map((f) => f.nom));

describe("recherche de fonctions", () => {
  it("sans recherche : tout le catalogue, groupé par catégorie dans l'ordre d'apparition", () => {
    const groupes = rechercher(entrees, "  ");
    expect(groupes.flatMap((g) => g.fonctions)).toHaveLength(entrees.length);
    const ordre = [...new Set(entrees.map((e) => e.categorie))];
    expect(groupes.map((g) => g.categorie)).toEqual(ordre);
    for (const g of groupes) expect(g.fonctions.every((f) => f.categorie === g.categorie)).toBe(true);
  });

  it("« taux tva » trouve AGORA.TAUX.TVA, pas AGORA.MARGE ; les mots peuvent être dans le désordre", () => {
    expect(noms("taux tva")).toContain("AGORA.TAUX.TVA");
    expect(noms("tva taux")).toContain("AGORA.TAUX.TVA");
    expect(noms("taux tva")).not.toContain("AGORA.MARGE");
  });

  it("accents et casse ignorés : « ECHEANCE », « échéance » et « Échéance » donnent le même résultat", () => {
    const attendu = noms("échéance");
    expect(attendu).toContain("AGORA.ECHEANCE");
    expect(noms("ECHEANCE")).toEqual(attendu);
    expect(noms("Échéance")).toEqual(attendu);
  });

  it("les noms d'arguments comptent : « montant_ht » trouve AGORA.TVA et AGORA.TTC", () => {
    expect(noms("montant_ht")).toEqual(expect.arrayContaining(["AGORA.TVA", "AGORA.TTC"]));
    expect(noms("montant ht")).toEqual(noms("montant_ht"));
  });

  it("une recherche sans résultat rend une liste vide", () => {
    expect(rechercher(entrees, "xyzzy")).toEqual([]);
  });

  it("propriété : chaque fonction se trouve par son nom, en minuscules, avec ou sans « AGORA. »", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entrees), (e) => {
        expect(correspond(e, e.nom.toLowerCase())).toBe(true);
        expect(correspond(e, e.nom.replace(/^AGORA\./, ""))).toBe(true);
      }),
    );
  });

  it("mots normalisés et compte en français", () => {
    expect(motsRecherches("  Taux\u00a0TVA  ")).toEqual(["taux", "tva"]);
    expect(compteFonctions(0)).toBe("Aucune fonction");
    expect(compteFonctions(1)).toBe("1 fonction");
    expect(compteFonctions(1234)).toBe("1\u202f234 fonctions");
  });
});
