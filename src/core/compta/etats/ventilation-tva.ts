/**
 * Ventilation des ventes par taux de TVA pour la CA3 (comptabilite.md § 4.4, lignes 08, 9B, 09, T6 et E2), pièce par
 * pièce (écriture : journal et numéro). Pour chaque pièce qui mouvemente un compte 70, on cherche le taux de chacune
 * de ses lignes de vente (70 − 709, crédit − débit) à partir de sa TVA collectée (44571 + 4452, crédit − débit) :
 * (a) un taux légal r tel que arrondi(HT × r) retrouve la TVA de la pièce, à un centime près par ligne de TVA ;
 * (b) si la pièce a plusieurs lignes de vente (8 au plus), les répartitions des taux légaux entre ses lignes telles que
 *     Σ par taux de arrondi(base du taux × taux) = TVA de la pièce, au centime (TVA par taux, § 4.5) ;
 * la pièce est ventilée si (a) et (b) ne donnent ensemble qu'une seule répartition des bases par taux ; sinon
 * (c) elle reste « non ventilée » : l'appelant la compte au taux normal et la signale.
 * Une pièce de vente sans aucune ligne de TVA collectée (4457, 4452, ni TVA en attente 4458) est exonérée (ligne E2).
 */
import { tauxFr } from "../../argent";
import { centimesFr, type Centimes } from "../centimes";
import { cleEcriture, type LigneEcriture } from "../ecriture";

/** Lignes de taxation de la CA3, dans l'ordre du formulaire, et leur taux en dix-millièmes (20 % = 2 000) : calcul entier, exact. */
export const TAUX_CA3 = [
  { ligne: "08", libelle: `Taux normal ${tauxFr(0.2)}`, taux: 0.2, dixMillieme: 2000 },
  { ligne: "09", libelle: `Taux réduit ${tauxFr(0.055)}`, taux: 0.055, dixMillieme: 550 },
  { ligne: "9B", libelle: `Taux réduit ${tauxFr(0.1)}`, taux: 0.1, dixMillieme: 1000 },
  { ligne: "T6", libelle: `Taux de ${tauxFr(0.021)} (France continentale)`, taux: 0.021, dixMillieme: 210 },
] as const;
export type LigneTaux = (typeof TAUX_CA3)[number]["ligne"];

/** Nombre maximal de lignes de vente d'une pièce pour la recherche exhaustive (4^8 = 65 536 répartitions). */
export const LIGNES_VENTE_MAX = 8;

/** Montant × taux (dix-millièmes), arrondi à l'unité la plus proche, demi éloigné de zéro (centimes → centimes). */
export function appliquerTaux(montant: number, dixMillieme: number): number {
  return Math.sign(montant) * Math.floor((Math.abs(montant) * dixMillieme + 5000) / 10000);
}

export type Methode = "taux unique" | "combinaison" | "exoneree" | "non ventilee";

export interface PieceVentes {
  /** Référence affichée : la pièce justificative, à défaut le numéro d'écriture. */
  piece: string;
  methode: Methode;
  /** HT de la pièce (70 − 709, crédit − débit), en centimes. */
  ht: Centimes;
  /** TVA collectée de la pièce (44571 + 4452, crédit − débit), en centimes. */
  tva: Centimes;
  /** Bases HT par ligne de taux (pièces ventilées). */
  bases: Partial<Record<LigneTaux, Centimes>>;
  /** Pourquoi la pièce n'est pas ventilée. */
  motif?: string;
}

export interface VentilationVentes {
  /** Bases ventilées par ligne de taux, en centimes (sans les pièces non ventilées). */
  bases: Record<LigneTaux, Centimes>;
  /** Ventes des pièces sans TVA (ligne E2), en centimes. */
  exonere: Centimes;
  /** Ventes des pièces non ventilées, en centimes. */
  nonVentile: Centimes;
  pieces: PieceVentes[];
}

type Ligne = Pick<LigneEcriture, "journal" | "numero" | "piece" | "compte" | "debit" | "credit">;

const estVente = (compte: string) => compte.startsWith("70");
const estTvaCollectee = (compte: string) => compte.startsWith("44571") || compte.startsWith("4452");
const estTvaAFacturer = (compte: string) => compte.startsWith("4457") || compte.startsWith("4452") || compte.startsWith("4458");

/** Bases par ligne de taux (dans l'ordre de TAUX_CA3) d'une pièce entièrement à un taux. */
const aUnTaux = (ht: Centimes, ligne: LigneTaux): Centimes[] => TAUX_CA3.map((t) => (t.ligne === ligne ? ht : 0));

/**
 * Ajoute aux candidates (clé : bases par taux) les répartitions des lignes entre les taux légaux qui retrouvent la TVA
 * au centime ; s'arrête dès qu'il y a deux candidates distinctes.
 */
function combinaisons(montants: readonly Centimes[], tva: Centimes, candidates: Map<string, Centimes[]>): void {
  const n = montants.length;
  const k = TAUX_CA3.length;
  const bases = new Array<Centimes>(k).fill(0);
  const explorer = (i: number): boolean => {
    if (i === n) {
      let taxe = 0;
      for (let j = 0; j < k; j++) taxe += appliquerTaux(bases[j], TAUX_CA3[j].dixMillieme);
      if (taxe === tva) candidates.set(bases.join("|"), [...bases]);
      return candidates.size > 1;
    }
    for (let j = 0; j < k; j++) {
      bases[j] += montants[i];
      const arret = explorer(i + 1);
      bases[j] -= montants[i];
      if (arret) return true;
    }
    return false;
  };
  if (candidates.size < 2) explorer(0);
}

function ventilerPiece(piece: string, lignes: readonly Ligne[]): PieceVentes {
  const ventes = lignes.filter((l) => estVente(l.compte)).map((l) => l.credit - l.debit).filter((m) => m !== 0);
  const ht = ventes.reduce((s, m) => s + m, 0);
  const lignesTva = lignes.filter((l) => estTvaCollectee(l.compte));
  const tva = lignesTva.reduce((s, l) => s + l.credit - l.debit, 0);
  const base = { piece, ht, tva, bases: {} };
  if (!lignes.some((l) => estTvaAFacturer(l.compte))) return { ...base, methode: "exoneree" };
  if (tva === 0) return { ...base, methode: "non ventilee", motif: "TVA en attente (4458) ou nulle" };
  // (a) un taux unique, à un centime près par ligne de TVA.
  const tolerance = Math.max(lignesTva.length, 1);
  const candidates = new Map<string, Centimes[]>();
  for (const t of TAUX_CA3) {
    if (Math.abs(appliquerTaux(ht, t.dixMillieme) - tva) > tolerance) continue;
    const b = aUnTaux(ht, t.ligne);
    candidates.set(b.join("|"), b);
  }
  // (b) plusieurs lignes : les répartitions exactes s'ajoutent aux candidates ; une seule doit rester. Un taux unique
  // trouvé en (a) n'est pas retenu si une répartition mixte retrouve aussi la TVA (20 % et 2,1 % peuvent imiter 10 %).
  if (ventes.length > 1) {
    if (ventes.length > LIGNES_VENTE_MAX && candidates.size !== 1) return { ...base, methode: "non ventilee", motif: `plus de ${LIGNES_VENTE_MAX} lignes de vente` };
    if (ventes.length <= LIGNES_VENTE_MAX) combinaisons(ventes, tva, candidates);
  }
  if (candidates.size !== 1) {
    const motif = candidates.size
      ? ventes.length > 1 ? "plusieurs répartitions des taux possibles" : "plusieurs taux possibles"
      : ventes.length > 1 ? "aucune répartition des taux légaux ne retrouve la TVA de la pièce" : "aucun taux légal ne retrouve la TVA de la pièce";
    return { ...base, methode: "non ventilee", motif };
  }
  const [solution] = candidates.values();
  const bases: Partial<Record<LigneTaux, Centimes>> = {};
  TAUX_CA3.forEach((t, j) => {
    if (solution[j] !== 0) bases[t.ligne] = solution[j];
  });
  return { ...base, methode: solution.filter((b) => b !== 0).length > 1 ? "combinaison" : "taux unique", bases };
}

/** Ventile les ventes des lignes d'écriture de la période (il suffit des lignes des comptes 70, 445). */
export function ventilerVentes(lignes: Iterable<Ligne>): VentilationVentes {
  const parPiece = new Map<string, Ligne[]>();
  for (const l of lignes) {
    const cle = cleEcriture(l);
    const p = parPiece.get(cle);
    if (p) p.push(l);
    else parPiece.set(cle, [l]);
  }
  const resultat: VentilationVentes = { bases: { "08": 0, "9B": 0, "09": 0, T6: 0 }, exonere: 0, nonVentile: 0, pieces: [] };
  for (const ls of parPiece.values()) {
    if (!ls.some((l) => estVente(l.compte))) continue;
    const p = ventilerPiece(ls[0].piece || ls[0].numero, ls);
    if (p.ht === 0 && p.methode !== "combinaison") continue;
    resultat.pieces.push(p);
    if (p.methode === "exoneree") resultat.exonere += p.ht;
    else if (p.methode === "non ventilee") resultat.nonVentile += p.ht;
    else for (const [ligne, b] of Object.entries(p.bases) as [LigneTaux, Centimes][]) resultat.bases[ligne] += b;
  }
  return resultat;
}

/** « F2025-001, F2025-003 et 4 autres » : au plus `max` références. */
export function listePieces(refs: readonly string[], max = 6): string {
  if (refs.length <= max) return refs.join(", ");
  return `${refs.slice(0, max).join(", ")} et ${refs.length - max} autres`;
}

const METHODES: Record<"taux unique" | "combinaison", string> = {
  "taux unique": "au taux unique (arrondi(HT × taux) = TVA de la pièce)",
  combinaison: "par répartition des lignes de vente (Σ par taux de arrondi(base × taux) = TVA de la pièce)",
};

/** Comment la base d'un taux a été trouvée : « 160,20 € … ». */
export function origineBase(v: VentilationVentes, ligne: LigneTaux): string {
  const parties: string[] = [];
  for (const m of ["taux unique", "combinaison"] as const) {
    const pieces = v.pieces.filter((p) => p.methode === m && p.bases[ligne] !== undefined);
    if (!pieces.length) continue;
    const montant = pieces.reduce((s, p) => s + (p.bases[ligne] ?? 0), 0);
    parties.push(`${centimesFr(montant)} € de ${pieces.length} pièce${pieces.length > 1 ? "s" : ""} ${METHODES[m]} : ${listePieces(pieces.map((p) => p.piece))}`);
  }
  return parties.join(" ; ");
}
