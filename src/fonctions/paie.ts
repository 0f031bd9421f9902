/** Fonctions AGORA de paie : SMIC, plafond de la sécurité sociale, bulletin clarifié et ses totaux, allègements, congés payés. */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, montantFr, tauxFr } from "../core/argent";
import { aujourdhui, finDeMois, jourFr, type Jour } from "../core/dates";
import { erreurNombre, erreurValeur } from "../core/erreurs";
import { lireNombre, normaliserMotCle } from "../core/nombres";
import {
  baremeAu,
  calculerBulletin,
  heuresReference,
  indemniteConges,
  reduction,
  smicReference,
  sourceFr,
  tableauBulletin,
  tauxNeutre,
  type Bulletin,
  type EntreeBulletin,
  type Statut,
  type Totaux,
} from "../core/paie";
import type { Trace } from "../core/trace";
import { date, entier, facultatif, fonction, montant, nombre, resultatNombre, resultatTableau, taux, texte, valeur, type CelluleResultat } from "./dsl";

function lireStatut(b: unknown, champ: string): Statut {
  const s = typeof b === "string" ? normaliserMotCle(b).replace(/ /g, "") : "";
  if (s === "cadre") return "cadre";
  if (s === "noncadre") return "non-cadre";
  throw erreurValeur(`${champ} : « ${String(b)} » n'est pas un statut ; écrivez « cadre » ou « non-cadre ».`);
}

function lireBooleen(b: unknown, champ: string): boolean {
  if (typeof b === "boolean") return b;
  if (typeof b === "number") return b !== 0;
  const s = typeof b === "string" ? normaliserMotCle(b) : "";
  if (["vrai", "true", "oui", "mensuel", "1"].includes(s)) return true;
  if (["faux", "false", "non", "horaire", "0"].includes(s)) return false;
  throw erreurValeur(`${champ} : « ${String(b)} » : VRAI (SMIC mensuel) ou FAUX (SMIC horaire) attendu.`);
}

function lireHeures(b: unknown, champ: string): Decimal {
  const h = lireNombre(b, champ);
  if (h.isNeg()) throw erreurNombre(`${champ} : ${h.toString()} heures : un nombre d'heures ne peut pas être négatif.`);
  return h;
}

const jourDe = (jour: Jour | undefined): Jour => jour ?? aujourdhui();
const argDate = () => facultatif(date("date", "Date d'un jour du mois de paie : les paramètres de ce mois s'appliquent (aujourd'hui si elle est omise)."), undefined, "aujourd'hui");
const argEffectif = () =>
  facultatif(entier("effectif", "Effectif de l'entreprise : il fixe le FNAL, la formation professionnelle, le forfait social et les allègements.", 0), 1, "1 (moins de 11 salariés)");

/** Arguments communs aux fonctions de bulletin (paie.md § 10 : bulletins de mars 2026). */
const ARGUMENTS_BULLETIN = [
  montant("salaire_base", "Salaire de base mensuel brut, en euros, pour un temps plein de 151,67 heures."),
  { ...texte("statut", "Statut du salarié : « cadre » ou « non-cadre »."), lire: lireStatut },
  argDate(),
  argEffectif(),
  facultatif(taux("taux_at", "Taux accidents du travail et maladies professionnelles notifié par la Carsat : 1,5 %, 0,015 ou 1,5."), undefined, "0 % (avec une alerte)"),
  facultatif(taux("taux_pas", "Taux de prélèvement à la source transmis par l'administration fiscale."), undefined, "taux neutre de la grille"),
  facultatif({ ...nombre("heures_sup", "Heures supplémentaires du mois, majorées à 25 %."), lire: lireHeures }, 0, "0"),
  facultatif(montant("mutuelle", "Cotisation mensuelle de complémentaire santé, financée pour moitié par l'employeur."), undefined, "aucune"),
] as const;

interface ValeursBulletin {
  salaire_base: Decimal;
  statut: Statut;
  date: Jour | undefined;
  effectif: number;
  taux_at: Decimal | undefined;
  taux_pas: Decimal | undefined;
  heures_sup: Decimal;
  mutuelle: Decimal | undefined;
}

function entree(v: ValeursBulletin): EntreeBulletin {
  const jour = jourDe(v.date);
  return {
    annee: jour.annee,
    mois: jour.mois,
    entreprise: {
      effectif: v.effectif,
      tauxAT: v.taux_at,
      methodeAbsence: "heures-reelles",
      complementaireSante: v.mutuelle && !v.mutuelle.isZero() ? { cotisation: v.mutuelle, partPatronale: new Dec("0.5") } : undefined,
    },
    salarie: { statut: v.statut, salaireBase: v.salaire_base, heuresMensuelles: baremeAu(jour).dureeLegaleMensuelle, tauxPAS: v.taux_pas },
    variables: { heuresSup25: v.heures_sup, heuresSup50: ZERO, heuresComp10: ZERO, heuresComp25: ZERO, primes: [], absences: [], avantagesNature: [] },
  };
}

const bulletin = (v: ValeursBulletin, trace: Trace): Bulletin => calculerBulletin(entree(v), trace);

/** Une fonction qui rend un total du bulletin. */
function fonctionTotal(nom: string, cle: keyof Totaux, description: string, exemples: { formule: string; resultat: number; source: string }[]) {
  return fonction({
    nom,
    categorie: "Paie",
    description,
    arguments: ARGUMENTS_BULLETIN,
    resultat: "nombre",
    format: "euros",
    exemples,
    calcul: (v, trace) => resultatNombre(bulletin(v, trace).totaux[cle]),
  });
}

const EXEMPLE_A = '2150;"non-cadre";"15/03/2026";11;1,5%;2%;0;60';
const EXEMPLE_B = '4600;"cadre";"15/03/2026";60;1,2%;;8;60';
const SOURCE_A = "paie.md § 10.1";
const SOURCE_B = "paie.md § 10.2";

export const SMIC = fonction({
  nom: "SMIC",
  categorie: "Paie",
  description: "SMIC brut en vigueur à une date, horaire ou mensuel (horaire × 1 820 ÷ 12, arrondi au centime).",
  arguments: [argDate(), facultatif({ ...valeur("mensuel", "VRAI pour le SMIC mensuel d'un temps plein, FAUX pour le SMIC horaire."), lire: lireBooleen }, false, "FAUX (horaire)")],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.SMIC("15/03/2026")', resultat: 12.02, source: "paie.md § 1" },
    { formule: '=AGORA.SMIC("15/06/2026";VRAI())', resultat: 1867.02, source: "paie.md § 1" },
    { formule: '=AGORA.SMIC("01/12/2024";VRAI())', resultat: 1801.8, source: "paie.md § 1" },
  ],
  calcul: ({ date: d, mensuel }, trace) => {
    const jour = jourDe(d);
    const b = baremeAu(jour);
    trace.regle(sourceFr("smicHoraire", jour));
    if (!mensuel) return resultatNombre(b.smicHoraire);
    const exact = b.smicHoraire.times(b.heuresAnnuellesSmic).div(12);
    trace.etape(`SMIC mensuel = ${montantFr(b.smicHoraire)} × 1 820 ÷ 12 = ${montantFr(arrondi(exact))}`);
    return resultatNombre(arrondi(exact));
  },
});

export const PMSS = fonction({
  nom: "PMSS",
  categorie: "Paie",
  description: "Plafond mensuel de la sécurité sociale en vigueur à une date.",
  arguments: [argDate()],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.PMSS("15/03/2026")', resultat: 4005, source: "paie.md § 1" },
    { formule: '=AGORA.PMSS("01/07/2025")', resultat: 3925, source: "paie.md § 1" },
  ],
  calcul: ({ date: d }, trace) => {
    const jour = jourDe(d);
    trace.regle(sourceFr("pssMensuel", jour));
    return resultatNombre(baremeAu(jour).pssMensuel);
  },
});

/** Nombre de lignes réservées au bulletin renversé (en-tête, blocs, lignes, totaux). */
export const LIGNES_BULLETIN = 60;

export const BULLETIN = fonction({
  nom: "BULLETIN",
  categorie: "Paie",
  description: "Bulletin de paie clarifié du mois en tableau : rubriques groupées, base, taux et parts salariale et patronale, puis les totaux jusqu'au net payé et au coût employeur.",
  arguments: ARGUMENTS_BULLETIN,
  resultat: "tableau",
  tailleMax: () => ({ lignes: LIGNES_BULLETIN, colonnes: 6 }),
  exemples: [
    {
      formule: `=AGORA.BULLETIN(${EXEMPLE_A})`,
      source: SOURCE_A,
      resultat: [
        ["Rubrique", "Base", "Taux salarial", "Part salariale", "Taux patronal", "Part patronale"],
        ["RÉMUNÉRATION BRUTE", "", "", "", "", ""],
        ["Salaire de base", 151.67, 14.1755, 2150, "", ""],
        ["SANTÉ", "", "", "", "", ""],
        ["Sécurité sociale maladie-maternité-invalidité-décès", 2150, "", "", 0.13, 279.5],
        ["Complémentaire santé (forfait 60,00 €)", "", "", 30, "", 30],
        ["ACCIDENTS DU TRAVAIL – MALADIES PROFESSIONNELLES", "", "", "", "", ""],
        ["AT/MP (taux notifié)", 2150, "", "", 0.015, 32.25],
        ["RETRAITE", "", "", "", "", ""],
        ["Sécurité sociale plafonnée", 2150, 0.069, 148.35, 0.0855, 183.83],
        ["Sécurité sociale déplafonnée", 2150, 0.004, 8.6, 0.0211, 45.37],
        ["Complémentaire Agirc-Arrco T1", 2150, 0.0315, 67.73, 0.0472, 101.48],
        ["CEG T1", 2150, 0.0086, 18.49, 0.0129, 27.74],
        ["FAMILLE", "", "", "", "", ""],
        ["Allocations familiales", 2150, "", "", 0.0525, 112.88],
        ["ASSURANCE CHÔMAGE", "", "", "", "", ""],
        ["Chômage", 2150, "", "", 0.04, 86],
        ["AGS", 2150, "", "", 0.0025, 5.38],
        ["AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", "", ""],
        ["FNAL 0,1\u202f% (sur T1)", 2150, "", "", 0.001, 2.15],
        ["Contribution solidarité autonomie (CSA)", 2150, "", "", 0.003, 6.45],
        ["Contribution au dialogue social", 2150, "", "", 0.00016, 0.34],
        ["Formation professionnelle", 2150, "", "", 0.01, 21.5],
        ["Taxe d'apprentissage (part principale)", 2150, "", "", 0.0059, 12.69],
        ["Forfait social 8\u202f% (prévoyance et santé patronales)", 30, "", "", 0.08, 2.4],
        ["CSG DÉDUCTIBLE DE L'IMPÔT SUR LE REVENU", "", "", "", "", ""],
        ["CSG déductible", 2142.38, 0.068, 145.68, "", ""],
        ["CSG/CRDS NON DÉDUCTIBLE DE L'IMPÔT SUR LE REVENU", "", "", "", "", ""],
        ["CSG non déductible", 2142.38, 0.024, 51.42, "", ""],
        ["CRDS", 2142.38, 0.005, 10.71, "", ""],
        ["EXONÉRATIONS, ÉCRÊTEMENTS ET ALLÈGEMENTS DE COTISATIONS", "", "", "", "", ""],
        ["Réduction générale dégressive unique (C = 0,2603)", 2150, "", "", "", -559.65],
        ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", 480.98, "", 390.31],
        ["Salaire brut", 2150, "", "", "", ""],
        ["dont réduction générale", 559.65, "", "", "", ""],
        ["Montant net social", 1669.02, "", "", "", ""],
        ["Net à payer avant impôt sur le revenu", 1669.02, "", "", "", ""],
        ["Net imposable", 1761.15, "", "", "", ""],
        ["Impôt sur le revenu prélevé à la source", 35.22, "", "", "", ""],
        ["Net payé", 1633.8, "", "", "", ""],
        ["Coût employeur", 2540.31, "", "", "", ""],
      ],
    },
  ],
  aide: "Les taux sont ceux du mois de la date donnée. Le bulletin complet (absences, congés payés, primes, avantages en nature, prévoyance) se calcule avec la commande agora paie bulletin.",
  calcul: (v, trace) => resultatTableau(tableauBulletin(bulletin(v, trace)) as CelluleResultat[][]),
});

export const NET_AVANT_IMPOT = fonctionTotal("NET.AVANT.IMPOT", "netAvantImpot", "Net à payer avant impôt sur le revenu : brut moins les cotisations et contributions salariales.", [
  { formule: `=AGORA.NET.AVANT.IMPOT(${EXEMPLE_A})`, resultat: 1669.02, source: SOURCE_A },
  { formule: `=AGORA.NET.AVANT.IMPOT(${EXEMPLE_B})`, resultat: 3879.42, source: SOURCE_B },
]);

export const NET_SOCIAL = fonctionTotal("NET.SOCIAL", "netSocial", "Montant net social : rémunérations brutes moins toutes les cotisations et contributions sociales salariales.", [
  { formule: `=AGORA.NET.SOCIAL(${EXEMPLE_A})`, resultat: 1669.02, source: SOURCE_A },
  { formule: `=AGORA.NET.SOCIAL(${EXEMPLE_B})`, resultat: 3879.42, source: SOURCE_B },
]);

export const NET_IMPOSABLE = fonctionTotal("NET.IMPOSABLE", "netImposable", "Net imposable, base du prélèvement à la source : net avant impôt plus CSG non déductible, CRDS et santé patronale, moins les heures supplémentaires exonérées.", [
  { formule: `=AGORA.NET.IMPOSABLE(${EXEMPLE_A})`, resultat: 1761.15, source: SOURCE_A },
  { formule: `=AGORA.NET.IMPOSABLE(${EXEMPLE_B})`, resultat: 3768.71, source: SOURCE_B },
]);

export const COUT_EMPLOYEUR = fonctionTotal("COUT.EMPLOYEUR", "coutEmployeur", "Coût employeur : salaire brut plus les cotisations patronales après allègements.", [
  { formule: `=AGORA.COUT.EMPLOYEUR(${EXEMPLE_A})`, resultat: 2540.31, source: SOURCE_A },
  { formule: `=AGORA.COUT.EMPLOYEUR(${EXEMPLE_B})`, resultat: 6982.12, source: SOURCE_B },
]);

export const REDUCTION_GENERALE = fonction({
  nom: "REDUCTION.GENERALE",
  categorie: "Paie",
  description: "Réduction générale de cotisations patronales du mois : formule de 2024-2025 ou réduction dégressive unique (RGDU) en 2026.",
  arguments: [
    montant("brut", "Rémunération brute soumise à cotisations du mois, heures supplémentaires et primes comprises."),
    argDate(),
    argEffectif(),
    facultatif(
      { ...nombre("heures", "Heures rémunérées du mois : 151,67 pour un temps plein, plus les heures supplémentaires ; moins pour un temps partiel."), lire: lireHeures },
      151.67,
      "151,67",
    ),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.REDUCTION.GENERALE(2150;"15/03/2026";11)', resultat: 559.65, source: SOURCE_A },
    { formule: '=AGORA.REDUCTION.GENERALE(4903,29;"15/03/2026";60;159,67)', resultat: 124.05, source: SOURCE_B },
  ],
  calcul: ({ brut, date: d, effectif, heures }, trace) => {
    const jour = jourDe(d);
    const b = baremeAu(jour);
    if (heures.isZero()) throw erreurNombre("heures : le nombre d'heures est nul.");
    const tempsPlein = heures.gte(b.dureeLegaleMensuelle);
    const heuresRef = tempsPlein ? heuresReference(true, heures, new Dec(1), heures.minus(b.dureeLegaleMensuelle), b) : heures.times(12);
    const smic = smicReference(heuresRef, b, trace);
    return resultatNombre(reduction(arrondi(brut), smic, effectif, b, trace).montant);
  },
});

export const INDEMNITE_CP = fonction({
  nom: "INDEMNITE.CP",
  categorie: "Paie",
  description: "Indemnité de congés payés : la plus favorable du maintien de salaire et du dixième de la rémunération de référence.",
  arguments: [
    montant("remuneration_reference", "Rémunération brute de la période de référence (1er juin – 31 mai), en euros."),
    { ...nombre("jours_pris", "Jours ouvrables de congés pris dans le mois."), lire: lireHeures },
    montant("salaire_mensuel", "Salaire mensuel brut qu'aurait perçu le salarié s'il avait travaillé."),
    entier("jours_ouvrables", "Jours ouvrables du mois (lundi au samedi hors jours fériés).", 1),
    facultatif({ ...nombre("jours_acquis", "Jours ouvrables acquis sur la période de référence."), lire: lireHeures }, 30, "30"),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.INDEMNITE.CP(26400;6;2200;26)", resultat: 528, source: "paie.md § 2.6" }],
  calcul: ({ remuneration_reference, jours_pris, salaire_mensuel, jours_ouvrables, jours_acquis }, trace) =>
    resultatNombre(
      indemniteConges({ jours: jours_pris, remunerationReference: remuneration_reference, joursAcquis: jours_acquis }, salaire_mensuel, jours_ouvrables, baremeAu(aujourdhuiOuDebut()).congesDixieme, trace).indemnite,
    ),
});

/** Le dixième ne dépend pas de la date ; on lit le paramètre au jour, ou au début des données si l'horloge est antérieure. */
function aujourdhuiOuDebut(): Jour {
  const j = aujourdhui();
  return j.annee < 2024 ? { annee: 2024, mois: 1, jour: 1 } : j;
}

export const TAUX_NEUTRE = fonction({
  nom: "TAUX.NEUTRE",
  categorie: "Paie",
  description: "Taux non personnalisé du prélèvement à la source (grille de taux neutre de métropole) pour un net imposable mensuel.",
  arguments: [
    montant("net_imposable", "Net imposable du mois, en euros."),
    facultatif(date("date", "Date de versement du salaire : elle choisit la grille en vigueur (aujourd'hui si elle est omise)."), undefined, "aujourd'hui"),
  ],
  resultat: "nombre",
  format: "pourcentage",
  exemples: [
    { formule: '=AGORA.TAUX.NEUTRE(3768,71;"31/03/2026")', resultat: 0.119, source: SOURCE_B },
    { formule: '=AGORA.TAUX.NEUTRE(1700;"31/05/2026")', resultat: 0.013, source: "paie.md § 5.4" },
  ],
  calcul: ({ net_imposable, date: d }, trace) => {
    const jour = d ?? finDeMois(aujourdhui());
    trace.regle(sourceFr("tauxNeutre", jour));
    const t = tauxNeutre(net_imposable, jour);
    trace.etape(`Grille en vigueur le ${jourFr(jour)} : ${montantFr(net_imposable)} → ${tauxFr(t)}`);
    return resultatNombre(t);
  },
});

export const FONCTIONS_PAIE = [SMIC, PMSS, BULLETIN, NET_AVANT_IMPOT, NET_SOCIAL, NET_IMPOSABLE, COUT_EMPLOYEUR, REDUCTION_GENERALE, INDEMNITE_CP, TAUX_NEUTRE];
