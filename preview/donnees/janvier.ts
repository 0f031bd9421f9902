/**
 * Janvier 2025 chez Grain de Sel & Cie (données fictives) : la feuille « Journal 2025 » (le bilan d'ouverture détaillé
 * par client et par fournisseur, puis toutes les opérations de janvier, avec les colonnes Tiers et Échéance) et la
 * feuille « Relevé bancaire » (le relevé de janvier, collé tel que la banque le donne). Un seul journal pour toutes
 * les étapes du module « Comptabilité » : balance, grand livre, états de synthèse, CA3, rapprochement, lettrage,
 * balance âgée. La feuille « Journal » (bilan d'ouverture seul, 79 258,40 € de chaque côté) n'est pas modifiée.
 *
 * Les factures F2025-001 à F2025-004 reprennent les montants TTC des feuilles Ventes et Facture (529,01 ; 1 534,20 ;
 * 422,34 ; 1 555,91) ; l'achat DCB-2025-014 est la réception du 08/01 de la feuille Mouvements de stock
 * (72 × 6,40 = 460,80 HT). Règlements : F2025-001 payée, acompte de 200,00 sur F2025-003, F2025-004 payée par mandat
 * administratif après déduction de l'avoir AV2025-001 (1 555,91 − 55,86 = 1 500,05).
 *
 * Comme un export de PGI, une facture à deux taux a une ligne 707 par taux (HT des lignes d'articles, à la main) :
 * F2025-001 : 20 % 24 × 12,50 = 300,00 ; 5,5 % 6 × 14,90 + 12 × 5,90 = 89,40 + 70,80 = 160,20 (total 460,20) ;
 *   TVA 300,00 × 20 % = 60,00 + 160,20 × 5,5 % = 8,811 → 8,81 = 68,81.
 * F2025-003 : 20 % 12 × 17,90 = 214,80 ; 5,5 % 24 × 6,50 = 156,00 (total 370,80) ; TVA 42,96 + 8,58 = 51,54.
 * F2025-004 (remise 5 % sur les coffrets, escompte 2 %) : 20 % (20 × 49 × 0,95 + 15 × 19,90) × 0,98
 *   = (931,00 + 298,50) × 0,98 = 1 204,91 ; 5,5 % 10 × 8,90 × 0,98 = 87,22 (total 1 292,13) ; port 15,00 à 20 %
 *   (708500) ; TVA (1 204,91 + 15,00) × 20 % = 243,982 → 243,98 + 87,22 × 5,5 % = 4,797 → 4,80 = 248,78.
 * CA3 de janvier : 20 % 300,00 + 1 278,50 + 214,80 + 1 219,91 − 46,55 (avoir) + 3 000,00 (comptoir) = 5 966,66,
 *   ligne 08 base 5 967, taxe 1 193 ; 5,5 % 160,20 + 156,00 + 87,22 = 403,42, ligne 09 base 403, taxe 22,165 → 22 ;
 *   16 = 1 215 ; 20 = 44566 (300,00 + 92,16 + 117,60 = 509,76) → 510 ; TD = 1 215 − 510 = 705.
 *
 * Compte 512 au 31/01/2025 (calcul à la main) : 9 362,40 − 1 800,00 + 864,00 − 2 940,00 − 1 320,00 − 1 863,00
 * − 2 880,00 + 200,00 + 3 600,00 + 529,01 + 1 500,05 = 5 252,46 débiteur.
 * Relevé : 9 362,40 − 1 800,00 + 864,00 − 2 940,00 + 1 632,00 − 1 863,00 − 1 320,00 + 200,00 + 529,01 + 3 600,00
 * − 18,00 − 45,00 = 8 201,41 créditeur.
 * Non pointés : sur le relevé seulement, le virement du CSE Atlantique Logistique (1 632,00, sa facture F2024-121),
 * les frais de tenue de compte (18,00) et l'assurance (45,00) ; dans le journal seulement, le chèque n° 1002 au
 * Domaine des Coteaux Blancs (2 880,00, pas encore encaissé) et le mandat de la Mairie de Vertou (1 500,05, pas encore
 * crédité). Soldes rectifiés : 5 252,46 + 1 632,00 − 18,00 − 45,00 = 6 821,46 = 8 201,41 − 2 880,00 + 1 500,05.
 */
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import { CLIENTS, FOURNISSEURS, OUVERTURE } from "./grain-de-sel";
import { serie } from "./outils";

export const FEUILLE_JOURNAL_2025 = "Journal 2025";
export const FEUILLE_RELEVE = "Relevé bancaire";

export const ENTETES_JOURNAL_2025 = ["Journal", "Date", "N° écriture", "Pièce", "Compte", "Tiers", "Libellé", "Débit", "Crédit", "Échéance"];

/** Une ligne : [journal, date, n° d'écriture, pièce, compte, tiers, libellé, débit, crédit, échéance]. */
export type LigneJournal2025 = [string, string, string, string, string, string, string, number | null, number | null, string | null];

/** Pièce et échéance des soldes de tiers au 01/01/2025 (factures de 2024, fictives). */
const FACTURES_2024: Record<string, [piece: string, echeance: string]> = {
  C001: ["F2024-118", "31/01/2025"],
  C002: ["F2024-121", "15/12/2024"],
  F001: ["CDL-2024-77", "15/01/2025"],
  F002: ["DCB-2024-312", "31/01/2025"],
};

/** Le bilan d'ouverture, comptes 411000 et 401000 détaillés par tiers (mêmes totaux que la feuille Journal : 79 258,40 €). */
function ouverture(): LigneJournal2025[] {
  const lignes: LigneJournal2025[] = [];
  const an = (compte: string, tiers: string, libelle: string, debit: number, credit: number, piece = "AN2025-001", echeance: string | null = null): LigneJournal2025 => [
    "AN",
    "01/01/2025",
    "AN-001",
    piece,
    compte,
    tiers,
    libelle,
    debit || null,
    credit || null,
    echeance,
  ];
  for (const [compte, libelle, debit, credit] of OUVERTURE) {
    const tiers = compte === "411000" ? CLIENTS : compte === "401000" ? FOURNISSEURS : undefined;
    if (!tiers) {
      lignes.push(an(compte, "", libelle, debit, credit));
      continue;
    }
    for (const [code, nom, , , , solde] of tiers) {
      if (!solde) continue;
      const [piece, echeance] = FACTURES_2024[code];
      lignes.push(an(compte, code, `Solde ${nom} (facture ${piece})`, compte === "411000" ? solde : 0, compte === "401000" ? solde : 0, piece, echeance));
    }
  }
  return lignes;
}

/** Une ligne de janvier : le n° d'écriture est celui de la pièce. */
const l = (journal: string, date: string, piece: string, compte: string, tiers: string, libelle: string, debit: number | null, credit: number | null, echeance: string | null = null): LigneJournal2025 => [
  journal,
  date,
  piece,
  piece,
  compte,
  tiers,
  libelle,
  debit,
  credit,
  echeance,
];

const LOYER = "Loyer de janvier (SCI des Halles)";
const DCB = "Domaine des Coteaux Blancs, 72 muscadets";
const MAUBERT = "Chocolaterie Maubert, 60 ballotins";
const F002 = "Facture F2025-002 CSE Atlantique Logistique";
const AVOIR = "Avoir AV2025-001 sur F2025-004, coffret abîmé";
const COMPTOIR = "Ventes au comptoir de janvier (remise carte bancaire)";

/** Les opérations de janvier 2025, par date. */
export const OPERATIONS_JANVIER: LigneJournal2025[] = [
  l("BQ", "06/01/2025", "PRLV-LOY01", "613200", "", LOYER, 1500, null),
  l("BQ", "06/01/2025", "PRLV-LOY01", "445660", "", LOYER, 300, null),
  l("BQ", "06/01/2025", "PRLV-LOY01", "512000", "", LOYER, null, 1800),
  l("VTE", "06/01/2025", "F2025-001", "411000", "C001", "Facture F2025-001", 529.01, null, "28/02/2025"),
  l("VTE", "06/01/2025", "F2025-001", "707000", "", "Facture F2025-001, TVA 20 %", null, 300),
  l("VTE", "06/01/2025", "F2025-001", "707000", "", "Facture F2025-001, TVA 5,5 %", null, 160.2),
  l("VTE", "06/01/2025", "F2025-001", "445710", "", "Facture F2025-001", null, 68.81),
  l("BQ", "08/01/2025", "VIR-C001", "512000", "", "Règlement Restaurant La Marée Haute", 864, null),
  l("BQ", "08/01/2025", "VIR-C001", "411000", "C001", "Règlement Restaurant La Marée Haute", null, 864),
  l("ACH", "08/01/2025", "DCB-2025-014", "607000", "", DCB, 460.8, null),
  l("ACH", "08/01/2025", "DCB-2025-014", "445660", "", DCB, 92.16, null),
  l("ACH", "08/01/2025", "DCB-2025-014", "401000", "F002", DCB, null, 552.96, "22/02/2025"),
  l("ACH", "09/01/2025", "FA-MAU-118", "607000", "", MAUBERT, 588, null),
  l("ACH", "09/01/2025", "FA-MAU-118", "445660", "", MAUBERT, 117.6, null),
  l("ACH", "09/01/2025", "FA-MAU-118", "401000", "F003", MAUBERT, null, 705.6, "08/02/2025"),
  l("VTE", "13/01/2025", "F2025-002", "411000", "C002", F002, 1534.2, null, "27/02/2025"),
  l("VTE", "13/01/2025", "F2025-002", "707000", "", F002, null, 1278.5),
  l("VTE", "13/01/2025", "F2025-002", "445710", "", F002, null, 255.7),
  l("BQ", "15/01/2025", "PRLV-URS12", "431000", "", "URSSAF, cotisations de décembre", 2940, null),
  l("BQ", "15/01/2025", "PRLV-URS12", "512000", "", "URSSAF, cotisations de décembre", null, 2940),
  l("BQ", "15/01/2025", "CHQ-1001", "401000", "F001", "Chèque n° 1001 Conserverie du Littoral", 1320, null),
  l("BQ", "15/01/2025", "CHQ-1001", "512000", "", "Chèque n° 1001 Conserverie du Littoral", null, 1320),
  l("BQ", "20/01/2025", "PRLV-TVA12", "445510", "", "TVA de décembre (DGFiP)", 1863, null),
  l("BQ", "20/01/2025", "PRLV-TVA12", "512000", "", "TVA de décembre (DGFiP)", null, 1863),
  l("VTE", "20/01/2025", "F2025-003", "411000", "C008", "Facture F2025-003", 422.34, null, "19/02/2025"),
  l("VTE", "20/01/2025", "F2025-003", "707000", "", "Facture F2025-003, TVA 20 %", null, 214.8),
  l("VTE", "20/01/2025", "F2025-003", "707000", "", "Facture F2025-003, TVA 5,5 %", null, 156),
  l("VTE", "20/01/2025", "F2025-003", "445710", "", "Facture F2025-003", null, 51.54),
  l("VTE", "27/01/2025", "F2025-004", "411000", "C005", "Facture F2025-004", 1555.91, null, "26/02/2025"),
  l("VTE", "27/01/2025", "F2025-004", "707000", "", "Facture F2025-004, TVA 20 %", null, 1204.91),
  l("VTE", "27/01/2025", "F2025-004", "707000", "", "Facture F2025-004, TVA 5,5 %", null, 87.22),
  l("VTE", "27/01/2025", "F2025-004", "708500", "", "Facture F2025-004, port", null, 15),
  l("VTE", "27/01/2025", "F2025-004", "445710", "", "Facture F2025-004", null, 248.78),
  l("BQ", "28/01/2025", "CHQ-1002", "401000", "F002", "Chèque n° 1002 Domaine des Coteaux Blancs", 2880, null),
  l("BQ", "28/01/2025", "CHQ-1002", "512000", "", "Chèque n° 1002 Domaine des Coteaux Blancs", null, 2880),
  // Rabais sur une vente de marchandises : 7097 (il vient en déduction des ventes de marchandises, comptabilite.md § 3.2).
  l("VTE", "29/01/2025", "AV2025-001", "709700", "", AVOIR, 46.55, null),
  l("VTE", "29/01/2025", "AV2025-001", "445710", "", AVOIR, 9.31, null),
  l("VTE", "29/01/2025", "AV2025-001", "411000", "C005", AVOIR, null, 55.86),
  l("BQ", "30/01/2025", "VIR-0130", "512000", "", "Acompte sur F2025-003, Cave & Comptoir", 200, null),
  l("BQ", "30/01/2025", "VIR-0130", "411000", "C008", "Acompte sur F2025-003, Cave & Comptoir", null, 200),
  l("BQ", "31/01/2025", "REM-CB01", "512000", "", COMPTOIR, 3600, null),
  l("BQ", "31/01/2025", "REM-CB01", "707000", "", COMPTOIR, null, 3000),
  l("BQ", "31/01/2025", "REM-CB01", "445710", "", COMPTOIR, null, 600),
  l("BQ", "31/01/2025", "VIR-0131", "512000", "", "Règlement F2025-001", 529.01, null),
  l("BQ", "31/01/2025", "VIR-0131", "411000", "C001", "Règlement F2025-001", null, 529.01),
  l("BQ", "31/01/2025", "MDT-0042", "512000", "", "Mandat administratif, Mairie de Vertou", 1500.05, null),
  l("BQ", "31/01/2025", "MDT-0042", "411000", "C005", "Mandat administratif, Mairie de Vertou", null, 1500.05),
];

/** Toutes les lignes de la feuille : ouverture détaillée, puis janvier. */
export const JOURNAL_2025: LigneJournal2025[] = [...ouverture(), ...OPERATIONS_JANVIER];

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
  ["31/01/2025", "VIR SEPA CAVE ET COMPTOIR ACOMPTE F2025-003", null, null, 200],
  ["31/01/2025", "VIR SEPA RESTAURANT LA MAREE HAUTE F2025-001", null, null, 529.01],
  ["31/01/2025", "REMISE CARTE BANCAIRE COMPTOIR", null, null, 3600],
  ["31/01/2025", "FRAIS TENUE DE COMPTE", null, 18, null],
  ["31/01/2025", "PRLV SEPA ASSURANCE MULTIRISQUE", null, 45, null],
  [null, "Nouveau solde au 31/01/2025", null, null, 8201.41],
];

/** Une date facultative (échéance, ligne de solde du relevé) : numéro de série, ou cellule vide. */
const serieOuVide = (jjmmaaaa: string | null): number | null => (jjmmaaaa ? serie(jjmmaaaa) : null);

/** Les feuilles « Journal 2025 » (une consigne en A1, le tableau `TabJournal2025` en A3) et « Relevé bancaire » (un relevé collé, sans tableau). */
export function planJanvier(): Modification[] {
  const lignes: Cellule[][] = JOURNAL_2025.map(([journal, date, numero, piece, compte, tiers, libelle, debit, credit, echeance]) => [
    journal,
    serieOuVide(date),
    numero,
    piece,
    compte,
    tiers || null,
    libelle,
    debit,
    credit,
    serieOuVide(echeance),
  ]);
  const releve = RELEVE.map(([date, ...reste]): Cellule[] => [serieOuVide(date), ...reste]);
  const sansFormat = ["", "", "", "", ""];
  return [
    { type: "feuille", nom: FEUILLE_JOURNAL_2025, remplacer: false },
    {
      type: "valeurs",
      feuille: FEUILLE_JOURNAL_2025,
      adresse: "A1",
      valeurs: [
        [
          "Bilan d'ouverture détaillé par client et fournisseur, puis janvier 2025. Essayez : module « Comptabilité », étape 1 sur cette feuille, puis la balance, les états, la CA3, le rapprochement avec la feuille « Relevé bancaire », le lettrage et la balance âgée.",
        ],
      ],
    },
    {
      type: "table",
      feuille: FEUILLE_JOURNAL_2025,
      nom: "TabJournal2025",
      adresse: "A3",
      entetes: ENTETES_JOURNAL_2025,
      lignes,
      formats: { Date: FORMATS.date, Débit: FORMATS.euros, Crédit: FORMATS.euros, Échéance: FORMATS.date },
    },
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
      formats: [sansFormat, sansFormat, sansFormat, sansFormat, ...RELEVE.map(() => [FORMATS.date, "", "@", FORMATS.euros, FORMATS.euros])],
    },
  ];
}
