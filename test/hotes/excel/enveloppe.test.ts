// Enveloppes Excel : arguments reçus d'Excel (null pour un facultatif omis, répétés en un tableau, objet invocation
// en dernier), valeurs rendues, erreurs converties en CustomFunctions.Error (custom-functions-errors.md).
import { ErreurAgora, erreurDiv0, erreurNA, erreurNombre, erreurValeur, type CodeErreur } from "../../../src/core/erreurs";
import { fonction, resultatTableau, texte } from "../../../src/fonctions/dsl";
import { expliquer } from "../../../src/fonctions/executer";
import { FONCTIONS, trouverFonction } from "../../../src/fonctions/index";
import { argumentsDepuisExcel, associerFonctions, envelopper, erreurExcel, type MoteurFonctions } from "../../../src/hotes/excel/enveloppe";
import { metadonneesExcel } from "../../../src/hotes/excel/metadonnees";

/** Une erreur Excel factice : garde le code et le message reçus. */
class ErreurFactice {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Un moteur CustomFunctions factice, avec l'énumération ErrorCode réelle (CustomFunctionsRuntime 1.3). */
function moteurFactice(): MoteurFonctions & { associees: Map<string, (...args: unknown[]) => unknown> } {
  const associees = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associees,
    associate: (id, f) => void associees.set(id, f),
    Error: ErreurFactice,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" },
  };
}

const INVOCATION = { address: "Feuil1!B2", functionName: "AGORA.X" };

function appeler(nom: string, ...args: unknown[]): unknown {
  const f = trouverFonction(nom);
  if (!f) throw new Error(`fonction ${nom} absente du registre`);
  return envelopper(moteurFactice(), f)(...args, INVOCATION);
}

function erreurLevee(action: () => unknown): ErreurFactice {
  try {
    action();
  } catch (e) {
    if (e instanceof ErreurFactice) return e;
    throw e;
  }
  throw new Error("aucune erreur levée");
}

describe("enveloppes Excel des descripteurs", () => {
  it("comptabilite.md § 5.2 : =AGORA.TVA(839,82;20%) rend 167,96 (le 20 % arrive en 0,2)", () => {
    expect(appeler("TVA", 839.82, 0.2)).toBe(167.96);
  });

  it("comptabilite.md § 11.1 : =AGORA.TTC(120;20%) rend 144, l'objet invocation final est ignoré", () => {
    expect(appeler("TTC", 120, 0.2)).toBe(144);
  });

  it("les textes français passent par notre lecteur : « 839,82 » et « 20 % »", () => {
    expect(appeler("TVA", "839,82", "20 %")).toBe(167.96);
  });

  it("comptabilite.md § 4.1 : facultatif omis = null (date du jour) ; taux réduit 5,5 % au 15/03/2026", () => {
    expect(appeler("TAUX.TVA", "normal", null)).toBe(0.2);
    expect(appeler("TAUX.TVA", "réduit", "15/03/2026")).toBe(0.055);
  });

  it("argument répété : Excel passe un seul tableau de matrices, l'enveloppe l'étale (EXPLIQUE)", () => {
    const lignes = appeler("EXPLIQUE", "TTC", [[[100]], [[0.2]]]) as string[][];
    // Même explication que l'appel direct avec des valeurs seules : les matrices 1 × 1 ont bien été dépliées.
    expect(lignes).toEqual(expliquer(trouverFonction("TTC")!, [100, 0.2]).etapes.map((l) => [l]));
    expect(lignes[lignes.length - 1][0]).toMatch(/^Résultat : 120/);
  });

  it("argumentsDepuisExcel : ne garde que les paramètres déclarés et étale le dernier s'il est répété", () => {
    const explique = trouverFonction("EXPLIQUE")!;
    expect(argumentsDepuisExcel(explique, ["TTC", [[[100]], [[0.2]]], INVOCATION])).toEqual(["TTC", [[100]], [[0.2]]]);
    expect(argumentsDepuisExcel(explique, ["TTC", null, INVOCATION])).toEqual(["TTC"]);
    expect(argumentsDepuisExcel(explique, ["TTC", [], INVOCATION])).toEqual(["TTC"]);
    expect(argumentsDepuisExcel(trouverFonction("TVA")!, [100, 0.2, INVOCATION])).toEqual([100, 0.2]);
  });

  it("montant illisible : #VALEUR! avec le message français qui nomme l'argument", () => {
    const e = erreurLevee(() => appeler("TVA", "cent euros", 0.2));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^montant_ht : « cent euros » n'est pas un nombre/);
  });

  it("montant négatif : #NOMBRE! sans message (Excel n'en accepte pas pour ce code)", () => {
    const e = erreurLevee(() => appeler("TVA", -10, 0.2));
    expect(e).toEqual(new ErreurFactice("#NUM!"));
  });

  describe("correspondance de chaque code d'erreur du domaine", () => {
    const cas: [CodeErreur, (m: string) => ErreurAgora, ErreurFactice][] = [
      ["valeur", erreurValeur, new ErreurFactice("#VALUE!", "message valeur")],
      ["na", erreurNA, new ErreurFactice("#N/A", "message na")],
      ["nombre", erreurNombre, new ErreurFactice("#NUM!")],
      ["div0", erreurDiv0, new ErreurFactice("#DIV/0!")],
    ];

    it.each(cas)("%s", (code, creer, attendu) => {
      expect(erreurExcel(moteurFactice(), creer(`message ${code}`))).toEqual(attendu);
      const essai = fonction({
        nom: "ESSAI.ERREUR",
        categorie: "Gestion",
        description: "Essai.",
        arguments: [texte("code", "Code.")],
        resultat: "nombre",
        exemples: [],
        calcul: () => {
          throw creer(`message ${code}`);
        },
      });
      expect(erreurLevee(() => envelopper(moteurFactice(), essai)(code, INVOCATION))).toEqual(attendu);
    });

    it("sans énumération ErrorCode, les valeurs documentées sont utilisées", () => {
      const moteur = { ...moteurFactice(), ErrorCode: undefined };
      expect(erreurExcel(moteur, erreurDiv0("x"))).toEqual(new ErreurFactice("#DIV/0!"));
    });

    it("une exception JavaScript inattendue devient #VALEUR! avec un message, jamais une exception brute", () => {
      const essai = fonction({
        nom: "ESSAI.PANNE",
        categorie: "Gestion",
        description: "Essai.",
        arguments: [],
        resultat: "nombre",
        exemples: [],
        calcul: () => {
          throw new TypeError("x is undefined");
        },
      });
      const e = erreurLevee(() => envelopper(moteurFactice(), essai)(INVOCATION));
      expect(e).toEqual(new ErreurFactice("#VALUE!", "Erreur interne inattendue : x is undefined"));
    });
  });

  it("tableau rendu à Excel : jamais vide, toujours rectangulaire", () => {
    const essai = (lignes: string[][]) =>
      fonction({ nom: "ESSAI.TABLE", categorie: "Gestion", description: "Essai.", arguments: [], resultat: "tableau", exemples: [], calcul: () => resultatTableau(lignes) });
    expect(envelopper(moteurFactice(), essai([]))(INVOCATION)).toEqual([[""]]);
    expect(envelopper(moteurFactice(), essai([["a", "b"], ["c"]]))(INVOCATION)).toEqual([["a", "b"], ["c", ""]]);
  });
});

describe("functions/functions.ts (point d'entrée Excel)", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("associe exactement les ids publiés dans functions.json", () => {
    const moteur = moteurFactice();
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = moteur;
    jest.isolateModules(() => require("../../../functions/functions"));
    const publies = metadonneesExcel("https://x").metadonnees.functions.map((f) => f.id);
    expect([...moteur.associees.keys()].sort()).toEqual([...publies].sort());
    expect(moteur.associees.get("TTC")?.(100, "20 %", INVOCATION)).toBe(120);
  });

  it("hors d'Excel (pas de CustomFunctions), le chargement ne lève rien", () => {
    expect(() => jest.isolateModules(() => require("../../../functions/functions"))).not.toThrow();
  });

  it("associerFonctions rend la liste des ids associés", () => {
    expect(associerFonctions(moteurFactice(), FONCTIONS.filter((f) => f.nom === "TVA"))).toEqual(["TVA"]);
  });
});
