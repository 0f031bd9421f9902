/**
 * Lecture d'un relevé bancaire posé dans une feuille (export de banque collé, saisie) : ligne d'en-tête cherchée
 * dans les premières lignes comme pour le journal (Date, Libellé, Débit et Crédit, ou Montant signé ; Référence
 * facultative), ancien et nouveau solde reconnus à leur libellé, chaque anomalie nommant sa cellule.
 * Sens de la banque : une somme au Crédit du relevé est de l'argent reçu (débit du 512 chez nous).
 */
import { cleEntete, champEntete } from "../../core/compta/colonnes";
import { centimesCellule, texteCellule } from "../../core/compta/lecture-ligne";
import type { Centimes } from "../../core/compta/centimes";
import { comparerJours, lireDate, type Jour } from "../../core/dates";
import { erreurValeur, versErreurAgora } from "../../core/erreurs";
import { estVide, normaliserMotCle } from "../../core/nombres";
import { adresseComplete, formaterCellule, formaterPlage } from "../../classeur/adresses";
import type { Cellule } from "../../classeur/port";
import type { Remarque } from "../commun/preparation";
import type { LieuGrille } from "./lecture-grille";
import { LIGNES_AVANT_ENTETE } from "./lecture-grille";

export type ChampReleve = "date" | "libelle" | "debit" | "credit" | "montant" | "reference";

/** Variantes propres aux relevés (réduites par `cleEntete`), en plus de celles du journal. */
const VARIANTES_RELEVE: Record<ChampReleve, string[]> = {
  date: ["dateope", "dateop", "dateoper", "datecompta", "dateoperation"],
  libelle: ["operation", "operations", "nature", "natureoperation", "detail", "details", "libelleoperation"],
  debit: ["retrait", "retraits", "sortie", "sorties", "debiteur", "paiements"],
  credit: ["depot", "depots", "entree", "entrees", "crediteur", "encaissements"],
  montant: ["montant", "somme", "montantoperation"],
  reference: ["reference", "ref", "ncheque", "numcheque", "cheque", "numero", "n"],
};

function champReleve(texte: string): ChampReleve | undefined {
  const cle = cleEntete(texte);
  const trouve = (Object.entries(VARIANTES_RELEVE) as [ChampReleve, string[]][]).find(([, v]) => v.includes(cle));
  if (trouve) return trouve[0];
  const journal = champEntete(texte);
  if (journal === "date" || journal === "libelle" || journal === "debit" || journal === "credit" || journal === "montant") return journal;
  if (journal === "piece" || journal === "numero") return "reference";
  return undefined;
}

export interface StructureReleve {
  colonnes: Partial<Record<ChampReleve, number>>;
  entetes: string[];
}

function reconnaitre(ligne: readonly Cellule[]): StructureReleve {
  const entetes = ligne.map((c) => texteCellule(c));
  const colonnes: Partial<Record<ChampReleve, number>> = {};
  entetes.forEach((t, i) => {
    const champ = t ? champReleve(t) : undefined;
    if (champ && colonnes[champ] === undefined) colonnes[champ] = i;
  });
  return { colonnes, entetes };
}

const estEntete = (s: StructureReleve): boolean => s.colonnes.date !== undefined && ((s.colonnes.debit !== undefined && s.colonnes.credit !== undefined) || s.colonnes.montant !== undefined);

export interface OperationReleve {
  date: Jour;
  libelle: string;
  reference: string;
  /** Débit de la banque (argent sorti du compte), en centimes. */
  debit: Centimes;
  /** Crédit de la banque (argent reçu), en centimes. */
  credit: Centimes;
  /** « 'Relevé bancaire'!A6 » */
  cellule: string;
}

export interface SoldeReleve {
  /** Solde créditeur positif (découvert négatif). */
  montant: Centimes;
  libelle: string;
  date?: Jour;
  cellule: string;
}

export interface LectureReleve {
  operations: OperationReleve[];
  soldeInitial?: SoldeReleve;
  soldeFinal?: SoldeReleve;
  /** Plage lue, en-tête compris. */
  zone: string;
  anomalies: Remarque[];
  /** Date du relevé : celle du nouveau solde, sinon celle de la dernière opération. */
  fin?: Jour;
}

/** « Ancien solde », « Solde au 31/12 », « Solde initial » / « Nouveau solde », « Solde final » / « Total des opérations ». */
function genreLigne(libelle: string): "solde" | "final" | "total" | undefined {
  const t = normaliserMotCle(libelle);
  if (/^(nouveau solde|solde final|solde de fin|solde crediteur final|solde debiteur final)/.test(t)) return "final";
  if (/^(ancien solde|solde initial|solde precedent|solde de debut|solde)/.test(t)) return "solde";
  if (/^(total|sous total|totaux)/.test(t)) return "total";
  return undefined;
}

/** Lit la grille d'un relevé ; lève une ErreurAgora si l'en-tête est introuvable. */
export function lireGrilleReleve(valeurs: readonly (readonly Cellule[])[], lieu: LieuGrille): LectureReleve {
  const limite = Math.min(valeurs.length, LIGNES_AVANT_ENTETE);
  let index = -1;
  let s: StructureReleve | undefined;
  for (let i = 0; i < limite; i++) {
    const r = reconnaitre(valeurs[i]);
    if (estEntete(r)) {
      index = i;
      s = r;
      break;
    }
  }
  if (!s) {
    throw erreurValeur(
      `Feuille « ${lieu.feuille} » : aucune ligne d'en-tête de relevé bancaire dans les ${LIGNES_AVANT_ENTETE} premières lignes (il faut les colonnes Date, Libellé, et Débit et Crédit, ou Montant).`,
    );
  }
  const c = s.colonnes;
  const largeur = Math.max(1, ...valeurs.slice(0, limite).map((l) => l.length));
  const adresse = (i: number, champ?: ChampReleve) =>
    adresseComplete(lieu.feuille, formaterCellule({ ligne: lieu.debut.ligne + i, colonne: lieu.debut.colonne + (champ === undefined ? 0 : (c[champ] ?? 0)) }));
  const nom = (champ: ChampReleve) => `colonne « ${s!.entetes[c[champ]!]} »`;
  const anomalies: Remarque[] = [];
  const operations: OperationReleve[] = [];
  let soldeInitial: SoldeReleve | undefined;
  let soldeFinal: SoldeReleve | undefined;
  let fin: Jour | undefined;

  for (let i = index + 1; i < valeurs.length; i++) {
    const l = valeurs[i];
    if (l.every((x) => estVide(x))) continue;
    const numero = lieu.debut.ligne + i + 1;
    const lire = (champ: ChampReleve): Cellule => (c[champ] === undefined ? null : (l[c[champ]!] ?? null));
    const libelle = texteCellule(lire("libelle"));
    // Montant : crédit − débit (colonnes séparées, valeurs absolues) ou Montant signé.
    let debit: Centimes = 0;
    let credit: Centimes = 0;
    let lisible = true;
    const montant = (champ: ChampReleve): Centimes => {
      const v = centimesCellule(lire(champ));
      if (v === undefined) {
        lisible = false;
        anomalies.push({ cellule: adresse(i, champ), message: `Ligne ${numero}, ${nom(champ)} : « ${texteCellule(lire(champ))} » n'est pas un montant en euros (deux décimales au plus).` });
        return 0;
      }
      return v;
    };
    if (c.montant !== undefined && (c.debit === undefined || c.credit === undefined)) {
      const m = montant("montant");
      if (m > 0) credit = m;
      else debit = -m;
    } else {
      debit = Math.abs(montant("debit"));
      credit = Math.abs(montant("credit"));
    }
    if (!lisible) continue;
    const genre = genreLigne(libelle);
    if (genre === "total") continue;
    const cellDate = lire("date");
    let date: Jour | undefined;
    if (!estVide(cellDate)) {
      try {
        date = lireDate(cellDate, `Ligne ${numero}, ${nom("date")}`);
      } catch (e) {
        anomalies.push({ cellule: adresse(i, "date"), message: versErreurAgora(e).message });
        continue;
      }
    }
    if (genre) {
      const solde: SoldeReleve = { montant: credit - debit, libelle, ...(date ? { date } : {}), cellule: adresse(i, "libelle") };
      if (genre === "solde" && !operations.length && !soldeInitial) soldeInitial = solde;
      else soldeFinal = solde;
      continue;
    }
    if (debit && credit) {
      anomalies.push({ cellule: adresse(i, "debit"), message: `Ligne ${numero} : un montant au débit et un au crédit ; une opération du relevé n'a qu'un sens.` });
      continue;
    }
    if (!date) {
      if (!debit && !credit) continue; // une note, un titre de section
      anomalies.push({ cellule: adresse(i, "date"), message: `Ligne ${numero}, ${nom("date")} : la date de l'opération est vide.` });
      continue;
    }
    if (!debit && !credit) {
      anomalies.push({ cellule: adresse(i, c.montant !== undefined ? "montant" : "debit"), message: `Ligne ${numero} : opération « ${libelle} » sans montant.` });
      continue;
    }
    operations.push({ date, libelle, reference: texteCellule(lire("reference")), debit, credit, cellule: adresse(i) });
    if (!fin || comparerJours(date, fin) > 0) fin = date;
  }
  if (soldeFinal?.date && (!fin || comparerJours(soldeFinal.date, fin) > 0)) fin = soldeFinal.date;
  return {
    operations,
    ...(soldeInitial ? { soldeInitial } : {}),
    ...(soldeFinal ? { soldeFinal } : {}),
    zone: formaterPlage({ ligne: lieu.debut.ligne + index, colonne: lieu.debut.colonne }, Math.max(1, valeurs.length - index), largeur),
    anomalies,
    ...(fin ? { fin } : {}),
  };
}
