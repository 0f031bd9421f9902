/**
 * Conditions de paiement écrites en français : « 30 % comptant ; 70 % 30 jours fin de mois ».
 * Chaque part a un pourcentage et un terme ; les termes réutilisent les modes d'échéance du noyau (echeance.ts).
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, tauxFr } from "../argent";
import { erreurNombre, erreurValeur } from "../erreurs";
import { lireModeEcheance, type ModeEcheance } from "../echeance";
import { normaliserMotCle } from "../nombres";

export interface PartPaiement {
  /** Part du montant (fraction). */
  part: Decimal;
  /** Délai en jours (0 : comptant). */
  jours: number;
  mode: ModeEcheance;
  /** Le terme tel qu'écrit : « 30 jours fin de mois ». */
  terme: string;
}

export const TERMES_ACCEPTES =
  "« comptant », « à réception », « 30 jours » (date de facture + 30 jours), « 30 jours fin de mois », « fin de mois + 45 jours », « 30 jours fin de mois le 10 »";

const COMPTANT = new Set(["comptant", "au comptant", "a reception", "reception", "a la commande", "0 jour", "0 jours", "immediat"]);
const NET = new Set(["", "net", "date de facture", "date facture", "date d emission", "date de la facture", "de la facture"]);

/** Lit le terme d'une part : délai en jours et mode d'échéance. */
export function lireTerme(brut: string, champ: string): { jours: number; mode: ModeEcheance } {
  const n = normaliserMotCle(brut.replace(/'/g, " ")).replace(/^(a|payable a|payable|paiement a|paiement|regle a|soit)\s+/, "");
  if (COMPTANT.has(n)) return { jours: 0, mode: { genre: "net" } };
  let m = /^(\d+)\s*(?:jours?|j)\b\s*(.*)$/.exec(n);
  if (m) {
    const reste = m[2].trim();
    if (NET.has(reste)) return { jours: Number(m[1]), mode: { genre: "net" } };
    try {
      return { jours: Number(m[1]), mode: lireModeEcheance(reste) };
    } catch {
      // message commun ci-dessous
    }
  }
  m = /^(?:fin de mois|fin du mois|fdm)\s*(?:\+|plus|puis)?\s*(\d+)\s*(?:jours?|j)$/.exec(n);
  if (m) return { jours: Number(m[1]), mode: { genre: "finDeMoisPlusJours" } };
  throw erreurValeur(`${champ} : « ${brut.trim()} » n'est pas un terme de paiement. Termes acceptés : ${TERMES_ACCEPTES}.`);
}

/**
 * Lit des conditions de paiement : parts séparées par « ; » (ou un retour à la ligne), chacune « pourcentage terme ».
 * Une condition seule peut omettre son pourcentage (100 %). Les parts doivent faire exactement 100 %.
 */
export function lireConditions(texte: string, champ = "conditions"): PartPaiement[] {
  const morceaux = texte.split(/[;\n|]/).map((s) => s.trim()).filter((s) => s !== "");
  if (morceaux.length === 0) throw erreurValeur(`${champ} : les conditions de paiement sont vides (exemple : « 30 % comptant ; 70 % 30 jours fin de mois »).`);
  const parts = morceaux.map((morceau): PartPaiement => {
    const m = /^(\d+(?:[.,]\d+)?)\s*%\s*(.*)$/.exec(morceau.replace(/[\u00a0\u202f]/g, " "));
    if (!m) {
      if (morceaux.length > 1) throw erreurValeur(`${champ} : « ${morceau} » n'a pas de pourcentage ; écrivez par exemple « 70 % 30 jours fin de mois ».`);
      return { part: new Dec(1), terme: morceau, ...lireTerme(morceau, champ) };
    }
    const part = new Dec(m[1].replace(",", ".")).div(100);
    if (part.isZero()) throw erreurNombre(`${champ} : la part « ${morceau} » est nulle.`);
    return { part, terme: m[2].trim(), ...lireTerme(m[2], champ) };
  });
  const total = parts.reduce((s, p) => s.plus(p.part), ZERO);
  if (!total.eq(1)) throw erreurNombre(`${champ} : les parts font ${tauxFr(total)} au lieu de 100\u202f%.`);
  return parts;
}
