/**
 * Formules entre le port (syntaxe invariante d'Office.js : « =ROUND(A1,2) ») et HyperFormula configuré en français
 * (« =ARRONDI(A1;2) »). HyperFormula accepte les noms anglais en entrée ; à la lecture, il rend les noms français,
 * que l'on retraduit avec son propre dictionnaire frFR. Erreurs : libellés français (affichage) et invariants (port).
 */
import { ErrorType } from "hyperformula";
import enGB from "hyperformula/i18n/languages/enGB";
import frFR from "hyperformula/i18n/languages/frFR";
import { indexColonne, lettresColonne, MAX_COLONNES } from "../adresses";
import { horsChaines, versFrancaise, versInvariante } from "../formules";

const VERS_CANONIQUE = new Map<string, string>(Object.entries(frFR.functions).map(([anglais, francais]) => [francais.toUpperCase(), anglais]));

const APPEL = /(^|[^\p{L}\p{N}_.$'!\]])([\p{L}_][\p{L}\p{N}_.]*)(?=\()/gu;

/** Formule invariante → formule à donner à HyperFormula (séparateurs français ; noms anglais acceptés). */
export function versHf(invariante: string): string {
  return versFrancaise(invariante);
}

/** Formule lue dans HyperFormula (noms et séparateurs français) → formule invariante. */
export function depuisHf(francaise: string): string {
  const noms = horsChaines(francaise, (m) => m.replace(APPEL, (_, avant: string, nom: string) => avant + (VERS_CANONIQUE.get(nom.toUpperCase()) ?? nom)));
  return versInvariante(noms);
}

/** Libellés d'erreur affichés dans la grille, comme Excel en français (#EPARS! d'HyperFormula : #PROPAGATION! d'Excel). */
const AFFICHAGE: Partial<Record<ErrorType, string>> = { [ErrorType.SPILL]: "#PROPAGATION!", [ErrorType.ERROR]: "#ERREUR!" };

export function erreurAffichee(type: ErrorType): string {
  return AFFICHAGE[type] ?? (frFR.errors as Record<string, string>)[type] ?? "#VALEUR!";
}

/** Libellé invariant (anglais) d'une erreur, tel que le port le rend dans `valeurs`. */
export function erreurInvariante(type: ErrorType): string {
  return (enGB.errors as Record<string, string>)[type] ?? "#VALUE!";
}

/** Messages anglais d'HyperFormula les plus courants, en français ; les messages AGORA sont déjà en français. */
const MESSAGES: [RegExp, string][] = [
  [/^Parsing error/i, "La formule ne peut pas être lue : vérifiez les parenthèses, le « ; » entre les arguments et la virgule décimale."],
  [/^No space for array result/i, "Le résultat en tableau ne peut pas s'afficher : des cellules voisines ne sont pas vides."],
  [/^Division by zero/i, "Division par zéro."],
  [/^Function name .* not recognized/i, "Fonction inconnue : vérifiez son nom (les fonctions du complément commencent par « AGORA. »)."],
  [/^Named expression .* not recognized/i, "Nom inconnu dans la formule : vérifiez son orthographe."],
  [/^Cyclic dependency/i, "Référence circulaire : la formule dépend de sa propre cellule."],
  [/^Value too large/i, "Nombre trop grand."],
  [/^Wrong type of argument/i, "Un argument n'est pas du bon type."],
  [/^Address is not correct/i, "Référence incorrecte."],
  [/^Value not present/i, "Valeur non trouvée."],
];

export function messageFrancais(message: string | undefined, type: ErrorType): string {
  const m = (message ?? "").trim();
  for (const [motif, fr] of MESSAGES) if (motif.test(m)) return fr;
  if (m) return m;
  if (type === ErrorType.SPILL) return MESSAGES[1][1];
  if (type === ErrorType.DIV_BY_ZERO) return "Division par zéro.";
  if (type === ErrorType.NAME) return "Nom ou fonction inconnus.";
  if (type === ErrorType.REF) return "Référence à une cellule qui n'existe pas.";
  if (type === ErrorType.CYCLE) return "Référence circulaire.";
  return "";
}

const REFERENCE = /(^|[^\p{L}\p{N}_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_(!])/gu;

/**
 * Décale les références relatives d'une formule invariante (mise en forme conditionnelle écrite pour la première
 * cellule, appliquée à une autre) : « =$D2<>$E2 » décalée d'une ligne devient « =$D3<>$E3 ».
 */
export function decalerReferences(formule: string, lignes: number, colonnes: number): string {
  return horsChaines(formule, (m) =>
    m.replace(REFERENCE, (tout, avant: string, dollarC: string, lettres: string, dollarL: string, chiffres: string) => {
      let col: number;
      try {
        col = indexColonne(lettres);
      } catch {
        return tout;
      }
      const c = dollarC ? col : col + colonnes;
      const l = dollarL ? Number(chiffres) : Number(chiffres) + lignes;
      if (c < 0 || c >= MAX_COLONNES || l < 1) return tout;
      const s = lettresColonne(c);
      return `${avant}${dollarC}${s}${dollarL}${l}`;
    }),
  );
}
