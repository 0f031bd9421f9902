/**
 * Fiche de stock (comptabilite.md § 10.1) : CUMP après chaque entrée, CUMP de période, ou PEPS.
 * Montants au centime ; CUMP arrondi au centime et réutilisé arrondi (convention scolaire) ; stock négatif interdit.
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, arrondiFr, enFrancais, montantFr, somme } from "../argent";
import type { Jour } from "../dates";
import { erreurDiv0, erreurNombre, erreurValeur } from "../erreurs";
import { normaliserMotCle } from "../nombres";
import { TRACE_MUETTE, type Trace } from "../trace";
import type { Mouvement } from "./mouvements";

export type MethodeStock = "cump" | "cumpPeriode" | "peps";

export const METHODES_ACCEPTEES = "« CUMP » (après chaque entrée, par défaut), « CUMP période » ou « PEPS »";

export function lireMethode(texte: string | undefined, champ = "methode"): MethodeStock {
  if (texte === undefined) return "cump";
  const n = normaliserMotCle(texte).replace(/[.,()]/g, "").replace(/\s+/g, " ");
  if (["cump", "cump apres chaque entree", "cump chaque entree", "cmup", "cout moyen"].includes(n)) return "cump";
  if (["cump periode", "cump de periode", "cump fin de periode", "cump de fin de periode", "cump periodique"].includes(n)) return "cumpPeriode";
  if (["peps", "fifo", "premier entre premier sorti"].includes(n)) return "peps";
  throw erreurValeur(`${champ} : « ${texte} » n'est pas une méthode de valorisation. Méthodes acceptées : ${METHODES_ACCEPTEES}. (DEPS/LIFO est interdit en France.)`);
}

export interface Valeur {
  quantite: Decimal;
  prix?: Decimal;
  montant?: Decimal;
}

export interface LigneFiche {
  date?: Jour;
  libelle: string;
  entree?: Valeur;
  sortie?: Valeur;
  /** Stock après le mouvement ; absent sur les lignes intermédiaires d'une sortie PEPS qui prend plusieurs lots. */
  stock?: Valeur;
}

export interface FicheStock {
  methode: MethodeStock;
  lignes: LigneFiche[];
  totalEntrees: Decimal;
  totalSorties: Decimal;
  stockFinal: { quantite: Decimal; valeur: Decimal };
}

const qte = (d: Decimal): string => enFrancais(d);

function verifierStock(m: Mouvement, stock: Decimal): void {
  if (m.quantite.gt(stock)) {
    throw erreurNombre(`mouvements, ligne ${m.ligne} : sortie de ${qte(m.quantite)} pour un stock de ${qte(stock)} ; le stock ne peut pas devenir négatif.`);
  }
}

const nom = (m: Mouvement): string => m.libelle || (m.genre === "entree" ? "Entrée" : "Sortie");

function ficheCump(mouvements: Mouvement[], trace: Trace): LigneFiche[] {
  let q = ZERO;
  let cump = ZERO;
  return mouvements.map((m): LigneFiche => {
    if (m.genre === "entree") {
      const montant = arrondi(m.quantite.times(m.prix!));
      const valeurAvant = arrondi(q.times(cump));
      q = q.plus(m.quantite);
      if (q.isZero()) throw erreurDiv0(`mouvements, ligne ${m.ligne} : stock nul, pas de CUMP.`);
      const brut = valeurAvant.plus(montant).div(q);
      cump = arrondi(brut);
      trace.etape(`Ligne ${m.ligne}, ${nom(m)} : CUMP = (${montantFr(valeurAvant)} + ${montantFr(montant)}) / ${qte(q)} = ${arrondiFr(brut)}`);
      return { date: m.date, libelle: nom(m), entree: { quantite: m.quantite, prix: m.prix, montant }, stock: { quantite: q, prix: cump, montant: arrondi(q.times(cump)) } };
    }
    verifierStock(m, q);
    const montant = arrondi(m.quantite.times(cump));
    q = q.minus(m.quantite);
    trace.etape(`Ligne ${m.ligne}, ${nom(m)} : ${qte(m.quantite)} × ${montantFr(cump)} = ${montantFr(montant)} ; reste ${qte(q)}`);
    return { date: m.date, libelle: nom(m), sortie: { quantite: m.quantite, prix: cump, montant }, stock: { quantite: q, prix: cump, montant: arrondi(q.times(cump)) } };
  });
}

function ficheCumpPeriode(mouvements: Mouvement[], trace: Trace): LigneFiche[] {
  const entrees = mouvements.filter((m) => m.genre === "entree");
  const quantites = somme(entrees.map((m) => m.quantite));
  const valeurs = somme(entrees.map((m) => arrondi(m.quantite.times(m.prix!))));
  if (quantites.isZero()) throw erreurDiv0("mouvements : aucune quantité entrée, pas de CUMP de période.");
  const brut = valeurs.div(quantites);
  const cump = arrondi(brut);
  trace.etape(`CUMP de période = (stock initial + entrées) / quantités = ${montantFr(valeurs)} / ${qte(quantites)} = ${arrondiFr(brut)}`);
  let q = ZERO;
  const lignes = mouvements.map((m): LigneFiche => {
    if (m.genre === "entree") {
      q = q.plus(m.quantite);
      return { date: m.date, libelle: nom(m), entree: { quantite: m.quantite, prix: m.prix, montant: arrondi(m.quantite.times(m.prix!)) }, stock: { quantite: q } };
    }
    verifierStock(m, q);
    q = q.minus(m.quantite);
    const montant = arrondi(m.quantite.times(cump));
    trace.etape(`Ligne ${m.ligne}, ${nom(m)} : ${qte(m.quantite)} × ${montantFr(cump)} = ${montantFr(montant)}`);
    return { date: m.date, libelle: nom(m), sortie: { quantite: m.quantite, prix: cump, montant }, stock: { quantite: q } };
  });
  const derniere = lignes[lignes.length - 1];
  derniere.stock = { quantite: q, prix: cump, montant: arrondi(q.times(cump)) };
  trace.etape(`Stock final = ${qte(q)} × ${montantFr(cump)} = ${montantFr(derniere.stock.montant!)}`);
  return lignes;
}

interface Lot {
  quantite: Decimal;
  prix: Decimal;
}

function fichePeps(mouvements: Mouvement[], trace: Trace): LigneFiche[] {
  const lots: Lot[] = [];
  const stock = (): Valeur => {
    const quantite = somme(lots.map((l) => l.quantite));
    return { quantite, prix: lots.length === 1 ? lots[0].prix : undefined, montant: arrondi(somme(lots.map((l) => l.quantite.times(l.prix)))) };
  };
  const decrireLots = (): string => (lots.length ? lots.map((l) => `${qte(l.quantite)} à ${montantFr(l.prix)}`).join(" + ") : "vide");
  const lignes: LigneFiche[] = [];
  for (const m of mouvements) {
    if (m.genre === "entree") {
      lots.push({ quantite: m.quantite, prix: m.prix! });
      lignes.push({ date: m.date, libelle: nom(m), entree: { quantite: m.quantite, prix: m.prix, montant: arrondi(m.quantite.times(m.prix!)) }, stock: stock() });
      continue;
    }
    verifierStock(m, stock().quantite);
    let reste = m.quantite;
    const morceaux: string[] = [];
    let total = ZERO;
    while (reste.gt(0)) {
      const lot = lots[0];
      const prise = lot.quantite.lt(reste) ? lot.quantite : reste;
      const montant = arrondi(prise.times(lot.prix));
      total = total.plus(montant);
      lot.quantite = lot.quantite.minus(prise);
      if (lot.quantite.isZero()) lots.shift();
      reste = reste.minus(prise);
      morceaux.push(`${qte(prise)} × ${montantFr(lot.prix)}`);
      lignes.push({ date: m.date, libelle: nom(m), sortie: { quantite: prise, prix: lot.prix, montant }, stock: reste.isZero() ? stock() : undefined });
    }
    trace.etape(`Ligne ${m.ligne}, ${nom(m)} : ${morceaux.join(" + ")} = ${montantFr(total)} ; reste ${decrireLots()}`);
  }
  return lignes;
}

export function ficheStock(mouvements: Mouvement[], methode: MethodeStock, trace: Trace = TRACE_MUETTE): FicheStock {
  trace.regle(
    methode === "cump"
      ? "CUMP après chaque entrée : (valeur du stock + valeur de l'entrée) / (quantité en stock + quantité entrée), arrondi au centime ; les sorties au dernier CUMP."
      : methode === "cumpPeriode"
        ? "CUMP de période : (stock initial + entrées) / (quantités), arrondi au centime ; toutes les sorties de la période à ce coût."
        : "PEPS (premier entré, premier sorti) : les sorties consomment les lots les plus anciens d'abord.",
  );
  const lignes = methode === "cump" ? ficheCump(mouvements, trace) : methode === "cumpPeriode" ? ficheCumpPeriode(mouvements, trace) : fichePeps(mouvements, trace);
  const totalEntrees = somme(lignes.map((l) => l.entree?.montant ?? ZERO));
  const totalSorties = somme(lignes.map((l) => l.sortie?.montant ?? ZERO));
  const fin = lignes[lignes.length - 1].stock;
  const stockFinal = { quantite: fin?.quantite ?? ZERO, valeur: fin?.montant ?? ZERO };
  const ecart = totalEntrees.minus(totalSorties).minus(stockFinal.valeur);
  trace.etape(
    `Contrôle : stock initial + entrées = sorties + stock final : ${montantFr(totalEntrees)} = ${montantFr(totalSorties)} + ${montantFr(stockFinal.valeur)}` +
      (ecart.isZero() ? "" : ` (écart ${montantFr(ecart)})`),
  );
  if (!ecart.isZero()) trace.alerte(`écart d'arrondi de ${montantFr(ecart)} dû au CUMP arrondi au centime (convention scolaire, comptabilite.md § 10.1).`);
  return { methode, lignes, totalEntrees, totalSorties, stockFinal };
}

export const ENTETE_FICHE = [
  "Date", "Libellé", "Entrée qté", "Entrée PU", "Entrée montant", "Sortie qté", "Sortie PU", "Sortie montant", "Stock qté", "Stock PU", "Stock valeur",
] as const;

/** La fiche en tableau (en-tête compris) ; cellules vides à null. */
export function tableauFiche(f: FicheStock): (string | Jour | Decimal | null)[][] {
  const v = (x?: Valeur): (Decimal | null)[] => [x?.quantite ?? null, x?.prix ?? null, x?.montant ?? null];
  return [[...ENTETE_FICHE], ...f.lignes.map((l) => [l.date ?? null, l.libelle, ...v(l.entree), ...v(l.sortie), ...v(l.stock)])];
}
