/**
 * Feuille « Balance âgée » (comptabilite.md § 1.6) : titre et explication, le tableau `BalanceAgee` (une ligne par
 * tiers, montants ventilés par tranche de retard), les totaux des clients et des fournisseurs (formules SOMME.SI.ENS
 * sur les colonnes du tableau), les contrôles, puis le détail des pièces non lettrées (tableau `PiecesNonLettrees`).
 * Les montants viennent du noyau (src/core/compta/balance-agee.ts) : centimes entiers, exacts.
 */
import type { BalanceAgee, CategorieTiers } from "../../core/compta/balance-agee";
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import { jourFr, versSerie } from "../../core/dates";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { controle, enteteEtat, LIGNE_TABLEAU, lignesControles, miseEnEvidenceTotaux } from "./plan-balance";

export const FEUILLE_BALANCE_AGEE = "Balance âgée";
export const TABLE_BALANCE_AGEE = "BalanceAgee";
export const TABLE_PIECES_NON_LETTREES = "PiecesNonLettrees";

/** En-têtes des tranches du § 1.6, dans l'ordre du noyau. */
export const ENTETES_TRANCHES = ["Non échu", "1 à 30 jours", "31 à 60 jours", "61 à 90 jours", "Plus de 90 jours"] as const;

/** Colonnes du tableau des tiers ; « Nom » seulement si le journal donne le nom des tiers (colonne Nom du tiers). */
export const colonnesBalanceAgee = (avecNoms: boolean): string[] => ["Catégorie", "Compte", "Tiers", ...(avecNoms ? ["Nom"] : []), ...ENTETES_TRANCHES, "Total"];
/** Les colonnes étroites d'abord (sous les montants du tableau des tiers), les libellés longs à la fin. */
export const COLONNES_PIECES = ["Catégorie", "Compte", "Tiers", "Pièce", "Date", "Échéance", "Retard (jours)", "Tranche", "Montant", "Libellé", "Remarque"];

const nombre = (c: Centimes): number => depuisCentimes(c).toNumber();
const siNonNul = (c: Centimes): number | null => (c === 0 ? null : nombre(c));

/** Ce que chaque catégorie doit : « créances » des clients, « dettes » envers les fournisseurs. */
export const SENS_CATEGORIE: Record<CategorieTiers, string> = { Clients: "débit − crédit : ce que les clients doivent", Fournisseurs: "crédit − débit : ce qui est dû aux fournisseurs" };

export interface PlanBalanceAgee {
  plan: Modification[];
  /** Ligne de la feuille des totaux de chaque catégorie. */
  lignesTotaux: Partial<Record<CategorieTiers, number>>;
}

export function planBalanceAgee(feuille: string, b: BalanceAgee, explication: string): PlanBalanceAgee {
  const avecNoms = b.tiers.some((t) => t.libelle || !t.tiers);
  const colonnes = colonnesBalanceAgee(avecNoms);
  const lignes = b.tiers.map((t): Cellule[] => [
    t.categorie,
    t.compte,
    t.tiers || null,
    ...(avecNoms ? [t.libelle || (t.tiers ? null : "Lignes sans tiers")] : []),
    ...t.tranches.map(siNonNul),
    nombre(t.total),
  ]);
  const montants = [...ENTETES_TRANCHES, "Total"];
  const formats: Record<string, string> = { Compte: FORMATS.texte, Tiers: FORMATS.texte, ...Object.fromEntries(montants.map((m) => [m, FORMATS.euros])) };
  const premiereTotaux = LIGNE_TABLEAU + Math.max(lignes.length, 1) + 1;
  const categories = (["Clients", "Fournisseurs"] as const).filter((c) => b.totaux[c]);
  const lignesTotaux: Partial<Record<CategorieTiers, number>> = {};
  const totaux: Cellule[][] = categories.map((categorie, i) => {
    lignesTotaux[categorie] = premiereTotaux + i;
    return colonnes.map((e, j) =>
      j === 0 ? `Total ${categorie.toLowerCase()}` : montants.includes(e) ? `=SUMIFS(${TABLE_BALANCE_AGEE}[${e}],${TABLE_BALANCE_AGEE}[Catégorie],"${categorie}")` : null,
    );
  });
  const controles = categories.map((categorie) => {
    const tiers = b.tiers.filter((t) => t.categorie === categorie);
    const parTranches = b.totaux[categorie]!.reduce((a, x) => a + x, 0);
    const soldes = tiers.reduce((a, t) => a + (categorie === "Clients" ? t.solde : -t.solde), 0);
    return `Σ tranches des ${categorie.toLowerCase()} = solde de leurs comptes au ${jourFr(b.dateArrete)} (${SENS_CATEGORIE[categorie]}) : ${controle(parTranches, soldes)}.`;
  });
  const apresControles = premiereTotaux + Math.max(totaux.length, 1) + 1 + controles.length + 2;
  const pieces = b.pieces.map((p): Cellule[] => {
    const remarque = [p.partiel ? `reste du lettrage partiel « ${p.partiel} »` : "", p.echeanceLue ? "" : "échéance = date de la pièce"].filter(Boolean).join(" ; ");
    return [p.categorie, p.compte, p.tiers || null, p.piece || null, versSerie(p.date), versSerie(p.echeance), p.retard, ENTETES_TRANCHES[p.tranche], nombre(p.montant), p.libelle || null, remarque || null];
  });
  const plan: Modification[] = [
    enteteEtat(feuille, `Balance âgée des clients et des fournisseurs au ${jourFr(b.dateArrete)}`, explication),
    { type: "table", feuille, nom: TABLE_BALANCE_AGEE, adresse: `A${LIGNE_TABLEAU}`, entetes: colonnes, lignes, formats },
  ];
  if (totaux.length) {
    plan.push({ type: "valeurs", feuille, adresse: `A${premiereTotaux}`, valeurs: totaux, formats: totaux.map(() => colonnes.map((e) => (montants.includes(e) ? FORMATS.euros : ""))) });
    totaux.forEach((_, i) => plan.push(miseEnEvidenceTotaux(feuille, premiereTotaux + i, colonnes.length)));
    plan.push({ type: "valeurs", feuille, adresse: `A${premiereTotaux + totaux.length + 1}`, valeurs: lignesControles(controles) });
  }
  plan.push(
    { type: "valeurs", feuille, adresse: `A${apresControles - 1}`, valeurs: [["Détail des pièces non lettrées"]] },
    {
      type: "table",
      feuille,
      nom: TABLE_PIECES_NON_LETTREES,
      adresse: `A${apresControles}`,
      entetes: COLONNES_PIECES,
      lignes: pieces,
      formats: { Compte: FORMATS.texte, Tiers: FORMATS.texte, Pièce: FORMATS.texte, Date: FORMATS.date, Échéance: FORMATS.date, "Retard (jours)": FORMATS.entier, Montant: FORMATS.euros },
    },
  );
  // Retards de plus de 90 jours en rouge dans le détail.
  if (pieces.length) {
    const premiere = apresControles + 1;
    const retard = lettresColonne(COLONNES_PIECES.indexOf("Retard (jours)"));
    plan.push({
      type: "mise-en-forme",
      feuille,
      adresse: `A${premiere}:${lettresColonne(COLONNES_PIECES.length - 1)}${premiere + pieces.length - 1}`,
      formule: `=$${retard}${premiere}>90`,
      remplissage: "#FDE7E9",
      police: "#A4262C",
    });
  }
  return { plan, lignesTotaux };
}
