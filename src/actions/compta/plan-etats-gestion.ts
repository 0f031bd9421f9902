/**
 * Feuilles « SIG et CAF » (comptabilite.md § 3.3 et 3.4) et « TVA CA3 » (§ 4.4) : le tableau des soldes en cascade
 * (chaque composante précédée de + ou −, chaque solde mis en évidence), la CAF par les deux méthodes, la déclaration
 * CA3 en euros entiers et l'écriture de liquidation au centime. Calculs : src/core/compta/etats (sig, caf, ca3).
 */
import { depuisCentimes } from "../../core/compta/centimes";
import type { Ca3 } from "../../core/compta/etats/ca3";
import type { Caf } from "../../core/compta/etats/caf";
import type { CodeComposante, Sig } from "../../core/compta/etats/sig";
import { libelleCompte } from "../../core/compta/pcg";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { COULEURS_TOTAL, enteteEtat, LIGNE_TABLEAU, lignesControles, miseEnEvidenceTotaux } from "./plan-balance";
import { evidence, planListe, poste, total, type LigneEtat } from "./plan-etats";

export const FEUILLE_SIG = "SIG et CAF";
export const TABLE_SIG = "SIG";
export const TABLE_CAF = "CAF";
export const FEUILLE_CA3 = "TVA CA3";
export const TABLE_CA3 = "DeclarationCA3";
export const TABLE_LIQUIDATION = "LiquidationTVA";

/** Euros entiers de la CA3 (« 1 700 € »). */
export const FORMAT_EUROS_ENTIERS = '#,##0 "€"';

/** La cascade des soldes : composantes ajoutées (+) ou retranchées (−) avant chaque solde (§ 3.3). */
const CASCADE: readonly (readonly [signe: "+" | "−", CodeComposante][] | keyof Sig)[] = [
  [["+", "ventesMarchandises"], ["−", "coutAchatMarchandises"]],
  "margeCommerciale",
  [["+", "productionVendue"], ["+", "productionStockee"], ["+", "productionImmobilisee"]],
  "production",
  [["−", "consommations"]],
  "valeurAjoutee",
  [["+", "subventionsExploitation"], ["−", "impotsTaxes"], ["−", "chargesPersonnel"]],
  "ebe",
  [["+", "reprisesExploitation"], ["+", "autresProduits"], ["−", "dotationsExploitation"], ["−", "autresCharges"]],
  "resultatExploitation",
  [["+", "quotesPartsProduits"], ["−", "quotesPartsCharges"], ["+", "produitsFinanciers"], ["−", "chargesFinancieres"]],
  "rcai",
  [["+", "produitsExceptionnels"], ["−", "chargesExceptionnelles"]],
  "resultatExceptionnel",
  [["−", "participation"], ["−", "impotBenefices"]],
  "resultatNet",
];

/** Les lignes des SIG : composantes non nulles précédées de leur signe, puis chaque solde (toujours affiché). */
export function lignesSig(sig: Sig): LigneEtat[] {
  return CASCADE.flatMap((e): LigneEtat[] => {
    if (typeof e === "string") {
      const p = sig[e as "margeCommerciale"];
      return [total(p)];
    }
    return e.filter(([, code]) => sig.composantes[code].montant !== 0).map(([signe, code]) => poste(sig.composantes[code], `${signe} ${sig.composantes[code].libelle}`));
  });
}

export function planSigCaf(feuille: string, sig: Sig, caf: Caf, explication: string, controles: readonly string[]): Modification[] {
  const soldes = planListe(feuille, TABLE_SIG, LIGNE_TABLEAU, "Solde", lignesSig(sig));
  const debutCaf = soldes.suivante + 2;
  const cafs = planListe(feuille, TABLE_CAF, debutCaf, "Capacité d'autofinancement", [total(caf.additive), total(caf.soustractive)]);
  return [
    enteteEtat(feuille, "Soldes intermédiaires de gestion et capacité d'autofinancement", explication),
    ...soldes.plan,
    { type: "valeurs", feuille, adresse: `A${debutCaf - 1}`, valeurs: [["Capacité d'autofinancement (CAF) : ce que l'activité laisse à l'entreprise pour investir, rembourser ou distribuer."]] },
    ...cafs.plan,
    { type: "valeurs", feuille, adresse: `A${cafs.suivante + 1}`, valeurs: lignesControles(controles) },
  ];
}

/** Lignes de la CA3 mises en évidence : les totaux et le résultat de la déclaration. */
const LIGNES_TOTAL_CA3 = new Set(["16", "23", "25", "27", "TD", "28", "32"]);

/**
 * La déclaration CA3 (tableau `CA3`, euros entiers) puis l'écriture de liquidation (tableau `LiquidationTVA`, au
 * centime, avec sa ligne de totaux), la phrase du paiement et les contrôles.
 */
export function planCa3(feuille: string, intitule: string, d: Ca3, explication: string, ecriture: string, controles: readonly string[]): Modification[] {
  const lignes = d.lignes.map((l): Cellule[] => [l.ligne, l.libelle, l.base ?? null, l.montant, l.detail]);
  const rangs = d.lignes.flatMap((l, i) => (LIGNES_TOTAL_CA3.has(l.ligne) ? [LIGNE_TABLEAU + 1 + i] : []));
  const finCa3 = LIGNE_TABLEAU + Math.max(lignes.length, 1);
  const debutLiq = finCa3 + 3;
  const liquidation = d.liquidation.map((m): Cellule[] => [m.compte, libelleCompte(m.compte) ?? null, m.debit ? depuisCentimes(m.debit).toNumber() : null, m.credit ? depuisCentimes(m.credit).toNumber() : null]);
  const totaux = debutLiq + Math.max(liquidation.length, 1) + 1;
  return [
    enteteEtat(feuille, intitule, explication),
    {
      type: "table",
      feuille,
      nom: TABLE_CA3,
      adresse: `A${LIGNE_TABLEAU}`,
      entetes: ["Ligne", "Libellé", "Base HT", "Montant", "Calcul"],
      lignes,
      formats: { Ligne: FORMATS.texte, "Base HT": FORMAT_EUROS_ENTIERS, Montant: FORMAT_EUROS_ENTIERS },
    },
    ...evidence(feuille, rangs, [0, 4], COULEURS_TOTAL),
    { type: "valeurs", feuille, adresse: `A${debutLiq - 1}`, valeurs: [[ecriture]] },
    {
      type: "table",
      feuille,
      nom: TABLE_LIQUIDATION,
      adresse: `A${debutLiq}`,
      entetes: ["Compte", "Libellé du compte", "Débit", "Crédit"],
      lignes: liquidation,
      formats: { Compte: FORMATS.texte, Débit: FORMATS.euros, Crédit: FORMATS.euros },
    },
    {
      type: "valeurs",
      feuille,
      adresse: `A${totaux}`,
      valeurs: [["Totaux", null, `=SUM(${TABLE_LIQUIDATION}[Débit])`, `=SUM(${TABLE_LIQUIDATION}[Crédit])`]],
      formats: [["", "", FORMATS.euros, FORMATS.euros]],
    },
    miseEnEvidenceTotaux(feuille, totaux, 4),
    { type: "valeurs", feuille, adresse: `A${totaux + 2}`, valeurs: lignesControles(controles) },
  ];
}
