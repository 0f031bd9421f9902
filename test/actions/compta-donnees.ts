// Journaux bruts pour les tests des actions du module Comptabilité : les écritures types de comptabilite.md § 6
// (montants de la référence ; dates, numéros et tiers choisis pour les tests) écrites comme un export de PGI
// désordonné : lignes de titre, en-têtes abrégés, dates en texte, montants en texte français ou en nombres.
import type { Cellule } from "../../src/classeur/port";

export const ENTETES_BRUTS = ["Jnl", "Date", "N° pièce", "N° compte", "Compte auxiliaire", "Libellé", "Débit", "Crédit"];

/** Une ligne brute : journal, date, pièce, compte, tiers, libellé, débit, crédit. */
type Brute = [string, string, string, string | number, string, string, string | number | null, string | number | null];

/** Les 4 premières écritures du § 6 (achat, vente, règlement client, règlement fournisseur) : balance du § 1.6. */
export const QUATRE_PREMIERES: Brute[] = [
  ["ACH", "02/03/2026", "FA-001", "607", "", "Achat de marchandises", "1 000,00", null],
  ["ACH", "02/03/2026", "FA-001", "44566", "", "Achat de marchandises", "200,00", null],
  ["ACH", "02/03/2026", "FA-001", "401", "F0012", "Achat de marchandises", null, "1 200,00"],
  ["VTE", "05/03/2026", "FV-001", 411, "C0042", "Vente de marchandises", 2400, null],
  ["VTE", "05/03/2026", "FV-001", 707, "", "Vente de marchandises", null, 2000],
  ["VTE", "05/03/2026", "FV-001", 44571, "", "Vente de marchandises", null, 400],
  ["BQ", "20/03/2026", "VIR-01", "512", "", "Règlement client par virement", "2400", null],
  ["BQ", "20/03/2026", "VIR-01", "411", "C0042", "Règlement client par virement", null, "2400"],
  ["BQ", "25/03/2026", "CHQ-01", "401", "F0012", "Règlement fournisseur par chèque", "1200.00", null],
  ["BQ", "25/03/2026", "CHQ-01", "512", "", "Règlement fournisseur par chèque", null, "1200.00"],
];

/** Les six écritures suivantes du § 6 : avoirs, escompte, immobilisation, dotation, liquidation de TVA. */
export const SIX_SUIVANTES: Brute[] = [
  ["ACH", "10/03/2026", "AV-F1", "401", "F0012", "Avoir reçu du fournisseur", "60,00", null],
  ["ACH", "10/03/2026", "AV-F1", "609", "", "Avoir reçu du fournisseur", null, "50,00"],
  ["ACH", "10/03/2026", "AV-F1", "44566", "", "Avoir reçu du fournisseur", null, "10,00"],
  ["VTE", "12/03/2026", "AV-C1", "709", "", "Avoir accordé au client", "100,00", null],
  ["VTE", "12/03/2026", "AV-C1", "44571", "", "Avoir accordé au client", "20,00", null],
  ["VTE", "12/03/2026", "AV-C1", "411", "C0042", "Avoir accordé au client", null, "120,00"],
  ["ACH", "15/03/2026", "FA-002", "607", "", "Escompte obtenu", "1 000,00", null],
  ["ACH", "15/03/2026", "FA-002", "44566", "", "Escompte obtenu", "196,00", null],
  ["ACH", "15/03/2026", "FA-002", "401", "F0012", "Escompte obtenu", null, "1 176,00"],
  ["ACH", "15/03/2026", "FA-002", "765", "", "Escompte obtenu", null, "20,00"],
  ["ACH", "16/03/2026", "FI-001", "2154", "", "Achat d'immobilisation", "8 400,00", null],
  ["ACH", "16/03/2026", "FI-001", "44562", "", "Achat d'immobilisation", "1 680,00", null],
  ["ACH", "16/03/2026", "FI-001", "404", "", "Achat d'immobilisation", null, "10 080,00"],
  ["OD", "31/12/2026", "DOT-26", "6811", "", "Dotation aux amortissements", "985,83", null],
  ["OD", "31/12/2026", "DOT-26", "2815", "", "Dotation aux amortissements", null, "985,83"],
  ["OD", "31/03/2026", "TVA-03", "44571", "", "Liquidation de TVA", "6 000,00", null],
  ["OD", "31/03/2026", "TVA-03", "44566", "", "Liquidation de TVA", null, "3 100,00"],
  ["OD", "31/03/2026", "TVA-03", "44562", "", "Liquidation de TVA", null, "1 200,00"],
  ["OD", "31/03/2026", "TVA-03", "44551", "", "Liquidation de TVA", null, "1 700,00"],
];

/** Une feuille d'export : deux lignes de titre, une ligne vide, l'en-tête, les lignes, puis une ligne de totaux. */
export function exportBrut(lignes: Brute[], options: { totaux?: [string, string] } = {}): Cellule[][] {
  const grille: Cellule[][] = [["Export du journal — Pixel Maintenance Services"], ["Période : mars 2026"], [], ENTETES_BRUTS, ...lignes];
  if (options.totaux) grille.push([], [null, null, null, null, null, "Totaux", options.totaux[0], options.totaux[1]]);
  return grille;
}

/** Centimes d'une cellule numérique écrite par un plan (oracle indépendant du code : arrondi du test). */
export const centimes = (v: Cellule): number => (typeof v === "number" ? Math.round(v * 100) : 0);
