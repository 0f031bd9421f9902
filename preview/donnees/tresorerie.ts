/**
 * Les ventes, achats et règlements prévus au premier trimestre 2025 de Grain de Sel & Cie (fictifs), pour le budget de
 * trésorerie construit depuis les opérations (module « Trésorerie ») : ventes au comptoir à 5,5 % payées comptant,
 * factures aux professionnels à 30 jours fin de mois, marchandises à 5,5 % payées à 30 jours fin de mois, loyer et
 * vitrine à 20 % payés comptant, créances, dettes et TVA de décembre 2024 réglées en janvier et février.
 *
 * Résultat attendu, calculé à la main (voir test/e2e/tresorerie.e2e.ts) : encaissements 21 964,00 / 24 749,50 /
 * 26 210,00 ; décaissements 15 883,00 / 22 980,00 / 31 317,50 ; trésorerie de fin de mois 16 093,40 / 17 862,90 /
 * 12 755,40 ; TVA due 1 070,00 (janvier), 722,50 (février), crédit de 640,00 en mars.
 */
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import { feuille, serie, table } from "./outils";

export const FEUILLE_OPERATIONS_TRESORERIE = "Opérations de trésorerie";
export const ENTETES_OPERATIONS_TRESORERIE = ["Nature", "Libellé", "Date", "Montant HT", "Taux TVA", "Conditions de règlement"];

const FDM = "30 jours fin de mois";
type Operation = [string, string, string, number, number | null, string | null];

export const OPERATIONS_TRESORERIE: Operation[] = [
  ["Trésorerie initiale", "Banque 9 362,40 + caisse 650,00", "01/01/2025", 10012.4, null, null],
  ["Encaissement", "Créances clients au 31/12/2024", "10/01/2025", 864, null, null],
  ["Encaissement", "Créances clients au 31/12/2024", "10/02/2025", 1632, null, null],
  ["Vente", "Ventes au comptoir", "31/01/2025", 20000, 0.055, "comptant"],
  ["Vente", "Ventes au comptoir", "28/02/2025", 18500, 0.055, "comptant"],
  ["Vente", "Ventes au comptoir", "31/03/2025", 22000, 0.055, "comptant"],
  ["Vente", "Factures aux professionnels", "15/01/2025", 3000, 0.2, FDM],
  ["Vente", "Factures aux professionnels", "15/02/2025", 2500, 0.2, FDM],
  ["Vente", "Factures aux professionnels", "15/03/2025", 2000, 0.2, FDM],
  ["Décaissement", "Fournisseurs au 31/12/2024", "10/01/2025", 1320, null, null],
  ["Décaissement", "Fournisseurs au 31/12/2024", "10/02/2025", 2880, null, null],
  ["Achat", "Achats de marchandises", "15/01/2025", 6000, 0.055, FDM],
  ["Achat", "Achats de marchandises", "15/02/2025", 9000, 0.055, FDM],
  ["Achat", "Achats de marchandises", "15/03/2025", 10000, 0.055, FDM],
  ["Décaissement", "Salaires nets", "31/01/2025", 7960, null, null],
  ["Décaissement", "Salaires nets", "28/02/2025", 7960, null, null],
  ["Décaissement", "Salaires nets", "31/03/2025", 7960, null, null],
  ["Décaissement", "Charges sociales (URSSAF)", "15/01/2025", 2940, null, null],
  ["Décaissement", "Charges sociales (URSSAF)", "15/02/2025", 2940, null, null],
  ["Décaissement", "Charges sociales (URSSAF)", "15/03/2025", 2940, null, null],
  ["Achat", "Loyer", "05/01/2025", 1500, 0.2, "comptant"],
  ["Achat", "Loyer", "05/02/2025", 1500, 0.2, "comptant"],
  ["Achat", "Loyer", "05/03/2025", 1500, 0.2, "comptant"],
  ["Achat", "Vitrine réfrigérée neuve", "20/03/2025", 7000, 0.2, "comptant"],
  ["TVA à décaisser", "TVA de décembre 2024", "20/01/2025", 1863, null, null],
];

export function planOperationsTresorerie(): Modification[] {
  const f = FEUILLE_OPERATIONS_TRESORERIE;
  const lignes: Cellule[][] = OPERATIONS_TRESORERIE.map(([nature, libelle, date, ht, taux, conditions]) => [nature, libelle, serie(date), ht, taux, conditions]);
  return [
    feuille(f),
    table(f, "TabOperationsTresorerie", ENTETES_OPERATIONS_TRESORERIE, lignes, { Date: FORMATS.date, "Montant HT": FORMATS.euros, "Taux TVA": "0.0%" }),
    { type: "validation", feuille: f, adresse: `A2:A${lignes.length + 1}`, liste: ["Vente", "Achat", "Encaissement", "Décaissement", "TVA à décaisser", "Trésorerie initiale"], message: "Nature de l'opération." },
    {
      type: "valeurs",
      feuille: f,
      adresse: `A${lignes.length + 3}`,
      valeurs: [["Essayez : module « Trésorerie » du volet, choisissez cette feuille, puis « Générer le budget de trésorerie »."]],
    },
  ];
}
