/**
 * Feuilles « Balance » et « Balance auxiliaire » (comptabilite.md § 1.6) : un titre, le tableau Excel, la ligne de
 * totaux (formules SOMME sur les colonnes du tableau) et les contrôles Σ D = Σ C, Σ SD = Σ SC écrits en français.
 * Les montants viennent du noyau (centimes entiers, src/core/compta/balance.ts) : exacts au centime.
 */
import { CumulBalance, soldeCrediteur, soldeDebiteur, type Balance, type LigneBalance } from "../../core/compta/balance";
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { categorieTiers, estCompteTiers } from "../../core/compta/lettrage";
import { libelleCompte } from "../../core/compta/pcg";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { eurosFr } from "./preparation";

export const FEUILLE_BALANCE = "Balance";
export const TABLE_BALANCE = "Balance";
export const FEUILLE_BALANCE_AUXILIAIRE = "Balance auxiliaire";
export const TABLE_BALANCE_AUXILIAIRE = "BalanceAuxiliaire";

/** Ligne d'en-tête des tableaux des états (titre en A1, explication en A2, tableau en A4). */
export const LIGNE_TABLEAU = 4;

const nombre = (c: Centimes): number => depuisCentimes(c).toNumber();
const siNonNul = (c: Centimes): number | null => (c === 0 ? null : nombre(c));

/** Titre et explication d'un état, au-dessus de son tableau. */
export function enteteEtat(feuille: string, titre: string, explication: string): Modification {
  return { type: "valeurs", feuille, adresse: "A1", valeurs: [[titre], [explication]] };
}

/** Bleu très pâle des lignes de total (sous-totaux du grand livre, totaux des états). */
export const COULEURS_TOTAL = { remplissage: "#EBF3FC", police: "#0F548C" } as const;

/** Mise en évidence d'une ligne de totaux (les modifications du port n'ont pas de gras). */
export function miseEnEvidenceTotaux(feuille: string, ligne: number, colonnes: number, colonneLibelle = "A"): Modification {
  return { type: "mise-en-forme", feuille, adresse: `A${ligne}:${lettresColonne(colonnes - 1)}${ligne}`, formule: `=$${colonneLibelle}${ligne}<>""`, ...COULEURS_TOTAL };
}

/** Contrôle d'égalité en français : « vérifié (7 200,00 € = 7 200,00 €) » ou l'écart. */
export function controle(gauche: Centimes, droite: Centimes): string {
  return gauche === droite ? `vérifié (${eurosFr(gauche)} = ${eurosFr(droite)})` : `ÉCART de ${eurosFr(Math.abs(gauche - droite))} (${eurosFr(gauche)} ≠ ${eurosFr(droite)})`;
}

/**
 * Les lignes de contrôle sous un état : un titre puis une phrase par contrôle, chacune dans une seule cellule de la
 * colonne A (elle déborde sur les cellules vides à droite sans élargir la colonne).
 */
export function lignesControles(controles: readonly string[]): Cellule[][] {
  return [["Contrôles"], ...controles.map((c) => [c])];
}

/** Le tableau d'un état en A4, sa ligne de totaux juste dessous et des lignes de contrôle deux lignes plus bas. */
function tableEtat(
  feuille: string,
  nom: string,
  entetes: string[],
  lignes: Cellule[][],
  formats: Record<string, string>,
  aSommer: string[],
  controles: string[],
): Modification[] {
  const totaux = LIGNE_TABLEAU + Math.max(lignes.length, 1) + 1;
  const ligneTotaux: Cellule[] = entetes.map((e, j) => (j === 0 ? "Totaux" : aSommer.includes(e) ? `=SUM(${nom}[${e}])` : null));
  return [
    { type: "table", feuille, nom, adresse: `A${LIGNE_TABLEAU}`, entetes, lignes, formats },
    {
      type: "valeurs",
      feuille,
      adresse: `A${totaux}`,
      valeurs: [ligneTotaux],
      formats: [entetes.map((e) => (aSommer.includes(e) ? FORMATS.euros : ""))],
    },
    miseEnEvidenceTotaux(feuille, totaux, entetes.length),
    {
      type: "valeurs",
      feuille,
      adresse: `A${totaux + 2}`,
      valeurs: lignesControles(controles),
    },
  ];
}

const MONTANTS = ["Débit", "Crédit", "Solde débiteur", "Solde créditeur"];
const FORMATS_MONTANTS: Record<string, string> = Object.fromEntries(MONTANTS.map((m) => [m, FORMATS.euros]));

const montants = (l: { debit: Centimes; credit: Centimes }): Cellule[] => [nombre(l.debit), nombre(l.credit), siNonNul(soldeDebiteur(l)), siNonNul(soldeCrediteur(l))];

/** Les contrôles du § 1.6, sur les totaux calculés par le noyau. */
export function controlesBalance(b: Balance): string[] {
  const t = b.totaux;
  return [`Σ débits = Σ crédits : ${controle(t.debit, t.credit)}.`, `Σ soldes débiteurs = Σ soldes créditeurs : ${controle(t.soldeDebiteur, t.soldeCrediteur)}.`];
}

export function planBalance(feuille: string, b: Balance, explication: string): Modification[] {
  const entetes = ["Compte", "Libellé", ...MONTANTS];
  const lignes = b.comptes.map((c): Cellule[] => [c.compte, c.libelle || null, ...montants(c)]);
  return [
    enteteEtat(feuille, "Balance générale", explication),
    ...tableEtat(feuille, TABLE_BALANCE, entetes, lignes, { Compte: FORMATS.texte, ...FORMATS_MONTANTS }, MONTANTS, controlesBalance(b)),
  ];
}

export interface BalanceAuxiliaire {
  balance: Balance;
  /** Lignes des comptes 40 et 41 sans tiers (regroupées par compte). */
  sansTiers: number;
  /** Par catégorie : solde des tiers et solde des mêmes comptes dans la balance générale. */
  categories: { categorie: string; soldeTiers: Centimes; soldeGeneral: Centimes }[];
}

/**
 * Balance auxiliaire : par compte et par tiers pour les lignes qui en portent un ; les lignes des comptes
 * fournisseurs (40) et clients (41) sans tiers sont regroupées par compte, pour que chaque catégorie se
 * rapproche de la balance générale (solde du collectif = Σ soldes des auxiliaires, § 1.4).
 */
export function calculerBalanceAuxiliaire(lignes: readonly LigneEcriture[], generale: Balance): BalanceAuxiliaire {
  const avecTiers = new CumulBalance();
  const sansTiers = new CumulBalance();
  let n = 0;
  for (const l of lignes) {
    if (l.tiers) avecTiers.ajouter(l);
    else if (estCompteTiers(l.compte)) {
      sansTiers.ajouter(l);
      n++;
    }
  }
  const aux = avecTiers.auxiliaire();
  const parCompte = sansTiers.generale();
  const comptes: LigneBalance[] = [...aux.comptes, ...parCompte.comptes.map((c) => ({ ...c, tiers: "" }))].sort(
    (a, b) => (a.compte < b.compte ? -1 : a.compte > b.compte ? 1 : (a.tiers ?? "") < (b.tiers ?? "") ? -1 : (a.tiers ?? "") > (b.tiers ?? "") ? 1 : 0),
  );
  const totaux = { debit: 0, credit: 0, soldeDebiteur: 0, soldeCrediteur: 0 };
  const parCategorie = new Map<string, { soldeTiers: Centimes; comptes: Set<string> }>();
  for (const c of comptes) {
    totaux.debit += c.debit;
    totaux.credit += c.credit;
    totaux.soldeDebiteur += soldeDebiteur(c);
    totaux.soldeCrediteur += soldeCrediteur(c);
    const cat = categorieTiers(c.compte) ?? "Autres tiers";
    const e = parCategorie.get(cat) ?? { soldeTiers: 0, comptes: new Set<string>() };
    e.soldeTiers += c.debit - c.credit;
    e.comptes.add(c.compte);
    parCategorie.set(cat, e);
  }
  const categories = [...parCategorie.entries()].map(([categorie, e]) => ({
    categorie,
    soldeTiers: e.soldeTiers,
    soldeGeneral: generale.comptes.filter((c) => e.comptes.has(c.compte)).reduce((s, c) => s + c.debit - c.credit, 0),
  }));
  return { balance: { comptes, totaux, equilibree: totaux.debit === totaux.credit }, sansTiers: n, categories };
}

/** « 2 496,00 € débiteur », « 4 200,00 € créditeur », « 0,00 € ». */
export function soldeFr(s: Centimes): string {
  return s > 0 ? `${eurosFr(s)} débiteur` : s < 0 ? `${eurosFr(-s)} créditeur` : eurosFr(0);
}

export function planBalanceAuxiliaire(feuille: string, a: BalanceAuxiliaire, explication: string): Modification[] {
  const entetes = ["Compte", "Tiers", "Libellé", ...MONTANTS];
  const lignes = a.balance.comptes.map((c): Cellule[] => {
    const intitule = libelleCompte(c.compte) ?? "";
    const libelle = c.tiers ? c.libelle || intitule : `Lignes sans tiers${intitule ? ` (${intitule})` : ""}`;
    return [c.compte, c.tiers || null, libelle || null, ...montants(c)];
  });
  const controles = a.categories.map(({ categorie, soldeTiers, soldeGeneral }) => {
    const resultat = soldeTiers === soldeGeneral ? `vérifié (${soldeFr(soldeTiers)})` : `ÉCART (${soldeFr(soldeTiers)} ≠ ${soldeFr(soldeGeneral)})`;
    return `Σ soldes des ${categorie.toLowerCase()} = solde de leurs comptes dans la balance générale : ${resultat}.`;
  });
  return [
    enteteEtat(feuille, "Balance auxiliaire des clients et des fournisseurs", explication),
    ...tableEtat(feuille, TABLE_BALANCE_AUXILIAIRE, entetes, lignes, { Compte: FORMATS.texte, Tiers: FORMATS.texte, ...FORMATS_MONTANTS }, MONTANTS, controles),
  ];
}
