/** Outils des tests d'actions du volet : dates en numéros de série, application d'une préparation. */
import { creerJour, versSerie } from "../../src/core/dates";
import { appliquerPreparation, type IssuePreparation, type Preparation } from "../../src/actions/commun/preparation";
import type { Classeur } from "../../src/classeur/port";

/** « 12/07/2026 » → numéro de série Excel. */
export function serie(jjmmaaaa: string): number {
  const [jour, mois, annee] = jjmmaaaa.split("/").map(Number);
  return versSerie(creerJour(annee, mois, jour));
}

export function jour(jjmmaaaa: string) {
  const [j, m, a] = jjmmaaaa.split("/").map(Number);
  return creerJour(a, m, j);
}

/** La préparation, ou l'échec du test avec le message de l'action. */
export function pret(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message}`);
  return issue.preparation;
}

/** Le message d'une préparation refusée. */
export function refus(issue: IssuePreparation): string {
  if (issue.ok) throw new Error(`un refus était attendu, la préparation a réussi : ${issue.preparation.resume.join(" ")}`);
  return issue.message;
}

/** Prépare et applique (remplacements confirmés) ; rend la préparation. */
export async function appliquer(c: Classeur, issue: Promise<IssuePreparation>): Promise<Preparation> {
  const p = pret(await issue);
  const fait = await appliquerPreparation(c, p, { confirme: true });
  if (!fait.ok) throw new Error(`application refusée : ${fait.message}`);
  return p;
}

/** Lignes d'un tableau du classeur. */
export async function lignesTable(c: Classeur, nom: string) {
  const t = await c.lireTable(nom);
  if (!t) throw new Error(`tableau ${nom} absent`);
  return t.lignes;
}
