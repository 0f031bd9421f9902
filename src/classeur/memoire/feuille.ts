/** Une feuille du classeur en mémoire : des cellules creuses (valeur, formule, format). */
import { MAX_COLONNES, type Position, type Rectangle } from "../adresses";
import type { Cellule } from "../port";

export interface CelluleMemoire {
  /** Valeur ; une formule n'est pas calculée en mémoire : sa valeur reste vide (null). */
  valeur: Cellule;
  /** Formule invariante (« =AGORA.TTC(100,20%) »), ou "" pour une constante. */
  formule: string;
  /** Code de format invariant (« dd/mm/yyyy »). */
  format?: string;
}

const cle = (p: Position): number => p.ligne * MAX_COLONNES + p.colonne;

export class FeuilleMemoire {
  readonly cellules = new Map<number, CelluleMemoire>();

  constructor(public nom: string) {}

  lire(p: Position): CelluleMemoire | undefined {
    return this.cellules.get(cle(p));
  }

  /** Écrit une valeur ; un texte qui commence par « = » est une formule ; null ou "" vide la cellule (le format reste). */
  ecrire(p: Position, c: Cellule, format?: string): void {
    const ancienne = this.cellules.get(cle(p));
    const formatFinal = format ?? ancienne?.format;
    const vide = c === null || c === "";
    if (vide && formatFinal === undefined) {
      this.cellules.delete(cle(p));
      return;
    }
    const formule = typeof c === "string" && c.startsWith("=") ? c : "";
    this.cellules.set(cle(p), {
      valeur: vide || formule ? null : c,
      formule,
      ...(formatFinal !== undefined ? { format: formatFinal } : {}),
    });
  }

  /** Écrit une grille à partir d'une position (formats facultatifs, de même taille). */
  ecrireGrille(debut: Position, valeurs: readonly (readonly Cellule[])[], formats?: readonly (readonly (string | undefined)[])[]): void {
    valeurs.forEach((ligne, i) =>
      ligne.forEach((c, j) => this.ecrire({ ligne: debut.ligne + i, colonne: debut.colonne + j }, c, formats?.[i]?.[j])),
    );
  }

  /** Vide la feuille : valeurs, formules et formats. */
  vider(): void {
    this.cellules.clear();
  }

  /** Le plus petit rectangle contenant toutes les cellules non vides (valeur ou formule), ou undefined. */
  etendue(): Rectangle | undefined {
    let r: Rectangle | undefined;
    for (const [k, c] of this.cellules) {
      if (c.formule === "" && (c.valeur === null || c.valeur === "")) continue;
      const p = { ligne: Math.floor(k / MAX_COLONNES), colonne: k % MAX_COLONNES };
      r = r
        ? {
            debut: { ligne: Math.min(r.debut.ligne, p.ligne), colonne: Math.min(r.debut.colonne, p.colonne) },
            fin: { ligne: Math.max(r.fin.ligne, p.ligne), colonne: Math.max(r.fin.colonne, p.colonne) },
          }
        : { debut: p, fin: p };
    }
    return r;
  }
}
