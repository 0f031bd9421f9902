/**
 * La feuille « Budget de trésorerie » (comptabilite.md § 8) : trésorerie au début de chaque mois, encaissements et
 * décaissements détaillés avec leurs totaux, solde du mois, trésorerie à la fin du mois (solde cumulé), calculés par
 * le noyau (AGORA.BUDGET.TRESORERIE) ; un mois qui finit en négatif est mis en rouge et signalé. Sous le budget,
 * ses totaux mois par mois et leur graphique en colonnes (encaissements, décaissements, trésorerie de fin de mois).
 */
import type Decimal from "decimal.js";
import { montantFr } from "../../core/argent";
import { budgetTresorerie, type MoisBudget } from "../../core/tresorerie";
import { adresseComplete, lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellMontant, compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import { somme } from "../../core/argent";

/** Ce que montre le budget : les mois et les lignes d'encaissement et de décaissement (montants TTC par mois). */
export interface DonneesBudget {
  /** D'où viennent les chiffres, pour la note sous le titre : « Prévisions : feuille « X » (A1:E14). » */
  origine: string;
  mois: string[];
  encaissements: readonly { libelle: string; montants: Decimal[] }[];
  decaissements: readonly { libelle: string; montants: Decimal[] }[];
}

/** Un tableau de complément écrit sous le budget (TVA du mois, restes dus en fin de période). */
export interface Complement {
  titre: string;
  entetes: string[];
  lignes: Cellule[][];
}

const totauxParMois = (lignes: DonneesBudget["encaissements"], mois: number): Decimal[] =>
  Array.from({ length: mois }, (_, i) => somme(lignes.map((l) => l.montants[i])));

export const FEUILLE_BUDGET = "Budget de trésorerie";
export const TABLE_BUDGET = "TabBudgetTresorerie";
export const REMPLISSAGE_NEGATIF = "#FDE7E9";
export const POLICE_NEGATIF = "#A4262C";

export const LIBELLES_BUDGET = {
  debut: "Trésorerie au début du mois",
  encaissements: "Encaissements",
  totalEncaissements: "Total des encaissements",
  decaissements: "Décaissements",
  totalDecaissements: "Total des décaissements",
  solde: "Solde du mois",
  fin: "Trésorerie à la fin du mois (solde cumulé)",
} as const;

export interface Budget {
  mois: string[];
  lignes: MoisBudget[];
  /** Trésorerie au début de chaque mois. */
  debuts: Decimal[];
}

export function calculerBudget(p: DonneesBudget, initiale: Decimal): Budget {
  const n = p.mois.length;
  const lignes = budgetTresorerie(totauxParMois(p.encaissements, n), totauxParMois(p.decaissements, n), initiale);
  return { mois: p.mois, lignes, debuts: lignes.map((_, i) => (i === 0 ? initiale : lignes[i - 1].cumul)) };
}

/** Les mois qui finissent en négatif, en une phrase d'avertissement (ou rien). */
export function alerteNegative(b: Budget): string | undefined {
  const negatifs = b.lignes.flatMap((l, i) => (l.cumul.isNeg() && !l.cumul.isZero() ? [`${b.mois[i].toLowerCase()} (${montantFr(l.cumul)} €)`] : []));
  if (negatifs.length === 0) return undefined;
  return (
    `Trésorerie négative à la fin de ${negatifs.join(", ")} : besoin de financement à prévoir ` +
    "(découvert autorisé, emprunt, apport, ou négociation des délais de paiement des clients et des fournisseurs)."
  );
}

export function feuilleBudget(p: DonneesBudget, initiale: Decimal, feuilles: FeuillesGenerees, complements: readonly Complement[] = []): { modifs: Modification[]; resume: string; alerte?: string } {
  const b = calculerBudget(p, initiale);
  const n = b.mois.length;
  const montants = (ds: readonly Decimal[]): Cellule[] => ds.map(cellMontant);
  // Lignes de détail : un mois sans montant reste vide, comme dans les prévisions.
  const detail = (ds: readonly Decimal[]): Cellule[] => ds.map((d) => (d.isZero() ? null : cellMontant(d)));
  const vide: Cellule[] = b.mois.map(() => null);
  const L = LIBELLES_BUDGET;
  const lignes: Cellule[][] = [
    [L.debut, ...montants(b.debuts)],
    [L.encaissements, ...vide],
    ...p.encaissements.map((l) => [l.libelle, ...detail(l.montants)]),
    [L.totalEncaissements, ...montants(b.lignes.map((l) => l.encaissements))],
    [L.decaissements, ...vide],
    ...p.decaissements.map((l) => [l.libelle, ...detail(l.montants)]),
    [L.totalDecaissements, ...montants(b.lignes.map((l) => l.decaissements))],
    [L.solde, ...montants(b.lignes.map((l) => l.solde))],
    [L.fin, ...montants(b.lignes.map((l) => l.cumul))],
  ];
  const debut = 4;
  const ligneFin = debut + lignes.length; // la dernière ligne du tableau : trésorerie à la fin du mois
  const derniere = lettresColonne(n);
  const formats = Object.fromEntries(b.mois.map((m) => [m, FORMATS.euros]));
  const alerte = alerteNegative(b);
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      FEUILLE_BUDGET,
      "Budget de trésorerie",
      `${p.origine} Trésorerie à la fin du mois = trésorerie au début + encaissements − décaissements ; ` +
        "la fin d'un mois est le début du suivant (comptabilite.md § 8).",
    ),
    { type: "table", feuille: FEUILLE_BUDGET, nom: TABLE_BUDGET, adresse: `A${debut}`, entetes: ["Trésorerie", ...b.mois], lignes, formats },
    {
      type: "mise-en-forme",
      feuille: FEUILLE_BUDGET,
      adresse: `B${ligneFin}:${derniere}${ligneFin}`,
      formule: `=B${ligneFin}<0`,
      remplissage: REMPLISSAGE_NEGATIF,
      police: POLICE_NEGATIF,
    },
  ];
  let ligne = ligneFin + 2;
  if (alerte) {
    modifs.push({ type: "valeurs", feuille: FEUILLE_BUDGET, adresse: `A${ligne}`, valeurs: [[`Attention : ${alerte}`]] });
    ligne += 2;
  }
  for (const c of complements) {
    const bloc: Cellule[][] = [c.entetes, ...c.lignes];
    modifs.push(
      { type: "valeurs", feuille: FEUILLE_BUDGET, adresse: `A${ligne}`, valeurs: [[c.titre]] },
      { type: "valeurs", feuille: FEUILLE_BUDGET, adresse: `A${ligne + 1}`, valeurs: bloc, formats: bloc.map((l, i) => l.map((v, j) => (i > 0 && j > 0 && typeof v === "number" ? FORMATS.euros : ""))) },
    );
    ligne += bloc.length + 2;
  }
  // Les totaux mois par mois (un mois par ligne) et leur graphique : colonnes, trésorerie de fin de mois comprise.
  const haut = ligne + 1;
  const donnees: Cellule[][] = [
    ["Mois", "Encaissements", "Décaissements", "Solde cumulé"],
    ...b.lignes.map((l, i) => [b.mois[i], cellMontant(l.encaissements), cellMontant(l.decaissements), cellMontant(l.cumul)]),
  ];
  modifs.push(
    { type: "valeurs", feuille: FEUILLE_BUDGET, adresse: `A${ligne}`, valeurs: [["Résumé mois par mois"]] },
    {
      type: "valeurs",
      feuille: FEUILLE_BUDGET,
      adresse: `A${haut}`,
      valeurs: donnees,
      formats: donnees.map((l, i) => l.map((_, j) => (i > 0 && j > 0 ? FORMATS.euros : ""))),
    },
    {
      type: "graphique",
      feuille: FEUILLE_BUDGET,
      source: adresseComplete(FEUILLE_BUDGET, `$A$${haut}:$D$${haut + n}`),
      genre: "colonnes",
      // La trésorerie de fin de mois en courbe sur les colonnes des flux : on lit la tendance d'un coup d'œil.
      courbes: [2],
      titre: "Encaissements, décaissements et trésorerie de fin de mois",
      // Sous le résumé, à gauche : visible sans défiler de côté, même avec le volet ouvert.
      position: `A${haut + n + 2}`,
    },
  );
  const fin = b.lignes[n - 1].cumul;
  return {
    modifs,
    resume: phraseFeuille(
      feuilles,
      FEUILLE_BUDGET,
      `${compte(n, "mois", "mois")}, ${compte(p.encaissements.length, "ligne")} d'encaissement et ${compte(p.decaissements.length, "ligne")} de décaissement, ` +
        `trésorerie finale ${montantFr(fin)} €`,
    ),
    ...(alerte ? { alerte } : {}),
  };
}
