/**
 * Déclaration de TVA CA3 (3310-CA3-SD, régime réel normal) pré-remplie depuis la balance de la période
 * (comptabilite.md § 4.4) : montants en euros entiers (arrondi à l'euro le plus proche, 0,50 → 1), totaux calculés
 * sur les lignes arrondies, et l'écriture de liquidation au centime (journal OD, fin de période).
 * Avec les lignes d'écriture de la période, les ventes (70 − 709) sont ventilées par taux pièce par pièce
 * (ventilation-tva.ts : lignes 08, 9B, 09, T6, et E2 pour les pièces sans TVA) ; une pièce non ventilée est comptée au
 * taux normal de 20 % et signalée. Sans elles (balance seule), toutes les ventes sont prises à 20 % et un écart avec la
 * TVA collectée (44571 + 4452) est signalé.
 */
import { tauxFr } from "../../argent";
import { TRACE_MUETTE, type Trace } from "../../trace";
import { centimesFr, type Centimes } from "../centimes";
import { soldeSelection, type SoldesComptes } from "./rubriques";
import { appliquerTaux, listePieces, origineBase, TAUX_CA3, ventilerVentes, type LigneTaux, type VentilationVentes } from "./ventilation-tva";

export interface LigneCa3 {
  /** Numéro de ligne du formulaire : « A1 », « 08 », « TD »… */
  ligne: string;
  libelle: string;
  /** Base hors taxe en euros entiers (lignes de taxation 08, 09…). */
  base?: number;
  /** Montant en euros entiers (taxe pour les lignes de taxation). */
  montant: number;
  detail: string;
}

export interface MouvementLiquidation {
  compte: string;
  debit: Centimes;
  credit: Centimes;
}

export interface Ca3 {
  lignes: LigneCa3[];
  /** TVA due (ligne TD), en euros entiers ; 0 en cas de crédit. */
  tvaDue: number;
  /** Crédit de TVA (ligne 25), en euros entiers ; 0 si la TVA est due. */
  credit: number;
  /** Écriture de liquidation au centime : D 44571 (et 4452) / C 44566, 44562, 44567 ; C 44551 ou D 44567. */
  liquidation: MouvementLiquidation[];
}

export interface OptionsCa3 {
  /** Crédit de TVA reporté de la déclaration précédente (ligne 22), en centimes. */
  creditAnterieur?: Centimes;
  /** Remboursement de crédit demandé (ligne 26), en centimes. */
  remboursement?: Centimes;
  /** Lignes d'écriture de la période (au moins celles des comptes 70 et 445) : ventilation des ventes par taux. */
  ecritures?: Parameters<typeof ventilerVentes>[0];
}

/** Centimes → euros entiers, demi-euro éloigné de zéro. */
export const arrondiEuro = (c: Centimes): number => Math.sign(c) * Math.floor((Math.abs(c) + 50) / 100);

/** Euros entiers à la française : 1700 → « 1 700 ». */
export const eurosFr = (e: number): string => centimesFr(e * 100).replace(/,00$/, "");

export function declarationCa3(balance: SoldesComptes, options: OptionsCa3 = {}, trace: Trace = TRACE_MUETTE): Ca3 {
  const lignes: LigneCa3[] = [];
  const ajouter = (ligne: string, libelle: string, montant: number, detail: string, base?: number) => {
    lignes.push({ ligne, libelle, ...(base !== undefined ? { base } : {}), montant, detail });
    trace.etape(`Ligne ${ligne} (${libelle}) : ${detail}.`);
  };
  const ventes = soldeSelection(balance, { comptes: ["70"] }, "C");
  const collectee = soldeSelection(balance, { comptes: ["44571", "4452"] }, "C");
  const v: VentilationVentes | undefined = options.ecritures ? ventilerVentes(options.ecritures) : undefined;
  // Ventes non ventilées (pièces sans taux retrouvé, ou ventes de la balance absentes des lignes fournies) : à 20 %.
  const horsPieces = v ? ventes - v.exonere - v.nonVentile - TAUX_CA3.reduce((s, t) => s + v.bases[t.ligne], 0) : 0;
  const nonVentile = v ? v.nonVentile + horsPieces : 0;
  const exonere = v?.exonere ?? 0;
  const imposables = ventes - exonere;
  const a1 = arrondiEuro(imposables);
  ajouter("A1", "Ventes, prestations de services", a1, exonere
    ? `ventes imposables = 70 − 709 (${centimesFr(ventes)} €) − ventes exonérées (${centimesFr(exonere)} €) = ${centimesFr(imposables)} €, arrondi à ${eurosFr(a1)} €`
    : `70 − 709 (crédit − débit) = ${centimesFr(ventes)} €, arrondi à ${eurosFr(a1)} €`);
  if (exonere) {
    const e2 = arrondiEuro(exonere);
    const pieces = v?.pieces.filter((p) => p.methode === "exoneree").map((p) => p.piece) ?? [];
    ajouter("E2", "Autres opérations non imposables", e2, `pièces de vente sans TVA collectée (${listePieces(pieces)}) = ${centimesFr(exonere)} €, arrondi à ${eurosFr(e2)} €`);
  }
  const taxes: [LigneTaux, number][] = [];
  for (const t of TAUX_CA3) {
    const centimes = v ? v.bases[t.ligne] + (t.ligne === "08" ? nonVentile : 0) : t.ligne === "08" ? ventes : 0;
    if (centimes === 0 && t.ligne !== "08") continue;
    const base = arrondiEuro(centimes);
    const taxe = appliquerTaux(base, t.dixMillieme);
    taxes.push([t.ligne, taxe]);
    const origine = v ? `${origineBase(v, t.ligne)}${t.ligne === "08" && nonVentile ? `${origineBase(v, t.ligne) ? " ; " : ""}${centimesFr(nonVentile)} € non ventilés, comptés au taux normal` : ""}` : "70 − 709, toutes les ventes au taux normal";
    trace.etape(`Base au taux de ${tauxFr(t.taux)} (ligne ${t.ligne}) = ${centimesFr(centimes)} € : ${origine || "aucune vente"}.`);
    ajouter(t.ligne, t.libelle, taxe, `base ${eurosFr(base)} € × ${tauxFr(t.taux)} = ${eurosFr(taxe)} €`, base);
  }
  const l16 = taxes.reduce((s, [, x]) => s + x, 0);
  if (v && nonVentile) {
    const pieces = v.pieces.filter((p) => p.methode === "non ventilee");
    const motifs = pieces.map((p) => `${p.piece} (${p.motif})`);
    if (horsPieces) motifs.push(`ventes hors des lignes d'écriture fournies (${centimesFr(horsPieces)} €)`);
    trace.alerte(`ventes non ventilées par taux, comptées au taux normal de ${tauxFr(0.2)} (${centimesFr(nonVentile)} € HT) : ${listePieces(motifs)} ; à ventiler à la main.`);
  } else if (Math.abs(collectee - l16 * 100) > 100 * taxes.length) {
    trace.alerte(v
      ? `la TVA collectée en comptabilité (44571 + 4452 = ${centimesFr(collectee)} €) diffère de la TVA brute calculée sur les ventes ventilées (ligne 16 = ${eurosFr(l16)} €) : TVA collectée hors des pièces de vente (encaissements, régularisations) à vérifier.`
      : `la TVA collectée en comptabilité (44571 + 4452 = ${centimesFr(collectee)} €) diffère de la taxe calculée au taux normal de ${tauxFr(0.2)} (${eurosFr(l16)} €) : ventes à d'autres taux ou exonérées à ventiler.`);
  }
  ajouter("16", "Total de la TVA brute due", l16, taxes.length > 1 ? `lignes ${taxes.map(([l]) => l).join(" + ")} = ${taxes.map(([, x]) => eurosFr(x)).join(" + ")} = ${eurosFr(l16)} €` : `ligne 08 = ${eurosFr(l16)} €`);
  const immo = soldeSelection(balance, { comptes: ["44562"] }, "D");
  const abs = soldeSelection(balance, { comptes: ["44566"] }, "D");
  const anterieur = options.creditAnterieur ?? 0;
  const l19 = arrondiEuro(immo);
  const l20 = arrondiEuro(abs);
  const l22 = arrondiEuro(anterieur);
  ajouter("19", "TVA déductible : biens constituant des immobilisations", l19, `44562 (débit − crédit) = ${centimesFr(immo)} €`);
  ajouter("20", "TVA déductible : autres biens et services", l20, `44566 (débit − crédit) = ${centimesFr(abs)} €`);
  if (l22) ajouter("22", "Report du crédit de la déclaration précédente", l22, `44567 = ${centimesFr(anterieur)} €`);
  const l23 = l19 + l20 + l22;
  ajouter("23", "Total TVA déductible", l23, `${eurosFr(l19)} + ${eurosFr(l20)}${l22 ? ` + ${eurosFr(l22)}` : ""} = ${eurosFr(l23)} €`);
  let tvaDue = 0;
  let credit = 0;
  if (l23 > l16) {
    credit = l23 - l16;
    const l26 = arrondiEuro(options.remboursement ?? 0);
    ajouter("25", "Crédit de TVA", credit, `ligne 23 − ligne 16 = ${eurosFr(l23)} − ${eurosFr(l16)} = ${eurosFr(credit)} €`);
    if (l26) ajouter("26", "Remboursement de crédit demandé", l26, `${eurosFr(l26)} € (formulaire 3519)`);
    ajouter("27", "Crédit de TVA à reporter", credit - l26, `ligne 25 − ligne 26 = ${eurosFr(credit - l26)} €`);
  } else {
    tvaDue = l16 - l23;
    ajouter("TD", "TVA due", tvaDue, `ligne 16 − ligne 23 = ${eurosFr(l16)} − ${eurosFr(l23)} = ${eurosFr(tvaDue)} €`);
    ajouter("28", "TVA nette due", tvaDue, `ligne TD = ${eurosFr(tvaDue)} €`);
    ajouter("32", "Total à payer", tvaDue, `ligne 28 = ${eurosFr(tvaDue)} €`);
  }
  trace.regle("CA3 (3310-CA3-SD) : montants en euros entiers, arrondi à l'euro le plus proche (comptabilite.md § 4.4).");

  // Écriture de liquidation au centime : on solde les comptes de TVA de la période.
  const liquidation: MouvementLiquidation[] = [];
  const mouvement = (compte: string, montant: Centimes, sens: "D" | "C") => {
    if (montant > 0) liquidation.push({ compte, debit: sens === "D" ? montant : 0, credit: sens === "C" ? montant : 0 });
    else if (montant < 0) liquidation.push({ compte, debit: sens === "C" ? -montant : 0, credit: sens === "D" ? -montant : 0 });
  };
  mouvement("44571", soldeSelection(balance, { comptes: ["44571"] }, "C"), "D");
  mouvement("4452", soldeSelection(balance, { comptes: ["4452"] }, "C"), "D");
  mouvement("44566", abs, "C");
  mouvement("44562", immo, "C");
  mouvement("44567", anterieur, "C");
  const ecart = liquidation.reduce((s, m) => s + m.debit - m.credit, 0);
  if (ecart > 0) mouvement("44551", ecart, "C");
  else mouvement("44567", -ecart, "D");
  return { lignes, tvaDue, credit, liquidation };
}
