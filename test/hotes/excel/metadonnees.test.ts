// functions.json généré depuis le registre : chaque descripteur y est, avec des noms valides pour Excel,
// des paramètres décrits en français et les types attendus (custom-functions-json.md, « Metadata reference »).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as langues from "hyperformula/i18n/languages";
import { facultatif, fonction, plage, repete, resultatDate, resultatTableau, resultatTexte, texte } from "../../../src/fonctions/dsl";
import { guideHtml } from "../../../src/fonctions/guide";
import { FONCTIONS } from "../../../src/fonctions/index";
import { functionsJson, metadonneesExcel, trierPourExcel, urlAide } from "../../../src/hotes/excel/metadonnees";
import { problemesNomExcel } from "../../../src/hotes/excel/noms";

const BASE = "https://agora.exemple.fr";

/**
 * Noms de fonctions intégrées d'Excel, toutes langues : les 17 packs de langue d'HyperFormula (≈ 400 fonctions chacun)
 * et, pour les fonctions qu'HyperFormula n'a pas, une liste relevée dans Excel en français et en anglais.
 */
const EXCEL_HORS_HYPERFORMULA = [
  "TAUX.ESCOMPTE", "DISC", "TAUX.INTERET", "INTRATE", "VALEUR.ENCAISSEMENT", "RECEIVED", "PRIX.TITRE", "PRICE",
  "RENDEMENT.TITRE", "YIELD", "INTERET.ACC", "ACCRINT", "INTERET.ACC.MAT", "ACCRINTM", "DUREE", "DURATION",
  "DUREE.MODIFIEE", "MDURATION", "DATE.COUPON.PREC", "COUPPCD", "DATE.COUPON.SUIV", "COUPNCD", "NB.COUPONS", "COUPNUM",
  "AMORDEGRC", "AMORLINC", "VDB", "FILTRE", "FILTER", "TRIER", "SORT", "TRIERPAR", "SORTBY", "UNIQUE", "LET", "LAMBDA",
  "ASSEMB.V", "VSTACK", "ASSEMB.H", "HSTACK", "TEXTE.AVANT", "TEXTBEFORE", "TEXTE.APRES", "TEXTAFTER",
  "FRACTIONNER.TEXTE", "TEXTSPLIT", "CHOISIRCOLS", "CHOOSECOLS", "CHOISIRLIGNES", "CHOOSEROWS", "TAUX.EFFECTIF",
];

function nomsIntegres(): Set<string> {
  const noms = new Set(EXCEL_HORS_HYPERFORMULA);
  for (const langue of Object.values(langues) as { functions?: Record<string, string> }[]) {
    for (const [anglais, traduit] of Object.entries(langue?.functions ?? {})) {
      noms.add(anglais.toUpperCase());
      noms.add(traduit.toUpperCase());
    }
  }
  return noms;
}

describe("functions.json généré depuis le registre", () => {
  const { metadonnees, refusees } = metadonneesExcel(BASE);
  const publiees = metadonnees.functions;

  it("chaque descripteur de FONCTIONS est publié ou écarté avec sa raison, jamais oublié ni dupliqué", () => {
    const vus = [...publiees.map((f) => f.id), ...refusees.map((r) => r.nom)].sort();
    expect(vus).toEqual(FONCTIONS.map((f) => f.nom).sort());
    for (const r of refusees) expect(r.raisons.length).toBeGreaterThan(0);
  });

  it("tous les noms du registre respectent les règles de Microsoft (sinon la fonction manque dans Excel)", () => {
    const messages = trierPourExcel().refusees.map((r) => `AGORA.${r.nom} : ${r.raisons.join(" ; ")}`);
    expect(messages).toEqual([]);
  });

  it("ids et noms : identiques, valides, uniques, sans collision avec une fonction intégrée d'Excel (français ou anglais)", () => {
    const integres = nomsIntegres();
    expect(integres.has("ARRONDI") && integres.has("ROUND") && integres.has("TAUX")).toBe(true);
    for (const f of publiees) {
      expect(f.name).toBe(f.id);
      expect({ id: f.id, problemes: problemesNomExcel(f.id, integres) }).toEqual({ id: f.id, problemes: [] });
    }
    const ids = publiees.map((f) => f.id.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("chaque fonction et chaque paramètre sont décrits en français (phrase complète)", () => {
    for (const f of publiees) {
      expect(f.description).toMatch(/^[A-ZÀ-Ý«].*[.)»]$/s);
      for (const p of f.parameters) {
        expect({ fonction: f.id, parametre: p.name, description: p.description }).toEqual(
          expect.objectContaining({ description: expect.stringMatching(/^[A-ZÀ-Ý«].{5,}[.)»]$/s) }),
        );
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    }
  });

  it("helpUrl : page d'aide des fonctions, ancre de la fonction (TAUX.TVA → #taux-tva)", () => {
    const taux = publiees.find((f) => f.id === "TAUX.TVA");
    expect(taux?.helpUrl).toBe("https://agora.exemple.fr/aide/fonctions.html#taux-tva");
    expect(urlAide("https://agora.exemple.fr/", "TTC")).toBe("https://agora.exemple.fr/aide/fonctions.html#ttc");
    for (const f of publiees) expect(f.helpUrl.startsWith(`${BASE}/aide/fonctions.html#`)).toBe(true);
  });

  it("chaque lien d'aide désigne une section de la page d'aide servie avec le complément", () => {
    const page = guideHtml();
    const manquantes = publiees.map((f) => f.helpUrl.split("#")[1]).filter((ancre) => !page.includes(`id="${ancre}"`));
    expect(manquantes).toEqual([]);
  });

  it("TVA : deux valeurs seules de type any (lues par notre lecteur français), résultat nombre", () => {
    const tva = publiees.find((f) => f.id === "TVA");
    expect(tva?.parameters).toEqual([
      { name: "montant_ht", description: "Montant hors taxes, en euros.", type: "any", dimensionality: "scalar" },
      expect.objectContaining({ name: "taux", type: "any", dimensionality: "scalar" }),
    ]);
    expect(tva?.result).toEqual({ type: "number", dimensionality: "scalar" });
  });

  it("TAUX.TVA : la date est facultative ; EXPLIQUE : arguments répétés en matrices, résultat en tableau", () => {
    const taux = publiees.find((f) => f.id === "TAUX.TVA");
    expect(taux?.parameters[1]).toEqual(expect.objectContaining({ name: "date", optional: true, type: "any", dimensionality: "scalar" }));
    expect(taux?.parameters[0].optional).toBeUndefined();
    const explique = publiees.find((f) => f.id === "EXPLIQUE");
    expect(explique?.parameters[1]).toEqual(expect.objectContaining({ repeating: true, optional: true, type: "any", dimensionality: "matrix" }));
    expect(explique?.result).toEqual({ type: "any", dimensionality: "matrix" });
  });

  it("natures : plage → matrice ; date rendue en nombre (numéro de série) ; texte → string ; défaut ajouté à la description", () => {
    const essai = [
      fonction({
        nom: "ESSAI.DATE",
        categorie: "Dates",
        description: "Essai.",
        arguments: [plage("lignes", "Lignes du tableau."), facultatif(texte("mode", "Mode de calcul."), "net", "« net »")],
        resultat: "date",
        exemples: [],
        calcul: () => resultatDate({ annee: 2026, mois: 1, jour: 1 }),
      }),
      fonction({
        nom: "ESSAI.TEXTE",
        categorie: "Gestion",
        description: "Essai.",
        arguments: [repete(texte("mots", "Mots."))],
        resultat: "texte",
        exemples: [],
        calcul: () => resultatTexte(""),
      }),
      fonction({ nom: "ESSAI.TABLE", categorie: "Gestion", description: "Essai.", arguments: [], resultat: "tableau", exemples: [], calcul: () => resultatTableau([]) }),
    ];
    const [d, t, tab] = metadonneesExcel(BASE, essai).metadonnees.functions;
    expect(d.parameters).toEqual([
      { name: "lignes", description: "Lignes du tableau.", type: "any", dimensionality: "matrix" },
      { name: "mode", description: "Mode de calcul. Par défaut : « net ».", type: "any", dimensionality: "scalar", optional: true },
    ]);
    expect(d.result).toEqual({ type: "number", dimensionality: "scalar" });
    expect(t.parameters[0]).toEqual({ name: "mots", description: "Mots.", type: "any", dimensionality: "scalar", optional: true, repeating: true });
    expect(t.result).toEqual({ type: "string", dimensionality: "scalar" });
    expect(tab.result).toEqual({ type: "any", dimensionality: "matrix" });
  });

  it("le texte JSON relit les mêmes métadonnées et signale les fonctions écartées", () => {
    const { json, refusees: r } = functionsJson(BASE);
    expect(JSON.parse(json)).toEqual(metadonnees);
    expect(r).toEqual(refusees);
  });
});

const DIST = join(__dirname, "..", "..", "..", "dist", "functions.json");

(existsSync(DIST) ? describe : describe.skip)("dist/functions.json (après npm run build)", () => {
  it("liste chaque fonction du registre", () => {
    const ids = (JSON.parse(readFileSync(DIST, "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(FONCTIONS.map((f) => f.nom).filter((n) => !ids.includes(n))).toEqual([]);
  });
});
