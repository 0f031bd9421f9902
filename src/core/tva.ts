/** TVA : montant de taxe, TTC, HT, et taux en vigueur. Arrondi au centime, demi-unité éloignée de zéro. */
import type Decimal from "decimal.js";
import { Dec, REGLE_ARRONDI, UN, arrondi, arrondiFr, enFrancais, exactFr, montantFr, tauxFr } from "./argent";
import { jourFr, lireDate, type Jour } from "./dates";
import { erreurValeur } from "./erreurs";
import { TAUX_TVA, type NatureTaux } from "./legislation/tva";
import { valeurAu } from "./legislation/parametres";
import { normaliserMotCle } from "./nombres";
import { TRACE_MUETTE, type Trace } from "./trace";


/** Montant de TVA sur un hors-taxes : arrondi(HT × taux). */
export function montantTva(ht: Decimal, taux: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const htArrondi = arrondi(ht);
  const brut = htArrondi.times(taux);
  const tva = arrondi(brut);
  trace.etape(() => `TVA = ${montantFr(htArrondi)} × ${tauxFr(taux)} = ${arrondiFr(brut)}`);
  if (!brut.eq(tva)) trace.regle(REGLE_ARRONDI);
  return tva;
}

/** TTC = HT + TVA, la TVA étant arrondie au centime : HT + TVA = TTC au centime près, toujours. */
export function ttc(ht: Decimal, taux: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const htArrondi = arrondi(ht);
  const tva = montantTva(htArrondi, taux, trace);
  const total = htArrondi.plus(tva);
  trace.etape(() => `TTC = HT + TVA = ${montantFr(htArrondi)} + ${montantFr(tva)} = ${montantFr(total)}`);
  return total;
}

/** HT = arrondi(TTC / (1 + taux)). */
export function ht(montantTtc: Decimal, taux: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const diviseur = UN.plus(taux);
  const brut = new Dec(montantTtc).div(diviseur);
  const resultat = arrondi(brut);
  trace.etape(() => `HT = TTC ÷ (1 + taux) = ${montantFr(montantTtc)} ÷ ${enFrancais(diviseur)} = ${brut.eq(resultat) ? exactFr(brut) : arrondiFr(brut)}`);
  if (!brut.eq(resultat)) trace.regle(REGLE_ARRONDI);
  trace.etape(() => `TVA comprise = TTC − HT = ${montantFr(montantTtc)} − ${montantFr(resultat)} = ${montantFr(new Dec(montantTtc).minus(resultat))}`);
  return resultat;
}

const NATURES: Record<string, NatureTaux> = {
  normal: "normal",
  intermediaire: "intermediaire",
  reduit: "reduit",
  particulier: "particulier",
  "super reduit": "particulier",
};

export function lireNature(texte: string): NatureTaux {
  const n = NATURES[normaliserMotCle(texte)];
  if (!n) {
    throw erreurValeur(`nature : « ${texte} » n'est pas une nature de taux de TVA (normal, intermédiaire, réduit ou particulier).`);
  }
  return n;
}

/** Taux de TVA d'une nature à une date (fraction). */
export function tauxTva(nature: NatureTaux, jour: Jour, trace: Trace = TRACE_MUETTE): Decimal {
  const p = TAUX_TVA[nature];
  const v = valeurAu(p, jour);
  const t = new Dec(v.valeur);
  trace.etape(`${p.libelle} au ${jourFr(jour)} : ${tauxFr(t)}`);
  trace.regle(`Source : ${v.source}, en vigueur depuis le ${jourFr(lireDate(v.depuis, "date d'effet"))}.`);
  return t;
}
