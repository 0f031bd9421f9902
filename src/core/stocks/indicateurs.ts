/**
 * CUMP d'une liste d'entrées et indicateurs de gestion des stocks (comptabilite.md § 10.1 et § 10.2) :
 * stock d'alerte, quantité économique de Wilson, stock moyen, rotation.
 */
import type Decimal from "decimal.js";
import { Dec, arrondi, arrondiFr, enFrancais, montantFr, quotientFr, somme } from "../argent";
import { erreurDiv0, erreurNombre, erreurValeur } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";

/** Coût unitaire moyen pondéré Σ (quantité × prix) / Σ quantités, arrondi au centime (convention scolaire). */
export function cump(quantites: Decimal[], prix: Decimal[], trace: Trace = TRACE_MUETTE): Decimal {
  if (quantites.length !== prix.length) {
    throw erreurValeur(`quantites, prix : ${quantites.length} quantités et ${prix.length} prix ; il faut un prix par quantité.`);
  }
  quantites.forEach((q, i) => {
    if (q.isNeg()) throw erreurNombre(`quantites : la quantité n° ${i + 1} (${enFrancais(q)}) est négative.`);
    if (prix[i].isNeg()) throw erreurNombre(`prix : le prix n° ${i + 1} (${montantFr(prix[i])}) est négatif.`);
  });
  const total = somme(quantites);
  if (total.isZero()) throw erreurDiv0("quantites : la somme des quantités est nulle, pas de coût moyen.");
  const valeurs = quantites.map((q, i) => arrondi(q.times(prix[i])));
  const valeur = somme(valeurs);
  trace.etape(`Valeur = ${quantites.map((q, i) => `${enFrancais(q)} × ${montantFr(prix[i])}`).join(" + ")} = ${montantFr(valeur)}`);
  const brut = valeur.div(total);
  trace.etape(`CUMP = ${montantFr(valeur)} / ${enFrancais(total)} = ${arrondiFr(brut)}`);
  return arrondi(brut);
}

function positif(v: Decimal, champ: string, strict: boolean): void {
  if (v.isNeg() || (strict && v.isZero())) throw erreurNombre(`${champ} : ${enFrancais(v)} ; une valeur ${strict ? "strictement positive" : "positive"} est attendue.`);
}

/** Stock d'alerte (point de commande) = consommation journalière × délai de livraison + stock de sécurité. */
export function stockAlerte(consommation: Decimal, delai: Decimal, securite: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  positif(consommation, "consommation_journaliere", false);
  positif(delai, "delai_jours", false);
  positif(securite, "stock_securite", false);
  const r = consommation.times(delai).plus(securite);
  trace.etape(`Stock d'alerte = consommation × délai + sécurité = ${enFrancais(consommation)} × ${enFrancais(delai)} + ${enFrancais(securite)} = ${enFrancais(r)}`);
  return r;
}

/** Quantité économique de commande Q* = √(2 × D × Cp / Cs), non arrondie. */
export function wilson(demande: Decimal, coutCommande: Decimal, coutPossession: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  positif(demande, "demande_annuelle", true);
  positif(coutCommande, "cout_commande", true);
  positif(coutPossession, "cout_possession_unitaire", true);
  const carre = new Dec(2).times(demande).times(coutCommande).div(coutPossession);
  const q = carre.sqrt();
  trace.etape(`Q* = √(2 × ${enFrancais(demande)} × ${enFrancais(coutCommande)} / ${enFrancais(coutPossession)}) = √${quotientFr(carre)} = ${quotientFr(q)}`);
  const n = demande.div(q);
  trace.etape(`Nombre de commandes N* = D / Q* = ${quotientFr(n)} ; périodicité = 360 / N* = ${quotientFr(new Dec(360).div(n))} jours`);
  const cout = n.times(coutCommande).plus(q.div(2).times(coutPossession));
  trace.etape(`Coût de gestion = N* × Cp + Q*/2 × Cs = ${arrondiFr(n.times(coutCommande))} + ${arrondiFr(q.div(2).times(coutPossession))} = ${arrondiFr(cout)}`);
  if (!q.isInteger()) trace.regle("Quantités entières : arrondir Q* à l'unité supérieure (ARRONDI.SUP) ; N* se recalcule alors avec ce Q*.");
  return q;
}

/** Stock moyen = (stock initial + stock final) / 2. */
export function stockMoyen(initial: Decimal, final: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  positif(initial, "stock_initial", false);
  positif(final, "stock_final", false);
  const r = initial.plus(final).div(2);
  trace.etape(`Stock moyen = (${enFrancais(initial)} + ${enFrancais(final)}) / 2 = ${enFrancais(r)}`);
  return r;
}

/** Rotation = coût d'achat des marchandises vendues / stock moyen (au coût d'achat). */
export function rotation(camv: Decimal, initial: Decimal, final: Decimal, trace: Trace = TRACE_MUETTE): Decimal {
  positif(camv, "cout_achat_marchandises_vendues", false);
  const moyen = stockMoyen(initial, final, trace);
  if (moyen.isZero()) throw erreurDiv0("stock_initial, stock_final : le stock moyen est nul, la rotation n'a pas de sens.");
  const r = camv.div(moyen);
  trace.etape(`Rotation = CAMV / stock moyen = ${enFrancais(camv)} / ${enFrancais(moyen)} = ${quotientFr(r)}`);
  if (!r.isZero()) trace.etape(`Durée moyenne de stockage = 360 / rotation = ${quotientFr(new Dec(360).div(r))} jours (12 / rotation = ${quotientFr(new Dec(12).div(r))} mois)`);
  return r;
}
