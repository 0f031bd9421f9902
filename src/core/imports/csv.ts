/**
 * CSV générique à en-têtes (export de tableur, module « Exports » de Dolibarr, import paramétrable d'EBP ou de Sage) :
 * les colonnes sont reconnues à leur nom (src/core/compta/colonnes.ts : « Date », « N° pièce », « Compte », « Débit »,
 * noms du FEC…), la ligne d'en-tête peut suivre quelques lignes de titre. Montants en Débit/Crédit, en Montant/Sens,
 * ou en Montant signé seul (positif = débit).
 */
import { reconnaitreColonnes, type StructureJournal } from "../compta/colonnes";
import type { Echantillon, PlanLecture } from "./plan";
import type { Disposition, Enregistrement, FormatImport, SensMontants } from "./types";
import { texteSource } from "./valeurs";

/** Nombre d'enregistrements parcourus au plus pour trouver l'en-tête (titres d'un export). */
const ENREGISTREMENTS_AVANT_ENTETE = 20;

/** Sens des montants d'une structure reconnue, ou undefined s'il manque les colonnes de montant. */
export function sensMontants(s: StructureJournal["colonnes"]): SensMontants | undefined {
  if (s.debit !== undefined && s.credit !== undefined) return "debit-credit";
  if (s.montant !== undefined && s.sens !== undefined) return "montant-sens";
  if (s.montant !== undefined) return "signe";
  return undefined;
}

/** La disposition d'un fichier à en-tête dont les colonnes sont connues. */
export function dispositionEntete(structure: StructureJournal, sauter: number, montants: SensMontants): Disposition {
  const c = structure.colonnes;
  return {
    colonnes: { ...c },
    entetes: structure.entetes,
    sauter,
    formatDate: "auto",
    montants,
    numerotation: c.numero !== undefined || c.piece !== undefined ? "colonne" : "equilibre",
  };
}

/** Cherche la ligne d'en-tête parmi les premiers enregistrements : Date, Compte et des montants reconnus. */
export function chercherEntete(premiers: readonly Enregistrement[]): { structure: StructureJournal; index: number; montants: SensMontants } | undefined {
  for (let i = 0; i < Math.min(premiers.length, ENREGISTREMENTS_AVANT_ENTETE); i++) {
    const structure = reconnaitreColonnes(premiers[i].champs.map(texteSource));
    const c = structure.colonnes;
    const montants = sensMontants(c);
    if (c.compte !== undefined && c.date !== undefined && montants) return { structure, index: i, montants };
  }
  return undefined;
}

/** Reconnaît un CSV à en-têtes ; `format` : le nom sous lequel le présenter (csv, ou le PGI choisi par l'utilisateur). */
export function reconnaitreCsv(e: Echantillon, format: FormatImport = "csv", libelle = "CSV avec ligne d'en-tête"): PlanLecture | undefined {
  const trouve = chercherEntete(e.premiers);
  if (!trouve) return undefined;
  const noms = Object.keys(trouve.structure.colonnes).length;
  return {
    reconnaissance: {
      format,
      libelle,
      raison: `ligne d'en-tête ${e.premiers[trouve.index].ligne} : ${noms} colonnes de journal reconnues à leur nom`,
    },
    disposition: dispositionEntete(trouve.structure, trouve.index + 1, trouve.montants),
    separateur: e.separateur,
  };
}
