/** Fonctions AGORA d'immobilisations : annuités linéaire et dégressive, coefficient, plan, VNC, cession (comptabilite.md § 9). */
import type Decimal from "decimal.js";
import { montantFr } from "../core/argent";
import { aujourdhui, type Jour } from "../core/dates";
import {
  DUREE_MAX,
  annuiteDuRang,
  cession,
  coefficientDegressif,
  creerCalendrier,
  lireCloture,
  lireDecompte,
  lireMode,
  planAmortissement,
  planDegressif,
  planLineaire,
  positionAu,
  tableauPlan,
  verifierDuree,
  type Cloture,
  type Immobilisation,
  type ModeLu,
} from "../core/immobilisations";
import { lireTexte } from "../core/nombres";
import type { Trace } from "../core/trace";
import { date, entier, facultatif, fonction, montant, resultatNombre, resultatTableau, texte } from "./dsl";

const SOURCE_LINEAIRE = "comptabilite.md § 9.2";
const SOURCE_DEGRESSIF = "comptabilite.md § 9.3";

const argBase = () => montant("base", "Valeur d'origine HT du bien (coût d'acquisition et frais accessoires), en euros.");
const argDuree = (nom: "duree" | "duree_annees") =>
  entier(nom, `Durée d'utilisation en années entières, de 1 à ${DUREE_MAX} (taux linéaire = 1 / durée).`, 1);
const argRang = () => entier("rang_exercice", "Rang de l'exercice : 1 pour l'exercice du début de l'amortissement, 2 pour le suivant, etc.", 1);
const argDebut = () =>
  date("debut", "Date de mise en service (linéaire, jour compris) ou date d'acquisition (dégressif : départ le 1er jour de ce mois).");
const argCloture = () =>
  facultatif(
    {
      ...texte("cloture", "Jour de clôture des exercices : « 31/12 », « 30/06 »… ou une date, dont seuls le jour et le mois comptent."),
      lire: (b: unknown, c: string): Cloture => lireCloture(b, c),
    },
    "31/12",
    "31/12",
  );
const argMode = () =>
  facultatif(
    {
      ...texte("mode", "Mode d'amortissement : « linéaire » (mois de 30 jours, année de 360 jours), « linéaire jours réels » ou « dégressif » (dégressif fiscal)."),
      lire: (b: unknown, c: string): ModeLu => lireMode(lireTexte(b, c), c),
    },
    "linéaire",
    "« linéaire »",
  );
const argValeurResiduelle = () =>
  facultatif(montant("valeur_residuelle", "Valeur résiduelle en fin d'utilisation, déduite de la base amortissable (linéaire seulement)."), 0, "0");

function immobilisation(base: Decimal, debut: Jour, duree: number, mode: ModeLu, cloture: Cloture, valeurResiduelle?: Decimal): Immobilisation {
  return { valeurOrigine: base, debut, duree, mode: mode.mode, decompte: mode.decompte, valeurResiduelle, calendrier: creerCalendrier(debut, cloture) };
}

function annuiteRetenue(annuite: Decimal, rang: number, exercices: number, trace: Trace): Decimal {
  trace.etape(rang > exercices ? `Exercice ${rang} : le plan est terminé après l'exercice ${exercices}, annuité 0,00` : `Annuité de l'exercice ${rang} : ${montantFr(annuite)}`);
  return annuite;
}

export const AMORT_LINEAIRE = fonction({
  nom: "AMORT.LINEAIRE",
  categorie: "Immobilisations",
  description:
    "Annuité d'amortissement linéaire d'un exercice, au prorata temporis depuis la mise en service (jour compris, mois de 30 jours, année de 360 jours) ; " +
    "la dernière annuité complète la base. 0 après la fin du plan.",
  arguments: [
    argBase(),
    date("mise_en_service", "Date de mise en service du bien, point de départ de l'amortissement (ce jour compte)."),
    argDuree("duree_annees"),
    argRang(),
    argCloture(),
    argValeurResiduelle(),
    facultatif(
      {
        ...texte("decompte", "Décompte du prorata : « 360 » (mois de 30 jours, année de 360 jours) ou « réel » (jours calendaires sur 365 ou 366)."),
        lire: (b: unknown, c: string) => lireDecompte(lireTexte(b, c), c),
      },
      "360",
      "« 360 »",
    ),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;1)', resultat: 985.83, source: `${SOURCE_LINEAIRE} (169 jours)` },
    { formule: '=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;2)', resultat: 2100, source: SOURCE_LINEAIRE },
    { formule: '=AGORA.AMORT.LINEAIRE(8400;"12/07/2026";4;5)', resultat: 1114.17, source: `${SOURCE_LINEAIRE} (191 jours, dernière annuité)` },
  ],
  aide:
    "Jours de la 1re annuité = (30 − jour de mise en service + 1) + 30 × mois restants jusqu'à la clôture : 12/07 → 31/12 = 19 + 150 = 169 jours. " +
    "Le plan compte durée + 1 exercices quand la 1re annuité est partielle. Différence avec AMORLINC d'Excel : AMORLINC ne compte pas le jour de mise en service " +
    "(en base 4 : 168 jours, 980,00 au lieu de 985,83), applique le taux au coût même avec une valeur résiduelle et n'arrondit pas.",
  calcul: ({ base, mise_en_service, duree_annees, rang_exercice, cloture, valeur_residuelle, decompte }, trace) => {
    verifierDuree(duree_annees, "duree_annees");
    const immo = immobilisation(base, mise_en_service, duree_annees, { mode: "lineaire", decompte }, cloture, valeur_residuelle);
    const plan = planLineaire(immo, trace);
    return resultatNombre(annuiteRetenue(annuiteDuRang(plan, rang_exercice), rang_exercice, plan.lignes.length, trace));
  },
});

export const AMORT_DEGRESSIF = fonction({
  nom: "AMORT.DEGRESSIF",
  categorie: "Immobilisations",
  description:
    "Annuité d'amortissement dégressif fiscal d'un exercice : VNC × taux linéaire × coefficient (1,25, 1,75 ou 2,25), 1re annuité au prorata des mois " +
    "depuis le 1er jour du mois d'acquisition, bascule en linéaire dès que l'annuité linéaire sur les années restantes est plus forte. 0 après la fin du plan.",
  arguments: [
    argBase(),
    date("date_acquisition", "Date d'acquisition du bien neuf : l'amortissement part du 1er jour de ce mois, le coefficient est celui de cette date."),
    entier("duree_annees", `Durée normale d'utilisation en années entières, de 3 à ${DUREE_MAX} (le dégressif exige au moins 3 ans).`, 1),
    argRang(),
    argCloture(),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";4;1)', resultat: 1312.5, source: `${SOURCE_DEGRESSIF}, exemple 1` },
    { formule: '=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";4;2)', resultat: 2362.5, source: `${SOURCE_DEGRESSIF}, exemple 1 (bascule en linéaire)` },
    { formule: '=AGORA.AMORT.DEGRESSIF(8400;"12/07/2026";5;3)', resultat: 1576.58, source: `${SOURCE_DEGRESSIF}, exemple 2` },
  ],
  aide:
    "Différences avec AMORDEGRC d'Excel : AMORDEGRC garde les coefficients d'avant 2001 (1,5 ; 2 ; 2,5), compte la 1re période en jours, force 50 % puis 100 % " +
    "sur les deux dernières périodes au lieu de la règle de bascule et arrondit à l'euro (exemple 1 : 1 479 au lieu de 1 312,50).",
  calcul: ({ base, date_acquisition, duree_annees, rang_exercice, cloture }, trace) => {
    coefficientDegressif(duree_annees, date_acquisition, undefined, "duree_annees");
    const immo = immobilisation(base, date_acquisition, duree_annees, { mode: "degressif", decompte: "360" }, cloture);
    const plan = planDegressif(immo, trace);
    return resultatNombre(annuiteRetenue(annuiteDuRang(plan, rang_exercice), rang_exercice, plan.lignes.length, trace));
  },
});

export const COEF_DEGRESSIF = fonction({
  nom: "COEF.DEGRESSIF",
  categorie: "Immobilisations",
  description: "Coefficient fiscal de l'amortissement dégressif pour une durée d'utilisation, à une date d'acquisition : 1,25 (3 ou 4 ans), 1,75 (5 ou 6 ans), 2,25 (plus de 6 ans).",
  arguments: [
    entier("duree_annees", "Durée normale d'utilisation du bien, en années entières (au moins 3 ans).", 1),
    facultatif(date("date", "Date d'acquisition du bien : le coefficient en vigueur ce jour-là s'applique à tout le plan."), undefined, "aujourd'hui"),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [
    { formule: '=AGORA.COEF.DEGRESSIF(4;"12/07/2026")', resultat: 1.25, source: SOURCE_DEGRESSIF },
    { formule: '=AGORA.COEF.DEGRESSIF(5;"12/07/2026")', resultat: 1.75, source: SOURCE_DEGRESSIF },
    { formule: '=AGORA.COEF.DEGRESSIF(10;"12/07/2026")', resultat: 2.25, source: SOURCE_DEGRESSIF },
  ],
  calcul: ({ duree_annees, date: jour }, trace) => resultatNombre(coefficientDegressif(duree_annees, jour ?? aujourdhui(), trace, "duree_annees")),
});

const L = (exercice: number, debut: number, fin: number, base: number, annuite: number, cumul: number, vnc: number) => [exercice, debut, fin, base, annuite, cumul, vnc];
const ENTETE = ["Exercice", "Début", "Fin", "Base", "Annuité", "Cumul", "VNC"];

export const PLAN_AMORT = fonction({
  nom: "PLAN.AMORT",
  categorie: "Immobilisations",
  description:
    "Plan d'amortissement complet, en tableau avec une ligne d'en-tête : exercice, début et fin de la période amortie, base, annuité, cumul, VNC de fin d'exercice.",
  arguments: [argBase(), argDebut(), argDuree("duree"), argMode(), argCloture(), argValeurResiduelle()],
  resultat: "tableau",
  format: "euros",
  tailleMax: () => ({ lignes: DUREE_MAX + 2, colonnes: 7 }),
  exemples: [
    {
      // Dates en numéros de série Excel : 12/07/2026 = 46215, 31/12/2026 = 46387, 01/01/2027 = 46388… 11/07/2030 = 47675.
      formule: '=AGORA.PLAN.AMORT(8400;"12/07/2026";4)',
      resultat: [
        ENTETE,
        L(1, 46215, 46387, 8400, 985.83, 985.83, 7414.17),
        L(2, 46388, 46752, 8400, 2100, 3085.83, 5314.17),
        L(3, 46753, 47118, 8400, 2100, 5185.83, 3214.17),
        L(4, 47119, 47483, 8400, 2100, 7285.83, 1114.17),
        L(5, 47484, 47675, 8400, 1114.17, 8400, 0),
      ],
      source: SOURCE_LINEAIRE,
    },
    {
      // 01/07/2026 = 46204 (1er jour du mois d'acquisition).
      formule: '=AGORA.PLAN.AMORT(8400;"12/07/2026";4;"dégressif")',
      resultat: [
        ENTETE,
        L(1, 46204, 46387, 8400, 1312.5, 1312.5, 7087.5),
        L(2, 46388, 46752, 7087.5, 2362.5, 3675, 4725),
        L(3, 46753, 47118, 4725, 2362.5, 6037.5, 2362.5),
        L(4, 47119, 47483, 2362.5, 2362.5, 8400, 0),
      ],
      source: `${SOURCE_DEGRESSIF}, exemple 1`,
    },
  ],
  aide:
    "Les colonnes Début et Fin sont des dates : donnez-leur le format Date courte. En dégressif, Base est la VNC de début d'exercice. " +
    "Modes : « linéaire » (par défaut), « linéaire jours réels », « dégressif ».",
  calcul: ({ base, debut, duree, mode, cloture, valeur_residuelle }, trace) =>
    resultatTableau(tableauPlan(planAmortissement(immobilisation(base, debut, duree, mode, cloture, valeur_residuelle), trace))),
});

export const VNC = fonction({
  nom: "VNC",
  categorie: "Immobilisations",
  description:
    "Valeur nette comptable à une date : valeur d'origine − amortissements cumulés, dont la dotation de l'exercice jusqu'à cette date " +
    "(linéaire : en jours ; dégressif : en mois, le mois de la date compté).",
  arguments: [
    argBase(),
    argDebut(),
    argDuree("duree"),
    date("date", "Date à laquelle on veut la VNC (comprise) ; après la fin du plan, la VNC est la valeur résiduelle."),
    argMode(),
    argCloture(),
    argValeurResiduelle(),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: '=AGORA.VNC(8400;"12/07/2026";4;"30/06/2028")', resultat: 4264.17, source: "comptabilite.md § 6 (cession)" },
    { formule: '=AGORA.VNC(8400;"12/07/2026";4;"31/12/2027")', resultat: 5314.17, source: SOURCE_LINEAIRE },
    { formule: '=AGORA.VNC(8400;"12/07/2026";5;"31/12/2028";"dégressif")', resultat: 2927.92, source: `${SOURCE_DEGRESSIF}, exemple 2` },
  ],
  calcul: ({ base, debut, duree, date: jour, mode, cloture, valeur_residuelle }, trace) =>
    resultatNombre(positionAu(immobilisation(base, debut, duree, mode, cloture, valeur_residuelle), jour, trace).vnc),
});

export const LIBELLES_CESSION = [
  "Dotation complémentaire (6811)",
  "Amortissements cumulés (28…)",
  "VNC des éléments cédés (657)",
  "Prix de cession HT (757)",
  "Plus-value ou moins-value (757 − 657)",
] as const;

export const CESSION = fonction({
  nom: "CESSION",
  categorie: "Immobilisations",
  description:
    "Cession d'une immobilisation (PCG 2025) en tableau : dotation complémentaire jusqu'à la date de cession, amortissements cumulés, VNC (657), " +
    "prix de cession (757) et plus-value (positive) ou moins-value (négative).",
  arguments: [
    argBase(),
    argDebut(),
    argDuree("duree"),
    date("date_cession", "Date de la cession : la dotation complémentaire court du début de l'exercice jusqu'à ce jour."),
    montant("prix", "Prix de cession hors taxes, en euros."),
    argMode(),
    argCloture(),
    argValeurResiduelle(),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: () => ({ lignes: LIBELLES_CESSION.length, colonnes: 2 }),
  exemples: [
    {
      formule: '=AGORA.CESSION(8400;"12/07/2026";4;"30/06/2028";4500)',
      resultat: [
        [LIBELLES_CESSION[0], 1050],
        [LIBELLES_CESSION[1], 4135.83],
        [LIBELLES_CESSION[2], 4264.17],
        [LIBELLES_CESSION[3], 4500],
        [LIBELLES_CESSION[4], 235.83],
      ],
      source: "comptabilite.md § 6 (cession d'immobilisation)",
    },
  ],
  aide:
    "Écritures : D 6811 / C 28… (dotation complémentaire) ; D 28… (cumul) et D 657 (VNC) / C 2… (valeur d'origine) ; D 462 / C 757 (prix HT, TVA au 44571). " +
    "Avant 2025, les comptes étaient 675 et 775 ; pour une immobilisation financière, 6671 et 7671.",
  calcul: ({ base, debut, duree, date_cession, prix, mode, cloture, valeur_residuelle }, trace) => {
    const c = cession(immobilisation(base, debut, duree, mode, cloture, valeur_residuelle), date_cession, prix, trace);
    const valeurs = [c.dotation, c.cumul, c.vnc, c.prix, c.resultat];
    return resultatTableau(LIBELLES_CESSION.map((libelle, i) => [libelle, valeurs[i]]));
  },
});

export const FONCTIONS_IMMOBILISATIONS = [AMORT_LINEAIRE, AMORT_DEGRESSIF, COEF_DEGRESSIF, PLAN_AMORT, VNC, CESSION];
