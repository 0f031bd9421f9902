/**
 * Lecture d'un journal posé dans une feuille (export de PGI collé, saisie d'élève, tableau `Journal`) :
 * recherche de la ligne d'en-tête dans les premières lignes (titres d'un export au-dessus), reconnaissance des
 * colonnes (src/core/compta/colonnes.ts), lecture et validation de chaque ligne (src/core/compta), sans jamais
 * s'arrêter à la première anomalie. Chaque anomalie nomme la ligne et la colonne, et sa cellule (« Journal!F12 »).
 * Une écriture déséquilibrée n'est pas bloquante : elle est signalée à part.
 */
import { Anomalies, type Anomalie } from "../../core/compta/anomalie";
import { colonnesManquantes, estEnteteJournal, messageColonnesManquantes, NOM_CHAMP, reconnaitreColonnes, type ChampJournal, type StructureJournal } from "../../core/compta/colonnes";
import { cleEcriture, type LigneEcriture } from "../../core/compta/ecriture";
import { lireLigneJournal, texteCellule } from "../../core/compta/lecture-ligne";
import { ControleEquilibre, messageDesequilibre, ValidateurJournal } from "../../core/compta/valider";
import { estVide, normaliserMotCle } from "../../core/nombres";
import { erreurValeur } from "../../core/erreurs";
import { adresseComplete, formaterCellule, formaterPlage, type Position } from "../../classeur/adresses";
import type { Cellule } from "../../classeur/port";
import type { Remarque } from "../commun/preparation";

/** Où est la grille lue : sa feuille et sa cellule en haut à gauche. */
export interface LieuGrille {
  feuille: string;
  debut: Position;
}

export interface LectureJournal {
  lignes: LigneEcriture[];
  structure: StructureJournal;
  /** Ligne d'en-tête (n° de ligne de la feuille, à partir de 1). */
  ligneEntete: number;
  /** Plage lue, en-tête compris : « A1:G26 ». */
  zone: string;
  /** Lignes de données non vides examinées (hors lignes de total ignorées). */
  lues: number;
  /** Nombre d'écritures (journal + numéro) distinctes. */
  ecritures: number;
  /** Anomalies bloquantes (valeur illisible, compte hors PCG, montant négatif…), triées par ligne. */
  erreurs: Remarque[];
  /** Nombre d'anomalies bloquantes, y compris celles qui ne sont pas citées (au-delà de la limite). */
  nombreErreurs: number;
  /** Écritures déséquilibrées : signalées, pas bloquantes. */
  desequilibres: Remarque[];
  /** Lignes de total, de report ou de commentaire, laissées de côté. */
  ignorees: Remarque[];
}

/** Nombre de lignes parcourues au plus pour trouver l'en-tête (titres d'un export). */
export const LIGNES_AVANT_ENTETE = 20;
/** Anomalies citées au plus (les suivantes sont comptées). */
export const ANOMALIES_CITEES = 200;

/** « Totaux », « Sous-total », « Écart », « Solde à reporter », « Report » : des lignes de présentation. */
const PRESENTATION = /^(sous )?tota(l|ux)\b|^ecart|^solde|^(a )?report|^cumul/;

/** Ligne de présentation (total, report, commentaire) : ni date, ni compte, ni journal, ni numéro, ni pièce. */
function horsJournal(cellules: readonly Cellule[], s: StructureJournal): { ignoree: boolean; libelle?: string } {
  const identifiants: ChampJournal[] = ["date", "compte", "journal", "numero", "piece"];
  if (identifiants.some((c) => s.colonnes[c] !== undefined && !estVide(cellules[s.colonnes[c]!]))) return { ignoree: false };
  const textes = cellules.filter((c) => typeof c === "string" && c.trim() !== "").map((c) => texteCellule(c));
  const libelle = textes.find((t) => PRESENTATION.test(normaliserMotCle(t)));
  if (libelle !== undefined) return { ignoree: true, libelle };
  // Sans montant non plus : une note, un titre de section.
  const montants: ChampJournal[] = ["debit", "credit", "montant"];
  const sansMontant = montants.every((c) => s.colonnes[c] === undefined || estVide(cellules[s.colonnes[c]!]));
  return sansMontant ? { ignoree: true, libelle: textes[0] } : { ignoree: false };
}

/** Champ visé par un message de validation du noyau (valider.ts), pour nommer sa cellule. */
function champDuMessage(message: string, s: StructureJournal): ChampJournal | undefined {
  const montant = s.colonnes.debit === undefined ? "montant" : undefined;
  if (/compte/.test(message)) return "compte";
  if (/négatif au crédit/.test(message)) return montant ?? "credit";
  if (/négatif au débit|débit \(|sans montant/.test(message)) return montant ?? "debit";
  return undefined;
}

export function enteteEnLigne(valeurs: readonly (readonly Cellule[])[]): { index: number; structure: StructureJournal } | undefined {
  const limite = Math.min(valeurs.length, LIGNES_AVANT_ENTETE);
  for (let i = 0; i < limite; i++) {
    const structure = reconnaitreColonnes(valeurs[i]);
    if (estEnteteJournal(structure)) return { index: i, structure };
  }
  return undefined;
}

/** Lit la grille ; lève une ErreurAgora si aucun en-tête de journal n'est trouvé ou s'il manque une colonne. */
export function lireGrilleJournal(valeurs: readonly (readonly Cellule[])[], lieu: LieuGrille): LectureJournal {
  const largeur = Math.max(1, ...valeurs.slice(0, LIGNES_AVANT_ENTETE).map((l) => l.length));
  const ou = `Feuille « ${lieu.feuille} »`;
  const trouve = enteteEnLigne(valeurs);
  if (!trouve) {
    const premiere = reconnaitreColonnes(valeurs[0] ?? []);
    const lus = premiere.entetes.filter(Boolean).map((e) => `« ${e} »`).join(", ") || "aucun";
    throw erreurValeur(
      `${ou} : aucune ligne d'en-tête de journal dans les ${LIGNES_AVANT_ENTETE} premières lignes lues (il faut au moins les colonnes Date, Compte, Débit et Crédit — ou Montant et Sens — et un N° de pièce ou d'écriture). En-têtes lus en ligne ${lieu.debut.ligne + 1} : ${lus}.`,
    );
  }
  const { index, structure } = trouve;
  const ligneEntete = lieu.debut.ligne + index + 1;
  const manque = colonnesManquantes(structure, { identifiant: true });
  if (manque.length) throw erreurValeur(`${ou}, ligne ${ligneEntete} : ${messageColonnesManquantes(manque, structure)}`);

  const cellule = (ligne: number, champ: ChampJournal | undefined): string => {
    const j = champ === undefined ? undefined : structure.colonnes[champ];
    return adresseComplete(lieu.feuille, formaterCellule({ ligne: ligne - 1, colonne: lieu.debut.colonne + (j ?? 0) }));
  };
  const colonneNommee = (message: string): ChampJournal | undefined => {
    const m = /^Ligne \d+, colonne « (.+?) »/.exec(message);
    if (!m) return undefined;
    const j = structure.entetes.indexOf(m[1]);
    if (j >= 0) return (Object.entries(structure.colonnes) as [ChampJournal, number][]).find(([, k]) => k === j)?.[0];
    return (Object.entries(NOM_CHAMP) as [ChampJournal, string][]).find(([, nom]) => nom === m[1])?.[0];
  };
  const localiser = (a: Anomalie): Remarque =>
    a.origine === undefined ? { message: a.message } : { cellule: cellule(a.origine, colonneNommee(a.message) ?? champDuMessage(a.message, structure)), message: a.message };

  const lecture = new Anomalies(ANOMALIES_CITEES);
  const validation = new ValidateurJournal({ equilibre: false, limite: ANOMALIES_CITEES });
  const equilibre = new ControleEquilibre();
  const lignes: LigneEcriture[] = [];
  const ignorees: Remarque[] = [];
  const cles = new Set<string>();
  let lues = 0;
  for (let i = index + 1; i < valeurs.length; i++) {
    const cellules = valeurs[i];
    if (cellules.every((c) => estVide(c))) continue;
    const numero = lieu.debut.ligne + i + 1;
    const hors = horsJournal(cellules, structure);
    if (hors.ignoree) {
      const quoi = hors.libelle ? `« ${hors.libelle} »` : "sans date ni compte";
      ignorees.push({ cellule: cellule(numero, undefined), message: `Ligne ${numero} ignorée : ligne de présentation ${quoi} (ni date, ni compte, ni pièce).` });
      continue;
    }
    lues++;
    const l = lireLigneJournal(cellules, structure, numero, lecture);
    if (!l) continue;
    validation.ajouter(l);
    equilibre.ajouter(l);
    cles.add(cleEcriture(l));
    lignes.push(l);
  }
  const erreurs = [...lecture.liste, ...validation.terminer()].sort((a, b) => (a.origine ?? Infinity) - (b.origine ?? Infinity)).slice(0, ANOMALIES_CITEES);
  const desequilibres = equilibre.terminer().map((e): Remarque => {
    const [premiere] = e.origines;
    const derniere = e.origines[e.origines.length - 1];
    const contigues = e.origines.every((o, k) => k === 0 || o === e.origines[k - 1] + 1);
    const plage =
      premiere === undefined
        ? undefined
        : adresseComplete(lieu.feuille, formaterPlage({ ligne: premiere - 1, colonne: lieu.debut.colonne }, contigues ? derniere - premiere + 1 : 1, largeur));
    return { ...(plage ? { cellule: plage } : {}), message: messageDesequilibre(e) };
  });
  return {
    lignes,
    structure,
    ligneEntete,
    zone: formaterPlage({ ligne: ligneEntete - 1, colonne: lieu.debut.colonne }, Math.max(1, valeurs.length - index), largeur),
    lues,
    ecritures: cles.size,
    erreurs: erreurs.map(localiser),
    nombreErreurs: lecture.nombre + validation.anomalies.nombre,
    desequilibres,
    ignorees,
  };
}
