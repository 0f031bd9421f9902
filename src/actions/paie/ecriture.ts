/**
 * L'écriture de paie du mois (paie.md § 7.2 et § 7.3), centralisée pour toute l'entreprise, en deux écritures
 * équilibrées du journal des opérations diverses datées du dernier jour du mois :
 * - salaires : D 6411 (et 6413 pour les primes) le brut ; C 431 Urssaf, 4371 Agirc-Arrco, 4372 mutuelle,
 *   4373 prévoyance (parts salariales), C 4421 le prélèvement à la source, C 421 le net payé ;
 * - charges patronales : D 6451, 6452, 6453, 6454, 6458, 6333, 6331 ; C 431, 4371, 4372, 4373.
 * Les allègements viennent en diminution : la réduction générale (ou RGDU) pour sa part Agirc-Arrco
 * (montant × (4,72 % + 1,29 %) ÷ coefficient maximal, arrondi au centime) sur 6453, le reste et la déduction
 * forfaitaire des heures supplémentaires sur 6451 ; la réduction salariale des heures supplémentaires diminue la dette
 * Urssaf salariale. Chaque montant est une somme de lignes de bulletins déjà arrondies : rien n'est recalculé.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, somme } from "../../core/argent";
import { erreurValeur } from "../../core/erreurs";
import { baremeAu, type Bulletin, type LigneBulletin } from "../../core/paie";
import { dernierJour, periodeFr, type Periode } from "./periode";
import type { Jour } from "../../core/dates";

/** Les comptes de l'écriture, dans l'ordre où elle les présente, avec leur intitulé. */
export const COMPTES_PAIE = {
  salaires: ["6411", "Salaires, appointements"],
  primes: ["6413", "Primes et gratifications"],
  urssaf: ["6451", "Cotisations à l'Urssaf"],
  mutuelle: ["6452", "Cotisations aux mutuelles"],
  retraite: ["6453", "Cotisations aux caisses de retraite"],
  chomage: ["6454", "Cotisations à France Travail (chômage, AGS)"],
  prevoyance: ["6458", "Cotisations aux autres organismes sociaux (prévoyance)"],
  formation: ["6333", "Contribution unique à la formation professionnelle"],
  mobilite: ["6331", "Versement mobilité"],
  remunerations: ["421", "Personnel – rémunérations dues"],
  secu: ["431", "Sécurité sociale (Urssaf)"],
  agirc: ["4371", "Agirc-Arrco"],
  mutuelleDette: ["4372", "Mutuelle"],
  prevoyanceDette: ["4373", "Prévoyance"],
  pas: ["4421", "Prélèvements à la source (impôt sur le revenu)"],
} as const satisfies Record<string, readonly [string, string]>;

type Charge = "urssaf" | "mutuelle" | "retraite" | "chomage" | "prevoyance" | "formation" | "mobilite";
type Organisme = "secu" | "agirc" | "mutuelleDette" | "prevoyanceDette";

/** L'organisme (la dette) de chaque compte de charge patronale : c'est aussi celui de la part salariale de la ligne. */
const ORGANISME_DE_CHARGE: Record<Charge, Organisme> = {
  urssaf: "secu",
  chomage: "secu",
  formation: "secu",
  mobilite: "secu",
  retraite: "agirc",
  mutuelle: "mutuelleDette",
  prevoyance: "prevoyanceDette",
};

/** Les lignes de cotisation (codes du moteur) imputées sur chaque compte de charge patronale. */
const LIGNES_DE_CHARGE: Record<Charge, readonly string[]> = {
  urssaf: [
    "maladie",
    "atmp",
    "vieillesse-plafonnee",
    "vieillesse-deplafonnee",
    "famille",
    "fnal",
    "csa",
    "dialogue-social",
    "forfait-social",
    "deduction-forfaitaire-hs",
    "csg-deductible",
    "csg-non-deductible",
    "crds",
    "csg-crds-hs",
    "reduction-salariale-hs",
  ],
  chomage: ["chomage", "ags"],
  formation: ["formation", "taxe-apprentissage"],
  mobilite: ["versement-mobilite"],
  retraite: ["retraite-t1", "ceg-t1", "retraite-t2", "ceg-t2", "cet", "apec"],
  mutuelle: ["sante"],
  prevoyance: ["prevoyance-cadre", "prevoyance"],
};

/** Compte de charge de chaque ligne de cotisation, par code de ligne du moteur. */
const CHARGE_DE_LIGNE = new Map<string, Charge>(Object.entries(LIGNES_DE_CHARGE).flatMap(([charge, codes]) => codes.map((code) => [code, charge as Charge])));

const CHARGES: readonly Charge[] = ["urssaf", "chomage", "formation", "mobilite", "retraite", "mutuelle", "prevoyance"];
const ORGANISMES: readonly Organisme[] = ["secu", "agirc", "mutuelleDette", "prevoyanceDette"];

const estPrime = (l: LigneBulletin): boolean => l.code.startsWith("prime-");

/** Coefficient maximal de l'allègement du mois (T en 2024-2025, Tmin + Tdelta en 2026) selon l'effectif. */
export function coefficientMaximal(b: Bulletin, effectif: number): Decimal {
  const bareme = baremeAu({ annee: b.annee, mois: b.mois, jour: 1 });
  if (bareme.rgdu) return bareme.rgdu.tmin.plus(effectif >= 50 ? bareme.rgdu.tdeltaAuMoins50 : bareme.rgdu.tdeltaMoinsDe50);
  const g = bareme.reductionGenerale;
  if (!g) return ZERO;
  return effectif >= 50 ? g.tAuMoins50 : g.tMoinsDe50;
}

/** Part de la réduction générale imputée sur l'Agirc-Arrco (paie.md § 4.3) : réduction × 6,01 % ÷ coefficient maximal. */
export function partAgircReduction(b: Bulletin, effectif: number): Decimal {
  const reduction = b.totaux.reductionGenerale;
  const max = coefficientMaximal(b, effectif);
  if (reduction.isZero() || max.isZero()) return ZERO;
  const bareme = baremeAu({ annee: b.annee, mois: b.mois, jour: 1 });
  return arrondi(reduction.times(bareme.retraiteT1Patronal.plus(bareme.cegT1Patronal)).div(max));
}

/** Ventilation d'un bulletin : charges patronales par compte, dettes salariales et patronales par organisme. */
export interface Ventilation {
  salaires: Decimal;
  primes: Decimal;
  charges: Record<Charge, Decimal>;
  salariales: Record<Organisme, Decimal>;
  patronales: Record<Organisme, Decimal>;
  pas: Decimal;
  net: Decimal;
}

const zeros = <K extends string>(cles: readonly K[]): Record<K, Decimal> => Object.fromEntries(cles.map((c) => [c, ZERO])) as Record<K, Decimal>;

export function ventiler(b: Bulletin, effectif: number): Ventilation {
  const charges = zeros(CHARGES);
  const salariales = zeros(ORGANISMES);
  const remuneration = b.lignes.filter((l) => l.groupe === "remuneration");
  const primes = somme(remuneration.filter(estPrime).map((l) => l.montantSalarial ?? ZERO));
  for (const l of b.lignes) {
    if (l.groupe === "remuneration") continue;
    if (l.code === "reduction-generale") {
      const agirc = partAgircReduction(b, effectif);
      charges.retraite = charges.retraite.minus(agirc);
      charges.urssaf = charges.urssaf.minus(b.totaux.reductionGenerale.minus(agirc));
      continue;
    }
    const charge = CHARGE_DE_LIGNE.get(l.code);
    if (!charge) {
      if ((l.montantSalarial ?? ZERO).isZero() && (l.montantPatronal ?? ZERO).isZero()) continue;
      throw erreurValeur(`Écriture de paie : la ligne « ${l.libelle} » n'a pas de compte prévu.`);
    }
    const organisme = ORGANISME_DE_CHARGE[charge];
    if (l.montantPatronal) charges[charge] = charges[charge].plus(l.montantPatronal);
    if (l.montantSalarial) salariales[organisme] = salariales[organisme].plus(l.montantSalarial);
  }
  const patronales = zeros(ORGANISMES);
  for (const c of CHARGES) patronales[ORGANISME_DE_CHARGE[c]] = patronales[ORGANISME_DE_CHARGE[c]].plus(charges[c]);
  return { salaires: b.totaux.brut.minus(primes), primes, charges, salariales, patronales, pas: b.totaux.impotSource, net: b.totaux.netPaye };
}

export interface LignePaie {
  numero: string;
  piece: string;
  date: Jour;
  compte: string;
  compteLibelle: string;
  libelle: string;
  debit?: Decimal;
  credit?: Decimal;
}

export interface EcriturePaie {
  lignes: LignePaie[];
  /** Σ débits = Σ crédits de l'écriture des salaires : la masse salariale brute. */
  totalSalaires: Decimal;
  /** Σ débits = Σ crédits de l'écriture des charges : les cotisations patronales après allègements. */
  totalCharges: Decimal;
}

/** Les deux écritures du mois pour les bulletins donnés (entreprise de `effectif` salariés). */
export function ecriturePaie(bulletins: readonly Bulletin[], effectif: number, p: Periode): EcriturePaie {
  const v = bulletins.map((b) => ventiler(b, effectif));
  const total = (f: (x: Ventilation) => Decimal) => somme(v.map(f));
  const code = `${p.annee}-${String(p.mois).padStart(2, "0")}`;
  const piece = `PAIE-${code}`;
  const date = dernierJour(p);
  const mois = periodeFr(p);
  // Un montant négatif (allègement plus fort que les charges du compte) passe de l'autre côté.
  const ligne = (n: 1 | 2, cle: keyof typeof COMPTES_PAIE, libelle: string, sens: "debit" | "credit", montant: Decimal): LignePaie[] => {
    if (montant.isZero()) return [];
    const cote = montant.isNeg() ? (sens === "debit" ? "credit" : "debit") : sens;
    return [{ numero: `${piece}-${n}`, piece, date, compte: COMPTES_PAIE[cle][0], compteLibelle: COMPTES_PAIE[cle][1], libelle, [cote]: montant.abs() }];
  };

  const salariales = (o: Organisme) => total((x) => x.salariales[o]);
  const salaires: LignePaie[] = [
    ...ligne(1, "salaires", `Salaires bruts ${mois}`, "debit", total((x) => x.salaires)),
    ...ligne(1, "primes", `Primes ${mois}`, "debit", total((x) => x.primes)),
    ...ligne(1, "secu", `Urssaf – part salariale ${mois}`, "credit", salariales("secu")),
    ...ligne(1, "agirc", `Agirc-Arrco – part salariale ${mois}`, "credit", salariales("agirc")),
    ...ligne(1, "mutuelleDette", `Mutuelle – part salariale ${mois}`, "credit", salariales("mutuelleDette")),
    ...ligne(1, "prevoyanceDette", `Prévoyance – part salariale ${mois}`, "credit", salariales("prevoyanceDette")),
    ...ligne(1, "pas", `Prélèvement à la source ${mois}`, "credit", total((x) => x.pas)),
    ...ligne(1, "remunerations", `Net à payer ${mois}`, "credit", total((x) => x.net)),
  ];
  const charges = Object.fromEntries(CHARGES.map((c) => [c, total((x) => x.charges[c])])) as Record<Charge, Decimal>;
  // La part Urssaf de l'allègement s'impute aussi sur le chômage (paie.md § 4.3) : ce qui dépasse les cotisations
  // du 6451 diminue le 6454 plutôt que de laisser un débit négatif.
  if (charges.urssaf.isNeg()) {
    charges.chomage = charges.chomage.plus(charges.urssaf);
    charges.urssaf = ZERO;
  }
  const charge = (c: Charge, libelle: string) => ligne(2, c, `${libelle} ${mois}`, "debit", charges[c]);
  const patronales = (o: Organisme, libelle: string) => ligne(2, o, `${libelle} – part patronale ${mois}`, "credit", total((x) => x.patronales[o]));
  const lignesCharges: LignePaie[] = [
    ...charge("urssaf", "Cotisations Urssaf"),
    ...charge("chomage", "Chômage et AGS"),
    ...charge("formation", "Formation professionnelle et taxe d'apprentissage"),
    ...charge("mobilite", "Versement mobilité"),
    ...charge("retraite", "Retraite complémentaire"),
    ...charge("mutuelle", "Complémentaire santé"),
    ...charge("prevoyance", "Prévoyance"),
    ...patronales("secu", "Urssaf"),
    ...patronales("agirc", "Agirc-Arrco"),
    ...patronales("mutuelleDette", "Mutuelle"),
    ...patronales("prevoyanceDette", "Prévoyance"),
  ];
  const totalSalaires = total((x) => x.salaires.plus(x.primes));
  const totalCharges = somme(bulletins.map((b) => b.totaux.cotisationsPatronales));
  const equilibre = (lignes: readonly LignePaie[]) => somme(lignes.map((l) => l.debit ?? ZERO)).eq(somme(lignes.map((l) => l.credit ?? ZERO)));
  if (!equilibre(salaires) || !equilibre(lignesCharges)) {
    throw erreurValeur("Écriture de paie déséquilibrée : un élément du bulletin (avantage en nature, acompte…) n'a pas de compte prévu.");
  }
  return { lignes: [...salaires, ...lignesCharges], totalSalaires, totalCharges };
}
