/**
 * Le déroulé commun des actions du module « Comptabilité » : préparer (lire, valider, calculer, rendre un plan
 * et son résumé en français), montrer, puis appliquer en un seul lot. Une feuille générée qui existe déjà n'est
 * remplacée qu'avec la confirmation de l'utilisateur : sans elle, `appliquerPreparation` refuse.
 */
import { centimesFr, type Centimes } from "../../core/compta/centimes";
import { versErreurAgora } from "../../core/erreurs";
import type { Classeur, Modification, Progres } from "../../classeur/port";
import type { AnomalieJournal, LectureJournal } from "./lecture-grille";

export interface Preparation {
  /** Ce que l'action va faire, en une phrase : « Créer la feuille « Balance »… ». */
  titre: string;
  plan: Modification[];
  /** Le résumé du plan, une ligne par point (feuilles, tableaux, formats, contrôles). */
  resume: string[];
  /** Feuilles qui existent déjà et seront vidées puis réécrites (confirmation demandée). */
  remplacees: string[];
  /** Feuilles créées ou remplacées, dans l'ordre. */
  feuilles: string[];
  /** Lignes d'écriture lues, écritures distinctes, plage lue. */
  lecture: { lignes: number; ecritures: number; feuille: string; zone: string };
  /** Remarques non bloquantes : écritures déséquilibrées, lignes de total ignorées, contrôles. */
  remarques: AnomalieJournal[];
  /** Message affiché une fois le plan appliqué. */
  succes: string;
  /**
   * Question posée avant d'appliquer un plan qui écrit dans un tableau de l'utilisateur (le lettrage écrit dans le
   * tableau Journal) : sans la confirmation, `appliquerPreparation` refuse et rien n'est écrit.
   */
  confirmation?: { titre: string; message: string; bouton: string };
}

export type IssuePreparation =
  | { ok: true; preparation: Preparation }
  | { ok: false; message: string; anomalies: AnomalieJournal[]; lecture?: Preparation["lecture"] };

export type IssueApplication = { ok: true; message: string } | { ok: false; message: string };

/** « 79 258,40 € » (espace fine pour les milliers, insécable avant €). */
export const eurosFr = (c: Centimes): string => `${centimesFr(c)}\u00a0€`;

/** « 1 ligne », « 22 lignes » (espace fine insécable pour les milliers). */
export function compte(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${n.toLocaleString("fr-FR").replace(/\s/g, "\u202f")} ${n > 1 ? pluriel : singulier}`;
}

const cle = (nom: string): string => nom.toLowerCase();

/** Nom exact des feuilles générées qui existent déjà. */
export function feuillesExistantes(noms: readonly string[], generees: readonly string[]): string[] {
  return generees.flatMap((g) => noms.filter((n) => cle(n) === cle(g)));
}

/**
 * Refus si un tableau que le plan va créer existe déjà ailleurs que sur une feuille remplacée
 * (une balance générée puis renommée, un tableau « Journal » fait à la main).
 */
export async function conflitsDeTables(classeur: Classeur, tables: readonly string[], remplacees: readonly string[]): Promise<string | undefined> {
  for (const nom of tables) {
    const t = await classeur.lireTable(nom);
    if (t && !remplacees.some((f) => cle(f) === cle(t.feuille))) {
      return `Le classeur contient déjà un tableau nommé « ${t.nom} », dans la feuille « ${t.feuille} » : renommez ce tableau (onglet Création de tableau › Nom du tableau) ou supprimez cette feuille, puis recommencez.`;
    }
  }
  return undefined;
}

/** Message d'échec d'une lecture dont des lignes sont fautives. */
export function refusAnomalies(lecture: LectureJournal, feuille: string, consigne: string): IssuePreparation {
  const n = lecture.nombreErreurs;
  const citees = lecture.erreurs.length < n ? ` (les ${lecture.erreurs.length} premières sont listées)` : "";
  return {
    ok: false,
    message: `${compte(n, "anomalie empêche", "anomalies empêchent")} de continuer${citees}. ${consigne}`,
    anomalies: [...lecture.erreurs, ...lecture.desequilibres],
    lecture: { lignes: lecture.lues, ecritures: lecture.ecritures, feuille, zone: lecture.zone },
  };
}

export function echec(e: unknown): IssuePreparation {
  return { ok: false, message: versErreurAgora(e).message, anomalies: [] };
}

/**
 * Applique le plan préparé, en un lot. Si des feuilles générées existent déjà, `confirme` doit être vrai :
 * elles sont alors vidées puis réécrites (régénération à l'identique).
 */
export async function appliquerPreparation(classeur: Classeur, p: Preparation, options: { confirme?: boolean; progres?: Progres } = {}): Promise<IssueApplication> {
  if (p.remplacees.length && !options.confirme) {
    const noms = p.remplacees.map((f) => `« ${f} »`).join(", ");
    return { ok: false, message: `${p.remplacees.length > 1 ? "Les feuilles" : "La feuille"} ${noms} ${p.remplacees.length > 1 ? "existent" : "existe"} déjà : confirmez le remplacement pour continuer. Rien n'a été modifié.` };
  }
  if (p.confirmation && !options.confirme) return { ok: false, message: `${p.confirmation.titre} Confirmez pour continuer. Rien n'a été modifié.` };
  const remplacer = new Set(p.remplacees.map(cle));
  const plan = p.plan.map((m): Modification => (m.type === "feuille" && remplacer.has(cle(m.nom)) ? { ...m, remplacer: true } : m));
  try {
    await classeur.appliquer(plan, options.progres);
    return { ok: true, message: p.succes };
  } catch (e) {
    return { ok: false, message: versErreurAgora(e).message };
  }
}
