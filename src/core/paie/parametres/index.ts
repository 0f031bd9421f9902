/**
 * Les paramètres de paie datés, réunis en tableaux `Parametre` (src/core/legislation/parametres.ts) et lus avec `valeurAu`.
 * Ajouter une année : écrire `2027.ts` sur le modèle de `2026.ts` et l'ajouter à `ANNEES` ; aucun calcul ne change.
 */
import { Dec } from "../../argent";
import { isoJour, jourFr, lireDate, type Jour } from "../../dates";
import { valeurAu, verifierParametre, type Parametre, type ValeurDatee } from "../../legislation/parametres";
import { PAIE_2024 } from "./2024";
import { PAIE_2025 } from "./2025";
import { PAIE_2026 } from "./2026";
import type { CleParametrePaie, DonneesAnnee, ValeursPaie } from "./types";

export type { CleParametrePaie, DonneesAnnee, ValeursPaie } from "./types";

export const ANNEES_PAIE: readonly DonneesAnnee[] = [PAIE_2024, PAIE_2025, PAIE_2026];

export const LIBELLES_PARAMETRES: Record<CleParametrePaie, string> = {
  smicHoraire: "SMIC horaire brut",
  heuresAnnuellesSmic: "Heures annuelles d'un temps plein (SMIC)",
  pssMensuel: "Plafond mensuel de la sécurité sociale",
  dureeLegaleMensuelle: "Durée légale mensuelle du travail",
  repasAvantageNature: "Avantage en nature nourriture (par repas)",
  maladiePatronal: "Maladie, part patronale",
  maladiePatronalReduit: "Maladie, part patronale au taux réduit",
  maladieSeuilTauxReduit: "Seuil du taux réduit maladie",
  vieillessePlafonneeSalarial: "Vieillesse plafonnée, part salariale",
  vieillessePlafonneePatronal: "Vieillesse plafonnée, part patronale",
  vieillesseDeplafonneeSalarial: "Vieillesse déplafonnée, part salariale",
  vieillesseDeplafonneePatronal: "Vieillesse déplafonnée, part patronale",
  famillePatronal: "Allocations familiales",
  famillePatronalReduit: "Allocations familiales au taux réduit",
  familleSeuilTauxReduit: "Seuil du taux réduit d'allocations familiales",
  csaPatronal: "Contribution solidarité autonomie",
  fnalMoinsDe50: "FNAL (moins de 50 salariés)",
  fnalAuMoins50: "FNAL (50 salariés et plus)",
  chomagePatronal: "Assurance chômage",
  agsPatronal: "AGS",
  retraiteT1Salarial: "Agirc-Arrco T1, part salariale",
  retraiteT1Patronal: "Agirc-Arrco T1, part patronale",
  retraiteT2Salarial: "Agirc-Arrco T2, part salariale",
  retraiteT2Patronal: "Agirc-Arrco T2, part patronale",
  cegT1Salarial: "CEG T1, part salariale",
  cegT1Patronal: "CEG T1, part patronale",
  cegT2Salarial: "CEG T2, part salariale",
  cegT2Patronal: "CEG T2, part patronale",
  cetSalarial: "CET, part salariale",
  cetPatronal: "CET, part patronale",
  apecSalarial: "APEC, part salariale",
  apecPatronal: "APEC, part patronale",
  prevoyanceCadrePatronal: "Prévoyance des cadres (minimum conventionnel)",
  csgDeductible: "CSG déductible",
  csgNonDeductible: "CSG non déductible",
  crds: "CRDS",
  csgHeuresSup: "CSG sur heures supplémentaires exonérées",
  abattementCsg: "Abattement d'assiette CSG/CRDS",
  dialogueSocialPatronal: "Contribution au dialogue social",
  formationMoinsDe11: "Formation professionnelle (moins de 11 salariés)",
  formationAuMoins11: "Formation professionnelle (11 salariés et plus)",
  taxeApprentissage: "Taxe d'apprentissage (part principale)",
  forfaitSocialPrevoyance: "Forfait social sur la prévoyance",
  reductionGenerale: "Réduction générale (2024-2025)",
  rgdu: "Réduction générale dégressive unique (RGDU)",
  reductionSalarialeHsMax: "Taux maximal de la réduction salariale des heures supplémentaires",
  deductionForfaitaireHs: "Déduction forfaitaire patronale des heures supplémentaires",
  plafondAnnuelExonerationIrHs: "Plafond annuel d'exonération d'impôt des heures supplémentaires",
  majorationHs25: "Majoration des heures supplémentaires (premier taux)",
  majorationHs50: "Majoration des heures supplémentaires (second taux)",
  majorationHc10: "Majoration des heures complémentaires (premier taux)",
  majorationHc25: "Majoration des heures complémentaires (second taux)",
  tauxNeutre: "Grille de taux neutre du prélèvement à la source",
  congesAcquisParMois: "Congés payés acquis par mois",
  congesAcquisMaximum: "Congés payés acquis au plus par période",
  congesDixieme: "Indemnité de congés payés (règle du dixième)",
};

const CLES = Object.keys(LIBELLES_PARAMETRES) as CleParametrePaie[];

type TablesPaie = { [K in CleParametrePaie]: Parametre<ValeursPaie[K]> };

function construireTables(annees: readonly DonneesAnnee[]): TablesPaie {
  const tables: Partial<Record<CleParametrePaie, Parametre<unknown>>> = {};
  for (const cle of CLES) {
    tables[cle] = { cle: `paie.${cle}`, libelle: LIBELLES_PARAMETRES[cle], historique: annees.flatMap((a) => a.valeurs[cle] as ValeurDatee<unknown>[]) };
  }
  return tables as TablesPaie;
}

/** Un tableau daté par paramètre, toutes années confondues. */
export const TABLES_PAIE: TablesPaie = construireTables(ANNEES_PAIE);

/** Les textes décimaux des données deviennent des décimaux exacts (les nombres entiers, comme un effectif, restent). */
type EnDecimal<T> = T extends string
  ? Dec
  : T extends number | null
    ? T
    : T extends readonly (infer U)[]
      ? EnDecimal<U>[]
      : { [K in keyof T]: EnDecimal<T[K]> };

export type BaremePaie = { readonly [K in CleParametrePaie]: EnDecimal<ValeursPaie[K]> } & { readonly jour: Jour };

function enDecimal(valeur: unknown): unknown {
  if (typeof valeur === "string") return new Dec(valeur);
  if (Array.isArray(valeur)) return valeur.map(enDecimal);
  if (valeur && typeof valeur === "object") return Object.fromEntries(Object.entries(valeur).map(([k, x]) => [k, enDecimal(x)]));
  return valeur;
}

const CACHE = new Map<string, BaremePaie>();

/** Tous les paramètres en vigueur au jour donné, en décimaux (mis en cache : une paie de 12 mois en lit 12). */
export function baremeAu(jour: Jour): BaremePaie {
  const cle = isoJour(jour);
  const connu = CACHE.get(cle);
  if (connu) return connu;
  const valeurs: Record<string, unknown> = { jour };
  for (const c of CLES) valeurs[c] = enDecimal(valeurAu(TABLES_PAIE[c] as Parametre<unknown>, jour).valeur);
  const bareme = valeurs as BaremePaie;
  CACHE.set(cle, bareme);
  return bareme;
}

/** La valeur datée d'un paramètre (avec sa source), pour la trace. */
export function parametreAu<K extends CleParametrePaie>(cle: K, jour: Jour): ValeurDatee<ValeursPaie[K]> {
  return valeurAu(TABLES_PAIE[cle], jour);
}

/** « Source : …, en vigueur depuis le 01/01/2026. » */
export function sourceFr(cle: CleParametrePaie, jour: Jour): string {
  const v = parametreAu(cle, jour);
  return `${LIBELLES_PARAMETRES[cle]} : ${v.source}, en vigueur depuis le ${jourFr(lireDate(v.depuis, "date d'effet"))}.`;
}

/**
 * Contrôle des données : dates valides et sans doublon, sources présentes, chaque année complète
 * (toutes les clés ont une valeur au 1er janvier de l'année, aucune date hors de l'année).
 */
export function verifierParametresPaie(annees: readonly DonneesAnnee[] = ANNEES_PAIE): string[] {
  const problemes: string[] = [];
  const tables = construireTables(annees);
  for (const c of CLES) problemes.push(...verifierParametre(tables[c] as Parametre<unknown>));
  for (const a of annees) {
    for (const c of CLES) {
      const valeurs = a.valeurs[c] as ValeurDatee<unknown>[];
      if (!valeurs.some((x) => x.depuis === `${a.annee}-01-01`)) problemes.push(`${a.annee} : ${c} n'a pas de valeur au 1er janvier.`);
      for (const x of valeurs) if (!x.depuis.startsWith(`${a.annee}-`)) problemes.push(`${a.annee} : ${c} a une valeur datée du ${x.depuis}, hors de l'année.`);
    }
  }
  return problemes;
}
