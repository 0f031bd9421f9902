/**
 * Feuille « Journal 2025 » de l'exemple (Grain de Sel & Cie) : le journal de janvier de la feuille « Journal de
 * janvier » (preview/donnees/releve.ts), avec en plus les colonnes Tiers et Échéance, le bilan d'ouverture détaillé
 * par client et par fournisseur (soldes de la fiche), et les factures F2025-001, F2025-003, F2025-004 (feuilles
 * Ventes et Facture), un avoir, un achat et leurs règlements, dont un acompte. De quoi lettrer (paires par pièce ou
 * par montant, groupe facture = avoir + règlement, lettrage partiel) et faire une balance âgée.
 * Les feuilles « Journal » (79 258,40 € de chaque côté) et « Journal de janvier » ne sont pas modifiées.
 */
import { creerJour, versSerie } from "../../src/core/dates";
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import { CLIENTS, FOURNISSEURS, OUVERTURE } from "./grain-de-sel";
import { OPERATIONS_JANVIER as JANVIER } from "./releve";

export const FEUILLE_JOURNAL_2025 = "Journal 2025";

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

/** Le bilan d'ouverture, comptes 411000 et 401000 détaillés par tiers (mêmes totaux : 79 258,40 €). */
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

/** Tiers et échéance des lignes 401 et 411 de la feuille « Journal de janvier », par pièce. */
const TIERS_JANVIER: Record<string, [tiers: string, echeance: string | null]> = {
  "VIR-C001": ["C001", null],
  "FA-MAU-118": ["F003", "08/02/2025"],
  "F2025-002": ["C002", "27/02/2025"],
  "CHQ-1001": ["F001", null],
  "CHQ-1002": ["F002", null],
};

/** Les opérations de la feuille « Journal de janvier », avec leur tiers et leur échéance. */
function janvier(): LigneJournal2025[] {
  return JANVIER.map(([journal, date, piece, compte, libelle, debit, credit]) => {
    const [tiers, echeance] = compte === "401000" || compte === "411000" ? (TIERS_JANVIER[piece] ?? ["", null]) : ["", null];
    return [journal, date, piece, piece, compte, tiers, libelle, debit, credit, echeance];
  });
}

/**
 * Les opérations ajoutées : factures F2025-001, F2025-003 et F2025-004 (montants TTC des feuilles Ventes et Facture :
 * 529,01 ; 422,34 ; 1 555,91), avoir AV2025-001, facture du Domaine des Coteaux Blancs (réception du 08/01 de la
 * feuille Mouvements de stock : 72 × 6,40 = 460,80 HT) et règlements : F2025-001 payée, acompte de 200,00 sur
 * F2025-003, F2025-004 payée par mandat après déduction de l'avoir (1 555,91 − 55,86 = 1 500,05).
 */
export const OPERATIONS_TIERS: LigneJournal2025[] = [
  ["VTE", "06/01/2025", "F2025-001", "F2025-001", "411000", "C001", "Facture F2025-001", 529.01, null, "28/02/2025"],
  ["VTE", "06/01/2025", "F2025-001", "F2025-001", "707000", "", "Facture F2025-001", null, 460.2, null],
  ["VTE", "06/01/2025", "F2025-001", "F2025-001", "445710", "", "Facture F2025-001", null, 68.81, null],
  ["ACH", "08/01/2025", "DCB-2025-014", "DCB-2025-014", "607000", "", "Domaine des Coteaux Blancs, 72 muscadets", 460.8, null, null],
  ["ACH", "08/01/2025", "DCB-2025-014", "DCB-2025-014", "445660", "", "Domaine des Coteaux Blancs, 72 muscadets", 92.16, null, null],
  ["ACH", "08/01/2025", "DCB-2025-014", "DCB-2025-014", "401000", "F002", "Domaine des Coteaux Blancs, 72 muscadets", null, 552.96, "22/02/2025"],
  ["VTE", "20/01/2025", "F2025-003", "F2025-003", "411000", "C008", "Facture F2025-003", 422.34, null, "19/02/2025"],
  ["VTE", "20/01/2025", "F2025-003", "F2025-003", "707000", "", "Facture F2025-003", null, 370.8, null],
  ["VTE", "20/01/2025", "F2025-003", "F2025-003", "445710", "", "Facture F2025-003", null, 51.54, null],
  ["VTE", "27/01/2025", "F2025-004", "F2025-004", "411000", "C005", "Facture F2025-004", 1555.91, null, "26/02/2025"],
  ["VTE", "27/01/2025", "F2025-004", "F2025-004", "707000", "", "Facture F2025-004", null, 1292.13, null],
  ["VTE", "27/01/2025", "F2025-004", "F2025-004", "708500", "", "Facture F2025-004, port", null, 15, null],
  ["VTE", "27/01/2025", "F2025-004", "F2025-004", "445710", "", "Facture F2025-004", null, 248.78, null],
  ["VTE", "29/01/2025", "AV2025-001", "AV2025-001", "709000", "", "Avoir AV2025-001 sur F2025-004, coffret abîmé", 46.55, null, null],
  ["VTE", "29/01/2025", "AV2025-001", "AV2025-001", "445710", "", "Avoir AV2025-001 sur F2025-004, coffret abîmé", 9.31, null, null],
  ["VTE", "29/01/2025", "AV2025-001", "AV2025-001", "411000", "C005", "Avoir AV2025-001 sur F2025-004, coffret abîmé", null, 55.86, null],
  ["BQ", "30/01/2025", "VIR-0130", "VIR-0130", "512000", "", "Acompte sur F2025-003, Cave & Comptoir", 200, null, null],
  ["BQ", "30/01/2025", "VIR-0130", "VIR-0130", "411000", "C008", "Acompte sur F2025-003, Cave & Comptoir", null, 200, null],
  ["BQ", "31/01/2025", "VIR-0131", "VIR-0131", "512000", "", "Règlement F2025-001", 529.01, null, null],
  ["BQ", "31/01/2025", "VIR-0131", "VIR-0131", "411000", "C001", "Règlement F2025-001", null, 529.01, null],
  ["BQ", "31/01/2025", "MDT-0042", "MDT-0042", "512000", "", "Mandat administratif, Mairie de Vertou", 1500.05, null, null],
  ["BQ", "31/01/2025", "MDT-0042", "MDT-0042", "411000", "C005", "Mandat administratif, Mairie de Vertou", null, 1500.05, null],
];

const cleDate = (jjmmaaaa: string): string => jjmmaaaa.split("/").reverse().join("");

/** Toutes les lignes de la feuille : ouverture détaillée, puis janvier par date (tri stable : les écritures restent groupées). */
export const JOURNAL_2025: LigneJournal2025[] = [...ouverture(), ...[...janvier(), ...OPERATIONS_TIERS].sort((a, b) => (cleDate(a[1]) < cleDate(b[1]) ? -1 : cleDate(a[1]) > cleDate(b[1]) ? 1 : 0))];

function serie(jjmmaaaa: string | null): number | null {
  if (!jjmmaaaa) return null;
  const [jour, mois, annee] = jjmmaaaa.split("/").map(Number);
  return versSerie(creerJour(annee, mois, jour));
}

/** La feuille : une consigne en A1, le tableau `TabJournal2025` en A3. */
export function planJournal2025(): Modification[] {
  const lignes: Cellule[][] = JOURNAL_2025.map(([journal, date, numero, piece, compte, tiers, libelle, debit, credit, echeance]) => [
    journal,
    serie(date),
    numero,
    piece,
    compte,
    tiers || null,
    libelle,
    debit,
    credit,
    serie(echeance),
  ]);
  return [
    { type: "feuille", nom: FEUILLE_JOURNAL_2025, remplacer: false },
    {
      type: "valeurs",
      feuille: FEUILLE_JOURNAL_2025,
      adresse: "A1",
      valeurs: [["Ouverture détaillée par client et fournisseur, puis janvier 2025. Essayez : module « Comptabilité », étape 1 sur cette feuille, puis « Lettrer les clients et les fournisseurs » et « Générer la balance âgée »."]],
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
  ];
}
