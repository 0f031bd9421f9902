/**
 * « Générer les états de synthèse » (compte de résultat, bilan, SIG et CAF) et « Préparer la déclaration de TVA »
 * (CA3 d'un mois) : le journal structuré (tableau `Journal`) est relu et validé, les états sont calculés par le noyau
 * (src/core/compta/etats) puis écrits sur de nouvelles feuilles, avec leurs contrôles. Régénérer donne le même
 * résultat : les feuilles existantes sont remplacées après confirmation.
 */
import { calculerBalance } from "../../core/compta/balance";
import type { Centimes } from "../../core/compta/centimes";
import { cleEcriture, type LigneEcriture } from "../../core/compta/ecriture";
import { bilan } from "../../core/compta/etats/bilan";
import { declarationCa3, eurosFr as eurosEntiersFr } from "../../core/compta/etats/ca3";
import { capaciteAutofinancement } from "../../core/compta/etats/caf";
import { compteDeResultat } from "../../core/compta/etats/resultat";
import { soldeSelection } from "../../core/compta/etats/rubriques";
import { soldesIntermediaires } from "../../core/compta/etats/sig";
import { finDeMois, jourFr, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { TraceEnregistree } from "../../core/trace";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, echec, type IssuePreparation, type Remarque } from "../commun/preparation";
import { creer, lectureDuContexte, preparerEtat, type OptionsEtats } from "./etats-commun";
import { controle } from "./plan-balance";
import { controleEgalite, FEUILLE_BILAN, FEUILLE_RESULTAT, planBilan, planResultat, resultatFr, TABLE_BILAN, TABLE_RESULTAT } from "./plan-etats";
import { FEUILLE_CA3, FEUILLE_SIG, planCa3, planSigCaf, TABLE_CA3, TABLE_CAF, TABLE_LIQUIDATION, TABLE_SIG } from "./plan-etats-gestion";
import { eurosFr } from "./preparation";
import { lireJournalDuClasseur } from "./source";

/** Les trois feuilles des états de synthèse, dans l'ordre. */
export const FEUILLES_ETATS = [FEUILLE_RESULTAT, FEUILLE_BILAN, FEUILLE_SIG] as const;

/** Une alerte du noyau (« les deux méthodes diffèrent… ») en remarque : majuscule initiale. */
const remarque = (texte: string): Remarque => ({ message: `${texte[0].toUpperCase()}${texte.slice(1)}` });

/** Compte de résultat, bilan, SIG et CAF, sur trois feuilles, à partir de tout le journal. */
export async function preparerEtatsSynthese(classeur: Classeur, options: OptionsEtats = {}): Promise<IssuePreparation> {
  try {
    const c = await preparerEtat(classeur, [...FEUILLES_ETATS], [TABLE_RESULTAT, TABLE_BILAN, TABLE_SIG, TABLE_CAF], options);
    if ("ok" in c) return c;
    const balance = calculerBalance(c.journal.lecture.lignes).comptes;
    const cr = compteDeResultat(balance);
    const sig = soldesIntermediaires(balance);
    const caf = capaciteAutofinancement(balance);
    const b = bilan(balance);
    const r = cr.resultat.montant;
    const global = soldeSelection(balance, { comptes: ["7"] }, "C") - soldeSelection(balance, { comptes: ["6"] }, "D");
    const concordance = `Résultat du compte de résultat = résultat du bilan (Σ produits − Σ charges) = résultat net des SIG : ${controleEgalite([r, b.resultatExercice, sig.resultatNet.montant])}.`;
    const equilibre = `Total actif = total passif : ${controle(b.totalActif, b.totalPassif)}.`;
    const remarques = [...c.remarques];
    if (cr.nonClasses.length) remarques.push({ message: `Comptes de charges ou de produits classés dans aucun poste (ils manquent au compte de résultat et aux SIG) : ${cr.nonClasses.join(", ")}.` });
    if (b.horsBilan.length) remarques.push({ message: `Comptes laissés hors du bilan (classe 8 ou inconnus) : ${b.horsBilan.join(", ")}.` });
    if (!b.equilibre) remarques.push({ message: `Le bilan est déséquilibré : écart de ${eurosFr(Math.abs(b.totalActif - b.totalPassif))} (le journal est-il équilibré ?).` });
    if (!caf.concordantes) remarques.push({ message: `Les deux méthodes de calcul de la CAF diffèrent de ${eurosFr(Math.abs(caf.additive.montant - caf.soustractive.montant))}.` });
    const anterieur = soldeSelection(balance, { comptes: ["12"] }, "C");
    if (anterieur !== 0) {
      remarques.push({
        message: `Au passif, « Résultat de l'exercice » ajoute au résultat calculé (${resultatFr(b.resultatExercice)}) le solde des comptes 12 (${eurosFr(anterieur)}) : un résultat d'un exercice précédent pas encore affecté (réserves, report à nouveau, dividendes).`,
      });
    }
    const base = `${c.explication} Système de base, montants nets (comptabilite.md § 3.2).`;
    const plan: Modification[] = [
      { type: "feuille", nom: FEUILLE_RESULTAT, remplacer: false, activer: true },
      ...planResultat(FEUILLE_RESULTAT, cr, `${base} Produits (classe 7) et charges (classe 6) par rubrique ; chaque montant est le solde des comptes indiqués.`, [
        `Résultat = Σ produits (classe 7) − Σ charges (classe 6) : ${controle(r, global)}.`,
        concordance,
      ]),
      { type: "feuille", nom: FEUILLE_BILAN, remplacer: false },
      ...planBilan(FEUILLE_BILAN, b, `${base} Les comptes de tiers et de banque sont classés selon le signe de leur solde ; les amortissements viennent en déduction.`, [equilibre, concordance]),
      { type: "feuille", nom: FEUILLE_SIG, remplacer: false },
      ...planSigCaf(FEUILLE_SIG, sig, caf, `${c.explication} Soldes intermédiaires de gestion en cascade (comptabilite.md § 3.3) et CAF par les deux méthodes (§ 3.4).`, [
        `CAF additive = CAF soustractive : ${controle(caf.additive.montant, caf.soustractive.montant)}.`,
        concordance,
      ]),
    ];
    return {
      ok: true,
      preparation: {
        titre: "Générer le compte de résultat, le bilan, les SIG et la CAF",
        plan,
        resume: [
          `${creer(c.remplacees, FEUILLE_RESULTAT)} la feuille « ${FEUILLE_RESULTAT} » : produits, charges et résultats intermédiaires ; résultat de l'exercice ${resultatFr(r)}.`,
          `${creer(c.remplacees, FEUILLE_BILAN)} la feuille « ${FEUILLE_BILAN} » : actif et passif côte à côte ; total actif ${eurosFr(b.totalActif)}, total passif ${eurosFr(b.totalPassif)}.`,
          `${creer(c.remplacees, FEUILLE_SIG)} la feuille « ${FEUILLE_SIG} » : marge commerciale ${eurosFr(sig.margeCommerciale.montant)}, valeur ajoutée ${eurosFr(sig.valeurAjoutee.montant)}, EBE ${eurosFr(sig.ebe.montant)}, CAF ${eurosFr(caf.additive.montant)}.`,
          concordance,
        ],
        remplacees: c.remplacees,
        feuilles: [...FEUILLES_ETATS],
        lecture: lectureDuContexte(c),
        remarques,
        succes: `États générés : résultat ${resultatFr(r)}, bilan ${b.equilibre ? `équilibré (${eurosFr(b.totalActif)})` : "DÉSÉQUILIBRÉ"}, CAF ${eurosFr(caf.additive.montant)}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** « 2025-01 » (valeur d'un mois dans le volet). */
export const cleMois = (j: Pick<Jour, "annee" | "mois">): string => `${j.annee}-${String(j.mois).padStart(2, "0")}`;

/** « janvier 2025 » à partir de « 2025-01 ». */
export function moisFr(cle: string): string {
  const [a, m] = cle.split("-").map(Number);
  return `${MOIS[m - 1] ?? "?"} ${a}`;
}

/** Une ligne d'à-nouveaux (journal AN) : un solde d'ouverture, pas une opération de la période. */
export const estANouveau = (l: LigneEcriture): boolean => l.journal.toUpperCase() === "AN";

/** Les mois où le journal a des opérations (hors à-nouveaux), du plus ancien au plus récent. */
export function moisDuJournal(lignes: readonly LigneEcriture[]): string[] {
  return [...new Set(lignes.filter((l) => !estANouveau(l)).map((l) => cleMois(l.date)))].sort();
}

/** Ce que le volet propose avant de préparer : les mois du journal et ses comptes de banque (512…). Vide si illisible. */
export async function reperesDuJournal(classeur: Classeur, feuilleJournal?: string): Promise<{ mois: string[]; banques: string[] }> {
  try {
    const { lecture } = await lireJournalDuClasseur(classeur, feuilleJournal);
    return { mois: moisDuJournal(lecture.lignes), banques: [...new Set(lecture.lignes.filter((l) => l.compte.startsWith("512")).map((l) => l.compte))].sort() };
  } catch {
    return { mois: [], banques: [] };
  }
}

export interface OptionsTva extends OptionsEtats {
  /** Mois déclaré, « AAAA-MM » ; par défaut le dernier mois du journal. */
  mois?: string;
}

/**
 * La CA3 d'un mois : soldes des opérations du mois (à-nouveaux exclus) ; crédit antérieur (ligne 22) = solde
 * débiteur du 44567 avant le mois, à-nouveaux compris (comme `agora compta tva --du`).
 */
export async function preparerTva(classeur: Classeur, options: OptionsTva = {}): Promise<IssuePreparation> {
  try {
    const c = await preparerEtat(classeur, [FEUILLE_CA3], [TABLE_CA3, TABLE_LIQUIDATION], options);
    if ("ok" in c) return c;
    const { lignes } = c.journal.lecture;
    const disponibles = moisDuJournal(lignes);
    if (!disponibles.length) throw erreurValeur("Le journal n'a que des à-nouveaux (journal AN) : aucune opération à déclarer.");
    const mois = options.mois ?? disponibles[disponibles.length - 1];
    if (!disponibles.includes(mois)) {
      throw erreurValeur(`Le journal n'a aucune opération en ${/^\d{4}-\d{2}$/.test(mois) ? moisFr(mois) : `« ${mois} »`} : choisissez un de ces mois : ${disponibles.map(moisFr).join(", ")}.`);
    }
    const dansMois = (l: LigneEcriture) => cleMois(l.date) === mois;
    const periode = lignes.filter((l) => dansMois(l) && !estANouveau(l));
    let anterieur: Centimes = 0;
    for (const l of lignes) if (l.compte.startsWith("44567") && (cleMois(l.date) < mois || (estANouveau(l) && dansMois(l)))) anterieur += l.debit - l.credit;
    const trace = new TraceEnregistree();
    const d = declarationCa3(calculerBalance(periode).comptes, { creditAnterieur: Math.max(anterieur, 0), ecritures: periode }, trace);
    const [annee, m] = mois.split("-").map(Number);
    const fin = finDeMois({ annee, mois: m, jour: 1 });
    const nom = moisFr(mois);
    const remarques: Remarque[] = [...c.remarques, ...trace.etapes.filter((e) => e.genre === "alerte").map((e) => remarque(e.texte))];
    // Une écriture du mois qui débite 44571 et crédite 44566 : la liquidation, déjà passée, a soldé les comptes lus ici.
    const debite = new Set(periode.filter((l) => l.compte.startsWith("44571") && l.debit > 0).map(cleEcriture));
    if (periode.some((l) => l.compte.startsWith("44566") && l.credit > 0 && debite.has(cleEcriture(l)))) {
      remarques.push({ message: `Le journal contient déjà une écriture de liquidation de la TVA en ${nom} (D 44571 / C 44566) : elle solde les comptes de TVA, la déclaration préparée ici est donc incomplète.` });
    }
    const debit = d.liquidation.reduce((s, x) => s + x.debit, 0);
    const credit = d.liquidation.reduce((s, x) => s + x.credit, 0);
    const issue = d.tvaDue ? `TVA due ${eurosEntiersFr(d.tvaDue)}\u00a0€` : `crédit de TVA ${eurosEntiersFr(d.credit)}\u00a0€`;
    const a44551 = d.liquidation.find((x) => x.compte === "44551");
    const paiement = a44551 ? ` Paiement le mois suivant : D 44551 / C 512 ${eurosFr(a44551.credit)}.` : " Le crédit (D 44567) s'impute sur la prochaine déclaration (ligne 22).";
    const plan: Modification[] = [
      { type: "feuille", nom: FEUILLE_CA3, remplacer: false, activer: true },
      ...planCa3(
        FEUILLE_CA3,
        `Déclaration de TVA CA3 — ${nom}`,
        d,
        `${c.explication} Période déclarée : du 01/${String(m).padStart(2, "0")}/${annee} au ${jourFr(fin)}, à-nouveaux exclus. Montants en euros entiers, arrondis à l'euro le plus proche (0,50 → 1) ; ventes ventilées par taux pièce par pièce, d'après la TVA collectée de chaque pièce (comptabilite.md § 4.4).`,
        `Écriture de liquidation au ${jourFr(fin)} (journal OD), au centime.${paiement}`,
        [`Écriture de liquidation : Σ débits = Σ crédits : ${controle(debit, credit)}.`],
      ),
    ];
    return {
      ok: true,
      preparation: {
        titre: `Préparer la déclaration de TVA CA3 de ${nom}`,
        plan,
        resume: [
          `${creer(c.remplacees, FEUILLE_CA3)} la feuille « ${FEUILLE_CA3} » : lignes A1 à ${d.tvaDue ? "32" : "27"} de la CA3 de ${nom} (${issue}) et l'écriture de liquidation.`,
          `${compte(periode.length, "ligne")} d'écriture du mois (hors à-nouveaux) ; crédit de TVA antérieur (ligne 22) : ${eurosFr(Math.max(anterieur, 0))}.`,
        ],
        remplacees: c.remplacees,
        feuilles: [FEUILLE_CA3],
        lecture: lectureDuContexte(c),
        remarques,
        succes: `CA3 de ${nom} préparée : ${issue}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
