/**
 * Codes de lettrage (comptabilite.md § 1.5) : suite bijective en base 26, par compte (auxiliaire) :
 * A, B, …, Z, AA, AB, …, AZ, BA, …, ZZ, AAA… (A = 1, Z = 26, AA = 27). Majuscules : lettrage total (groupe soldé) ;
 * minuscules : lettrage partiel (groupe non soldé). Le code suivant = plus grand code utilisé + 1 : un code libéré
 * n'est jamais réutilisé. Et la vérification d'un lettrage existant : un code total dont les lignes ne se soldent pas.
 */
import { centimesFr } from "./centimes";
import { totauxLignes, type LigneEcriture } from "./ecriture";

const LETTRES = /^[A-Za-z]+$/;

/** Rang d'un code : « A » → 1, « Z » → 26, « AA » → 27, « ab » → 28 ; undefined si ce n'est pas un code de lettres. */
export function rangCode(code: string): number | undefined {
  if (!LETTRES.test(code)) return undefined;
  let rang = 0;
  for (const c of code.toUpperCase()) rang = rang * 26 + (c.charCodeAt(0) - 64);
  return rang;
}

/** Code d'un rang (≥ 1) : 1 → « A », 27 → « AA », 703 → « AAA ». */
export function codeDeRang(rang: number): string {
  if (!Number.isInteger(rang) || rang < 1) throw new RangeError(`Rang de code de lettrage impossible : ${rang}`);
  let code = "";
  let n = rang;
  while (n > 0) {
    const r = (n - 1) % 26;
    code = String.fromCharCode(65 + r) + code;
    n = (n - 1 - r) / 26;
  }
  return code;
}

/** Un code partiel s'écrit en minuscules (« ab ») ; tout autre code (« AB », « 12 ») est un lettrage total. */
export const estPartiel = (code: string): boolean => code !== code.toUpperCase();

/** Clé du compte lettré : le compte et son tiers (compte auxiliaire) ; les codes sont propres à chaque clé. */
export const cleLettrage = (l: Pick<LigneEcriture, "compte" | "tiers">): string => `${l.compte}\u0000${l.tiers ?? ""}`;

/** « compte 411000, tiers C0042 » ou « compte 512000 ». */
export const compteFr = (l: Pick<LigneEcriture, "compte" | "tiers">): string => `compte ${l.compte}${l.tiers ? `, tiers ${l.tiers}` : ""}`;

/** « lignes 4, 9 et 12 » (numéros de ligne de la feuille ou du fichier). */
export function lignesFr(origines: readonly (number | undefined)[]): string {
  const n = origines.filter((o): o is number => o !== undefined);
  if (n.length === 0) return "";
  if (n.length === 1) return `ligne ${n[0]}`;
  return `lignes ${n.slice(0, -1).join(", ")} et ${n[n.length - 1]}`;
}

/** Plus grand rang de code utilisé par compte (clé `cleLettrage`), majuscules et minuscules confondues. */
export function rangsUtilises(lignes: Iterable<LigneEcriture>): Map<string, number> {
  const max = new Map<string, number>();
  for (const l of lignes) {
    if (!l.lettrage) continue;
    const r = rangCode(l.lettrage);
    if (r === undefined) continue;
    const k = cleLettrage(l);
    if (r > (max.get(k) ?? 0)) max.set(k, r);
  }
  return max;
}

/** Un défaut du lettrage existant : il nomme le compte, le code et les lignes. */
export interface AnomalieLettrage {
  compte: string;
  tiers?: string;
  code: string;
  origines: number[];
  /** Vraie erreur (groupe total non soldé) ; sinon une remarque (partiel soldé, casse mélangée). */
  erreur: boolean;
  message: string;
}

/** Groupes de lignes d'un lettrage existant, par compte et par code (le même code en majuscules ou minuscules). */
export function groupesExistants(lignes: Iterable<LigneEcriture>): Map<string, Map<string, LigneEcriture[]>> {
  const parCompte = new Map<string, Map<string, LigneEcriture[]>>();
  for (const l of lignes) {
    const code = l.lettrage?.trim();
    if (!code) continue;
    const k = cleLettrage(l);
    let parCode = parCompte.get(k);
    if (!parCode) parCompte.set(k, (parCode = new Map()));
    const c = code.toUpperCase();
    const g = parCode.get(c);
    if (g) g.push(l);
    else parCode.set(c, [l]);
  }
  return parCompte;
}

/**
 * Vérifie le lettrage déjà saisi : un code total (majuscules) dont Σ débits ≠ Σ crédits est une erreur qui nomme ses
 * lignes ; un code partiel (minuscules) soldé, ou un code écrit dans les deux casses, est signalé.
 */
export function verifierLettrage(lignes: Iterable<LigneEcriture>): AnomalieLettrage[] {
  const anomalies: AnomalieLettrage[] = [];
  for (const parCode of groupesExistants(lignes).values()) {
    for (const groupe of parCode.values()) {
      const l0 = groupe[0];
      const codes = [...new Set(groupe.map((l) => l.lettrage!.trim()))];
      const origines = groupe.map((l) => l.origine).filter((o): o is number => o !== undefined);
      const { debit, credit } = totauxLignes(groupe);
      const base = { compte: l0.compte, ...(l0.tiers ? { tiers: l0.tiers } : {}), origines };
      const ou = `${compteFr(l0)[0].toUpperCase()}${compteFr(l0).slice(1)}`;
      const lesLignes = lignesFr(origines);
      const total = codes.some((c) => !estPartiel(c));
      if (total && debit !== credit) {
        const code = codes.find((c) => !estPartiel(c))!;
        anomalies.push({
          ...base,
          code,
          erreur: true,
          message: `${ou} : le lettrage « ${code} » n'est pas soldé (débit ${centimesFr(debit)}, crédit ${centimesFr(credit)}, écart ${centimesFr(Math.abs(debit - credit))})${lesLignes ? ` : ${lesLignes}` : ""}. Un code en majuscules exige Σ débits = Σ crédits ; écrivez-le en minuscules s'il s'agit d'un lettrage partiel.`,
        });
      } else if (codes.length > 1) {
        anomalies.push({
          ...base,
          code: codes[0],
          erreur: false,
          message: `${ou} : le lettrage « ${codes[0].toUpperCase()} » est écrit tantôt en majuscules, tantôt en minuscules (${codes.map((c) => `« ${c} »`).join(", ")}${lesLignes ? `, ${lesLignes}` : ""}) : un même groupe est soit total (majuscules), soit partiel (minuscules).`,
        });
      } else if (!total && debit === credit) {
        anomalies.push({
          ...base,
          code: codes[0],
          erreur: false,
          message: `${ou} : le lettrage partiel « ${codes[0]} » est soldé (${centimesFr(debit)} au débit et au crédit)${lesLignes ? `, ${lesLignes}` : ""} : écrivez-le en majuscules (« ${codes[0].toUpperCase()} »).`,
        });
      }
    }
  }
  return anomalies.sort((a, b) => (a.origines[0] ?? Infinity) - (b.origines[0] ?? Infinity));
}
