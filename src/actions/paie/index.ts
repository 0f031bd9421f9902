/**
 * Module « Paie » du volet : à partir du registre du personnel, des paramètres de l'employeur et de la grille des
 * variables du mois, les bulletins de paie clarifiés (une feuille par salarié), le livre de paie et l'écriture de paie.
 * Préparer (lire, valider, calculer avec le moteur src/core/paie, rendre le plan), puis appliquer : rien n'est écrit avant.
 */
import { aujourdhui, type Jour } from "../../core/dates";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, enRemarques, FeuillesGenerees, preparer, type IssuePreparation } from "../commun/preparation";
import { calculerPaieDuMois, salariesDuMois, type OptionsPaie, type PaieDuMois } from "./calcul";
import { feuilleDuBulletin, feuilleBulletin } from "./bulletins";
import { feuilleDeLEcriture } from "./feuille-ecriture";
import { feuilleDuLivre } from "./livre";
import { codePeriode, lirePeriode, periodeFr, type Periode } from "./periode";
import { lireRegistre } from "./registre";
import { feuilleDeLaDsn, feuilleDesDpae } from "./declarations";
import { lireParametresPaie } from "./entreprise";
import { feuilleDuTableauBord } from "./tableau-bord";
import { feuilleGrilleVariables } from "./variables";

export { calculerPaieDuMois, entreeBulletin, raisonSansBulletin, type BulletinSalarie, type OptionsPaie, type PaieDuMois } from "./calcul";
export { COLONNES_REGISTRE, ENTETES_REGISTRE, lireRegistre, nomComplet, type SalarieRegistre } from "./registre";
export { ENTETES_VARIABLES, feuilleVariables, tableVariables } from "./variables";
export { ETIQUETTES_PARAMETRES, FEUILLE_PARAMETRES, lireParametresPaie } from "./entreprise";
export { COMPTES_PAIE, ecriturePaie, partAgircReduction, ventiler } from "./ecriture";
export { feuilleEcriture, tableEcriture } from "./feuille-ecriture";
export { ENTETES_LIVRE, feuilleLivre, tableLivre } from "./livre";
export { feuilleBulletin, tableBulletin } from "./bulletins";
export { calculerIndicateurs, feuilleTableauBord } from "./tableau-bord";
export { feuilleDpae, feuilleDsn, ligneDsn, rubriquesDsn } from "./declarations";
export { codePeriode, lirePeriode, periodeFr, type Periode } from "./periode";

/** La grille vide des variables du mois, préremplie des matricules et des noms des salariés présents. */
export function preparerGrilleVariables(classeur: Classeur, options: OptionsPaie): Promise<IssuePreparation> {
  return preparer(async () => {
    const registre = await lireRegistre(classeur, options.registre);
    const feuilles = await FeuillesGenerees.du(classeur);
    const { modifs, resume } = feuilleGrilleVariables(salariesDuMois(registre, options.periode), options.periode, feuilles);
    return { plan: modifs, resume: [resume], remplacees: feuilles.remplacees, remarques: [] };
  });
}

/** Les bulletins du mois, une feuille par salarié, et le livre de paie. */
export function preparerBulletins(classeur: Classeur, options: OptionsPaie): Promise<IssuePreparation> {
  return preparer(async () => {
    const paie = await calculerPaieDuMois(classeur, options);
    const feuilles = await FeuillesGenerees.du(classeur);
    const plan: Modification[] = [];
    for (const bs of paie.bulletins) plan.push(...feuilleDuBulletin(bs, paie, feuilles));
    const livre = feuilleDuLivre(paie, feuilles);
    plan.push(...livre.modifs);
    const premier = feuilleBulletin(paie.periode, paie.bulletins[0].salarie.matricule);
    const dernier = feuilleBulletin(paie.periode, paie.bulletins[paie.bulletins.length - 1].salarie.matricule);
    const noms = paie.bulletins.length > 1 ? `« ${premier} » à « ${dernier} »` : `« ${premier} »`;
    const remplaces = paie.bulletins.filter((bs) => feuilles.existe(feuilleBulletin(paie.periode, bs.salarie.matricule))).length;
    return {
      plan,
      resume: [
        `${compte(paie.bulletins.length, "bulletin")} de ${periodeFr(paie.periode)} : feuilles ${noms}${remplaces ? ` (${compte(remplaces, "feuille remplacée", "feuilles remplacées")})` : ""}.`,
        livre.resume,
      ],
      remplacees: feuilles.remplacees,
      remarques: enRemarques(paie.alertes),
    };
  });
}

/** Une feuille tirée de la paie du mois (écriture, tableau de bord, DSN) : calcul, puis la feuille et son résumé. */
function preparerFeuilleDuMois(
  classeur: Classeur,
  options: OptionsPaie,
  feuille: (paie: PaieDuMois, feuilles: FeuillesGenerees) => { modifs: Modification[]; resume: string },
): Promise<IssuePreparation> {
  return preparer(async () => {
    const paie = await calculerPaieDuMois(classeur, options);
    const feuilles = await FeuillesGenerees.du(classeur);
    const { modifs, resume } = feuille(paie, feuilles);
    return { plan: modifs, resume: [resume], remplacees: feuilles.remplacees, remarques: enRemarques(paie.alertes) };
  });
}

/** L'écriture de paie du mois, dans les colonnes du Journal. */
export function preparerEcriturePaie(classeur: Classeur, options: OptionsPaie): Promise<IssuePreparation> {
  return preparerFeuilleDuMois(classeur, options, feuilleDeLEcriture);
}

/** Le tableau de bord social du mois (paie.md § 9), avec deux graphiques. */
export function preparerTableauBord(classeur: Classeur, options: OptionsPaie): Promise<IssuePreparation> {
  return preparerFeuilleDuMois(classeur, options, feuilleDuTableauBord);
}

/** La DSN mensuelle du mois, pédagogique et non déposable (`constitution` : date du fichier, aujourd'hui par défaut). */
export function preparerDsn(classeur: Classeur, options: OptionsPaie, constitution: Jour = aujourdhui()): Promise<IssuePreparation> {
  return preparerFeuilleDuMois(classeur, options, (paie, feuilles) => feuilleDeLaDsn(paie, constitution, feuilles));
}

/** Les fiches DPAE des salariés du registre, remplies depuis le registre et les paramètres de paie. */
export function preparerDpae(classeur: Classeur, options: Pick<OptionsPaie, "registre">): Promise<IssuePreparation> {
  return preparer(async () => {
    const registre = await lireRegistre(classeur, options.registre);
    const parametres = await lireParametresPaie(classeur);
    const feuilles = await FeuillesGenerees.du(classeur);
    const { modifs, resume } = feuilleDesDpae(registre, parametres, feuilles);
    return { plan: modifs, resume: [resume], remplacees: feuilles.remplacees, remarques: [] };
  });
}

/** Le mois proposé : celui de la dernière feuille « Variables AAAA-MM » du classeur, sinon le mois en cours. */
export async function periodeProposee(classeur: Classeur): Promise<string> {
  const noms = await classeur.nomsFeuilles().catch(() => [] as string[]);
  const mois = noms
    .map((n) => /^variables (\d{4}-\d{2})$/i.exec(n.trim())?.[1])
    .filter((m): m is string => m !== undefined)
    .sort();
  const a = aujourdhui();
  return mois[mois.length - 1] ?? codePeriode({ annee: a.annee, mois: a.mois });
}

/** Lit le mois saisi (erreur française s'il est illisible ou hors des paramètres). */
export const lireMoisDePaie = (texte: string): Periode => lirePeriode(texte, "Mois de paie");
