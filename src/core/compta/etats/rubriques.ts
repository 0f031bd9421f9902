/**
 * Briques communes des états de synthèse (comptabilite.md § 3) : un poste se calcule à partir des soldes d'une
 * sélection de comptes (par préfixe, avec exclusions), pris dans le sens normal du poste (D : débit − crédit pour une
 * charge ou un actif ; C : crédit − débit pour un produit ou un passif). Chaque poste garde la trace de sa formule.
 */
import { centimesFr, type Centimes } from "../centimes";

/** Les totaux par compte d'une balance (LigneBalance ou toute ligne de même forme). */
export interface SoldeCompte {
  compte: string;
  debit: Centimes;
  credit: Centimes;
}
export type SoldesComptes = readonly SoldeCompte[];

/** Sens dans lequel on lit le solde d'un poste. */
export type Sens = "D" | "C";

/** Une sélection de comptes : préfixes retenus, préfixes exclus. */
export interface Selection {
  comptes: readonly string[];
  sauf?: readonly string[];
}

/** Un poste d'un état : code court, intitulé français, montant en centimes, formule lisible. */
export interface Poste {
  code: string;
  libelle: string;
  montant: Centimes;
  /** Comment le montant est construit : « 707 + 7097 (crédit − débit) = 180 000,00 ». */
  detail: string;
}

/** Vrai si le compte commence par un des préfixes et par aucun des exclus. */
export function dansSelection(compte: string, s: Selection): boolean {
  return s.comptes.some((p) => compte.startsWith(p)) && !(s.sauf ?? []).some((p) => compte.startsWith(p));
}

/** Σ des soldes des comptes sélectionnés, lus dans le sens `sens`. */
export function soldeSelection(balance: SoldesComptes, s: Selection, sens: Sens): Centimes {
  let total = 0;
  for (const c of balance) if (dansSelection(c.compte, s)) total += sens === "D" ? c.debit - c.credit : c.credit - c.debit;
  return total;
}

/** « 707, 7097 » ou « 70 sauf 707, 7097 ». */
export function selectionFr(s: Selection): string {
  return `${s.comptes.join(", ")}${s.sauf?.length ? ` sauf ${s.sauf.join(", ")}` : ""}`;
}

/** Poste lu dans la balance : montant et formule. */
export function poste(balance: SoldesComptes, code: string, libelle: string, s: Selection, sens: Sens): Poste {
  const montant = soldeSelection(balance, s, sens);
  return { code, libelle, montant, detail: `${selectionFr(s)} (${sens === "D" ? "débit − crédit" : "crédit − débit"}) = ${centimesFr(montant)}` };
}

/** Un terme d'une somme de postes : le poste et son signe. */
export type Terme = readonly [signe: 1 | -1, p: Poste];

/** Poste calculé : Σ ± d'autres postes, avec la formule écrite en mots et en chiffres. */
export function combiner(code: string, libelle: string, termes: readonly Terme[]): Poste {
  let montant = 0;
  const mots: string[] = [];
  const chiffres: string[] = [];
  termes.forEach(([signe, p], i) => {
    montant += signe * p.montant;
    const op = i === 0 ? (signe < 0 ? "− " : "") : signe < 0 ? " − " : " + ";
    mots.push(`${op}${p.libelle.toLowerCase()}`);
    const v = centimesFr(p.montant);
    chiffres.push(`${op}${p.montant < 0 && i > 0 ? `(${v})` : v}`);
  });
  return { code, libelle, montant, detail: `${mots.join("")} = ${chiffres.join("")} = ${centimesFr(montant)}` };
}

/** Comptes de gestion (classes 6 et 7) non couverts par les sélections d'un état : à signaler. */
export function comptesNonClasses(balance: SoldesComptes, selections: readonly Selection[]): string[] {
  return balance
    .filter((c) => (c.compte.startsWith("6") || c.compte.startsWith("7")) && c.debit !== c.credit)
    .filter((c) => !selections.some((s) => dansSelection(c.compte, s)))
    .map((c) => c.compte);
}
