/**
 * La chaîne de calcul d'une facture, dans l'ordre imposé par comptabilite.md § 5.1 :
 * brut de ligne → remises en cascade → net commercial par taux → remise globale → escompte par taux
 * → port (non escompté) → base et TVA par taux (§ 4.5, EN 16931 BR-CO-17) → totaux → acompte → net à payer.
 * Arrondi au centime, demi-unité éloignée de zéro, à chaque étape.
 * Le résultat est structuré (par ligne, par taux) pour être réutilisé : tableau de la fonction, écriture de vente…
 */
import type Decimal from "decimal.js";
import { ZERO, arrondi, arrondiFr, enFrancais, exactFr, montantFr, quotientFr, somme, tauxFr } from "../argent";
import { reduire, type Reduction } from "../commercial";
import { erreurNombre, erreurValeur } from "../erreurs";
import { TRACE_MUETTE, type Trace } from "../trace";
import { montantTva } from "../tva";
import { controlerLigne, type LigneFacture, type TauxPort } from "./lecture";
import { repartirAuProrata } from "./repartition";

/** Conditions de la facture ; un élément absent vaut 0 (pas de remise globale, d'escompte, de port, d'acompte). */
export interface ConditionsFacture {
  tauxRemiseGlobale?: Decimal;
  tauxEscompte?: Decimal;
  /** Port (ou frais accessoires) HT, ajouté après l'escompte. */
  port?: Decimal;
  /** Taux de TVA du port ; absent : le taux le plus élevé de la facture. */
  tauxPort?: TauxPort;
  /** Acompte TTC déjà versé, déduit du TTC. */
  acompte?: Decimal;
}


export interface LigneCalculee {
  ligne: LigneFacture;
  /** quantité × prix unitaire avant arrondi. */
  brutExact: Decimal;
  brut: Decimal;
  remises: Reduction[];
  /** Somme des remises de la ligne = brut − net commercial. */
  montantRemises: Decimal;
  netCommercial: Decimal;
}

/** Les montants d'un taux de TVA. */
export interface VentilationTaux {
  tauxTva: Decimal;
  /** Rangs (dans la plage) des lignes à ce taux ; vide pour un taux qui ne porte que le port. */
  rangs: number[];
  /** Net commercial des lignes, avant la remise globale. */
  netCommercialLignes: Decimal;
  remiseGlobale: Decimal;
  /** Net commercial après la remise globale : base de l'escompte, crédit du 707. */
  netCommercial: Decimal;
  escompte: Decimal;
  netFinancier: Decimal;
  /** Part du port soumise à ce taux. */
  port: Decimal;
  /** Base HT = net financier + port. */
  base: Decimal;
  tva: Decimal;
}

export interface Facture {
  lignes: LigneCalculee[];
  /** Par taux de TVA décroissant. */
  parTaux: VentilationTaux[];
  /** Vrai si une remise globale a été demandée (même à 0 %). */
  avecRemiseGlobale: boolean;
  /** Comment le port a été soumis à la TVA : un taux, ou réparti au prorata (undefined sans port). */
  tauxPort: Decimal | "prorata" | undefined;
  totalBrut: Decimal;
  /** Somme des remises des lignes (hors remise globale). */
  remises: Decimal;
  remiseGlobale: Decimal;
  netCommercial: Decimal;
  escompte: Decimal;
  netFinancier: Decimal;
  port: Decimal;
  totalHt: Decimal;
  totalTva: Decimal;
  totalTtc: Decimal;
  acompte: Decimal;
  netAPayer: Decimal;
}

export const REGLE_CHAINE =
  "Ordre imposé (comptabilite.md § 5.1) : brut, remises en cascade, escompte par taux, port, TVA par taux ; arrondi au centime, demi-unité éloignée de zéro, à chaque étape.";
const REGLE_TVA = "TVA calculée sur la base de chaque taux, jamais en additionnant des TVA de lignes (EN 16931 BR-CO-17, comptabilite.md § 4.5).";


/** « escompte = 826,35 × 2 % = 16,527 → 16,53 ; net financier = 826,35 − 16,53 = 809,82 » */
function reductionFr(libelle: string, libelleNet: string, r: Reduction): string {
  const base = montantFr(r.base);
  return `${libelle} = ${base} × ${tauxFr(r.taux)} = ${arrondiFr(r.exact)} ; ${libelleNet} = ${base} − ${montantFr(r.montant)} = ${montantFr(r.net)}`;
}

function sommeFr(valeurs: readonly Decimal[], total: Decimal): string {
  return valeurs.length > 1 && valeurs.length <= 6 ? `${valeurs.map(montantFr).join(" + ")} = ${montantFr(total)}` : montantFr(total);
}

function calculerLigne(ligne: LigneFacture, trace: Trace): LigneCalculee {
  controlerLigne(ligne);
  const brutExact = ligne.quantite.times(ligne.prixUnitaire);
  const brut = arrondi(brutExact);
  const remises: Reduction[] = [];
  let net = brut;
  for (const t of ligne.tauxRemises) {
    const r = reduire(net, t);
    remises.push(r);
    net = r.net;
  }
  const detail = remises.map((r) => ` ; remise ${tauxFr(r.taux)} = ${arrondiFr(r.exact)}, net ${montantFr(r.net)}`).join("");
  trace.etape(`Ligne ${ligne.rang} : brut = ${enFrancais(ligne.quantite)} × ${exactFr(ligne.prixUnitaire)} = ${arrondiFr(brutExact)}${detail}`);
  return { ligne, brutExact, brut, remises, montantRemises: brut.minus(net), netCommercial: net };
}

function montantAuCentime(m: Decimal | undefined, nom: string, trace: Trace): Decimal {
  if (m === undefined) return ZERO;
  if (m.isNeg() && !m.isZero()) throw erreurNombre(`${nom} : le montant ${exactFr(m)} est négatif.`);
  const r = arrondi(m);
  if (!r.eq(m)) trace.alerte(`${nom} arrondi au centime : ${exactFr(m)} → ${montantFr(r)}.`);
  return r;
}

function tauxBorne(t: Decimal | undefined, nom: string): Decimal {
  if (t === undefined) return ZERO;
  if ((t.isNeg() && !t.isZero()) || t.gt(1)) throw erreurNombre(`${nom} : le taux ${tauxFr(t)} doit être compris entre 0\u202f% et 100\u202f%.`);
  return t;
}

type Groupe = Omit<VentilationTaux, "port" | "base" | "tva"> & { port: Decimal };

/** Regroupe les lignes par taux de TVA (taux décroissants) : net commercial, remise globale, escompte. */
function ventiler(lignes: readonly LigneCalculee[], tauxRemiseGlobale: Decimal | undefined, tauxEscompte: Decimal, trace: Trace): Groupe[] {
  const parCle = new Map<string, LigneCalculee[]>();
  for (const l of lignes) {
    const cle = l.ligne.tauxTva.toString();
    parCle.set(cle, [...(parCle.get(cle) ?? []), l]);
  }
  const groupes = [...parCle.values()].sort((a, b) => b[0].ligne.tauxTva.comparedTo(a[0].ligne.tauxTva));
  if (tauxEscompte.isZero()) trace.etape("Pas d'escompte : net financier = net commercial.");
  return groupes.map((ls) => {
    const tauxTva = ls[0].ligne.tauxTva;
    const prefixe = `Taux ${tauxFr(tauxTva)} :`;
    const nets = ls.map((l) => l.netCommercial);
    const netCommercialLignes = somme(nets);
    const rangs = ls.map((l) => l.ligne.rang);
    const quelles = rangs.length === 1 ? `ligne ${rangs[0]}` : rangs.length <= 6 ? `lignes ${rangs.join(", ")}` : `${rangs.length} lignes`;
    trace.etape(`${prefixe} net commercial (${quelles}) = ${sommeFr(nets, netCommercialLignes)}`);
    let netCommercial = netCommercialLignes;
    let remiseGlobale = ZERO;
    if (tauxRemiseGlobale !== undefined && !tauxRemiseGlobale.isZero()) {
      const r = reduire(netCommercialLignes, tauxRemiseGlobale);
      remiseGlobale = r.montant;
      netCommercial = r.net;
      trace.etape(`${prefixe} ${reductionFr("remise globale", "net commercial", r)}`);
    }
    let escompte = ZERO;
    let netFinancier = netCommercial;
    if (!tauxEscompte.isZero()) {
      const e = reduire(netCommercial, tauxEscompte);
      escompte = e.montant;
      netFinancier = e.net;
      trace.etape(`${prefixe} ${reductionFr("escompte", "net financier", e)}`);
    }
    return { tauxTva, rangs, netCommercialLignes, remiseGlobale, netCommercial, escompte, netFinancier, port: ZERO };
  });
}

/** Soumet le port à la TVA : au taux le plus élevé (par défaut), à un taux donné, ou réparti au prorata des nets financiers. */
function imputerPort(groupes: Groupe[], port: Decimal, tauxPort: TauxPort, trace: Trace): Decimal | "prorata" | undefined {
  if (port.isZero()) return undefined;
  const totalNf = somme(groupes.map((g) => g.netFinancier));
  if (tauxPort === "prorata" && !totalNf.isZero()) {
    const { parts, exactes, reste, rangReste } = repartirAuProrata(port, groupes.map((g) => g.netFinancier));
    trace.etape(`Port HT ${montantFr(port)} réparti au prorata des nets financiers (total ${montantFr(totalNf)}) ; le port n'est pas escompté.`);
    groupes.forEach((g, i) => {
      g.port = parts[i];
      const arrondie = arrondi(exactes[i]);
      const exacte = arrondie.eq(exactes[i]) ? montantFr(arrondie) : `${quotientFr(exactes[i])} → ${montantFr(arrondie)}`;
      const ecart = i === rangReste && !reste.isZero() ? ` ; avec l'écart d'arrondi ${exactFr(reste)} : ${montantFr(parts[i])}` : "";
      trace.etape(`Taux ${tauxFr(g.tauxTva)} : port = ${montantFr(port)} × ${montantFr(g.netFinancier)} ÷ ${montantFr(totalNf)} = ${exacte}${ecart}`);
    });
    if (!reste.isZero()) {
      trace.regle("L'écart d'arrondi de la répartition va à la plus grande base : les parts du port font exactement le port.");
    }
    return "prorata";
  }
  if (tauxPort === "prorata") trace.alerte("port au prorata impossible : toutes les lignes sont à prix nul ; le port suit le taux le plus élevé.");
  if (tauxPort === undefined || tauxPort === "prorata") {
    const g = groupes[0];
    g.port = port;
    trace.etape(`Port HT ${montantFr(port)} soumis au taux le plus élevé de la facture, ${tauxFr(g.tauxTva)} ; le port n'est pas escompté.`);
    trace.regle("Frais accessoires : au prorata des bases de chaque taux, à défaut au taux le plus élevé (comptabilite.md § 5.1) ; « prorata » en 5e argument pour répartir.");
    return g.tauxTva;
  }
  let g = groupes.find((x) => x.tauxTva.eq(tauxPort));
  if (!g) {
    g = { tauxTva: tauxPort, rangs: [], netCommercialLignes: ZERO, remiseGlobale: ZERO, netCommercial: ZERO, escompte: ZERO, netFinancier: ZERO, port: ZERO };
    groupes.push(g);
    groupes.sort((a, b) => b.tauxTva.comparedTo(a.tauxTva));
    trace.alerte(`le port est soumis à ${tauxFr(tauxPort)}, taux d'aucune ligne : il suit en principe le taux des biens qu'il accompagne.`);
  }
  g.port = port;
  trace.etape(`Port HT ${montantFr(port)} soumis au taux de ${tauxFr(tauxPort)} ; le port n'est pas escompté.`);
  return tauxPort;
}

/** Calcule une facture complète. Les lignes doivent être non vides (contrôlées une à une). */
export function calculerFacture(lignes: readonly LigneFacture[], conditions: ConditionsFacture = {}, trace: Trace = TRACE_MUETTE): Facture {
  if (lignes.length === 0) throw erreurValeur("lignes : la facture ne contient aucune ligne.");
  const avecRemiseGlobale = conditions.tauxRemiseGlobale !== undefined;
  const tauxRemiseGlobale = avecRemiseGlobale ? tauxBorne(conditions.tauxRemiseGlobale, "remise_globale") : undefined;
  const tauxEscompte = tauxBorne(conditions.tauxEscompte, "escompte");
  if (conditions.tauxPort !== undefined && conditions.tauxPort !== "prorata") tauxBorne(conditions.tauxPort, "taux_tva_port");
  trace.regle(REGLE_CHAINE);
  const port = montantAuCentime(conditions.port, "port_ht", trace);
  const acompte = montantAuCentime(conditions.acompte, "acompte", trace);

  const calculees = lignes.map((l) => calculerLigne(l, trace));
  const groupes = ventiler(calculees, tauxRemiseGlobale, tauxEscompte, trace);
  const tauxPort = imputerPort(groupes, port, conditions.tauxPort, trace);

  const parTaux: VentilationTaux[] = groupes.map((g) => {
    const base = g.netFinancier.plus(g.port);
    const prefixe = `Taux ${tauxFr(g.tauxTva)} :`;
    const detail = g.port.isZero() ? "net financier" : `${montantFr(g.netFinancier)} + port ${montantFr(g.port)}`;
    trace.etape(`${prefixe} base HT = ${detail} = ${montantFr(base)}`);
    const tva = montantTva(base, g.tauxTva);
    trace.etape(`${prefixe} TVA = ${montantFr(base)} × ${tauxFr(g.tauxTva)} = ${arrondiFr(base.times(g.tauxTva))}`);
    return { ...g, base, tva };
  });
  trace.regle(REGLE_TVA);

  const totalHt = somme(parTaux.map((t) => t.base));
  const totalTva = somme(parTaux.map((t) => t.tva));
  const totalTtc = totalHt.plus(totalTva);
  trace.etape(`Total HT = ${sommeFr(parTaux.map((t) => t.base), totalHt)}`);
  trace.etape(`Total TVA = ${sommeFr(parTaux.map((t) => t.tva), totalTva)}`);
  trace.etape(`Total TTC = ${montantFr(totalHt)} + ${montantFr(totalTva)} = ${montantFr(totalTtc)}`);
  if (acompte.gt(totalTtc)) {
    throw erreurNombre(`acompte : l'acompte de ${montantFr(acompte)} dépasse le total TTC de ${montantFr(totalTtc)} ; le trop-perçu se rembourse ou fait l'objet d'un avoir.`);
  }
  const netAPayer = totalTtc.minus(acompte);
  const deduction = acompte.isZero() ? "total TTC" : `${montantFr(totalTtc)} − acompte ${montantFr(acompte)}`;
  trace.etape(`Net à payer = ${deduction} = ${montantFr(netAPayer)}`);

  return {
    lignes: calculees,
    parTaux,
    avecRemiseGlobale,
    tauxPort,
    totalBrut: somme(calculees.map((l) => l.brut)),
    remises: somme(calculees.map((l) => l.montantRemises)),
    remiseGlobale: somme(parTaux.map((t) => t.remiseGlobale)),
    netCommercial: somme(parTaux.map((t) => t.netCommercial)),
    escompte: somme(parTaux.map((t) => t.escompte)),
    netFinancier: somme(parTaux.map((t) => t.netFinancier)),
    port,
    totalHt,
    totalTva,
    totalTtc,
    acompte,
    netAPayer,
  };
}
