/**
 * La feuille « Cession … » d'un bien du registre (comptabilite.md § 6 et § 9.4, PCG 2025) : le calcul (dotation
 * complémentaire jusqu'à la date de cession, amortissements cumulés, VNC, prix, plus ou moins-value) et les trois
 * écritures du journal des opérations diverses :
 *   1. D 6811 / C 28… : dotation complémentaire ;
 *   2. D 28… (cumul) et D 657 (VNC) / C 2… (valeur d'origine) : sortie de l'actif ;
 *   3. D 462 (prix TTC) / C 757 (prix HT) et C 44571 (TVA) : prix de cession.
 */
import type Decimal from "decimal.js";
import { montantFr, tauxFr } from "../../core/argent";
import { comparerJours, jourFr, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { cession } from "../../core/immobilisations";
import { montantTva } from "../../core/tva";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { tableJournal, type LigneJournal } from "../commun/journal";
import { cellMontant, compte, feuilleTitree, nomFeuille, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import {
  COMPTE_CREANCE_CESSION,
  COMPTE_DOTATION,
  COMPTE_PRIX_CESSION,
  COMPTE_TVA_COLLECTEE,
  COMPTE_VNC_CEDEE,
  compteAmortissement,
} from "./comptes";
import { JOURNAL_OD } from "./dotations";
import type { BienRegistre, Registre } from "./registre";

export interface DemandeCession {
  /** Rang du bien dans le registre (1 = première ligne). */
  rang: number;
  date: Jour;
  /** Prix de cession hors taxes. */
  prix: Decimal;
  /** TVA sur le prix (0 si la cession n'y est pas soumise). */
  tauxTva: Decimal;
}

export const feuilleCession = (b: Pick<BienRegistre, "designation">): string => nomFeuille(`Cession ${b.designation}`);
export const tableCession = (rang: number): string => `TabCession${rang}`;

export interface CalculCession {
  bien: BienRegistre;
  dotation: Decimal;
  /** Début de la période de la dotation complémentaire (début de l'exercice, ou départ du plan). */
  debutDotation?: Jour;
  cumulAnterieur: Decimal;
  cumul: Decimal;
  vnc: Decimal;
  prix: Decimal;
  tva: Decimal;
  resultat: Decimal;
  lignes: LigneJournal[];
}

function trouverBien(registre: Registre, rang: number): BienRegistre {
  const bien = registre.biens.find((b) => b.rang === rang);
  if (!bien) throw erreurValeur(`Bien cédé : le registre compte ${compte(registre.biens.length, "bien")}, le bien n° ${rang} n'existe pas.`);
  if (!bien.compte) {
    throw erreurValeur(`Le registre n'a pas de colonne « Compte » : ajoutez-la (2154, 2183, 205…) pour passer les écritures de cession (28…, 2…).`);
  }
  return bien;
}

/** Le calcul de la cession (noyau) et ses lignes de journal. */
export function calculerCession(registre: Registre, demande: DemandeCession): CalculCession {
  const bien = trouverBien(registre, demande.rang);
  const immo = bien.immobilisation;
  if (comparerJours(demande.date, immo.debut) < 0) {
    throw erreurValeur(
      `Date de cession : le ${jourFr(demande.date)} précède ${immo.mode === "degressif" ? "l'acquisition" : "la mise en service"} de « ${bien.designation} » (${jourFr(immo.debut)}).`,
    );
  }
  const c = cession(immo, demande.date, demande.prix);
  const tva = montantTva(c.prix, demande.tauxTva);
  const compte2 = bien.compte!;
  const compte28 = compteAmortissement(compte2);
  const commun = { journal: JOURNAL_OD, date: demande.date, piece: `CES${demande.date.annee}-${String(bien.rang).padStart(3, "0")}` };
  const lignes: LigneJournal[] = [];
  const designation = bien.designation;
  if (!c.dotation.isZero()) {
    const libelle = `Dotation complémentaire – ${designation}`;
    lignes.push({ ...commun, compte: COMPTE_DOTATION, libelle, debit: c.dotation }, { ...commun, compte: compte28, libelle, credit: c.dotation });
  }
  const sortie = `Sortie de l'actif – ${designation}`;
  if (!c.cumul.isZero()) lignes.push({ ...commun, compte: compte28, libelle: sortie, debit: c.cumul });
  if (!c.vnc.isZero()) lignes.push({ ...commun, compte: COMPTE_VNC_CEDEE, libelle: sortie, debit: c.vnc });
  lignes.push({ ...commun, compte: compte2, libelle: sortie, credit: immo.valeurOrigine });
  if (!c.prix.isZero()) {
    const libelle = `Prix de cession – ${designation}`;
    lignes.push({ ...commun, compte: COMPTE_CREANCE_CESSION, libelle, debit: c.prix.plus(tva) }, { ...commun, compte: COMPTE_PRIX_CESSION, libelle, credit: c.prix });
    if (!tva.isZero()) lignes.push({ ...commun, compte: COMPTE_TVA_COLLECTEE, libelle, credit: tva });
  }
  return {
    bien,
    dotation: c.dotation,
    ...(c.ligne ? { debutDotation: c.ligne.debut } : {}),
    cumulAnterieur: c.cumulAnterieur,
    cumul: c.cumul,
    vnc: c.vnc,
    prix: c.prix,
    tva,
    resultat: c.resultat,
    lignes,
  };
}

/** Les modifications de la feuille de cession et la phrase du résumé. */
export function feuilleDeCession(registre: Registre, demande: DemandeCession, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string; calcul: CalculCession } {
  const calcul = calculerCession(registre, demande);
  const { bien } = calcul;
  const nom = feuilleCession(bien);
  const plusValue = !calcul.resultat.isNeg();
  const periode = calcul.debutDotation ? ` (du ${jourFr(calcul.debutDotation)} au ${jourFr(demande.date)})` : "";
  const calculs: Cellule[][] = [
    ["Valeur d'origine", cellMontant(bien.immobilisation.valeurOrigine)],
    ["Amortissements des exercices antérieurs", cellMontant(calcul.cumulAnterieur)],
    [`Dotation complémentaire${periode}`, cellMontant(calcul.dotation)],
    ["Amortissements cumulés à la cession", cellMontant(calcul.cumul)],
    ["VNC des éléments cédés (657)", cellMontant(calcul.vnc)],
    ["Prix de cession HT (757)", cellMontant(calcul.prix)],
    [`TVA collectée sur le prix (${tauxFr(demande.tauxTva)})`, cellMontant(calcul.tva)],
    [`${plusValue ? "Plus-value" : "Moins-value"} (757 − 657)`, cellMontant(calcul.resultat)],
  ];
  const debutTable = 4 + calculs.length + 2;
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      nom,
      `Cession : ${bien.designation}`,
      `Compte ${bien.compte}, cédé le ${jourFr(demande.date)} pour ${montantFr(calcul.prix)} € HT. PCG 2025 : VNC au 657, prix au 757, en résultat d'exploitation (comptabilite.md § 9.4).`,
    ),
    // Libellés en A, montants en F (colonne Débit du tableau d'écritures) : le libellé déborde sur les cellules vides.
    { type: "valeurs", feuille: nom, adresse: "A4", valeurs: calculs.map(([libelle]) => [libelle]) },
    { type: "valeurs", feuille: nom, adresse: "F4", valeurs: calculs.map(([, montant]) => [montant]), formats: calculs.map(() => [FORMATS.euros]) },
    { type: "valeurs", feuille: nom, adresse: `A${debutTable - 1}`, valeurs: [["Écritures du journal des opérations diverses, à recopier dans le Journal :"]] },
    tableJournal(nom, tableCession(bien.rang), `A${debutTable}`, calcul.lignes),
  ];
  const nature = plusValue ? "plus-value" : "moins-value";
  return {
    modifs,
    calcul,
    resume: phraseFeuille(feuilles, nom, `${compte(calcul.lignes.length, "ligne")} d'écriture, ${nature} de ${montantFr(calcul.resultat.abs())} €`),
  };
}
