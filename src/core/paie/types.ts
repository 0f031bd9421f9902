/** Données d'un bulletin de paie (entrée) et bulletin clarifié calculé (sortie). Taux en fractions, montants en euros. */
import type Decimal from "decimal.js";
import type { Jour } from "../dates";

export type Statut = "cadre" | "non-cadre";

/** Méthodes de retenue pour absence (paie.md § 2.5), choisies par l'entreprise. */
export const METHODES_ABSENCE = [
  "heures-reelles",
  "horaire-moyen",
  "jours-ouvres",
  "jours-ouvrables",
  "jours-calendaires",
  "trentieme",
  "jours-ouvres-moyens",
] as const;
export type MethodeAbsence = (typeof METHODES_ABSENCE)[number];

export interface ComplementaireSante {
  /** Cotisation mensuelle totale (parts salariale et patronale). */
  cotisation: Decimal;
  /** Part financée par l'employeur (au moins 50 %, CSS art. L911-7). */
  partPatronale: Decimal;
}

export interface Prevoyance {
  /** Assiette du contrat : tranche 1 (jusqu'au PSS) ou totalité du brut. */
  assiette: "T1" | "brut";
  tauxSalarial: Decimal;
  tauxPatronal: Decimal;
}

export interface Entreprise {
  effectif: number;
  /** Taux AT/MP notifié par la Carsat ; absent : 0 % et une alerte (jamais de taux moyen silencieux). */
  tauxAT?: Decimal;
  methodeAbsence: MethodeAbsence;
  complementaireSante?: ComplementaireSante;
  prevoyance?: Prevoyance;
  /** Taux du versement mobilité de la commune (entreprises d'au moins 11 salariés). */
  tauxVersementMobilite?: Decimal;
}

export interface Salarie {
  statut: Statut;
  /** Salaire de base mensuel ; sinon `tauxHoraire` × heures mensuelles. */
  salaireBase?: Decimal;
  tauxHoraire?: Decimal;
  /** Heures mensuelles contractuelles : 151,67 pour un temps plein ; moins pour un temps partiel. */
  heuresMensuelles: Decimal;
  /** Taux de PAS personnalisé transmis par la DGFiP ; absent : taux non personnalisé (grille de taux neutre). */
  tauxPAS?: Decimal;
  /** Rémunération des heures supplémentaires déjà exonérée d'impôt depuis janvier (plafond annuel de 7 500 €). */
  cumulHsExonerees?: Decimal;
}

/** Absence non rémunérée : une période (du … au …, bornes incluses) ou un nombre d'heures. */
export interface Absence {
  motif: string;
  du?: Jour;
  au?: Jour;
  heures?: Decimal;
}

export interface Prime {
  libelle: string;
  montant: Decimal;
}

/** Avantage en nature : un montant évalué, ou un nombre de repas au forfait (moins la participation du salarié). */
export interface AvantageNature {
  libelle: string;
  montant?: Decimal;
  repas?: Decimal;
  participation?: Decimal;
}

/** Congés payés pris dans le mois (jours ouvrables), avec de quoi calculer le dixième. */
export interface CongesPris {
  jours: Decimal;
  /** Rémunération brute de la période de référence (1er juin N−1 – 31 mai N). */
  remunerationReference: Decimal;
  /** Jours acquis sur la période de référence (30 pour une année complète). */
  joursAcquis: Decimal;
}

export interface Variables {
  heuresSup25: Decimal;
  heuresSup50: Decimal;
  heuresComp10: Decimal;
  heuresComp25: Decimal;
  primes: Prime[];
  absences: Absence[];
  avantagesNature: AvantageNature[];
  congesPayes?: CongesPris;
  acompte?: Decimal;
}

export interface EntreeBulletin {
  /** Mois de paie (période d'emploi) : les paramètres sont ceux du 1er de ce mois. */
  annee: number;
  mois: number;
  /** Date de versement (par défaut le dernier jour du mois) : elle choisit la grille de taux neutre. */
  datePaiement?: Jour;
  entreprise: Entreprise;
  salarie: Salarie;
  variables: Variables;
}

/** Blocs du bulletin clarifié, dans l'ordre de l'arrêté du 25/02/2016 modifié (paie.md § 6.2). */
export type Groupe =
  | "remuneration"
  | "sante"
  | "atmp"
  | "retraite"
  | "famille"
  | "chomage"
  | "autres"
  | "csg-deductible"
  | "csg-non-deductible"
  | "csg-non-imposable"
  | "exonerations";

export const TITRES_GROUPES: Record<Groupe, string> = {
  remuneration: "RÉMUNÉRATION BRUTE",
  sante: "SANTÉ",
  atmp: "ACCIDENTS DU TRAVAIL – MALADIES PROFESSIONNELLES",
  retraite: "RETRAITE",
  famille: "FAMILLE",
  chomage: "ASSURANCE CHÔMAGE",
  autres: "AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR",
  "csg-deductible": "CSG DÉDUCTIBLE DE L'IMPÔT SUR LE REVENU",
  "csg-non-deductible": "CSG/CRDS NON DÉDUCTIBLE DE L'IMPÔT SUR LE REVENU",
  "csg-non-imposable": "CSG/CRDS SUR LES REVENUS NON IMPOSABLES",
  exonerations: "EXONÉRATIONS, ÉCRÊTEMENTS ET ALLÈGEMENTS DE COTISATIONS",
};

export const ORDRE_GROUPES = Object.keys(TITRES_GROUPES) as Groupe[];

/**
 * Une ligne du bulletin. Rémunération : base = heures ou jours, taux salarial = taux horaire (ou majoré),
 * montant salarial = gain (négatif pour une retenue). Cotisations : montants retenus (salarié) ou dus (employeur),
 * négatifs pour une exonération. `null` = case vide.
 */
export interface LigneBulletin {
  code: string;
  groupe: Groupe;
  libelle: string;
  base: Decimal | null;
  tauxSalarial: Decimal | null;
  montantSalarial: Decimal | null;
  tauxPatronal: Decimal | null;
  montantPatronal: Decimal | null;
}

export interface Totaux {
  brut: Decimal;
  cotisationsSalariales: Decimal;
  /** Après allègements (déduction HS et réduction générale/RGDU). */
  cotisationsPatronales: Decimal;
  reductionGenerale: Decimal;
  netSocial: Decimal;
  netImposable: Decimal;
  netAvantImpot: Decimal;
  impotSource: Decimal;
  netPaye: Decimal;
  coutEmployeur: Decimal;
}

export interface Informations {
  pss: Decimal;
  tauxHoraire: Decimal;
  smicReference: Decimal;
  /** Coefficient de la réduction générale ou de la RGDU (4 décimales). */
  coefficientReduction: Decimal;
  cotisationsPatronalesAvantAllegements: Decimal;
  allegements: Decimal;
  avantagesNature: Decimal;
  heuresSupExonerees: Decimal;
  tauxPAS: Decimal;
  tauxPASPersonnalise: boolean;
  acompte: Decimal;
  congesAcquis: Decimal;
}

export interface Bulletin {
  annee: number;
  mois: number;
  statut: Statut;
  lignes: LigneBulletin[];
  totaux: Totaux;
  informations: Informations;
}
