/**
 * Enveloppes Excel des descripteurs : ce que `CustomFunctions.associate` reçoit pour chaque fonction AGORA.
 * Pur et testable sans Office : le moteur des fonctions personnalisées (`CustomFunctions`) est passé en paramètre.
 */
import type { CodeErreur, ErreurAgora } from "../../core/erreurs";
import type { Fonction } from "../../fonctions/dsl";
import { executer, type ValeurHote } from "../../fonctions/executer";
import { trierPourExcel } from "./metadonnees";

/** Les noms de `CustomFunctions.ErrorCode` que nous utilisons (CustomFunctionsRuntime 1.2/1.3). */
export type NomCodeExcel = "invalidValue" | "notAvailable" | "invalidNumber" | "divisionByZero";

/** Ce que nous utilisons du moteur `CustomFunctions` d'Excel (types @types/custom-functions-runtime non requis). */
export interface MoteurFonctions {
  associate(id: string, fonction: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode?: Partial<Record<NomCodeExcel, string>>;
}

/** Valeurs de l'énumération `CustomFunctions.ErrorCode`, si le moteur ne la fournit pas. */
const CODE_PAR_DEFAUT: Record<NomCodeExcel, string> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
};

/**
 * Erreur du domaine → erreur Excel. Seuls #VALEUR! et #N/A portent un message dans Excel
 * (il s'affiche dans le menu de l'indicateur d'erreur) ; #NOMBRE! et #DIV/0! n'en acceptent pas.
 */
export const ERREUR_EXCEL: Record<CodeErreur, { code: NomCodeExcel; message: boolean }> = {
  valeur: { code: "invalidValue", message: true },
  na: { code: "notAvailable", message: true },
  nombre: { code: "invalidNumber", message: false },
  div0: { code: "divisionByZero", message: false },
};

export function erreurExcel(moteur: MoteurFonctions, erreur: ErreurAgora): unknown {
  const { code, message } = ERREUR_EXCEL[erreur.code];
  const valeur = moteur.ErrorCode?.[code] ?? CODE_PAR_DEFAUT[code];
  return message ? new moteur.Error(valeur, erreur.message) : new moteur.Error(valeur);
}

/**
 * Arguments reçus d'Excel → arguments positionnels du descripteur. Excel passe un argument par paramètre déclaré
 * (`null` pour un facultatif omis), le dernier répétable en un seul tableau, puis toujours un objet `invocation`
 * que l'on ignore.
 */
export function argumentsDepuisExcel(f: Fonction, recus: readonly unknown[]): unknown[] {
  const n = f.arguments.length;
  const declares = recus.slice(0, n);
  if (n > 0 && f.arguments[n - 1].repete) {
    const repetes = declares.pop();
    if (Array.isArray(repetes)) declares.push(...repetes);
    else if (repetes !== null && repetes !== undefined) declares.push(repetes);
  }
  return declares;
}

/** Un tableau rendu à Excel doit être rectangulaire et non vide. */
function versExcel(v: ValeurHote): ValeurHote {
  if (!Array.isArray(v)) return v;
  if (v.length === 0) return [[""]];
  const largeur = Math.max(1, ...v.map((l) => l.length));
  return v.map((l) => (l.length === largeur ? l : [...l, ...Array<string>(largeur - l.length).fill("")]));
}

/** La fonction associée à l'id Excel : renvoie la valeur ou lève une `CustomFunctions.Error`. */
export function envelopper(moteur: MoteurFonctions, f: Fonction): (...args: unknown[]) => ValeurHote {
  return (...recus: unknown[]) => {
    const issue = executer(f, argumentsDepuisExcel(f, recus));
    if (!issue.ok) throw erreurExcel(moteur, issue.erreur);
    return versExcel(issue.valeur);
  };
}

/** Associe chaque fonction publiée dans functions.json ; renvoie les ids associés. */
export function associerFonctions(moteur: MoteurFonctions, fonctions: readonly Fonction[] = trierPourExcel().retenues): string[] {
  return fonctions.map((f) => {
    moteur.associate(f.nom, envelopper(moteur, f));
    return f.nom;
  });
}
