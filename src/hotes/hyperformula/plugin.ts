/**
 * Greffon HyperFormula généré depuis le registre des descripteurs : mêmes fonctions, mêmes messages qu'Excel.
 * Utilisé par l'hôte d'aperçu (navigateur) et par `agora eval` (Node).
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, EmptyValue } from "hyperformula";
import type { FunctionMetadata, ImplementedFunctions } from "hyperformula";
import frFR from "hyperformula/i18n/languages/frFR";
import type { CodeErreur } from "../../core/erreurs";
import type { Fonction } from "../../fonctions/dsl";
import { executer } from "../../fonctions/executer";
import { ESPACE_DE_NOMS, FONCTIONS } from "../../fonctions/index";

const TYPE_ERREUR: Record<CodeErreur, ErrorType> = {
  valeur: ErrorType.VALUE,
  nombre: ErrorType.NUM,
  div0: ErrorType.DIV_BY_ZERO,
  na: ErrorType.NA,
};

/** Taille prévue d'une plage quand on ne peut pas la connaître (argument calculé). */
const TAILLE_INCONNUE = { lignes: 50, colonnes: 10 };

/** Valeur HyperFormula → valeur brute d'une cellule (nombre, texte, booléen, null). */
function brut(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return v === EmptyValue ? null : undefined;
  if (v instanceof SimpleRangeValue) return v.rawData().map((ligne) => ligne.map(brut));
  if (typeof v === "object" && v !== null && "val" in v && typeof (v as { val: unknown }).val === "number") {
    return (v as { val: number }).val; // nombre « riche » (pourcentage, date, monnaie)
  }
  return v;
}

function nomComplet(f: Fonction): string {
  return `${ESPACE_DE_NOMS}.${f.nom}`;
}

function metadonnees(f: Fonction): FunctionMetadata {
  const m: FunctionMetadata = {
    method: "executerAgora",
    parameters: f.arguments.map((a) => ({
      argumentType: a.nature === "plage" || a.nature === "valeur" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
      optionalArg: a.facultatif || a.repete,
    })),
  };
  if (f.arguments.some((a) => a.repete)) m.repeatLastArgs = 1;
  if (f.resultat === "tableau") m.sizeOfResultArrayMethod = "tailleAgora";
  if (f.resultat === "date") m.returnNumberType = "NUMBER_DATE" as FunctionMetadata["returnNumberType"];
  return m;
}

const PAR_NOM_COMPLET = new Map(FONCTIONS.map((f) => [nomComplet(f), f]));

export class AgoraPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(FONCTIONS.map((f) => [nomComplet(f), metadonnees(f)]));

  executerAgora(ast: { procedureName: string; args: unknown[] }, state: unknown) {
    const f = PAR_NOM_COMPLET.get(ast.procedureName);
    return this.runFunction(ast.args as never, state as never, this.metadata(ast.procedureName), (...args: unknown[]) => {
      const erreurEntree = args.find((a) => a instanceof CellError);
      if (erreurEntree) return erreurEntree as CellError;
      if (!f) return new CellError(ErrorType.NAME, `Fonction inconnue : ${ast.procedureName}`);
      const issue = executer(f, args.map(brut));
      if (!issue.ok) return new CellError(TYPE_ERREUR[issue.erreur.code], issue.erreur.message);
      const v = issue.valeur;
      if (Array.isArray(v)) return SimpleRangeValue.onlyValues(v.length ? v : [[""]]);
      return v;
    });
  }

  tailleAgora(ast: { procedureName: string; args: unknown[] }, state: unknown): ArraySize {
    const f = PAR_NOM_COMPLET.get(ast.procedureName);
    if (!f?.tailleMax) return ArraySize.scalar();
    const tailles = ast.args.map((a) => {
      try {
        const t = this.arraySizeForAst(a as never, state as never);
        return t.isRef || Number.isFinite(t.height) ? { lignes: t.height, colonnes: t.width } : TAILLE_INCONNUE;
      } catch {
        return TAILLE_INCONNUE;
      }
    });
    const { lignes, colonnes } = f.tailleMax(tailles);
    return new ArraySize(colonnes, lignes);
  }
}

/** Traductions : le nom reste « AGORA.X » dans toutes les langues. */
function traductions(): Record<string, Record<string, string>> {
  const noms = Object.fromEntries(FONCTIONS.map((f) => [nomComplet(f), nomComplet(f)]));
  return { frFR: noms, enGB: noms, enUS: noms };
}

let enregistre = false;

/** Enregistre la langue frFR et le greffon AGORA (une seule fois par processus). */
export function enregistrerAgora(): void {
  if (enregistre) return;
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("frFR")) HyperFormula.registerLanguage("frFR", frFR);
  HyperFormula.registerFunctionPlugin(AgoraPlugin, traductions());
  enregistre = true;
}

/** Configuration d'un classeur HyperFormula en français : « ; » entre arguments, virgule décimale. */
export const CONFIG_FR = {
  licenseKey: "gpl-v3",
  language: "frFR",
  decimalSeparator: "," as const,
  functionArgSeparator: ";",
  thousandSeparator: " " as const,
  dateFormats: ["DD/MM/YYYY", "DD/MM/YY"],
  useArrayArithmetic: true,
};

export function creerClasseurHf(feuilles: Record<string, (string | number | boolean | null)[][]> = { Feuil1: [] }): HyperFormula {
  enregistrerAgora();
  return HyperFormula.buildFromSheets(feuilles, CONFIG_FR);
}
