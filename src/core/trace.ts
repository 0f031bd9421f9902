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

export interface Trace {
  /** Une étape de calcul : « TVA = 100,00 × 20 % = 20,00 ». */
  etape(texte: string): void;
  /** La règle appliquée, ou sa source : « Arrondi au centime, demi-unité éloignée de zéro ». */
  regle(texte: string): void;
  /** Un avertissement qui ne bloque pas le calcul : « délai au-delà du plafond légal ». */
  alerte(texte: string): void;
}

/** La trace par défaut ne fait rien et ne coûte rien. */
export const TRACE_MUETTE: Trace = {
  etape: () => undefined,
  regle: () => undefined,
  alerte: () => undefined,
};

export class TraceEnregistree implements Trace {
  readonly etapes: Etape[] = [];
  etape(texte: string): void {
    this.etapes.push({ texte, genre: "calcul" });
  }
  regle(texte: string): void {
    this.etapes.push({ texte, genre: "regle" });
  }
  alerte(texte: string): void {
    this.etapes.push({ texte, genre: "alerte" });
  }
  /** Les étapes en lignes de texte, l'alerte précédée de « Attention : ». */
  lignes(): string[] {
    return this.etapes.map((e) => (e.genre === "alerte" ? `Attention : ${e.texte}` : e.texte));
  }
}
