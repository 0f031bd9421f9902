/**
 * Présentation des états de synthèse pour `agora compta resultat|bilan|sig|tva` : JSON (montants en nombres à deux
 * décimales écrits depuis les centimes ; CA3 en euros entiers) et tableaux français pour le terminal.
 * Le format JSON est décrit dans docs/cli-compta.md.
 */
import { centimesFr, type Centimes } from "../core/compta/centimes";
import type { Bilan } from "../core/compta/etats/bilan";
import { eurosFr, type Ca3 } from "../core/compta/etats/ca3";
import type { Caf } from "../core/compta/etats/caf";
import type { CompteDeResultat, Rubrique } from "../core/compta/etats/resultat";
import type { Poste } from "../core/compta/etats/rubriques";
import type { Sig } from "../core/compta/etats/sig";
import { montantJson } from "./compta-sortie";

/** Marque d'un montant en centimes dans l'objet à sérialiser, remplacée par le nombre exact à deux décimales. */
const MARQUE = "\u00a7M";
const m = (c: Centimes): string => `${MARQUE}${c}${MARQUE}`;
const json = (v: unknown): string => `${JSON.stringify(v).replace(new RegExp(`"${MARQUE}(-?\\d+)${MARQUE}"`, "g"), (_, c: string) => montantJson(Number(c)))}\n`;

const posteJ = (p: Poste) => ({ code: p.code, libelle: p.libelle, montant: m(p.montant), detail: p.detail });
const rubriqueJ = (r: Rubrique) => ({ libelle: r.libelle, postes: r.postes.map(posteJ), total: m(r.total.montant) });

export function resultatJson(cr: CompteDeResultat): string {
  return json({
    produitsExploitation: rubriqueJ(cr.produitsExploitation),
    chargesExploitation: rubriqueJ(cr.chargesExploitation),
    resultatExploitation: posteJ(cr.resultatExploitation),
    quotesParts: posteJ(cr.quotesParts),
    produitsFinanciers: rubriqueJ(cr.produitsFinanciers),
    chargesFinancieres: rubriqueJ(cr.chargesFinancieres),
    resultatFinancier: posteJ(cr.resultatFinancier),
    resultatCourant: posteJ(cr.resultatCourant),
    produitsExceptionnels: rubriqueJ(cr.produitsExceptionnels),
    chargesExceptionnelles: rubriqueJ(cr.chargesExceptionnelles),
    resultatExceptionnel: posteJ(cr.resultatExceptionnel),
    participationImpot: rubriqueJ(cr.participationImpot),
    totalProduits: m(cr.totalProduits),
    totalCharges: m(cr.totalCharges),
    resultat: posteJ(cr.resultat),
    nonClasses: cr.nonClasses,
  });
}

const SOLDES_SIG = ["margeCommerciale", "production", "valeurAjoutee", "ebe", "resultatExploitation", "rcai", "resultatExceptionnel", "resultatNet"] as const;

export function sigJson(sig: Sig, caf: Caf): string {
  return json({
    soldes: SOLDES_SIG.map((k) => posteJ(sig[k])),
    composantes: Object.values(sig.composantes).map(posteJ),
    caf: { additive: posteJ(caf.additive), soustractive: posteJ(caf.soustractive), concordantes: caf.concordantes },
    nonClasses: sig.nonClasses,
  });
}

export function bilanJson(b: Bilan): string {
  return json({
    actif: b.actif.map(posteJ),
    passif: b.passif.map(posteJ),
    totaux: { actif: m(b.totalActif), passif: m(b.totalPassif) },
    resultatExercice: m(b.resultatExercice),
    equilibre: b.equilibre,
    horsBilan: b.horsBilan,
  });
}

export function ca3Json(d: Ca3): string {
  return json({
    lignes: d.lignes,
    tvaDue: d.tvaDue,
    credit: d.credit,
    liquidation: d.liquidation.map((l) => ({ compte: l.compte, debit: m(l.debit), credit: m(l.credit) })),
  });
}

/** Lignes « libellé ……… montant » alignées. */
function colonnes(lignes: [string, string][]): string[] {
  const g = Math.max(0, ...lignes.map(([a]) => a.length));
  const d = Math.max(0, ...lignes.map(([, b]) => b.length));
  return lignes.map(([a, b]) => (b ? `${a.padEnd(g)}  ${b.padStart(d)}` : a));
}

const ligneP = (p: Poste, retrait = "  "): [string, string] => [`${retrait}${p.libelle}`, centimesFr(p.montant)];
/** Une rubrique : ses postes non nuls et son total ; rien si elle est vide. */
const rubriqueT = (r: Rubrique): [string, string][] => r.postes.every((p) => p.montant === 0) ? [] : [[r.libelle, ""], ...r.postes.filter((p) => p.montant !== 0).map((p) => ligneP(p, "    ")), ligneP(r.total)];

export function resultatTexte(cr: CompteDeResultat, titre: string): string {
  const l: [string, string][] = [
    ...rubriqueT(cr.produitsExploitation), ...rubriqueT(cr.chargesExploitation), ligneP(cr.resultatExploitation, ""),
    ...(cr.quotesParts.montant ? [ligneP(cr.quotesParts, "")] : []),
    ...rubriqueT(cr.produitsFinanciers), ...rubriqueT(cr.chargesFinancieres), ligneP(cr.resultatFinancier, ""), ligneP(cr.resultatCourant, ""),
    ...rubriqueT(cr.produitsExceptionnels), ...rubriqueT(cr.chargesExceptionnelles), ligneP(cr.resultatExceptionnel, ""),
    ...rubriqueT(cr.participationImpot),
    ["Total des produits", centimesFr(cr.totalProduits)], ["Total des charges", centimesFr(cr.totalCharges)],
    [`${cr.resultat.libelle} (${cr.resultat.montant >= 0 ? "bénéfice" : "perte"})`, centimesFr(cr.resultat.montant)],
  ];
  const alerte = cr.nonClasses.length ? [`Attention : comptes de gestion non classés : ${cr.nonClasses.join(", ")}.`] : [];
  return [titre, "", ...colonnes(l), ...alerte, ""].join("\n");
}

export function sigTexte(sig: Sig, caf: Caf, titre: string): string {
  const l = SOLDES_SIG.map((k) => [`${sig[k].libelle}`, centimesFr(sig[k].montant)] as [string, string]);
  const lignesCaf: [string, string][] = [ligneP(caf.additive, ""), ligneP(caf.soustractive, "")];
  const formules = SOLDES_SIG.map((k) => `  ${sig[k].libelle} = ${sig[k].detail}`);
  return [titre, "", ...colonnes([...l, ["", ""], ...lignesCaf]), "", "Calcul :", ...formules, `  ${caf.additive.libelle} = ${caf.additive.detail}`, `  ${caf.soustractive.libelle} = ${caf.soustractive.detail}`, ""].join("\n");
}

export function bilanTexte(b: Bilan, titre: string): string {
  const l: [string, string][] = [
    ["ACTIF", ""], ...b.actif.map((p) => ligneP(p)), ["Total actif", centimesFr(b.totalActif)], ["", ""],
    ["PASSIF", ""], ...b.passif.map((p) => ligneP(p)), ["Total passif", centimesFr(b.totalPassif)],
  ];
  const controle = b.equilibre ? "Contrôle : total actif = total passif : vérifié." : `Contrôle : ÉCART de ${centimesFr(Math.abs(b.totalActif - b.totalPassif))} entre l'actif et le passif.`;
  const hors = b.horsBilan.length ? [`Attention : comptes laissés hors bilan : ${b.horsBilan.join(", ")}.`] : [];
  return [titre, "", ...colonnes(l), "", controle, ...hors, ""].join("\n");
}

export function ca3Texte(d: Ca3, titre: string): string {
  const l = d.lignes.map((x) => [`${x.ligne.padEnd(3)} ${x.libelle}${x.base !== undefined ? ` (base ${eurosFr(x.base)}\u00a0€)` : ""}`, `${eurosFr(x.montant)}\u00a0€`] as [string, string]);
  const ecriture = d.liquidation.map((x) => `  ${x.debit ? "D" : "C"} ${x.compte.padEnd(6)} ${centimesFr(x.debit || x.credit)}`);
  return [titre, "", ...colonnes(l), "", "Écriture de liquidation (journal OD, fin de période) :", ...ecriture, ""].join("\n");
}
