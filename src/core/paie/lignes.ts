/**
 * Fabrication des lignes du bulletin et écriture de la trace. Chaque montant de ligne est `arrondi(base × taux)`
 * (paie.md § 0) ; la trace montre le calcul exact et l'arrondi. Les textes de trace ne sont construits que si la
 * trace enregistre : un calcul de masse (banc de 12 000 bulletins) ne formate rien.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, montantFr, quotientFr, somme, tauxFr } from "../argent";
import { TRACE_MUETTE, type Trace } from "../trace";
import type { Groupe, LigneBulletin } from "./types";

/** « 303,290038… → 303,29 » : valeur exacte (6 décimales au plus à l'affichage) puis son arrondi au centime. */
export function arrondiCourt(exact: Decimal): string {
  const r = arrondi(exact);
  return r.eq(exact) ? montantFr(r) : `${exact.decimalPlaces() <= 2 ? montantFr(exact) : quotientFr(exact)} → ${montantFr(r)}`;
}

/** Montant non arrondi affiché au centime, suivi de « … » s'il n'y tombe pas juste (5 469,10 ; 1 919,19…). */
export function montantApprocheFr(d: Decimal): string {
  const r = d.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return montantFr(r) + (r.minus(d).abs().lt("1e-20") ? "" : "…");
}

export function noter(trace: Trace, texte: () => string): void {
  if (trace !== TRACE_MUETTE) trace.etape(texte());
}

export function noterRegle(trace: Trace, texte: () => string): void {
  if (trace !== TRACE_MUETTE) trace.regle(texte());
}

export function alerter(trace: Trace, texte: string): void {
  trace.alerte(texte);
}

/** Ligne de cotisation : base arrondie au centime, montants arrondis ; un taux absent laisse la case vide. */
export function ligneCotisation(
  code: string,
  groupe: Groupe,
  libelle: string,
  base: Decimal,
  tauxSalarial: Decimal | null,
  tauxPatronal: Decimal | null,
  trace: Trace,
): LigneBulletin {
  const b = arrondi(base);
  const sal = tauxSalarial ? arrondi(b.times(tauxSalarial)) : null;
  const pat = tauxPatronal ? arrondi(b.times(tauxPatronal)) : null;
  noter(trace, () => {
    const parts: string[] = [];
    if (tauxSalarial) parts.push(`salarié ${montantFr(b)} × ${tauxFr(tauxSalarial)} = ${arrondiCourt(b.times(tauxSalarial))}`);
    if (tauxPatronal) parts.push(`employeur ${montantFr(b)} × ${tauxFr(tauxPatronal)} = ${arrondiCourt(b.times(tauxPatronal))}`);
    return `${libelle} : ${parts.join(" ; ")}`;
  });
  return { code, groupe, libelle, base: b, tauxSalarial, montantSalarial: sal, tauxPatronal, montantPatronal: pat };
}

/** Ligne de montants sans taux (forfait, exonération, gain). */
export function ligneMontants(
  code: string,
  groupe: Groupe,
  libelle: string,
  montants: { base?: Decimal | null; tauxSalarial?: Decimal | null; salarial?: Decimal | null; tauxPatronal?: Decimal | null; patronal?: Decimal | null },
): LigneBulletin {
  return {
    code,
    groupe,
    libelle,
    base: montants.base ?? null,
    tauxSalarial: montants.tauxSalarial ?? null,
    montantSalarial: montants.salarial ?? null,
    tauxPatronal: montants.tauxPatronal ?? null,
    montantPatronal: montants.patronal ?? null,
  };
}

export const salarial = (l: LigneBulletin): Decimal => l.montantSalarial ?? ZERO;
export const patronal = (l: LigneBulletin): Decimal => l.montantPatronal ?? ZERO;

/** Somme d'une colonne sur les lignes dont le code est dans la liste. */
export function sommeCodes(lignes: readonly LigneBulletin[], codes: readonly string[], colonne: (l: LigneBulletin) => Decimal): Decimal {
  return somme(lignes.filter((l) => codes.includes(l.code)).map(colonne));
}
