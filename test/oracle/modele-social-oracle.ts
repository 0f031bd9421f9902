/**
 * Oracle de paie : les règles publicodes de l'Urssaf (paquet npm `modele-social` 11.1, moteur `publicodes`), lues
 * ligne à ligne pour être comparées au moteur d'agora-excel (docs/paie.md, « Contrôle croisé avec modele-social »).
 * Le modèle ne fait aucun arrondi : chaque montant de ligne qu'on en tire est arrondi au centime, comme sur un
 * bulletin (paie.md § 0), et les totaux de l'oracle sont recomposés à partir de ces lignes arrondies.
 * Utilisé par test/oracle/modele-social.test.ts et bench/paie.ts.
 */
import { readFileSync } from "node:fs";
import Engine from "publicodes";
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, somme } from "../../src/core/argent";
import type { Bulletin, EntreeBulletin, Statut } from "../../src/core/paie";

/** Le paquet est un module ESM dont la seule donnée est une chaîne JSON : on la lit sans l'exécuter (Jest est en CommonJS). */
export function reglesModeleSocial(): Record<string, unknown> {
  const texte = readFileSync(require.resolve("modele-social/dist/index.js"), "utf8");
  const debut = texte.indexOf('"');
  const fin = texte.lastIndexOf('";');
  return JSON.parse(JSON.parse(texte.slice(debut, fin + 1))) as Record<string, unknown>;
}

/** Une situation de comparaison : salarié à temps plein, CDI, présent tout le mois, heures supplémentaires à 25 %. */
export interface SituationPaie {
  annee: number;
  mois: number;
  /** Salaire de base mensuel, texte décimal (« 2150.37 »). */
  salaire: string;
  statut: Statut;
  effectif: number;
  heuresSup: number;
  /** Taux AT/MP en fraction (« 0.015 »). */
  tauxAT: string;
  /** Cotisation mensuelle de complémentaire santé (financée à 50 %), ou null sans complémentaire. */
  sante: number | null;
}

export function entreeBulletin(s: SituationPaie): EntreeBulletin {
  const d = (x: number | string) => new Dec(x);
  return {
    annee: s.annee,
    mois: s.mois,
    entreprise: {
      effectif: s.effectif,
      tauxAT: d(s.tauxAT),
      methodeAbsence: "heures-reelles",
      complementaireSante: s.sante === null ? undefined : { cotisation: d(s.sante), partPatronale: d("0.5") },
    },
    salarie: { statut: s.statut, salaireBase: d(s.salaire), heuresMensuelles: d("151.67") },
    variables: { heuresSup25: d(s.heuresSup), heuresSup50: ZERO, heuresComp10: ZERO, heuresComp25: ZERO, primes: [], absences: [], avantagesNature: [] },
  };
}

/** Surcharges de la situation du modèle, pour neutraliser une convention documentée. */
export interface Surcharges {
  /** Rémunération des heures supplémentaires imposée (celle d'agora-excel : taux horaire sur 151,67 h). */
  montantHeuresSup?: Decimal;
  /** PSS du mois imposé (non majoré par les heures supplémentaires). */
  pss?: Decimal;
}

export function situationModele(s: SituationPaie, surcharges: Surcharges = {}): Record<string, string> {
  const pourcent = new Dec(s.tauxAT).times(100).toString();
  const situation: Record<string, string> = {
    date: `01/${String(s.mois).padStart(2, "0")}/${s.annee}`,
    "salarié . contrat": "'CDI'",
    "salarié . contrat . salaire brut": `${s.salaire} €/mois`,
    "salarié . contrat . statut cadre": s.statut === "cadre" ? "oui" : "non",
    "entreprise . salariés . effectif": `${s.effectif} employé`,
    "salarié . temps de travail . heures supplémentaires": `${s.heuresSup} heure/mois`,
    "établissement . taux ATMP": `${pourcent}%`,
    "salarié . cotisations . prévoyances . santé . montant": `${s.sante ?? 0} €/mois`,
    "salarié . cotisations . prévoyances . santé . taux employeur": "50%",
  };
  if (surcharges.montantHeuresSup) situation["salarié . rémunération . heures supplémentaires"] = `${surcharges.montantHeuresSup.toString()} €/mois`;
  if (surcharges.pss) situation["salarié . temps de travail . plafond sécurité sociale"] = `${surcharges.pss.toString()} €/mois`;
  return situation;
}

const C = "salarié . cotisations . ";

/** Règles du modèle lues pour chaque ligne (sal. / pat.) ; `tranche` : tranche d'un barème (T1 = 0, T2 = 1). */
type Source = { regle: string; tranche?: number } | null;
const LIGNES: Record<string, [Source, Source]> = {
  maladie: [{ regle: `${C}maladie . salarié` }, { regle: `${C}maladie . employeur` }],
  "prevoyance-cadre": [null, { regle: `${C}prévoyances . employeur . cadres` }],
  sante: [{ regle: `${C}prévoyances . santé . salarié` }, { regle: `${C}prévoyances . santé . employeur` }],
  atmp: [null, { regle: `${C}ATMP` }],
  "vieillesse-plafonnee": [{ regle: `${C}vieillesse . salarié . plafonnée` }, { regle: `${C}vieillesse . employeur . plafonnée` }],
  "vieillesse-deplafonnee": [{ regle: `${C}vieillesse . salarié . déplafonnée` }, { regle: `${C}vieillesse . employeur . déplafonnée` }],
  "retraite-t1": [{ regle: `${C}retraite complémentaire . salarié`, tranche: 0 }, { regle: `${C}retraite complémentaire . employeur`, tranche: 0 }],
  "ceg-t1": [{ regle: `${C}CEG . salarié`, tranche: 0 }, { regle: `${C}CEG . employeur`, tranche: 0 }],
  "retraite-t2": [{ regle: `${C}retraite complémentaire . salarié`, tranche: 1 }, { regle: `${C}retraite complémentaire . employeur`, tranche: 1 }],
  "ceg-t2": [{ regle: `${C}CEG . salarié`, tranche: 1 }, { regle: `${C}CEG . employeur`, tranche: 1 }],
  cet: [{ regle: `${C}CET . salarié` }, { regle: `${C}CET . employeur` }],
  famille: [null, { regle: `${C}allocations familiales` }],
  chomage: [null, { regle: `${C}chômage` }],
  ags: [null, { regle: `${C}AGS` }],
  apec: [{ regle: `${C}APEC . salarié` }, { regle: `${C}APEC . employeur` }],
  fnal: [null, { regle: `${C}FNAL` }],
  csa: [null, { regle: `${C}CSA` }],
  "dialogue-social": [null, { regle: `${C}contribution au dialogue social` }],
  formation: [null, { regle: `${C}formation professionnelle` }],
  "taxe-apprentissage": [null, { regle: `${C}taxe d'apprentissage . base` }],
  "forfait-social": [null, { regle: `${C}forfait social` }],
  "versement-mobilite": [null, { regle: `${C}versement mobilité` }],
  "csg-deductible": [{ regle: `${C}CSG-CRDS . CSG . déductible` }, null],
  "csg-non-deductible": [{ regle: `${C}CSG-CRDS . CSG . non déductible . revenus imposables` }, null],
  // Lignes propres au modèle : contributions annuelles mensualisées (absentes d'un bulletin mensuel).
  "ta-solde": [null, { regle: `${C}taxe d'apprentissage . solde` }],
  peec: [null, { regle: `${C}PEEC` }],
  "ta-supplementaire": [null, { regle: `${C}taxe d'apprentissage . contribution supplémentaire` }],
  "reduction-salariale-hs": [{ regle: `${C}exonérations . heures supplémentaires . salarié` }, null],
  "deduction-forfaitaire-hs": [null, { regle: `${C}exonérations . heures supplémentaires . employeur` }],
  "reduction-generale": [null, { regle: `${C}exonérations . RGDU` }],
};

/** Lignes d'exonération : le modèle les donne en positif, le bulletin en négatif. */
const EXONERATIONS = ["reduction-salariale-hs", "deduction-forfaitaire-hs", "reduction-generale"];

export interface MontantsLigne {
  salarial: Decimal;
  patronal: Decimal;
}

export interface Figures {
  cotisationsSalariales: Decimal;
  netAvantImpot: Decimal;
  netImposable: Decimal;
  coutEmployeur: Decimal;
}

export const FIGURES: (keyof Figures)[] = ["cotisationsSalariales", "netAvantImpot", "netImposable", "coutEmployeur"];

export interface ResultatOracle {
  brut: Decimal;
  montantHeuresSup: Decimal;
  /** Heures supplémentaires retranchées du net imposable par le modèle (arrondies à l'euro). */
  heuresDefiscalisees: Decimal;
  lignes: Record<string, MontantsLigne>;
  /** Totaux recomposés à partir des lignes arrondies. */
  figures: Figures;
  /** Totaux du modèle, non arrondis (contrôle de la recomposition). */
  figuresModele: Figures;
}

/** Valeur flottante du modèle rendue en décimal (12 chiffres significatifs : 183,82499999999999 redevient 183,825). */
const dec = (v: unknown): Decimal => (typeof v === "number" && Number.isFinite(v) ? new Dec(v.toPrecision(12)) : ZERO);

interface Noeud {
  nodeKind?: string;
  explanation?: { tranches?: { nodeValue?: unknown }[] };
  [cle: string]: unknown;
}

/** Le premier barème de l'arbre évalué d'une règle (T1, T2… du calcul). */
function bareme(n: unknown, vus = new Set<unknown>()): Noeud | undefined {
  if (!n || typeof n !== "object" || vus.has(n)) return undefined;
  vus.add(n);
  const noeud = n as Noeud;
  if (noeud.nodeKind === "barème") return noeud;
  for (const [cle, v] of Object.entries(noeud)) {
    if (cle === "rawNode" || cle === "missingVariables" || !v || typeof v !== "object") continue;
    for (const x of Array.isArray(v) ? v : [v]) {
      const trouve = bareme(x, vus);
      if (trouve) return trouve;
    }
  }
  return undefined;
}

export class OracleModeleSocial {
  private readonly moteur: Engine;

  constructor() {
    this.moteur = new Engine(reglesModeleSocial() as never, { logger: { log: () => undefined, warn: () => undefined, error: () => undefined } });
  }

  private valeur(regle: string): Decimal {
    return dec(this.moteur.evaluate({ valeur: regle, unité: "€/mois" }).nodeValue);
  }

  private source(s: Source): Decimal {
    if (!s) return ZERO;
    if (s.tranche === undefined) return arrondi(this.valeur(s.regle));
    const b = bareme(this.moteur.evaluate(s.regle));
    return arrondi(dec(b?.explanation?.tranches?.[s.tranche]?.nodeValue));
  }

  /** Seule la rémunération des heures supplémentaires (contrôle du taux horaire, sans le reste du calcul). */
  montantHeuresSup(s: SituationPaie): Decimal {
    this.moteur.setSituation(situationModele(s) as never);
    return this.valeur("salarié . rémunération . heures supplémentaires");
  }

  evaluer(s: SituationPaie, surcharges: Surcharges = {}): ResultatOracle {
    this.moteur.setSituation(situationModele(s, surcharges) as never);
    const lignes: Record<string, MontantsLigne> = {};
    for (const [code, [sal, pat]] of Object.entries(LIGNES)) {
      const signe = EXONERATIONS.includes(code) ? -1 : 1;
      lignes[code] = { salarial: this.source(sal).times(signe), patronal: this.source(pat).times(signe) };
    }
    // CRDS : le modèle la calcule sur l'assiette générale et celle des heures exonérées à la fois ; on la répartit
    // entre la ligne CRDS et la ligne « CSG/CRDS sur heures supplémentaires exonérées » (9,20 % + 0,50 %) du bulletin.
    const crdsGenerale = this.valeur(`${C}CSG-CRDS . assiette de base`).times("0.005");
    const crdsTotale = this.valeur(`${C}CSG-CRDS . CRDS`);
    const csgHs = this.valeur(`${C}CSG-CRDS . CSG . non déductible . heures supplémentaires et complémentaires défiscalisées`);
    lignes.crds = { salarial: arrondi(crdsGenerale), patronal: ZERO };
    lignes["csg-crds-hs"] = { salarial: arrondi(csgHs.plus(crdsTotale).minus(crdsGenerale)), patronal: ZERO };

    const brut = arrondi(this.valeur("salarié . rémunération . brut"));
    const heuresDefiscalisees = this.valeur("salarié . rémunération . net . imposable . heures supplémentaires et complémentaires défiscalisées");
    const cotisationsSalariales = somme(Object.values(lignes).map((l) => l.salarial));
    const netAvantImpot = brut.minus(cotisationsSalariales);
    const imposables = ["csg-non-deductible", "crds", "csg-crds-hs"].map((c) => lignes[c].salarial);
    // Le modèle réintègre au net imposable toute la prévoyance patronale : santé et prévoyance des cadres.
    const prevoyancePatronale = [lignes.sante.patronal, lignes["prevoyance-cadre"].patronal];
    const netImposable = somme([netAvantImpot, ...imposables, ...prevoyancePatronale]).minus(heuresDefiscalisees);
    const coutEmployeur = brut.plus(somme(Object.values(lignes).map((l) => l.patronal)));
    return {
      brut,
      montantHeuresSup: this.valeur("salarié . rémunération . heures supplémentaires"),
      heuresDefiscalisees,
      lignes,
      figures: { cotisationsSalariales, netAvantImpot, netImposable, coutEmployeur },
      figuresModele: {
        cotisationsSalariales: this.valeur("salarié . cotisations . salarié"),
        netAvantImpot: this.valeur("salarié . rémunération . net . à payer avant impôt"),
        netImposable: this.valeur("salarié . rémunération . net . imposable"),
        coutEmployeur: this.valeur("salarié . coût total employeur"),
      },
    };
  }
}

/** Montants d'une ligne du bulletin d'agora-excel (zéro si la ligne n'y est pas). */
export function montantsAgora(b: Bulletin, code: string): MontantsLigne {
  const l = b.lignes.find((x) => x.code === code);
  return { salarial: l?.montantSalarial ?? ZERO, patronal: l?.montantPatronal ?? ZERO };
}

export const CODES_LIGNES = [...Object.keys(LIGNES), "crds", "csg-crds-hs"];

export function figuresAgora(b: Bulletin): Figures {
  const t = b.totaux;
  return { cotisationsSalariales: t.cotisationsSalariales, netAvantImpot: t.netAvantImpot, netImposable: t.netImposable, coutEmployeur: t.coutEmployeur };
}

/** Générateur congruentiel reproductible (mêmes situations à chaque exécution). */
export function aleatoire(graine: number): () => number {
  let x = graine >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const TAUX_AT = ["0.009", "0.012", "0.015", "0.022", "0.031"];
const SANTE = [null, 40, 60, 75.5];

/**
 * Situations de comparaison d'une année : pour chaque statut (cadre, non-cadre), effectif (11, 60) et présence d'heures
 * supplémentaires, `parCombinaison` salaires du SMIC mensuel (arrondi au centime) à 4 PSS, le premier au SMIC et le
 * dernier à 4 PSS ; mois, taux AT/MP, complémentaire santé et nombre d'heures (1 à 17,5) tirés au hasard.
 */
export function genererSituations(annee: number, parCombinaison: number, graine: number, smicMensuel: (mois: number) => Decimal, pss: Decimal): SituationPaie[] {
  const hasard = aleatoire(graine);
  const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(hasard() * liste.length)];
  const situations: SituationPaie[] = [];
  for (const statut of ["non-cadre", "cadre"] as const) {
    for (const effectif of [11, 60]) {
      for (const avecHs of [false, true]) {
        for (let i = 0; i < parCombinaison; i++) {
          const mois = 1 + Math.floor(hasard() * 12);
          const min = arrondi(smicMensuel(mois));
          const max = pss.times(4);
          const salaire = i === 0 ? min : i === parCombinaison - 1 ? max : arrondi(min.plus(max.minus(min).times(hasard().toFixed(6))));
          const heuresSup = avecHs ? (1 + Math.floor(hasard() * 34)) / 2 : 0;
          situations.push({ annee, mois, salaire: salaire.toFixed(2), statut, effectif, heuresSup, tauxAT: choisir(TAUX_AT), sante: choisir(SANTE) });
        }
      }
    }
  }
  return situations;
}
