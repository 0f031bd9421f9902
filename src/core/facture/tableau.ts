/**
 * Le pied de facture en tableau à deux colonnes (libellé, montant), tel que le renverse AGORA.FACTURE.
 * Les libellés sont fixes (on peut les chercher avec RECHERCHEV) ; seules les lignes « Base HT » et « TVA »
 * se répètent pour chaque taux, du plus élevé au plus faible.
 */
import type Decimal from "decimal.js";
import { tauxFr } from "../argent";
import { erreurValeur } from "../erreurs";
import type { Facture } from "./calcul";

export type LigneTableau = [libelle: string, montant: Decimal];

/** Nombre maximal de taux de TVA différents affichés (taux des lignes et du port). */
export const MAX_TAUX_TABLEAU = 6;

/** Lignes qui ne dépendent pas du nombre de taux (remise globale comprise). */
export const LIGNES_FIXES_TABLEAU = 12;

/** Nombre de lignes à réserver pour une plage de `lignesPlage` lignes (un taux de plus pour le port). */
export function lignesReservees(lignesPlage: number): number {
  return LIGNES_FIXES_TABLEAU + 2 * Math.max(1, Math.min(lignesPlage + 1, MAX_TAUX_TABLEAU));
}

export function tableauFacture(f: Facture): LigneTableau[] {
  if (f.parTaux.length > MAX_TAUX_TABLEAU) {
    throw erreurValeur(
      `lignes : la facture compte ${f.parTaux.length} taux de TVA différents ; AGORA.FACTURE en affiche au plus ${MAX_TAUX_TABLEAU}. Vérifiez la colonne des taux de TVA.`,
    );
  }
  const lignes: LigneTableau[] = [
    ["Total brut", f.totalBrut],
    ["Remises", f.remises],
  ];
  if (f.avecRemiseGlobale) lignes.push(["Remise globale", f.remiseGlobale]);
  lignes.push(["Net commercial", f.netCommercial], ["Escompte", f.escompte], ["Net financier", f.netFinancier], ["Port HT", f.port]);
  for (const t of f.parTaux) {
    lignes.push([`Base HT ${tauxFr(t.tauxTva)}`, t.base], [`TVA ${tauxFr(t.tauxTva)}`, t.tva]);
  }
  lignes.push(["Total HT", f.totalHt], ["Total TVA", f.totalTva], ["Total TTC", f.totalTtc], ["Acompte", f.acompte], ["Net à payer", f.netAPayer]);
  return lignes;
}
