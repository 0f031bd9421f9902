/**
 * Erreurs du domaine : des valeurs typées avec un message en français.
 * Chaque hôte les traduit dans sa forme (cellule #VALEUR!, code de sortie de la CLI, barre de message).
 */
export type CodeErreur =
  /** argument de mauvaise nature ou illisible : #VALEUR! */
  | "valeur"
  /** valeur impossible (taux négatif, taux de marque ≥ 100 %) : #NOMBRE! */
  | "nombre"
  /** division par zéro : #DIV/0! */
  | "div0"
  /** résultat non disponible (seuil non atteint, taux inconnu à cette date) : #N/A */
  | "na";

export class ErreurAgora extends Error {
  readonly code: CodeErreur;
  constructor(code: CodeErreur, message: string) {
    super(message);
    this.name = "ErreurAgora";
    this.code = code;
  }
}

export const erreurValeur = (message: string): ErreurAgora => new ErreurAgora("valeur", message);
export const erreurNombre = (message: string): ErreurAgora => new ErreurAgora("nombre", message);
export const erreurDiv0 = (message: string): ErreurAgora => new ErreurAgora("div0", message);
export const erreurNA = (message: string): ErreurAgora => new ErreurAgora("na", message);

/** Libellé de l'erreur tel que l'affiche Excel en français. */
export const LIBELLE_ERREUR: Record<CodeErreur, string> = {
  valeur: "#VALEUR!",
  nombre: "#NOMBRE!",
  div0: "#DIV/0!",
  na: "#N/A",
};

/** Libellé anglais (invariant), utilisé par la sortie JSON de la CLI. */
export const LIBELLE_ERREUR_INVARIANT: Record<CodeErreur, string> = {
  valeur: "#VALUE!",
  nombre: "#NUM!",
  div0: "#DIV/0!",
  na: "#N/A",
};

/** Toute exception devient une ErreurAgora : jamais d'exception JavaScript brute dans une cellule. */
export function versErreurAgora(e: unknown): ErreurAgora {
  if (e instanceof ErreurAgora) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return erreurValeur(`Erreur interne inattendue : ${detail}`);
}
