/**
 * Feuille « Grand livre » (comptabilite.md § 1.6) : un seul tableau Excel `GrandLivre`, compte par compte, les lignes
 * triées par date puis numéro d'écriture avec le solde progressif, puis une ligne « Total du compte » (sous-total,
 * sans date ni intitulé) mise en évidence ; les totaux généraux et le contrôle Σ D = Σ C en dessous.
 * Calcul : src/core/compta/grand-livre.ts.
 */
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import type { GrandLivre } from "../../core/compta/grand-livre";
import { versSerie } from "../../core/dates";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { controle, COULEURS_TOTAL, enteteEtat, LIGNE_TABLEAU, lignesControles, miseEnEvidenceTotaux } from "./plan-balance";

export const FEUILLE_GRAND_LIVRE = "Grand livre";
export const TABLE_GRAND_LIVRE = "GrandLivre";

/** Solde signé (débit − crédit) affiché sans signe, suivi de D (débiteur) ou C (créditeur). */
export const FORMAT_SOLDE = '#,##0.00 "€ D";#,##0.00 "€ C";0.00 "€"';

export const COLONNES_GRAND_LIVRE = ["Compte", "Libellé du compte", "Date", "Journal", "Numéro", "Pièce", "Libellé", "Débit", "Crédit", "Solde"] as const;

const nombre = (c: Centimes): number => depuisCentimes(c).toNumber();
const siNonNul = (c: Centimes): number | null => (c === 0 ? null : nombre(c));

/** Les lignes du tableau : celles de chaque compte puis son sous-total (Date vide). */
export function lignesGrandLivre(g: GrandLivre): Cellule[][] {
  const lignes: Cellule[][] = [];
  for (const c of g.comptes) {
    for (const l of c.lignes) {
      lignes.push([c.compte, c.libelle || null, versSerie(l.date), l.journal || null, l.numero || null, l.piece || null, l.libelle || null, siNonNul(l.debit), siNonNul(l.credit), nombre(l.solde)]);
    }
    lignes.push([c.compte, null, null, null, null, null, `Total du compte ${c.compte}`, nombre(c.debit), nombre(c.credit), nombre(c.solde)]);
  }
  return lignes;
}

export function planGrandLivre(feuille: string, g: GrandLivre, explication: string): Modification[] {
  const lignes = lignesGrandLivre(g);
  const n = Math.max(lignes.length, 1);
  const premiere = LIGNE_TABLEAU + 1;
  const derniere = LIGNE_TABLEAU + n;
  const totaux = derniere + 2;
  const date = "C";
  return [
    enteteEtat(feuille, "Grand livre", explication),
    {
      type: "table",
      feuille,
      nom: TABLE_GRAND_LIVRE,
      adresse: `A${LIGNE_TABLEAU}`,
      entetes: [...COLONNES_GRAND_LIVRE],
      lignes,
      formats: { Compte: FORMATS.texte, Date: FORMATS.date, Numéro: FORMATS.texte, Pièce: FORMATS.texte, Débit: FORMATS.euros, Crédit: FORMATS.euros, Solde: FORMAT_SOLDE },
    },
    // Lignes « Total du compte » : la seule sans date dans le tableau.
    { type: "mise-en-forme", feuille, adresse: `A${premiere}:J${derniere}`, formule: `=AND($A${premiere}<>"",$${date}${premiere}="")`, ...COULEURS_TOTAL },
    {
      type: "valeurs",
      feuille,
      adresse: `G${totaux}`,
      valeurs: [["Totaux du grand livre", nombre(g.totaux.debit), nombre(g.totaux.credit), nombre(g.totaux.debit - g.totaux.credit)]],
      formats: [["", FORMATS.euros, FORMATS.euros, FORMAT_SOLDE]],
    },
    miseEnEvidenceTotaux(feuille, totaux, COLONNES_GRAND_LIVRE.length, "G"),
    { type: "valeurs", feuille, adresse: `A${totaux + 2}`, valeurs: lignesControles([`Σ débits = Σ crédits : ${controle(g.totaux.debit, g.totaux.credit)}.`]) },
  ];
}
