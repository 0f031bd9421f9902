/**
 * Déclarations sociales, version pédagogique (paie.md § 8) :
 * - la DSN mensuelle du mois en syntaxe de la norme (une rubrique par ligne, « S21.G00.30.002,'BARREAU' »), sous-ensemble
 *   documenté (docs/paie.md) des blocs S10 (envoi), S20 (déclaration), S21 (entreprise, établissement, individu,
 *   contrat, versement, rémunération) et S90 (total) : non déposable, elle montre ce que la paie déclare ;
 * - la DPAE (déclaration préalable à l'embauche) de chaque salarié, champs remplis depuis le registre et les
 *   paramètres de paie ; ce que le classeur ne connaît pas (NIR, naissance, heure d'embauche…) est « à compléter ».
 */
import type Decimal from "decimal.js";
import { jourFr, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { lettresColonne } from "../../classeur/adresses";
import type { Cellule, Modification } from "../../classeur/port";
import { compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { PaieDuMois } from "./calcul";
import { codePeriode, dernierJour, periodeFr, type Periode } from "./periode";
import { estTempsPlein, nomComplet, TEMPS_PLEIN, type Registre } from "./registre";
import type { ParametresPaie } from "./entreprise";

export const feuilleDsn = (p: Periode): string => `DSN pédagogique ${codePeriode(p)}`;
export const feuilleDpae = "DPAE";

/** JJMMAAAA, le format des dates de la norme. */
const dateDsn = (j: Jour): string => `${String(j.jour).padStart(2, "0")}${String(j.mois).padStart(2, "0")}${j.annee}`;
/** Montant de la norme : point décimal, deux décimales. */
const montantDsn = (d: Decimal): string => d.toFixed(2);
/** Texte de la norme : majuscules, sans apostrophe (délimiteur). */
const texteDsn = (t: string): string => t.toUpperCase().replace(/'/g, " ");

type Rubrique = [code: string, valeur: string, libelle: string];

const A_COMPLETER = "à compléter";

/** SIREN (9 chiffres) et NIC (5 chiffres) du SIRET des paramètres, ou « à compléter ». */
function siret(p: ParametresPaie): { siren: string; nic: string } {
  const chiffres = (p.employeur.siret ?? "").replace(/\s/g, "");
  return /^\d{14}$/.test(chiffres) ? { siren: chiffres.slice(0, 9), nic: chiffres.slice(9) } : { siren: A_COMPLETER, nic: A_COMPLETER };
}

/** Les rubriques de la DSN du mois, dans l'ordre de la norme. */
export function rubriquesDsn(paie: PaieDuMois, constitution: Jour): Rubrique[] {
  const p = paie.periode;
  const e = paie.parametres.employeur;
  const { siren, nic } = siret(paie.parametres);
  const ape = (e.ape ?? A_COMPLETER).replace(/\./g, "");
  const raison = texteDsn(e.raisonSociale ?? A_COMPLETER);
  const versement = dernierJour(p);
  const r: Rubrique[] = [
    ["S10.G00.00.001", "agora-excel", "Nom du logiciel"],
    ["S10.G00.00.002", "agora-excel", "Nom de l'éditeur"],
    ["S10.G00.00.003", "0.1.0", "Version du logiciel"],
    ["S10.G00.00.005", "01", "Code envoi : 01 = essai (jamais réel ici)"],
    ["S10.G00.00.008", "01", "Type de l'envoi : 01 = normal"],
    ["S10.G00.01.001", siren, "SIREN de l'émetteur"],
    ["S10.G00.01.002", nic, "NIC de l'émetteur"],
    ["S10.G00.01.003", raison, "Raison sociale de l'émetteur"],
    ["S20.G00.05.001", "01", "Nature : 01 = DSN mensuelle"],
    ["S20.G00.05.002", "01", "Type : 01 = déclaration normale"],
    ["S20.G00.05.003", "11", "Numéro de fraction"],
    ["S20.G00.05.004", "1", "Numéro d'ordre de la déclaration"],
    ["S20.G00.05.005", dateDsn({ annee: p.annee, mois: p.mois, jour: 1 }), "Mois principal déclaré (01MMAAAA)"],
    ["S20.G00.05.007", dateDsn(constitution), "Date de constitution du fichier"],
    ["S20.G00.05.010", "01", "Devise : 01 = euro"],
    ["S21.G00.06.001", siren, "SIREN de l'entreprise"],
    ["S21.G00.06.002", nic, "NIC du siège"],
    ["S21.G00.06.003", ape, "Code APE de l'entreprise"],
    ["S21.G00.11.001", nic, "NIC de l'établissement"],
    ["S21.G00.11.002", ape, "Code APE de l'établissement"],
    ["S21.G00.11.008", String(paie.parametres.entreprise.effectif), "Effectif de fin de période"],
  ];
  paie.bulletins.forEach((bs, k) => {
    const s = bs.salarie;
    const t = bs.bulletin.totaux;
    const i = bs.bulletin.informations;
    const contrat = String(k + 1).padStart(5, "0");
    r.push(
      ["S21.G00.30.001", A_COMPLETER, `NIR de ${nomComplet(s)} (absent du registre)`],
      ["S21.G00.30.002", texteDsn(s.nom), "Nom de famille"],
      ["S21.G00.30.004", texteDsn(s.prenom ?? A_COMPLETER), "Prénoms"],
      ["S21.G00.30.019", s.matricule, "Matricule dans l'entreprise"],
      ["S21.G00.40.001", s.entree ? dateDsn(s.entree) : A_COMPLETER, "Date de début du contrat"],
      ["S21.G00.40.003", s.statut === "cadre" ? "01" : "04", "Statut catégoriel retraite complémentaire : 01 cadre, 04 non-cadre"],
      ["S21.G00.40.007", s.contrat === "CDD" ? "02" : "01", "Nature du contrat : 01 CDI, 02 CDD"],
      ["S21.G00.40.009", contrat, "Numéro du contrat"],
      ["S21.G00.40.011", "10", "Unité de mesure de la quotité : 10 = heure"],
      ["S21.G00.40.012", TEMPS_PLEIN.toFixed(2), "Quotité de référence de l'entreprise (heures par mois)"],
      ["S21.G00.40.013", s.heuresMensuelles.toFixed(2), "Quotité du contrat (heures par mois)"],
      ["S21.G00.40.014", estTempsPlein(s) ? "10" : "20", "Modalité du temps de travail : 10 temps plein, 20 temps partiel"],
      ["S21.G00.50.001", dateDsn(versement), "Date de versement"],
      ["S21.G00.50.002", montantDsn(t.netImposable), "Rémunération nette fiscale (net imposable)"],
      ["S21.G00.50.004", montantDsn(t.netPaye), "Montant net versé"],
      ["S21.G00.50.006", i.tauxPAS.times(100).toFixed(2), `Taux de prélèvement à la source (${i.tauxPASPersonnalise ? "personnalisé" : "non personnalisé"})`],
      ["S21.G00.50.009", montantDsn(t.impotSource), "Montant du prélèvement à la source"],
      ["S21.G00.51.001", dateDsn({ annee: p.annee, mois: p.mois, jour: 1 }), "Rémunération : début de période"],
      ["S21.G00.51.002", dateDsn(versement), "Rémunération : fin de période"],
      ["S21.G00.51.010", contrat, "Numéro du contrat"],
      ["S21.G00.51.011", "001", "Type : 001 = rémunération brute non plafonnée"],
      ["S21.G00.51.013", montantDsn(t.brut), "Montant"],
    );
  });
  r.push(["S90.G00.90.001", String(r.length + 2), "Nombre total de rubriques"], ["S90.G00.90.002", "1", "Nombre de DSN"]);
  return r;
}

/** « S21.G00.30.002,'BARREAU' » */
export const ligneDsn = ([code, valeur]: Rubrique): string => `${code},'${valeur}'`;

export function feuilleDeLaDsn(paie: PaieDuMois, constitution: Jour, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  const nom = feuilleDsn(paie.periode);
  const rubriques = rubriquesDsn(paie, constitution);
  const manquants = rubriques.filter(([, v]) => v === A_COMPLETER).length;
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      nom,
      `DSN mensuelle de ${periodeFr(paie.periode)} — PÉDAGOGIQUE, NON DÉPOSABLE`,
      "Sous-ensemble de la norme (docs/paie.md) : ni cotisations individuelles (S21.G00.81) ni bordereaux. Colonne A : le fichier ; colonne B : ce que dit chaque rubrique.",
    ),
    // Un tableau : Excel ajuste la largeur des colonnes.
    { type: "table", feuille: nom, nom: `DSN_${codePeriode(paie.periode).replace("-", "_")}`, adresse: "A3", entetes: ["Rubrique", "Signification"], lignes: rubriques.map((r): Cellule[] => [ligneDsn(r), r[2]]) },
    { type: "mise-en-forme", feuille: nom, adresse: "A1:B1", formule: "=1=1", remplissage: "#FDE7E9", police: "#A4262C" },
    { type: "mise-en-forme", feuille: nom, adresse: `A4:B${rubriques.length + 3}`, formule: `=ISNUMBER(SEARCH("à compléter",$A4))`, remplissage: "#FFF4CE" },
  ];
  return {
    modifs,
    resume: phraseFeuille(feuilles, nom, `${compte(rubriques.length, "rubrique")} pour ${compte(paie.bulletins.length, "salarié")}${manquants ? ` (${manquants} à compléter, en jaune)` : ""}, non déposable`),
  };
}

/** Les fiches DPAE (paie.md § 8.2) : une colonne par salarié du registre, une ligne par champ de la déclaration. */
export function feuilleDesDpae(registre: Registre, parametres: ParametresPaie, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  const salaries = registre.salaries;
  if (salaries.length === 0) throw erreurValeur("Le registre du personnel est vide : pas de DPAE à préparer.");
  const e = parametres.employeur;
  const champ = (v: string | undefined): string => v ?? A_COMPLETER;
  const lignes: Cellule[][] = [
    ["EMPLOYEUR", ...salaries.map(() => null)],
    ["Dénomination", ...salaries.map(() => champ(e.raisonSociale))],
    ["SIRET", ...salaries.map(() => champ(e.siret))],
    ["Code APE", ...salaries.map(() => champ(e.ape))],
    ["Adresse", ...salaries.map(() => champ(e.adresse))],
    ["Service de prévention et de santé au travail", ...salaries.map(() => A_COMPLETER)],
    ["SALARIÉ", ...salaries.map(() => null)],
    ["Nom", ...salaries.map((s) => s.nom)],
    ["Prénom", ...salaries.map((s) => champ(s.prenom))],
    ["NIR (n° de sécurité sociale)", ...salaries.map(() => A_COMPLETER)],
    ["Sexe", ...salaries.map(() => A_COMPLETER)],
    ["Date et lieu de naissance", ...salaries.map(() => A_COMPLETER)],
    ["EMBAUCHE", ...salaries.map(() => null)],
    ["Date d'embauche", ...salaries.map((s) => (s.entree ? jourFr(s.entree) : A_COMPLETER))],
    ["Heure d'embauche", ...salaries.map(() => A_COMPLETER)],
    ["Nature du contrat", ...salaries.map((s) => (s.contrat === "CDD" ? "CDD (date de fin : à compléter)" : s.contrat === "apprentissage" ? "Contrat d'apprentissage" : "CDI"))],
    ["Temps de travail", ...salaries.map((s) => (estTempsPlein(s) ? "temps plein" : `temps partiel, ${s.heuresMensuelles.toFixed(2).replace(".", ",")} h par mois`))],
    ["Emploi", ...salaries.map((s) => champ(s.poste))],
    ["Durée de la période d'essai", ...salaries.map(() => A_COMPLETER)],
  ];
  const derniere = lettresColonne(salaries.length);
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      feuilleDpae,
      "Déclarations préalables à l'embauche (DPAE)",
      "À faire auprès de l'Urssaf avant toute embauche, au plus tôt 8 jours avant (C. trav. L1221-10, R1221-1). En jaune : ce que le registre ne dit pas.",
    ),
    { type: "table", feuille: feuilleDpae, nom: "DPAE_Fiches", adresse: "A3", entetes: ["Champ", ...salaries.map((s) => `${s.matricule} ${nomComplet(s)}`)], lignes },
    { type: "mise-en-forme", feuille: feuilleDpae, adresse: `A4:${derniere}${lignes.length + 3}`, formule: "=COUNTA($B4)=0", remplissage: "#EDEBE9" },
    { type: "mise-en-forme", feuille: feuilleDpae, adresse: `B4:${derniere}${lignes.length + 3}`, formule: `=B4="${A_COMPLETER}"`, remplissage: "#FFF4CE" },
  ];
  return { modifs, resume: phraseFeuille(feuilles, feuilleDpae, `${compte(salaries.length, "fiche")} DPAE (${lignes.length - 3} champs chacune)`) };
}
