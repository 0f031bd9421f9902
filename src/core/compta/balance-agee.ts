/**
 * Balance âgée des clients et des fournisseurs (comptabilite.md § 1.6) : à la date d'arrêté, les pièces non lettrées
 * de chaque tiers, ventilées selon leur retard = date d'arrêté − date d'échéance (jours calendaires) : non échu
 * (retard ≤ 0), 1–30, 31–60, 61–90, > 90 jours. Échéance : la colonne Échéance, sinon la date de la pièce (ou de
 * l'écriture). Montants dans le sens du tiers : clients débit − crédit (créance), fournisseurs crédit − débit
 * (dette) ; un avoir ou un règlement non lettré compte en négatif, à sa propre échéance.
 *
 * Une pièce est soldée à la date d'arrêté si elle appartient à un lettrage total (majuscules) dont toutes les
 * lignes sont datées au plus tard ce jour-là (et lettré ce jour-là au plus tard, si la date de lettrage est connue)
 * et qui se solde. Un lettrage partiel (minuscules) donne une seule pièce : son reste, à l'échéance de sa plus
 * grosse ligne du sens du reste. Ainsi Σ tranches d'un tiers = son solde à la date d'arrêté, exactement.
 */
import { ecartJours, jourFr, type Jour } from "../dates";
import { TRACE_MUETTE, type Trace } from "../trace";
import { centimesFr, type Centimes } from "./centimes";
import type { LigneEcriture } from "./ecriture";
import { cleLettrage, estPartiel } from "./lettrage-codes";
import { categorieTiers, estCompteTiers, type CategorieTiers } from "./lettrage";
import { cleJour } from "./periode";

export type { CategorieTiers };

export interface TrancheAgee {
  libelle: string;
  /** Retard maximal de la tranche, en jours (Infinity pour la dernière). */
  jusqua: number;
}

/** Les tranches du § 1.6. */
export const TRANCHES: readonly TrancheAgee[] = [
  { libelle: "non échu", jusqua: 0 },
  { libelle: "1–30", jusqua: 30 },
  { libelle: "31–60", jusqua: 60 },
  { libelle: "61–90", jusqua: 90 },
  { libelle: "> 90", jusqua: Infinity },
];

/** Index de la tranche d'un retard en jours. */
export const trancheDuRetard = (retard: number, tranches: readonly TrancheAgee[] = TRANCHES): number => tranches.findIndex((t) => retard <= t.jusqua);

export interface PieceOuverte {
  categorie: CategorieTiers;
  compte: string;
  tiers?: string;
  piece: string;
  libelle: string;
  date: Jour;
  echeance: Jour;
  /** Faux si l'échéance est la date de la pièce, faute de colonne Échéance renseignée. */
  echeanceLue: boolean;
  /** Montant dans le sens du tiers (client : D − C ; fournisseur : C − D). */
  montant: Centimes;
  /** Date d'arrêté − échéance, en jours. */
  retard: number;
  tranche: number;
  /** Code d'un lettrage partiel dont la pièce est le reste. */
  partiel?: string;
  /** Lignes du journal qui forment la pièce. */
  origines: number[];
}

export interface TiersAge {
  categorie: CategorieTiers;
  compte: string;
  tiers?: string;
  libelle: string;
  /** Montant par tranche, dans le sens du tiers. */
  tranches: Centimes[];
  total: Centimes;
  /** Solde du tiers à la date d'arrêté, débit − crédit (oracle des contrôles). */
  solde: Centimes;
}

export interface BalanceAgee {
  dateArrete: Jour;
  tranches: readonly TrancheAgee[];
  pieces: PieceOuverte[];
  tiers: TiersAge[];
  /** Totaux par tranche de chaque catégorie présente. */
  totaux: Partial<Record<CategorieTiers, Centimes[]>>;
  /** Pièces dont l'échéance est la date de la pièce (colonne Échéance vide). */
  sansEcheance: number;
  /** Lettrages totaux non soldés, laissés ouverts (la vérification du lettrage les détaille). */
  lettragesFaux: number;
  /** Lignes postérieures à la date d'arrêté, ignorées. */
  posterieures: number;
}

export interface OptionsBalanceAgee {
  dateArrete: Jour;
  compte?: (compte: string) => boolean;
  tranches?: readonly TrancheAgee[];
}

const sens = (categorie: CategorieTiers, l: Pick<LigneEcriture, "debit" | "credit">): Centimes => (categorie === "Clients" ? l.debit - l.credit : l.credit - l.debit);

const comparer = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function calculerBalanceAgee(lignes: readonly LigneEcriture[], options: OptionsBalanceAgee, trace: Trace = TRACE_MUETTE): BalanceAgee {
  const { dateArrete } = options;
  const tranches = options.tranches ?? TRANCHES;
  const retenir = options.compte ?? estCompteTiers;
  const arrete = cleJour(dateArrete);
  let posterieures = 0;

  // Lignes retenues, par compte (auxiliaire) puis par code de lettrage (majuscules et minuscules confondues).
  const parCompte = new Map<string, { lignes: LigneEcriture[]; codes: Map<string, LigneEcriture[]> }>();
  for (const l of lignes) {
    if (!retenir(l.compte)) continue;
    const k = cleLettrage(l);
    let c = parCompte.get(k);
    if (!c) parCompte.set(k, (c = { lignes: [], codes: new Map() }));
    const code = l.lettrage?.trim().toUpperCase();
    if (code) {
      const g = c.codes.get(code);
      if (g) g.push(l);
      else c.codes.set(code, [l]);
    }
    if (cleJour(l.date) > arrete) posterieures++;
    else c.lignes.push(l);
  }

  const pieces: PieceOuverte[] = [];
  const tiers: TiersAge[] = [];
  let sansEcheance = 0;
  let lettragesFaux = 0;
  const piece = (categorie: CategorieTiers, modele: LigneEcriture, montant: Centimes, origines: number[], partiel?: string): PieceOuverte => {
    const echeance = modele.echeance ?? modele.pieceDate ?? modele.date;
    if (!modele.echeance) sansEcheance++;
    const retard = ecartJours(echeance, dateArrete);
    const p: PieceOuverte = {
      categorie,
      compte: modele.compte,
      piece: modele.piece,
      libelle: modele.libelle,
      date: modele.date,
      echeance,
      echeanceLue: modele.echeance !== undefined,
      montant,
      retard,
      tranche: trancheDuRetard(retard, tranches),
      origines,
    };
    if (modele.tiers) p.tiers = modele.tiers;
    if (partiel) p.partiel = partiel;
    return p;
  };

  for (const [, c] of [...parCompte.entries()].sort(([a], [b]) => comparer(a, b))) {
    if (!c.lignes.length) continue;
    const l0 = c.lignes[0];
    // Un compte retenu hors 40 et 41 (option `compte`) se lit comme un compte client (débit − crédit).
    const categorie = categorieTiers(l0.compte) ?? "Clients";
    // Groupes soldés à la date d'arrêté (lettrage total, toutes lignes connues à cette date, Σ = 0).
    const soldees = new Set<LigneEcriture>();
    const partiels: LigneEcriture[][] = [];
    for (const groupe of c.codes.values()) {
      const connu = groupe.every((l) => cleJour(l.date) <= arrete && (!l.dateLettrage || cleJour(l.dateLettrage) <= arrete));
      const total = groupe.some((l) => !estPartiel(l.lettrage!.trim()));
      const s = groupe.reduce((t, l) => t + l.debit - l.credit, 0);
      if (total && s !== 0) lettragesFaux++;
      if (!connu) continue;
      if (s === 0) for (const l of groupe) soldees.add(l);
      else if (!total) partiels.push(groupe);
    }
    const dansPartiel = new Set(partiels.flat());
    const ouvertes: PieceOuverte[] = [];
    for (const l of c.lignes) {
      if (soldees.has(l) || dansPartiel.has(l) || l.debit === l.credit) continue;
      ouvertes.push(piece(categorie, l, sens(categorie, l), l.origine === undefined ? [] : [l.origine]));
    }
    for (const g of partiels) {
      const reste = g.reduce((t, l) => t + sens(categorie, l), 0);
      // La pièce de référence : la plus grosse ligne du sens du reste (la facture d'un acompte), la plus ancienne à égalité.
      const modele = [...g].filter((l) => Math.sign(sens(categorie, l)) === Math.sign(reste)).sort((a, b) => Math.abs(sens(categorie, b)) - Math.abs(sens(categorie, a)) || cleJour(a.date) - cleJour(b.date))[0];
      const origines = g.map((l) => l.origine).filter((o): o is number => o !== undefined);
      ouvertes.push(piece(categorie, modele, reste, origines, g[0].lettrage!.trim()));
    }
    const solde = c.lignes.reduce((t, l) => t + l.debit - l.credit, 0);
    if (!ouvertes.length && solde === 0) continue;
    ouvertes.sort((a, b) => cleJour(a.echeance) - cleJour(b.echeance) || (a.origines[0] ?? 0) - (b.origines[0] ?? 0));
    pieces.push(...ouvertes);
    const parTranche = tranches.map(() => 0);
    for (const p of ouvertes) parTranche[p.tranche] += p.montant;
    tiers.push({
      categorie,
      compte: l0.compte,
      ...(l0.tiers ? { tiers: l0.tiers } : {}),
      libelle: c.lignes.find((l) => l.tiersLibelle)?.tiersLibelle ?? "",
      tranches: parTranche,
      total: parTranche.reduce((a, b) => a + b, 0),
      solde,
    });
  }
  // Clients d'abord, puis fournisseurs.
  tiers.sort((a, b) => comparer(a.categorie, b.categorie));
  pieces.sort((a, b) => comparer(a.categorie, b.categorie));
  const totaux: Partial<Record<CategorieTiers, Centimes[]>> = {};
  for (const t of tiers) {
    const somme = (totaux[t.categorie] ??= tranches.map(() => 0));
    t.tranches.forEach((m, i) => (somme[i] += m));
  }

  trace.etape(`Balance âgée au ${jourFr(dateArrete)} : ${pieces.length} pièce${pieces.length > 1 ? "s" : ""} non lettrée${pieces.length > 1 ? "s" : ""}, ${tiers.length} tiers.`);
  for (const [categorie, t] of Object.entries(totaux)) {
    trace.etape(`${categorie} : ${tranches.map((x, i) => `${x.libelle} ${centimesFr(t[i])}`).join(" ; ")} ; total ${centimesFr(t.reduce((a, b) => a + b, 0))}.`);
  }
  trace.regle("Retard = date d'arrêté − date d'échéance (jours calendaires) ; tranches non échu (≤ 0), 1–30, 31–60, 61–90, > 90 (comptabilite.md § 1.6).");
  if (sansEcheance) trace.alerte(`${sansEcheance} pièce${sansEcheance > 1 ? "s" : ""} sans échéance : la date de la pièce sert d'échéance.`);
  return { dateArrete, tranches, pieces, tiers, totaux, sansEcheance, lettragesFaux, posterieures };
}
