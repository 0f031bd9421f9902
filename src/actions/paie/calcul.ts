/**
 * La paie d'un mois : le registre du personnel, les paramètres de l'employeur et la grille des variables sont lus et
 * validés, puis le moteur (src/core/paie) calcule le bulletin de chaque salarié présent ce mois-là. Les salariés
 * entrés après le mois ou sortis avant ne sont pas payés ; un apprenti non plus (ses exonérations propres ne sont
 * pas dans le moteur) : le module le dit. Aucune écriture ici.
 */
import { comparerJours, jourFr } from "../../core/dates";
import { ErreurAgora, versErreurAgora } from "../../core/erreurs";
import { calculerBulletin, type Bulletin, type EntreeBulletin } from "../../core/paie";
import type { Trace } from "../../core/trace";
import type { Classeur } from "../../classeur/port";
import type { Source } from "../commun/source";
import { lireParametresPaie, type ParametresPaie } from "./entreprise";
import { dernierJour, periodeFr, premierJour, type Periode } from "./periode";
import { estTempsPlein, lireRegistre, nomComplet, type Registre, type SalarieRegistre } from "./registre";
import { AUCUNE_VARIABLE, cleMatricule, feuilleVariables, lireVariables, type VariablesSalarie } from "./variables";

export interface BulletinSalarie {
  salarie: SalarieRegistre;
  variables: VariablesSalarie;
  bulletin: Bulletin;
}

export interface PaieDuMois {
  periode: Periode;
  parametres: ParametresPaie;
  registre: Registre;
  /** Feuille des variables lue, ou undefined (paie sans variables). */
  feuilleVariables?: string;
  bulletins: BulletinSalarie[];
  /** Avertissements : salariés non payés, alertes du moteur (taux AT/MP absent, SMIC…). */
  alertes: string[];
}

export interface OptionsPaie {
  /** Où lire le registre du personnel. */
  registre: Source;
  periode: Periode;
}

/** Trace qui ne garde que les alertes : les étapes ne sont pas écrites. */
class TraceAlertes implements Trace {
  readonly actif = false;
  readonly alertes: string[] = [];
  etape(): void {}
  regle(): void {}
  alerte(texte: string | (() => string)): void {
    this.alertes.push(typeof texte === "function" ? texte() : texte);
  }
}

/** Pourquoi un salarié du registre n'a pas de bulletin ce mois-là (undefined : il en a un). */
export function raisonSansBulletin(s: SalarieRegistre, p: Periode): string | undefined {
  const qui = `${s.matricule} ${nomComplet(s)}`;
  if (s.entree && comparerJours(s.entree, dernierJour(p)) > 0) return `${qui} : entré(e) le ${jourFr(s.entree)}, après ${periodeFr(p)} ; pas de bulletin ce mois-là.`;
  if (s.sortie && comparerJours(s.sortie, premierJour(p)) < 0) return `${qui} : sorti(e) le ${jourFr(s.sortie)}, avant ${periodeFr(p)} ; pas de bulletin ce mois-là.`;
  if (s.contrat === "apprentissage") {
    return `${qui} : contrat d'apprentissage ; le bulletin d'un apprenti (salaire en % du SMIC, exonérations propres) n'est pas calculé par ce module.`;
  }
  return undefined;
}

/** Les salariés du registre qui ont un bulletin ce mois-là. */
export const salariesDuMois = (registre: Registre, p: Periode): SalarieRegistre[] => registre.salaries.filter((s) => raisonSansBulletin(s, p) === undefined);

/** L'entrée du moteur pour un salarié. */
export function entreeBulletin(s: SalarieRegistre, v: VariablesSalarie, p: Periode, parametres: ParametresPaie): EntreeBulletin {
  return {
    annee: p.annee,
    mois: p.mois,
    entreprise: parametres.entreprise,
    salarie: {
      statut: s.statut,
      salaireBase: s.salaireBase,
      heuresMensuelles: s.heuresMensuelles,
      ...(s.tauxPAS !== undefined ? { tauxPAS: s.tauxPAS } : {}),
    },
    variables: {
      heuresSup25: v.heuresSup25,
      heuresSup50: v.heuresSup50,
      heuresComp10: v.heuresComp10,
      heuresComp25: v.heuresComp25,
      primes: v.primes,
      absences: v.absences,
      avantagesNature: [],
    },
  };
}

/** Une alerte par texte, avec les salariés concernés (« S01, S03 : … » ou « Tous les salariés : … »). */
function regrouperAlertes(alertes: readonly { matricule: string; texte: string }[], nombre: number): string[] {
  const parTexte = new Map<string, string[]>();
  for (const a of alertes) parTexte.set(a.texte, [...(parTexte.get(a.texte) ?? []), a.matricule]);
  return [...parTexte].map(([texte, qui]) => {
    const uniques = [...new Set(qui)];
    const debut = uniques.length === nombre && nombre > 1 ? "Tous les salariés" : uniques.join(", ");
    return `${debut} : ${texte.charAt(0).toUpperCase()}${texte.slice(1)}`;
  });
}

/** Lit, valide et calcule la paie du mois ; une donnée refusée lève une ErreurAgora qui nomme sa place. */
export async function calculerPaieDuMois(classeur: Classeur, options: OptionsPaie): Promise<PaieDuMois> {
  const { periode } = options;
  const registre = await lireRegistre(classeur, options.registre);
  const parametres = await lireParametresPaie(classeur);
  const grille = await lireVariables(classeur, periode, new Set(registre.salaries.map((s) => cleMatricule(s.matricule))));
  const alertes: string[] = registre.salaries.map((s) => raisonSansBulletin(s, periode)).filter((r): r is string => r !== undefined);
  if (!grille) alertes.push(`Pas de feuille « ${feuilleVariables(periode)} » : bulletins sans heures supplémentaires, absences ni primes.`);
  const presents = salariesDuMois(registre, periode);
  if (presents.length === 0) throw new ErreurAgora("valeur", `Aucun salarié du registre (feuille « ${registre.tableau.feuille} ») n'a de bulletin en ${periodeFr(periode)}.`);
  const alertesMoteur: { matricule: string; texte: string }[] = [];
  const bulletins = presents.map((salarie): BulletinSalarie => {
    const variables = grille?.parMatricule.get(cleMatricule(salarie.matricule)) ?? AUCUNE_VARIABLE;
    const qui = `${salarie.matricule} ${nomComplet(salarie)}`;
    if (estTempsPlein(salarie) && (variables.heuresComp10.gt(0) || variables.heuresComp25.gt(0))) {
      throw new ErreurAgora("valeur", `${qui} travaille à temps plein : ses heures au-delà du contrat sont des heures supplémentaires (colonnes « Heures sup. »), pas des heures complémentaires.`);
    }
    if (!estTempsPlein(salarie) && (variables.heuresSup25.gt(0) || variables.heuresSup50.gt(0))) {
      throw new ErreurAgora("valeur", `${qui} travaille à temps partiel : ses heures au-delà du contrat sont des heures complémentaires (colonnes « Heures compl. 10 % » et « 25 % »), pas des heures supplémentaires.`);
    }
    const trace = new TraceAlertes();
    try {
      const bulletin = calculerBulletin(entreeBulletin(salarie, variables, periode, parametres), trace);
      for (const texte of trace.alertes) alertesMoteur.push({ matricule: salarie.matricule, texte });
      return { salarie, variables, bulletin };
    } catch (e) {
      const ou = `Feuille « ${registre.tableau.feuille} », ligne ${salarie.ligne} (${salarie.matricule} ${nomComplet(salarie)})`;
      throw new ErreurAgora("valeur", `${ou} : ${versErreurAgora(e).message}`);
    }
  });
  alertes.push(...regrouperAlertes(alertesMoteur, bulletins.length));
  return { periode, parametres, registre, ...(grille ? { feuilleVariables: grille.tableau.feuille } : {}), bulletins, alertes };
}
