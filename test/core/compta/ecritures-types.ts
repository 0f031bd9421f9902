// Les écritures types de comptabilite.md § 6 (montants de la référence ; dates et numéros choisis pour les tests),
// en lignes du modèle commun, montants en centimes.
import type { LigneEcriture } from "../../../src/core/compta/ecriture";

const jour = (iso: string) => {
  const [annee, mois, j] = iso.split("-").map(Number);
  return { annee, mois, jour: j };
};

/** Une ligne : [compte, débit en euros, crédit en euros, tiers ?]. */
type Mouvement = [compte: string, debit: number, credit: number, tiers?: string];

let origine = 1;
export function ecriture(journal: string, numero: string, date: string, libelle: string, mouvements: Mouvement[]): LigneEcriture[] {
  return mouvements.map(([compte, debit, credit, tiers]) => ({
    journal,
    numero,
    date: jour(date),
    compte,
    piece: `P${numero}`,
    libelle,
    debit: Math.round(debit * 100),
    credit: Math.round(credit * 100),
    ...(tiers ? { tiers } : {}),
    origine: ++origine,
  }));
}

/** Les 4 premières écritures du § 6 : achat, vente, règlement client, règlement fournisseur (balance du § 1.6). */
export const QUATRE_PREMIERES: LigneEcriture[] = [
  ...ecriture("ACH", "1", "2026-03-02", "Achat de marchandises", [["607", 1000, 0], ["44566", 200, 0], ["401", 0, 1200, "F0012"]]),
  ...ecriture("VTE", "2", "2026-03-05", "Vente de marchandises", [["411", 2400, 0, "C0042"], ["707", 0, 2000], ["44571", 0, 400]]),
  ...ecriture("BQ", "3", "2026-03-20", "Règlement client par virement", [["512", 2400, 0], ["411", 0, 2400, "C0042"]]),
  ...ecriture("BQ", "4", "2026-03-25", "Règlement fournisseur par chèque", [["401", 1200, 0, "F0012"], ["512", 0, 1200]]),
];

/** Les six écritures suivantes du § 6 (avoirs, escompte, immobilisation, dotation, liquidation de TVA). */
export const SIX_SUIVANTES: LigneEcriture[] = [
  ...ecriture("ACH", "5", "2026-03-10", "Avoir reçu du fournisseur", [["401", 60, 0, "F0012"], ["609", 0, 50], ["44566", 0, 10]]),
  ...ecriture("VTE", "6", "2026-03-12", "Avoir accordé au client", [["709", 100, 0], ["44571", 20, 0], ["411", 0, 120, "C0042"]]),
  ...ecriture("ACH", "7", "2026-03-15", "Escompte obtenu", [["607", 1000, 0], ["44566", 196, 0], ["401", 0, 1176, "F0012"], ["765", 0, 20]]),
  ...ecriture("ACH", "8", "2026-03-16", "Achat d'immobilisation", [["2154", 8400, 0], ["44562", 1680, 0], ["404", 0, 10080]]),
  ...ecriture("OD", "9", "2026-12-31", "Dotation aux amortissements", [["6811", 985.83, 0], ["2815", 0, 985.83]]),
  ...ecriture("OD", "10", "2026-03-31", "Liquidation de TVA", [["44571", 6000, 0], ["44566", 0, 3100], ["44562", 0, 1200], ["44551", 0, 1700]]),
];

export const ECRITURES_TYPES: LigneEcriture[] = [...QUATRE_PREMIERES, ...SIX_SUIVANTES];
