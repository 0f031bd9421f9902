/**
 * La feuille « Dotations AAAA » : les dotations aux amortissements de l'exercice choisi, en lignes du journal des
 * opérations diverses, une écriture par bien (D 6811 / C 28…, comptabilite.md § 6 et § 9), datées de la clôture,
 * dans les colonnes de la table Journal pour être recopiées telles quelles.
 */
import { montantFr } from "../../core/argent";
import { jourFr, type Jour } from "../../core/dates";
import { FORMATS, type Modification } from "../../classeur/port";
import { tableJournal, totauxJournal, type LigneJournal } from "../commun/journal";
import { cellMontant, compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import { COMPTE_DOTATION, compteAmortissement } from "./comptes";
import { situationAu } from "./plans";
import type { Registre } from "./registre";

export const JOURNAL_OD = "OD";
export const feuilleDotations = (annee: number): string => `Dotations ${annee}`;
export const tableDotations = (annee: number): string => `TabDotations${annee}`;
const numero = (n: number): string => String(n).padStart(3, "0");

/** Les lignes du journal : pour chaque bien doté, D 6811 et C 28… du même montant, sous une pièce DOTAAAA-NNN. */
export function lignesDotations(registre: Registre, cloture: Jour): LigneJournal[] {
  const lignes: LigneJournal[] = [];
  let n = 0;
  for (const b of registre.biens) {
    const s = situationAu(b, cloture);
    if (s.dotation.isZero() || !b.compte) continue;
    n++;
    const commun = { journal: JOURNAL_OD, date: cloture, piece: `DOT${cloture.annee}-${numero(n)}`, libelle: `Dotation ${cloture.annee} – ${b.designation}` };
    lignes.push({ ...commun, compte: COMPTE_DOTATION, debit: s.dotation });
    lignes.push({ ...commun, compte: compteAmortissement(b.compte), credit: s.dotation });
  }
  return lignes;
}

/** Biens sans dotation à cette clôture, en phrases : « Logiciel de caisse : entièrement amorti au 31/12/2025. » */
export function biensSansDotation(registre: Registre, cloture: Jour): string[] {
  return registre.biens.flatMap((b) => {
    const s = situationAu(b, cloture);
    if (s.etat === "pas-commence") return [`${b.designation} : amortissement pas encore commencé au ${jourFr(cloture)} (départ le ${jourFr(b.plan.depart)}).`];
    if (s.etat === "termine") return [`${b.designation} : entièrement amorti avant le ${jourFr(cloture)} (VNC ${montantFr(s.vnc)} €).`];
    return [];
  });
}

/**
 * Les modifications de la feuille des dotations, ou undefined (avec la raison) si le registre n'a pas de colonne
 * Compte ou si aucun bien n'est doté cet exercice-là.
 */
export function feuilleDesDotations(
  registre: Registre,
  cloture: Jour,
  feuilles: FeuillesGenerees,
): { modifs: Modification[]; resume: string } | { raison: string } {
  if (!registre.avecCompte) {
    return {
      raison:
        `Le registre n'a pas de colonne « Compte » : ajoutez-la (2154, 2183, 205…) pour obtenir les écritures de dotation ` +
        `(D 6811 / C 28…) de l'exercice clos le ${jourFr(cloture)}.`,
    };
  }
  const lignes = lignesDotations(registre, cloture);
  if (lignes.length === 0) return { raison: `Aucun bien n'est à amortir sur l'exercice clos le ${jourFr(cloture)} : pas d'écriture de dotation.` };
  const nom = feuilleDotations(cloture.annee);
  const { debit, credit } = totauxJournal(lignes);
  const sans = biensSansDotation(registre, cloture);
  const finTable = 3 + lignes.length; // dernière ligne du tableau (en-tête en ligne 3)
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      nom,
      `Dotations aux amortissements de l'exercice clos le ${jourFr(cloture)}`,
      "Journal des opérations diverses : une écriture par bien, D 6811 / C 28… (comptabilite.md § 6). Recopiez ces lignes à la fin du tableau du Journal.",
    ),
    tableJournal(nom, tableDotations(cloture.annee), "A3", lignes),
    {
      type: "valeurs",
      feuille: nom,
      adresse: `E${finTable + 2}`,
      valeurs: [["Totaux", cellMontant(debit), cellMontant(credit)]],
      formats: [["", FORMATS.euros, FORMATS.euros]],
    },
  ];
  if (sans.length > 0) {
    modifs.push({ type: "valeurs", feuille: nom, adresse: `A${finTable + 4}`, valeurs: [["Sans dotation cet exercice :"], ...sans.map((s) => [s])] });
  }
  const ecritures = lignes.length / 2;
  return {
    modifs,
    resume: phraseFeuille(feuilles, nom, `${compte(ecritures, "écriture")} de dotation (${compte(lignes.length, "ligne")}), total ${montantFr(debit)} €`),
  };
}
