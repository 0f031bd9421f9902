/** Fonctions AGORA de trésorerie : échelonnement des règlements, TVA à décaisser, budget de trésorerie (comptabilite.md § 4.4 et § 8). */
import type Decimal from "decimal.js";
import { lireNombresPlage } from "../core/nombres";
import { MOIS_MAX_ECHELONNEMENT, budgetTresorerie, echelonner, lireConditions, montantsParMois, tvaADecaisser } from "../core/tresorerie";
import { date, facultatif, fonction, montant, nombre, plage, resultatNombre, resultatTableau, texte, type Matrice } from "./dsl";

const SOURCE_BUDGET = "comptabilite.md § 8";

/** Les montants non vides d'une plage (ou d'une valeur seule). */
const montants = (m: Matrice, champ: string): Decimal[] => lireNombresPlage(m, champ, { positifs: true }).filter((d): d is Decimal => d !== undefined);

export const ECHELONNER = fonction({
  nom: "ECHELONNER",
  categorie: "Trésorerie",
  description:
    "Règlements d'un montant selon les conditions de paiement, regroupés par mois (premier jour du mois | montant) ; chaque part est arrondie au centime " +
    "et la dernière reçoit le reste, si bien que le total est exact.",
  arguments: [
    montant("montant", "Montant TTC à régler, en euros."),
    date("date", "Date de la facture, point de départ des délais de paiement."),
    texte(
      "conditions",
      "Conditions de paiement : parts séparées par « ; », par exemple « 30 % comptant ; 50 % 30 jours fin de mois ; 20 % 60 jours » (les parts font 100 %).",
    ),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: () => ({ lignes: MOIS_MAX_ECHELONNEMENT, colonnes: 2 }),
  exemples: [
    {
      // Premiers jours des mois en numéros de série Excel : 01/01/2026 = 46023, 01/02/2026 = 46054, 01/03/2026 = 46082.
      formule: '=AGORA.ECHELONNER(24000;"15/01/2026";"30% comptant; 50% 30 jours fin de mois; 20% 60 jours")',
      resultat: [
        [46023, 7200],
        [46054, 12000],
        [46082, 4800],
      ],
      source: `${SOURCE_BUDGET} (ventes de janvier : 24 000 TTC)`,
    },
    {
      // 10/01 + 30 jours = 09/02, fin de mois 28/02 : février.
      formule: '=AGORA.ECHELONNER(1000;"10/01/2026";"30% comptant; 70% 30 jours fin de mois")',
      resultat: [
        [46023, 300],
        [46054, 700],
      ],
      source: `${SOURCE_BUDGET} (10/01 → 09/02 → 28/02)`,
    },
  ],
  aide: [
    "Termes acceptés : « comptant » ou « à réception » ; « 30 jours » (date de facture + 30 jours) ; « 30 jours fin de mois » (date + 30 jours, puis fin de ce mois) ; " +
      "« fin de mois + 45 jours » ; « 30 jours fin de mois le 10 ». Une condition seule peut s'écrire sans pourcentage.",
    "Les échéances sont de vraies dates : une facture du 15/01 payable à 60 jours est réglée le 16/03, en mars ; une facture du 31/01 le 01/04, en avril. " +
      "Le budget mensuel de la référence (§ 8) suppose des factures de milieu de mois.",
    "La première colonne est le premier jour de chaque mois (format « mmmm aaaa » conseillé) ; les mois sans règlement entre deux échéances sont affichés à 0. " +
      "Un délai au-delà du plafond légal (60 jours, ou 45 jours fin de mois) est signalé par AGORA.EXPLIQUE.",
  ].join("\n"),
  calcul: ({ montant: m, date: jour, conditions }, trace) =>
    resultatTableau(echelonner(m, jour, lireConditions(conditions), trace).map((l) => [l.mois, l.montant])),
});

export const TVA_A_DECAISSER = fonction({
  nom: "TVA.A.DECAISSER",
  categorie: "Trésorerie",
  description:
    "TVA à décaisser d'une période selon la logique de la CA3 : TVA collectée − TVA déductible − crédit antérieur. Positive : TVA à payer (44551) ; " +
    "négative : crédit de TVA à reporter (44567).",
  arguments: [
    plage("collectee", "TVA collectée de la période : un montant ou une plage de montants (un par taux), additionnés."),
    plage("deductible", "TVA déductible de la période : un montant ou une plage (biens et services 44566, immobilisations 44562), additionnés."),
    facultatif(montant("credit_anterieur", "Crédit de TVA reporté de la déclaration précédente (ligne 22 de la CA3)."), 0, "0"),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: "=AGORA.TVA.A.DECAISSER(6000;4300)", resultat: 1700, source: "comptabilite.md § 4.4 (mars 2026)" },
    { formule: "=AGORA.TVA.A.DECAISSER(3000;4300)", resultat: -1300, source: "comptabilite.md § 4.4 (cas crédit)" },
    { formule: "=AGORA.TVA.A.DECAISSER(4000;2700)", resultat: 1300, source: `${SOURCE_BUDGET} (janvier)` },
  ],
  calcul: ({ collectee, deductible, credit_anterieur }, trace) =>
    resultatNombre(tvaADecaisser(montants(collectee, "collectee"), montants(deductible, "deductible"), credit_anterieur, trace)),
});

const ENTETE_BUDGET = ["Mois", "Encaissements", "Décaissements", "Solde du mois", "Solde cumulé"];

/** Le budget du § 8 : encaissements (B2:D5) et décaissements (B7:D12) détaillés, un mois par colonne. */
const BUDGET_DETAILLE = [
  ["Encaissements", "Janvier", "Février", "Mars"],
  ["Créances au 31/12", 14400, 7200, null],
  ["Ventes de janvier", 7200, 12000, 4800],
  ["Ventes de février", null, 8640, 14400],
  ["Ventes de mars", null, null, 10800],
  ["Décaissements", "Janvier", "Février", "Mars"],
  ["Fournisseurs", 13200, 14400, 18000],
  ["Salaires", 5000, 5000, 5000],
  ["Charges sociales", 2000, 2000, 2000],
  ["Loyer TTC", 1800, 1800, 1800],
  ["TVA à décaisser", 2400, 1300, 1500],
  ["Investissement TTC", null, null, 7200],
];

const RESULTAT_BUDGET = [
  ENTETE_BUDGET,
  [1, 21600, 24400, -2800, 200],
  [2, 27840, 24500, 3340, 3540],
  [3, 30000, 35500, -5500, -1960],
];

export const BUDGET_TRESORERIE = fonction({
  nom: "BUDGET.TRESORERIE",
  categorie: "Trésorerie",
  description:
    "Budget de trésorerie mois par mois, en tableau avec en-tête : mois, encaissements, décaissements, solde du mois et solde cumulé " +
    "(trésorerie de fin de mois, qui devient celle du début du mois suivant).",
  arguments: [
    plage("encaissements", "Encaissements mensuels : une ligne ou une colonne de totaux, ou un tableau détaillé avec un mois par colonne (chaque colonne est additionnée)."),
    plage("decaissements", "Décaissements mensuels, sous la même forme et pour les mêmes mois que les encaissements."),
    nombre("solde_initial", "Trésorerie au début du premier mois, en euros (négative en cas de découvert)."),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: ([enc, dec]) => ({ lignes: 1 + Math.max(enc?.lignes ?? 1, enc?.colonnes ?? 1, dec?.lignes ?? 1, dec?.colonnes ?? 1), colonnes: 5 }),
  exemples: [
    {
      formule: "=AGORA.BUDGET.TRESORERIE(B2:D5;B7:D12;3000)",
      donnees: BUDGET_DETAILLE,
      resultat: RESULTAT_BUDGET,
      source: SOURCE_BUDGET,
    },
    {
      formule: "=AGORA.BUDGET.TRESORERIE(B1:D1;B2:D2;3000)",
      donnees: [
        ["Total des encaissements", 21600, 27840, 30000],
        ["Total des décaissements", 24400, 24500, 35500],
      ],
      resultat: RESULTAT_BUDGET,
      source: SOURCE_BUDGET,
    },
  ],
  aide:
    "Un mois où la trésorerie de fin devient négative est signalé par AGORA.EXPLIQUE : besoin de financement (découvert, emprunt, négociation des délais). " +
    "Les cellules vides comptent pour 0.",
  calcul: ({ encaissements, decaissements, solde_initial }, trace) => {
    const lignes = budgetTresorerie(montantsParMois(encaissements, "encaissements"), montantsParMois(decaissements, "decaissements"), solde_initial, trace);
    return resultatTableau([ENTETE_BUDGET, ...lignes.map((l) => [l.mois, l.encaissements, l.decaissements, l.solde, l.cumul])]);
  },
});

export const FONCTIONS_TRESORERIE = [ECHELONNER, TVA_A_DECAISSER, BUDGET_TRESORERIE];
