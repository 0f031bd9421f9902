/**
 * Pointage du relevé et du compte de banque (comptabilite.md § 7) : une opération du relevé et une ligne du 512 se
 * pointent si elles ont le même montant, au centime, en sens inverse (crédit du relevé ↔ débit du 512). On pointe
 * d'abord les paires qui partagent un numéro (chèque, référence), puis les autres par date la plus proche. Un même
 * numéro avec des montants différents n'est pas pointé : c'est une erreur de saisie probable, signalée.
 * Pour chaque opération du relevé seulement, une écriture est proposée, la contrepartie devinée d'après le libellé.
 */
import type { Centimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { libelleCompte } from "../../core/compta/pcg";
import { ecartJours } from "../../core/dates";
import { normaliserMotCle } from "../../core/nombres";
import type { OperationReleve } from "./rapprochement-releve";

export interface Paire {
  releve: OperationReleve;
  livre: LigneEcriture;
}

export interface Pointage {
  paires: Paire[];
  /** Opérations du relevé sans ligne au 512 : à comptabiliser. */
  releveSeul: OperationReleve[];
  /** Lignes du 512 absentes du relevé : chèques non encaissés, remises non créditées… */
  livresSeuls: LigneEcriture[];
  /** Même numéro, montants différents : « chèque n° 1001 : 1 320,00 dans le journal, 1 230,00 sur le relevé ». */
  suspects: { releve: OperationReleve; livre: LigneEcriture }[];
}

/** Montant signé du point de vue du 512 : + entrée d'argent, − sortie. */
export const montantReleve = (o: OperationReleve): Centimes => o.credit - o.debit;
export const montantLivre = (l: LigneEcriture): Centimes => l.debit - l.credit;

/** Les numéros de 3 chiffres ou plus d'un texte (n° de chèque, de remise, de facture). */
function numeros(...textes: string[]): Set<string> {
  const s = new Set<string>();
  for (const t of textes) for (const m of t.matchAll(/\d{3,}/g)) s.add(m[0].replace(/^0+/, ""));
  return s;
}

const partagent = (a: Set<string>, b: Set<string>): boolean => [...a].some((n) => b.has(n));

export function pointer(releve: readonly OperationReleve[], livres: readonly LigneEcriture[]): Pointage {
  const numerosReleve = releve.map((o) => numeros(o.libelle, o.reference));
  const numerosLivres = livres.map((l) => numeros(l.libelle, l.piece));
  const pris = new Set<number>();
  const apparie = new Map<number, number>();
  const choisir = (i: number, avecNumero: boolean): void => {
    const o = releve[i];
    let meilleur = -1;
    let distance = Infinity;
    livres.forEach((l, j) => {
      if (pris.has(j) || montantLivre(l) !== montantReleve(o)) return;
      if (avecNumero && !partagent(numerosReleve[i], numerosLivres[j])) return;
      const d = Math.abs(ecartJours(o.date, l.date));
      if (d < distance) {
        distance = d;
        meilleur = j;
      }
    });
    if (meilleur >= 0) {
      pris.add(meilleur);
      apparie.set(i, meilleur);
    }
  };
  releve.forEach((_, i) => choisir(i, true));
  releve.forEach((_, i) => apparie.has(i) || choisir(i, false));
  const paires = [...apparie.entries()].sort(([a], [b]) => a - b).map(([i, j]) => ({ releve: releve[i], livre: livres[j] }));
  const releveSeul = releve.filter((_, i) => !apparie.has(i));
  const livresSeuls = livres.filter((_, j) => !pris.has(j));
  const suspects: Pointage["suspects"] = [];
  for (const o of releveSeul) {
    const n = numeros(o.libelle, o.reference);
    const l = livresSeuls.find((x) => Math.sign(montantLivre(x)) === Math.sign(montantReleve(o)) && partagent(n, numeros(x.libelle, x.piece)));
    if (l) suspects.push({ releve: o, livre: l });
  }
  return { paires, releveSeul, livresSeuls, suspects };
}

/** Contreparties usuelles d'une opération de banque, reconnues au libellé (forme sans accents ni majuscules). */
const CONTREPARTIES: readonly [RegExp, string, "entree" | "sortie" | "les deux"][] = [
  [/agios|interets debiteurs/, "6616", "sortie"],
  [/interet/, "768", "entree"],
  [/frais|commission|tenue de compte|cotisation|carte bancaire|abonnement/, "627", "sortie"],
  [/assurance/, "616", "sortie"],
  [/loyer/, "613", "sortie"],
  [/electricite|energie|\bgaz\b|\beau\b/, "6061", "sortie"],
  [/telephone|internet|telecom|mobile/, "626", "sortie"],
  [/urssaf/, "431", "sortie"],
  [/salaire/, "421", "sortie"],
  [/vir|remise|client|cheque|versement|encaissement/, "411", "entree"],
  [/fournisseur|prlv|prelevement/, "401", "sortie"],
];

/** Le compte de contrepartie proposé pour une opération du relevé ; 471 (compte d'attente) si rien ne correspond. */
export function contrepartie(o: OperationReleve): { compte: string; libelle: string; devinee: boolean } {
  const t = normaliserMotCle(`${o.libelle} ${o.reference}`);
  const sens = montantReleve(o) > 0 ? "entree" : "sortie";
  const r = CONTREPARTIES.find(([motif, , s]) => (s === "les deux" || s === sens) && motif.test(t));
  const compte = r?.[1] ?? "471";
  return { compte, libelle: libelleCompte(compte) ?? "", devinee: r !== undefined };
}
