/**
 * Lots d'écriture : les écritures sont mises en file dans le contexte et partent en un seul `context.sync()`,
 * sauf si la requête dépasserait la limite d'Excel pour le Web (5 Mo par requête) : on envoie alors par blocs.
 */
import { formaterPlage, type Position } from "../adresses";
import type { Cellule } from "../port";

/** Taille estimée maximale d'une requête, en octets (sous la limite de 5 Mo d'Excel pour le Web). */
export const BUDGET_REQUETE = 4_000_000;

/** Taille estimée d'une cellule dans la requête JSON (un caractère peut prendre jusqu'à 3 octets en UTF-8). */
export function tailleCellule(c: unknown): number {
  if (typeof c === "string") return c.length * 2 + 3;
  if (typeof c === "number") return 24;
  return 6;
}

export class Lot {
  private taille = 0;
  /** Nombre de `context.sync()` faits par ce lot. */
  envois = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly budget = BUDGET_REQUETE,
    private readonly apresEnvoi?: () => void,
  ) {}

  /** Appelé au début de chaque nouvelle requête d'écriture (suspendre le calcul jusqu'au prochain sync). */
  auDebutDeRequete?: () => void;

  /** Réserve la place d'une écriture ; si elle ne tient plus dans la requête en cours, celle-ci part d'abord. */
  async reserver(taille: number): Promise<void> {
    if (this.taille > 0 && this.taille + taille > this.budget) await this.envoyer();
    if (this.taille === 0) this.auDebutDeRequete?.();
    this.taille += taille;
  }

  async envoyer(): Promise<void> {
    await this.ctx.sync();
    this.taille = 0;
    this.envois++;
    this.apresEnvoi?.();
  }

  /** Vrai s'il reste des écritures en file. */
  get enAttente(): boolean {
    return this.taille > 0;
  }
}

/** Valeur écrite par `range.formulas` : formule telle quelle, texte protégé s'il serait relu comme un nombre ou une date. */
export function versOffice(c: Cellule): string | number | boolean {
  if (c === null) return "";
  if (typeof c !== "string" || c.startsWith("=")) return c;
  // Excel convertirait « 0401 », « 15/03/2026 », « -5 % », « VRAI » : l'apostrophe garde le texte tel quel.
  return /^\s*[-+'@#(0-9.,€$%]/.test(c) || /^\s*(vrai|faux|true|false)\s*$/i.test(c) ? `'${c}` : c;
}

/**
 * Écrit une grille à partir de `debut` : formats d'abord (un texte « @ » reste du texte), puis valeurs et formules
 * en tableaux 2-D entiers ; découpée en blocs de lignes seulement si elle dépasse la taille d'une requête.
 */
export async function ecrireGrille(
  lot: Lot,
  feuille: Excel.Worksheet,
  debut: Position,
  valeurs: readonly (readonly Cellule[])[],
  formats?: readonly (readonly string[])[],
): Promise<void> {
  const colonnes = valeurs[0]?.length ?? 0;
  const tailleLigne = (i: number): number => {
    let t = 2;
    for (const c of valeurs[i]) t += tailleCellule(c);
    for (const f of formats?.[i] ?? []) t += tailleCellule(f);
    return t;
  };
  let i = 0;
  while (i < valeurs.length) {
    let j = i;
    let taille = 0;
    while (j < valeurs.length) {
      const t = tailleLigne(j);
      if (j > i && taille + t > lot.budget) break;
      taille += t;
      j++;
    }
    await lot.reserver(taille);
    const plage = feuille.getRange(formaterPlage({ ligne: debut.ligne + i, colonne: debut.colonne }, j - i, colonnes));
    if (formats) plage.numberFormat = formats.slice(i, j).map((l) => [...l]);
    plage.formulas = valeurs.slice(i, j).map((l) => l.map(versOffice));
    i = j;
  }
}
