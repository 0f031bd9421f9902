/**
 * Forme des paramètres datés de la paie. Chaque année est un fichier de données (2024.ts, 2025.ts…) qui donne,
 * pour chaque clé, les valeurs en vigueur cette année-là avec leur date d'effet et leur source (paie.md § 1 à § 5).
 * Les montants et les taux sont des textes décimaux (« 0.069 » pour 6,90 %) : jamais de nombre binaire.
 */
import type { ValeurDatee } from "../../legislation/parametres";

/** Seuil d'un taux réduit (maladie, famille) en 2024-2025 : `multipleSmic` × SMIC horaire de référence × heures. */
export interface SeuilTauxReduit {
  multipleSmic: string;
  /** SMIC horaire retenu pour le seuil : figé au 31/12/2023 en 2024, celui du 01/01/2025 en 2025. */
  smicHoraireReference: string;
}

/** Réduction générale 2024-2025 (L241-13, D241-7 CSS) : C = (T / 0,6) × (1,6 × SMIC / rémunération − 1). */
export interface ParametresReductionGenerale {
  seuilSmic: string;
  tMoinsDe50: string;
  tAuMoins50: string;
}

/** RGDU 2026 : C = Tmin + Tdelta × [½ × (3 × SMIC / rémunération − 1)]^P. */
export interface ParametresRgdu {
  seuilSmic: string;
  tmin: string;
  tdeltaMoinsDe50: string;
  tdeltaAuMoins50: string;
  puissance: string;
}

/** Déduction forfaitaire patronale par heure supplémentaire, à partir d'un effectif. */
export interface PalierDeductionHs {
  effectifMin: number;
  montantParHeure: string;
}

/** Tranche de la grille de taux neutre : de `aPartirDe` inclus à la borne suivante exclue (euros par mois). */
export interface TrancheTauxNeutre {
  aPartirDe: string;
  taux: string;
}

export interface ValeursPaie {
  smicHoraire: string;
  /** Heures annuelles d'un temps plein pour le SMIC mensuel et le SMIC de référence (35 h × 52). */
  heuresAnnuellesSmic: string;
  pssMensuel: string;
  /** Durée légale mensuelle de la pratique de paie (taux horaire = salaire / 151,67). */
  dureeLegaleMensuelle: string;
  repasAvantageNature: string;

  maladiePatronal: string;
  maladiePatronalReduit: string;
  maladieSeuilTauxReduit: SeuilTauxReduit | null;
  vieillessePlafonneeSalarial: string;
  vieillessePlafonneePatronal: string;
  vieillesseDeplafonneeSalarial: string;
  vieillesseDeplafonneePatronal: string;
  famillePatronal: string;
  famillePatronalReduit: string;
  familleSeuilTauxReduit: SeuilTauxReduit | null;
  csaPatronal: string;
  fnalMoinsDe50: string;
  fnalAuMoins50: string;
  chomagePatronal: string;
  agsPatronal: string;
  retraiteT1Salarial: string;
  retraiteT1Patronal: string;
  retraiteT2Salarial: string;
  retraiteT2Patronal: string;
  cegT1Salarial: string;
  cegT1Patronal: string;
  cegT2Salarial: string;
  cegT2Patronal: string;
  cetSalarial: string;
  cetPatronal: string;
  apecSalarial: string;
  apecPatronal: string;
  prevoyanceCadrePatronal: string;

  csgDeductible: string;
  csgNonDeductible: string;
  crds: string;
  /** CSG afférente aux heures supplémentaires exonérées : entièrement non déductible. */
  csgHeuresSup: string;
  /** Abattement pour frais professionnels de l'assiette CSG/CRDS, jusqu'à 4 PSS. */
  abattementCsg: string;

  dialogueSocialPatronal: string;
  formationMoinsDe11: string;
  formationAuMoins11: string;
  taxeApprentissage: string;
  forfaitSocialPrevoyance: string;

  reductionGenerale: ParametresReductionGenerale | null;
  rgdu: ParametresRgdu | null;

  reductionSalarialeHsMax: string;
  deductionForfaitaireHs: PalierDeductionHs[];
  plafondAnnuelExonerationIrHs: string;
  majorationHs25: string;
  majorationHs50: string;
  majorationHc10: string;
  majorationHc25: string;

  tauxNeutre: TrancheTauxNeutre[];

  congesAcquisParMois: string;
  congesAcquisMaximum: string;
  congesDixieme: string;
}

export type CleParametrePaie = keyof ValeursPaie;

/** Les valeurs d'une année : chaque clé a au moins sa valeur du 1er janvier (reprise si elle n'a pas changé). */
export type ValeursAnnee = { [K in CleParametrePaie]: ValeurDatee<ValeursPaie[K]>[] };

export interface DonneesAnnee {
  annee: number;
  valeurs: ValeursAnnee;
}

/** Une valeur datée : `v("2026-06-01", "12.31", "Arrêté du 22/05/2026")`. */
export function v<T>(depuis: string, valeur: T, source: string): ValeurDatee<T> {
  return { depuis, valeur, source };
}

/** Sources communes à toutes les années (textes inchangés de 2024 à 2026). */
export const SOURCES = {
  heuresSmic: "C. trav. art. L3121-27 (35 h × 52 semaines = 1 820 h par an ; SMIC mensuel = horaire × 1 820 / 12)",
  dureeLegale: "C. trav. art. L3121-27 et L3242-1 (mensualisation : 35 × 52 / 12 = 151,67 h)",
  maladie: "CSS art. L241-2 et D242-3 (taux plein de 13 %)",
  maladieReduit: "CSS art. L241-2-1 (taux réduit de 7 %)",
  vieillesse: "CSS art. D242-4",
  famille: "CSS art. L241-6 et D241-3-1 (taux plein de 5,25 %)",
  familleReduit: "CSS art. L241-6-1 et D241-3-2 (taux réduit de 3,45 %)",
  csa: "CASF art. L14-10-4",
  fnal: "CSS art. L834-1 (0,10 % sur T1 en deçà de 50 salariés, 0,50 % sur la totalité au-delà)",
  agircArrco: "ANI Agirc-Arrco du 17/11/2017 (taux d'appel de 127 % inclus)",
  apec: "Accord APEC (0,06 % sur la tranche jusqu'à 4 PSS, dont 0,024 % salarié)",
  prevoyanceCadre: "ANI du 17/11/2017, art. 7 (ex-art. 7 de la CCN de 1947) : 1,50 % de T1 à la charge de l'employeur",
  csg: "CSS art. L136-1-1, L136-8 (CSG) et ordonnance 96-50, art. 14 (CRDS) ; abattement de 1,75 % jusqu'à 4 PSS",
  csgHs: "CSS art. L136-8 et L241-17 : la CSG sur les heures supplémentaires exonérées n'est pas déductible",
  dialogueSocial: "C. trav. art. L2135-10",
  formation: "C. trav. art. L6331-1 (0,55 % en deçà de 11 salariés) et L6331-3 (1 % à partir de 11)",
  taxeApprentissage: "C. trav. art. L6241-1 s. (part principale 0,59 % ; solde annuel hors bulletin)",
  forfaitSocial: "CSS art. L137-15 et L137-16 (8 % sur les contributions patronales de prévoyance, à partir de 11 salariés)",
  reductionSalarialeHs: "CSS art. L241-17 et D241-21 (taux plafonné à 11,31 %)",
  exonerationIrHs: "CGI art. 81 quater (7 500 € par an depuis les revenus 2022)",
  majorationHs: "C. trav. art. L3121-36 (25 % pour les 8 premières heures de la semaine, 50 % au-delà)",
  majorationHc: "C. trav. art. L3123-8 et L3123-29 (10 % dans la limite du dixième de la durée contractuelle, 25 % au-delà)",
  conges: "C. trav. art. L3141-3 (2,5 jours ouvrables par mois, 30 au plus) et L3141-24 (indemnité du dixième)",
  repas: "Urssaf, « Avantages en nature : nourriture » (forfait par repas)",
} as const;

/** Taux de la grille de taux neutre (art. 204 H III CGI), identiques de 2024 à 2026 ; seules les bornes changent. */
const TAUX_GRILLE_NEUTRE = ["0", "0.005", "0.013", "0.021", "0.029", "0.035", "0.041", "0.053", "0.075", "0.099", "0.119", "0.138", "0.158", "0.179", "0.20", "0.24", "0.28", "0.33", "0.38", "0.43"];

/** Grille de taux neutre à partir de ses 19 bornes (en euros par mois, métropole). */
export function grilleTauxNeutre(bornes: readonly number[]): TrancheTauxNeutre[] {
  if (bornes.length !== TAUX_GRILLE_NEUTRE.length - 1) throw new Error(`Grille de taux neutre : ${TAUX_GRILLE_NEUTRE.length - 1} bornes attendues.`);
  return TAUX_GRILLE_NEUTRE.map((taux, i) => ({ aPartirDe: i === 0 ? "0" : String(bornes[i - 1]), taux }));
}
