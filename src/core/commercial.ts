/**
 * Calculs commerciaux (comptabilite.md § 5.1 et § 11.1) : réductions en cascade, escompte,
 * marge, taux de marge et de marque, coefficient multiplicateur, prix de vente.
 * Montants au centime, demi-unité éloignée de zéro ; les taux ne sont jamais arrondis.
 */
import type Decimal from "decimal.js";
import { REGLE_ARRONDI, UN, arrondi, arrondiFr, enFrancais, exactFr, montantFr, quotientFr, tauxFr } from "./argent";
import { erreurDiv0, erreurNombre, erreurValeur } from "./erreurs";
import { normaliserMotCle } from "./nombres";
import { TRACE_MUETTE, type Trace } from "./trace";
import { ttc } from "./tva";


/** Arrondit un montant donné au centime et le signale dans la trace s'il en avait besoin. */
function montantAuCentime(montant: Decimal, libelle: string, trace: Trace): Decimal {
  const m = arrondi(montant);
  if (!m.eq(montant)) trace.etape(`${libelle} arrondi au centime : ${enFrancais(montant)} → ${montantFr(m)}`);
  return m;
}

/** Une réduction (remise, remise globale, escompte) : montant = arrondi(base × taux), net = base − montant. */
export interface Reduction {
  taux: Decimal;
  base: Decimal;
  /** base × taux avant arrondi. */
  exact: Decimal;
  montant: Decimal;
  net: Decimal;
}

/**
 * Le montant de la réduction est arrondi, comme tout montant affiché sur la facture (comptabilite.md § 0),
 * et le net en est la différence : base = réduction + net exactement. Règle commune à AGORA.NET.COMMERCIAL,
 * AGORA.NET.FINANCIER et AGORA.FACTURE.
 */
export function reduire(base: Decimal, taux: Decimal): Reduction {
  const exact = base.times(taux);
  const montant = arrondi(exact);
  return { taux, base, exact, montant, net: base.minus(montant) };
}

function reduction(libelle: string, libelleNet: string, base: Decimal, taux: Decimal, trace: Trace): Decimal {
  const r = reduire(base, taux);
  trace.etape(`${libelle} = ${montantFr(base)} × ${tauxFr(taux)} = ${arrondiFr(r.exact)}`);
  trace.etape(`${libelleNet} = ${montantFr(base)} − ${montantFr(r.montant)} = ${montantFr(r.net)}`);
  return r.net;
}

function verifierTauxReduction(t: Decimal, champ: string): void {
  if (t.isNeg() && !t.isZero()) throw erreurNombre(`${champ} : le taux ${tauxFr(t)} est négatif.`);
  if (t.gt(1)) throw erreurNombre(`${champ} : le taux ${tauxFr(t)} dépasse 100\u202f%.`);
}

/**
 * Net commercial : chaque remise s'applique au net précédent, arrondi au centime à chaque étape
 * (comptabilite.md § 5.1 : 450,00 → 10 % → 405,00 → 5 % → 384,75), jamais en additionnant les taux.
 */
export function netCommercial(brut: Decimal, remises: readonly Decimal[], trace: Trace = TRACE_MUETTE): Decimal {
  remises.forEach((r, i) => verifierTauxReduction(r, `remise${i + 1}`));
  let net = montantAuCentime(brut, "Prix brut", trace);
  remises.forEach((r, i) => {
    net = reduction(`Remise ${i + 1}`, `Net après remise ${i + 1}`, net, r, trace);
  });
  if (remises.length > 1) trace.regle("Remises en cascade : chaque taux s'applique au net précédent, les taux ne s'additionnent pas.");
  trace.regle(REGLE_ARRONDI);
  return net;
}

/** Net financier : net commercial − escompte, l'escompte étant arrondi au centime (comptabilite.md § 5.1, § 5.2). */
export function netFinancier(net: Decimal, tauxEscompte: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  verifierTauxReduction(tauxEscompte, "taux_escompte");
  const base = montantAuCentime(net, "Net commercial", trace);
  const resultat = reduction("Escompte", "Net financier", base, tauxEscompte, trace);
  trace.regle(`L'escompte se calcule sur le net commercial, après les remises. ${REGLE_ARRONDI}`);
  return resultat;
}

/** Marge brute = PV HT − coût d'achat HT. Une marge négative est rendue, avec une alerte. */
export function marge(pvHt: Decimal, cout: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const m = pvHt.minus(cout);
  trace.etape(`Marge = PV HT − coût d'achat HT = ${exactFr(pvHt)} − ${exactFr(cout)} = ${exactFr(m)}`);
  if (m.isNeg() && !m.isZero()) trace.alerte("marge négative : le prix de vente est inférieur au coût d'achat.");
  return m;
}

function quotientTaux(libelle: string, formule: string, numerateur: Decimal, denominateur: Decimal, trace: Trace): Decimal {
  const t = numerateur.div(denominateur);
  trace.etape(`${libelle} = ${formule} = ${exactFr(numerateur)} ÷ ${exactFr(denominateur)} = ${quotientFr(t)} (${tauxFr(t)})`);
  return t;
}

/** Taux de marge = marge / coût d'achat HT (fraction non arrondie, peut dépasser 100 %). */
export function tauxMarge(pvHt: Decimal, cout: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  if (cout.isZero()) throw erreurDiv0("cout : le coût d'achat est nul, le taux de marge (marge ÷ coût) n'est pas défini.");
  const m = marge(pvHt, cout, trace);
  return quotientTaux("Taux de marge", "marge ÷ coût d'achat HT", m, cout, trace);
}

/** Taux de marque = marge / PV HT (fraction non arrondie). */
export function tauxMarque(pvHt: Decimal, cout: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  if (pvHt.isZero()) throw erreurDiv0("prix_vente_ht : le prix de vente est nul, le taux de marque (marge ÷ prix de vente) n'est pas défini.");
  const m = marge(pvHt, cout, trace);
  return quotientTaux("Taux de marque", "marge ÷ PV HT", m, pvHt, trace);
}

/** Coefficient multiplicateur HT → TTC = PV TTC / coût d'achat HT (comptabilite.md § 11.1 : 144 / 80 = 1,8). */
export function coefMultiplicateur(pvTtc: Decimal, coutHt: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  if (coutHt.isZero()) throw erreurDiv0("cout_achat_ht : le coût d'achat est nul, le coefficient multiplicateur n'est pas défini.");
  const cm = pvTtc.div(coutHt);
  trace.etape(`Coefficient multiplicateur (HT → TTC) = PV TTC ÷ coût d'achat HT = ${exactFr(pvTtc)} ÷ ${exactFr(coutHt)} = ${quotientFr(cm)}`);
  trace.regle("Avec le prix de vente HT au lieu du TTC, on obtient le coefficient HT → HT (= 1 + taux de marge).");
  return cm;
}

/** Ce que le taux donné à PV.HT mesure : la marge rapportée au coût, ou rapportée au prix de vente. */
export type BasePrix = "marge" | "marque";

export function lireBasePrix(texte: string): BasePrix {
  const n = normaliserMotCle(texte).replace(/^taux (de )?/, "");
  if (n === "marge" || n === "marque") return n;
  throw erreurValeur(`base : « ${texte} » n'est pas une base de calcul (« marge » : taux rapporté au coût ; « marque » : taux rapporté au prix de vente).`);
}

/** Au-delà de 1 000 %, un taux de marge est plus probablement un pourcentage saisi comme un nombre (50 pour 50 %). */
const TAUX_MARGE_SUSPECT = 10;

/** PV HT au centime : coût × (1 + taux de marge), ou coût ÷ (1 − taux de marque). */
export function prixVenteHt(cout: Decimal, taux: Decimal, base: BasePrix, trace: Trace = TRACE_MUETTE): Decimal {
  if (taux.isNeg() && !taux.isZero()) throw erreurNombre(`taux : le taux de ${base} ${tauxFr(taux)} est négatif.`);
  let brut: Decimal;
  let formule: string;
  if (base === "marge") {
    if (taux.gt(TAUX_MARGE_SUSPECT)) {
      trace.alerte(`taux de marge de ${tauxFr(taux)} : un nombre est lu comme une fraction (0,5 = 50\u202f%) ; pour 50\u202f%, écrivez 50\u202f% ou 0,5.`);
    }
    brut = cout.times(UN.plus(taux));
    formule = `coût d'achat × (1 + taux de marge) = ${exactFr(cout)} × (1 + ${tauxFr(taux)})`;
  } else {
    if (taux.gte(1)) {
      throw erreurNombre(`taux : un taux de marque de ${tauxFr(taux)} est impossible, il doit rester inférieur à 100\u202f% (la marge est une partie du prix de vente).`);
    }
    brut = cout.div(UN.minus(taux));
    formule = `coût d'achat ÷ (1 − taux de marque) = ${exactFr(cout)} ÷ (1 − ${tauxFr(taux)})`;
  }
  const pv = arrondi(brut);
  trace.etape(`PV HT = ${formule} = ${brut.eq(pv) ? montantFr(pv) : `${quotientFr(brut)} → ${montantFr(pv)}`}`);
  if (!brut.eq(pv)) trace.regle(REGLE_ARRONDI);
  return pv;
}

/** PV TTC : PV HT arrondi au centime (taux de marge), puis TTC = HT + TVA arrondie (même calcul que AGORA.TTC). */
export function prixVenteTtc(cout: Decimal, tauxDeMarge: Decimal, tauxTva: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  const pvHt = prixVenteHt(cout, tauxDeMarge, "marge", trace);
  return ttc(pvHt, tauxTva, trace);
}
