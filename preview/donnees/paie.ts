/**
 * Paie de Grain de Sel & Cie (module « Paie ») : le registre du personnel (les cinq salariés de la feuille
 * « Salariés », pedagogie.md § 6, avec leur identité, leur contrat et leur horaire), les paramètres de paie de
 * l'employeur et les variables de janvier 2025. Le taux AT/MP (1,50 %) et la complémentaire santé (50 € par mois,
 * financée à moitié) sont des hypothèses de l'exemple.
 */
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import { feuille, serie, table } from "./outils";

export const FEUILLE_PERSONNEL = "Personnel";
export const MOIS_EXEMPLE = "2025-01";

const ENTETES_PERSONNEL = ["Matricule", "Nom", "Prénom", "Contrat", "Heures mensuelles", "Poste", "Statut", "Date d'entrée", "Date de sortie", "Salaire de base", "Taux PAS"];
/** Le temps partiel de Théo Guérin : 28 h × 52 ÷ 12 = 121,33 h par mois. */
const PERSONNEL: Cellule[][] = [
  ["S01", "Jouan", "Camille", "CDI", 151.67, "Gérante salariée (gérante minoritaire)", "cadre", "01/03/2019", null, 3600, 0.045],
  ["S02", "Lemaire", "Hugo", "CDI", 151.67, "Responsable de magasin (agent de maîtrise)", "non-cadre", "02/05/2021", null, 2350, 0.023],
  ["S03", "Barreau", "Inès", "CDI", 151.67, "Vendeuse-conseillère", "non-cadre", "04/09/2023", null, 1900, null],
  ["S04", "Guérin", "Théo", "CDI", 121.33, "Préparateur de commandes / livreur", "non-cadre", "15/01/2024", null, 1441.44, 0],
  ["S05", "Moreau", "Lina", "Apprentissage", 151.67, "Apprentie vendeuse (Bac pro, 2e année : 51 % du SMIC)", "non-cadre", "01/09/2023", null, 918.92, null],
].map((l) => l.map((v, j) => (j === 7 && typeof v === "string" ? serie(v) : v)));

const PARAMETRES: Cellule[][] = [
  ["Raison sociale", "Grain de Sel & Cie"],
  ["Adresse", "Nantes (44)"],
  ["SIRET", "00000011700010"],
  ["Code APE", "47.29Z"],
  ["Urssaf (n° de cotisant)", "Pays de la Loire"],
  ["Convention collective", "IDCC 1505 (épicerie)"],
  ["Effectif", 5],
  ["Taux AT/MP", 0.015],
  ["Complémentaire santé (cotisation mensuelle)", 50],
  ["Part patronale de la complémentaire santé", 0.5],
  ["Méthode de retenue des absences", "heures réelles"],
  ["Versement mobilité", null],
];

const ENTETES_VARIABLES = ["Matricule", "Nom", "Heures sup. 25 %", "Heures sup. 50 %", "Heures compl. 10 %", "Heures compl. 25 %", "Absence (heures)", "Début d'absence", "Fin d'absence", "Motif d'absence", "Prime", "Libellé de la prime", "Formation (heures)"];
const variable = (matricule: string, nom: string, v: Record<number, Cellule>): Cellule[] => ENTETES_VARIABLES.map((_, j) => (j === 0 ? matricule : j === 1 ? nom : (v[j] ?? null)));
const VARIABLES: Cellule[][] = [
  variable("S01", "Camille Jouan", { 10: 300, 11: "Prime d'objectifs" }),
  variable("S02", "Hugo Lemaire", { 2: 6 }),
  variable("S03", "Inès Barreau", { 12: 7 }),
  variable("S04", "Théo Guérin", { 6: 5.6, 9: "Absence non rémunérée" }),
];

/** Les feuilles de paie de l'exemple : registre du personnel, paramètres, variables de janvier 2025. */
export function paie(): Modification[] {
  const n = PERSONNEL.length;
  const heures = "#,##0.00";
  return [
    feuille(FEUILLE_PERSONNEL),
    table(FEUILLE_PERSONNEL, "TabPersonnel", ENTETES_PERSONNEL, PERSONNEL, {
      Matricule: FORMATS.texte,
      "Heures mensuelles": heures,
      "Date d'entrée": FORMATS.date,
      "Date de sortie": FORMATS.date,
      "Salaire de base": FORMATS.euros,
      "Taux PAS": "0.0%",
    }),
    { type: "validation", feuille: FEUILLE_PERSONNEL, adresse: `D2:D${n + 1}`, liste: ["CDI", "CDD", "Apprentissage"], message: "Choisissez le contrat : CDI, CDD ou Apprentissage." },
    { type: "validation", feuille: FEUILLE_PERSONNEL, adresse: `G2:G${n + 1}`, liste: ["cadre", "non-cadre"], message: "Choisissez le statut : cadre ou non-cadre." },
    {
      type: "valeurs",
      feuille: FEUILLE_PERSONNEL,
      adresse: `A${n + 3}`,
      valeurs: [["Registre du personnel (paie.md § 8.4). Taux PAS vide : taux non personnalisé. Essayez : module « Paie » du volet, mois 2025-01, « Générer les bulletins »."]],
    },
    feuille("Paramètres de paie"),
    {
      type: "table",
      feuille: "Paramètres de paie",
      nom: "TabParametresPaie",
      adresse: "A1",
      entetes: ["Paramètre", "Valeur"],
      lignes: PARAMETRES,
    },
    {
      type: "valeurs",
      feuille: "Paramètres de paie",
      adresse: "B9",
      valeurs: [[0.015], [50], [0.5]],
      formats: [["0.00%"], [FORMATS.euros], ["0%"]],
    },
    feuille(`Variables ${MOIS_EXEMPLE}`),
    table(`Variables ${MOIS_EXEMPLE}`, "Variables_2025_01", ENTETES_VARIABLES, VARIABLES, { "Début d'absence": FORMATS.date, "Fin d'absence": FORMATS.date, Prime: FORMATS.euros }),
  ];
}
