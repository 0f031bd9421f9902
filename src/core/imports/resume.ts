/**
 * Résumé d'un journal importé : nombre de lignes et d'écritures, totaux des débits et des crédits, écritures
 * déséquilibrées (le contrôle d'équilibre du noyau, src/core/compta/valider.ts). Un import n'est pas refusé parce
 * qu'il est déséquilibré : le résumé le dit, le journal le montre (mise en forme des écritures déséquilibrées).
 */
import type { Centimes } from "../compta/centimes";
import { cleEcriture, type LigneEcriture } from "../compta/ecriture";
import { ControleEquilibre, type EcritureDesequilibree } from "../compta/valider";

export interface ResumeImport {
  lignes: number;
  ecritures: number;
  debit: Centimes;
  credit: Centimes;
  /** Σ débits = Σ crédits et chaque écriture équilibrée. */
  equilibre: boolean;
  desequilibrees: EcritureDesequilibree[];
}

export function resumerImport(lignes: readonly LigneEcriture[]): ResumeImport {
  const controle = new ControleEquilibre();
  const cles = new Set<string>();
  let debit = 0;
  let credit = 0;
  for (const l of lignes) {
    debit += l.debit;
    credit += l.credit;
    cles.add(cleEcriture(l));
    controle.ajouter(l);
  }
  const desequilibrees = controle.terminer();
  return { lignes: lignes.length, ecritures: cles.size, debit, credit, equilibre: debit === credit && desequilibrees.length === 0, desequilibrees };
}
