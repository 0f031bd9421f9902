/**
 * Trace de calcul : chaque fonction du noyau y note ses étapes en français pendant qu'elle calcule.
 * AGORA.EXPLIQUE, le volet et la CLI relancent le même calcul avec une trace qui enregistre :
 * l'explication ne peut pas contredire le résultat, c'est son propre calcul.
 */
export type GenreEtape = "calcul" | "regle" | "alerte";

export interface Etape {
  texte: string;
  genre: GenreEtape;
}

/**
 * Le texte d'une étape, ou une fonction qui l'écrit : dans les chemins chauds (une fonction recalculée dans
 * 10 000 cellules), `trace.etape(() => \`…\`)` n'écrit le texte que si quelqu'un le lit.
 */
export type TexteEtape = string | (() => string);

export interface Trace {
  /** Vrai si les étapes sont enregistrées (faux pour la trace muette : inutile de les écrire). */
  readonly actif: boolean;
  /** Une étape de calcul : « TVA = 100,00 × 20 % = 20,00 ». */
  etape(texte: TexteEtape): void;
  /** La règle appliquée, ou sa source : « Arrondi au centime, demi-unité éloignée de zéro ». */
  regle(texte: TexteEtape): void;
  /** Un avertissement qui ne bloque pas le calcul : « délai au-delà du plafond légal ». */
  alerte(texte: TexteEtape): void;
}

/** La trace par défaut ne fait rien et ne coûte rien. */
export const TRACE_MUETTE: Trace = {
  actif: false,
  etape: () => undefined,
  regle: () => undefined,
  alerte: () => undefined,
};

const ecrire = (t: TexteEtape): string => (typeof t === "function" ? t() : t);

export class TraceEnregistree implements Trace {
  readonly actif = true;
  readonly etapes: Etape[] = [];
  etape(texte: TexteEtape): void {
    this.etapes.push({ texte: ecrire(texte), genre: "calcul" });
  }
  regle(texte: TexteEtape): void {
    this.etapes.push({ texte: ecrire(texte), genre: "regle" });
  }
  alerte(texte: TexteEtape): void {
    this.etapes.push({ texte: ecrire(texte), genre: "alerte" });
  }
  /** Les étapes en lignes de texte, l'alerte précédée de « Attention : ». */
  lignes(): string[] {
    return this.etapes.map((e) => (e.genre === "alerte" ? `Attention : ${e.texte}` : e.texte));
  }
}
