/**
 * Janvier 2025 chez Grain de Sel & Cie (données fictives) : le journal du mois (à-nouveaux du bilan d'ouverture, puis
 * les opérations de janvier) et le relevé bancaire du mois, pour les états de synthèse, la CA3 et l'état de
 * rapprochement du module « Comptabilité ».
 *
 * Compte 512 au 31/01/2025 : 9 362,40 − 1 800,00 + 864,00 − 2 940,00 − 1 320,00 − 1 863,00 − 2 880,00 + 3 600,00
 * = 3 023,40 débiteur. Relevé : 9 362,40 − 1 800,00 + 864,00 − 2 940,00 + 1 632,00 − 1 863,00 − 1 320,00 + 3 600,00
 * − 18,00 − 45,00 = 7 472,40 créditeur. Non pointés : sur le relevé seulement, le virement du CSE Atlantique Logistique
 * (1 632,00, sa créance d'ouverture), les frais de tenue de compte (18,00) et l'assurance (45,00) ; dans le journal
 * seulement, le chèque n° 1002 au Domaine des Coteaux Blancs (2 880,00, non encaissé).
 * Soldes rectifiés : 3 023,40 + 1 632,00 − 18,00 − 45,00 = 4 592,40 = 7 472,40 − 2 880,00.
 */
import { creerJour, versSerie } from "../../src/core/dates";
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import { ENTETES_JOURNAL, OUVERTURE } from "./grain-de-sel";

export const FEUILLE_JOURNAL_JANVIER = "Journal de janvier";
export const FEUILLE_RELEVE = "Relevé bancaire";

/** Les opérations de janvier 2025 : [journal, date, pièce, compte, libellé, débit, crédit]. */
export const OPERATIONS_JANVIER: [string, string, string, string, string, number | null, number | null][] = [
  ["BQ", "06/01/2025", "PRLV-LOY01", "613200", "Loyer de janvier (SCI des Halles)", 1500, null],
  ["BQ", "06/01/2025", "PRLV-LOY01", "445660", "Loyer de janvier (SCI des Halles)", 300, null],
  ["BQ", "06/01/2025", "PRLV-LOY01", "512000", "Loyer de janvier (SCI des Halles)", null, 1800],
  ["BQ", "08/01/2025", "VIR-C001", "512000", "Règlement Restaurant La Marée Haute", 864, null],
  ["BQ", "08/01/2025", "VIR-C001", "411000", "Règlement Restaurant La Marée Haute", null, 864],
  ["ACH", "09/01/2025", "FA-MAU-118", "607000", "Chocolaterie Maubert, 60 ballotins", 588, null],
  ["ACH", "09/01/2025", "FA-MAU-118", "445660", "Chocolaterie Maubert, 60 ballotins", 117.6, null],
  ["ACH", "09/01/2025", "FA-MAU-118", "401000", "Chocolaterie Maubert, 60 ballotins", null, 705.6],
  ["VTE", "13/01/2025", "F2025-002", "411000", "Facture F2025-002 CSE Atlantique Logistique", 1534.2, null],
  ["VTE", "13/01/2025", "F2025-002", "707000", "Facture F2025-002 CSE Atlantique Logistique", null, 1278.5],
  ["VTE", "13/01/2025", "F2025-002", "445710", "Facture F2025-002 CSE Atlantique Logistique", null, 255.7],
  ["BQ", "15/01/2025", "PRLV-URS12", "431000", "URSSAF, cotisations de décembre", 2940, null],
  ["BQ", "15/01/2025", "PRLV-URS12", "512000", "URSSAF, cotisations de décembre", null, 2940],
  ["BQ", "15/01/2025", "CHQ-1001", "401000", "Chèque n° 1001 Conserverie du Littoral", 1320, null],
  ["BQ", "15/01/2025", "CHQ-1001", "512000", "Chèque n° 1001 Conserverie du Littoral", null, 1320],
  ["BQ", "20/01/2025", "PRLV-TVA12", "445510", "TVA de décembre (DGFiP)", 1863, null],
  ["BQ", "20/01/2025", "PRLV-TVA12", "512000", "TVA de décembre (DGFiP)", null, 1863],
  ["BQ", "28/01/2025", "CHQ-1002", "401000", "Chèque n° 1002 Domaine des Coteaux Blancs", 2880, null],
  ["BQ", "28/01/2025", "CHQ-1002", "512000", "Chèque n° 1002 Domaine des Coteaux Blancs", null, 2880],
  ["BQ", "31/01/2025", "REM-CB01", "512000", "Ventes au comptoir de janvier (remise carte bancaire)", 3600, null],
  ["BQ", "31/01/2025", "REM-CB01", "707000", "Ventes au comptoir de janvier (remise carte bancaire)", null, 3000],
  ["BQ", "31/01/2025", "REM-CB01", "445710", "Ventes au comptoir de janvier (remise carte bancaire)", null, 600],
];

export const ENTETES_RELEVE = ["Date", "Libellé", "Référence", "Débit", "Crédit"];
/** Le relevé de janvier, comme le donne la banque : ancien solde, opérations, nouveau solde. Débit = argent sorti. */
export const RELEVE: [string | null, string, string | null, number | null, number | null][] = [
  [null, "Ancien solde au 31/12/2024", null, null, 9362.4],
  ["07/01/2025", "PRLV SEPA SCI DES HALLES LOYER", null, 1800, null],
  ["09/01/2025", "VIR SEPA RESTAURANT LA MAREE HAUTE", null, null, 864],
  ["15/01/2025", "PRLV SEPA URSSAF PAYS DE LA LOIRE", null, 2940, null],
  ["17/01/2025", "VIR SEPA CSE ATLANTIQUE LOGISTIQUE", null, null, 1632],
  ["21/01/2025", "PRLV SEPA DGFIP TVA", null, 1863, null],
  ["22/01/2025", "CHEQUE", "1001", 1320, null],
  ["31/01/2025", "REMISE CARTE BANCAIRE COMPTOIR", null, null, 3600],
  ["31/01/2025", "FRAIS TENUE DE COMPTE", null, 18, null],
  ["31/01/2025", "PRLV SEPA ASSURANCE MULTIRISQUE", null, 45, null],
  [null, "Nouveau solde au 31/01/2025", null, null, 7472.4],
];

function serie(jjmmaaaa: string): number {
  const [jour, mois, annee] = jjmmaaaa.split("/").map(Number);
  return versSerie(creerJour(annee, mois, jour));
}

/** Les feuilles « Journal de janvier » (tableau TabJournalJanvier) et « Relevé bancaire » (un relevé collé, sans tableau). */
export function planJanvier(): Modification[] {
  const an = serie("01/01/2025");
  const lignes: Cellule[][] = [
    ...OUVERTURE.map(([compte, libelle, debit, credit]): Cellule[] => ["AN", an, "AN2025-001", compte, libelle, debit || null, credit || null]),
    ...OPERATIONS_JANVIER.map(([journal, date, ...reste]): Cellule[] => [journal, serie(date), ...reste]),
  ];
  const releve = RELEVE.map(([date, ...reste]): Cellule[] => [date === null ? null : serie(date), ...reste]);
  const formatsReleve = RELEVE.map(() => [FORMATS.date, "", "@", FORMATS.euros, FORMATS.euros]);
  return [
    { type: "feuille", nom: FEUILLE_JOURNAL_JANVIER, remplacer: false },
    { type: "table", feuille: FEUILLE_JOURNAL_JANVIER, nom: "TabJournalJanvier", adresse: "A1", entetes: ENTETES_JOURNAL, lignes, formats: { Date: FORMATS.date, Débit: FORMATS.euros, Crédit: FORMATS.euros } },
    { type: "feuille", nom: FEUILLE_RELEVE, remplacer: false },
    {
      type: "valeurs",
      feuille: FEUILLE_RELEVE,
      adresse: "A1",
      valeurs: [
        ["Banque Populaire Grand Ouest — relevé de compte n° 1 de Grain de Sel & Cie", null, null, null, null],
        ["Du 01/01/2025 au 31/01/2025", null, null, null, null],
        [null, null, null, null, null],
        ENTETES_RELEVE,
        ...releve,
      ],
      formats: [["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ...formatsReleve],
    },
  ];
}
