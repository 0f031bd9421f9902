/**
 * Les divergences documentées entre agora-excel et modele-social (docs/paie.md, section « Divergences avec
 * modele-social ») et la comparaison qui les vérifie : chaque écart de ligne doit relever d'une divergence applicable à
 * la situation, chaque écart de total doit être la somme exacte des écarts de ses lignes et des différences de
 * structure documentées. Tout le reste doit être égal au centime.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, somme } from "../../src/core/argent";
import type { Bulletin } from "../../src/core/paie";
import { CODES_LIGNES, FIGURES, figuresAgora, montantsAgora, type Figures, type ResultatOracle, type SituationPaie } from "./modele-social-oracle";

export interface Contexte {
  situation: SituationPaie;
  bulletin: Bulletin;
  oracle: ResultatOracle;
}

export interface Divergence {
  code: string;
  /** Lignes du bulletin où l'écart peut apparaître. */
  lignes: string[];
  applicable: (c: Contexte) => boolean;
  /** Écart maximal par ligne (salarial et patronal), pour une divergence d'arrondi ; sans borne sinon. */
  ecartMax?: Decimal;
  /** Écart de structure d'un total (oracle − agora-excel), indépendant des lignes. */
  structure?: Partial<Record<keyof Figures, (c: Contexte) => Decimal>>;
}

const heuresSup = (c: Contexte) => c.situation.heuresSup > 0;
const heuresExonerees = (c: Contexte) => c.bulletin.informations.heuresSupExonerees;
/** Le modèle plafonne chaque mois les heures défiscalisées au douzième de 7 500 € converti en brut. */
const plafonneParLeModele = (c: Contexte) => heuresSup(c) && c.oracle.heuresDefiscalisees.lt(heuresExonerees(c).minus(1));
const LIGNES_CSG = ["csg-deductible", "csg-non-deductible", "crds", "csg-crds-hs"];
/** Lignes assises sur une tranche ou un plafond : le PSS majoré du modèle les déplace. */
export const LIGNES_PSS = ["vieillesse-plafonnee", "retraite-t1", "retraite-t2", "ceg-t1", "ceg-t2", "cet", "fnal", "chomage", "ags", "apec", "reduction-salariale-hs"];
const ecartHeuresExonerees = (c: Contexte) => heuresExonerees(c).minus(c.oracle.heuresDefiscalisees);

export const DIVERGENCES: Divergence[] = [
  {
    code: "montants-non-arrondis",
    lignes: [...LIGNES_CSG, "forfait-social", "reduction-salariale-hs"],
    applicable: () => true,
    ecartMax: new Dec("0.01"),
  },
  { code: "contributions-annuelles", lignes: ["ta-solde", "peec", "ta-supplementaire"], applicable: () => true },
  {
    code: "prevoyance-cadre-imposable",
    lignes: [],
    applicable: (c) => c.situation.statut === "cadre",
    structure: { netImposable: (c) => c.oracle.lignes["prevoyance-cadre"].patronal },
  },
  { code: "allegements-2024-2025", lignes: ["maladie", "famille", "reduction-generale"], applicable: (c) => c.situation.annee <= 2025 },
  {
    code: "deduction-hs-2025",
    lignes: ["deduction-forfaitaire-hs"],
    applicable: (c) => c.situation.annee === 2025 && heuresSup(c) && c.situation.effectif >= 20 && c.situation.effectif < 250,
  },
  { code: "pss-majore-heures-sup", lignes: [...LIGNES_PSS, ...LIGNES_CSG], applicable: (c) => heuresSup(c) && c.bulletin.totaux.brut.gt(c.bulletin.informations.pss) },
  {
    code: "heures-exonerees-arrondies",
    lignes: LIGNES_CSG,
    applicable: (c) => heuresSup(c) && !plafonneParLeModele(c),
    structure: { netImposable: ecartHeuresExonerees },
  },
  { code: "heures-exonerees-plafond-mensuel", lignes: LIGNES_CSG, applicable: plafonneParLeModele, structure: { netImposable: ecartHeuresExonerees } },
];

/** Divergence vérifiée à part (elle est neutralisée dans la comparaison principale) : voir modele-social.test. */
export const DIVERGENCE_TAUX_HORAIRE = "taux-horaire-heures-sup";

export interface Constat {
  /** Codes des divergences documentées qui ont expliqué au moins un écart. */
  observees: Set<string>;
  /** Écarts inexpliqués (doivent être vides). */
  inexpliques: string[];
  /** Totaux égaux au centime, par total. */
  egaux: Record<keyof Figures, boolean>;
}

/** Somme des écarts de lignes (oracle − agora-excel) qui composent chaque total. */
function ecartsLignes(c: Contexte): { salarial: Record<string, Decimal>; patronal: Record<string, Decimal> } {
  const salarial: Record<string, Decimal> = {};
  const patronal: Record<string, Decimal> = {};
  for (const code of CODES_LIGNES) {
    const a = montantsAgora(c.bulletin, code);
    const o = c.oracle.lignes[code];
    salarial[code] = o.salarial.minus(a.salarial);
    patronal[code] = o.patronal.minus(a.patronal);
  }
  return { salarial, patronal };
}

export function comparer(c: Contexte, divergences: readonly Divergence[] = DIVERGENCES): Constat {
  const observees = new Set<string>();
  const inexpliques: string[] = [];
  const applicables = divergences.filter((d) => d.applicable(c));
  const { salarial, patronal } = ecartsLignes(c);
  if (!c.oracle.brut.eq(c.bulletin.totaux.brut)) inexpliques.push(`brut : ${c.oracle.brut} ≠ ${c.bulletin.totaux.brut}`);

  for (const code of CODES_LIGNES) {
    if (salarial[code].isZero() && patronal[code].isZero()) continue;
    const ecart = Dec.max(salarial[code].abs(), patronal[code].abs());
    const explications = applicables.filter((d) => d.lignes.includes(code) && (!d.ecartMax || ecart.lte(d.ecartMax)));
    if (!explications.length) inexpliques.push(`ligne ${code} : écart salarial ${salarial[code]}, patronal ${patronal[code]}`);
    for (const d of explications) observees.add(d.code);
  }

  const sSal = somme(Object.values(salarial));
  const composition: Record<keyof Figures, Decimal> = {
    cotisationsSalariales: sSal,
    netAvantImpot: sSal.neg(),
    netImposable: sSal.neg().plus(somme(["csg-non-deductible", "crds", "csg-crds-hs"].map((k) => salarial[k]))).plus(patronal.sante),
    coutEmployeur: somme(Object.values(patronal)),
  };
  const agora = figuresAgora(c.bulletin);
  const egaux = {} as Record<keyof Figures, boolean>;
  for (const f of FIGURES) {
    const ecart = c.oracle.figures[f].minus(agora[f]);
    egaux[f] = ecart.isZero();
    let attendu = composition[f];
    for (const d of applicables) {
      const s = d.structure?.[f]?.(c) ?? ZERO;
      if (!s.isZero()) observees.add(d.code);
      attendu = attendu.plus(s);
    }
    if (!ecart.eq(attendu)) inexpliques.push(`${f} : écart ${ecart} dont ${attendu} expliqué`);
  }
  return { observees, inexpliques, egaux };
}
