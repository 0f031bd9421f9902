/** Fonctions AGORA : seuil de rentabilité, point mort, échéances. */
import { aujourdhui } from "../core/dates";
import * as echeance from "../core/echeance";
import * as gestion from "../core/gestion";
import { lireNombre, lireTaux } from "../core/nombres";
import { date, entier, facultatif, fonction, montant, resultatDate, resultatNombre, taux, texte } from "./dsl";

/** Taux de MCV : borné comme un taux de marque (40 = 40 %) ; négatif, il est transmis pour l'erreur « seuil inatteignable ». */
const tauxMcv = {
  ...taux(
    "taux_marge_sur_cout_variable",
    "Taux de marge sur coût variable (MCV ÷ chiffre d'affaires) : 40\u202f%, 0,4 ou 40 (un nombre supérieur à 1 est lu comme un pourcentage).",
  ),
  lire: (b: unknown, champ: string) => {
    const n = lireNombre(b, champ);
    return n.isNeg() ? n : lireTaux(b, champ, { borne: true });
  },
};

export const SEUIL_RENTABILITE = fonction({
  nom: "SEUIL.RENTABILITE",
  categorie: "Gestion",
  description:
    "Seuil de rentabilité en chiffre d'affaires : charges fixes ÷ taux de marge sur coût variable, arrondi au centime. Taux négatif ou nul : #NOMBRE! (seuil inatteignable).",
  arguments: [montant("charges_fixes", "Charges fixes de la période, en euros."), tauxMcv],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.SEUIL.RENTABILITE(84000;40%)", resultat: 210000, source: "comptabilite.md § 11.2" }],
  calcul: ({ charges_fixes, taux_marge_sur_cout_variable }, trace) =>
    resultatNombre(gestion.seuilRentabilite(charges_fixes, taux_marge_sur_cout_variable, trace)),
});

export const POINT_MORT = fonction({
  nom: "POINT.MORT",
  categorie: "Gestion",
  description:
    "Date à laquelle le seuil de rentabilité est atteint, l'activité étant supposée régulière sur une année de 360 jours (12 mois de 30 jours). " +
    "Sans date de début, l'exercice commence le 1er janvier de l'année en cours. Seuil supérieur au chiffre d'affaires : #N/A (pas de point mort dans l'exercice).",
  arguments: [
    montant("seuil", "Seuil de rentabilité, en euros de chiffre d'affaires HT (voir AGORA.SEUIL.RENTABILITE)."),
    montant("chiffre_affaires_annuel", "Chiffre d'affaires HT de l'exercice, en euros."),
    facultatif(date("debut_exercice", "Premier jour de l'exercice (1er janvier de l'année en cours si omis)."), undefined, "1er janvier de l'année en cours"),
  ],
  resultat: "date",
  format: "date",
  exemples: [
    // 12/09/2026 : numéro de série Excel 46277 (= DATE(2026;9;12)).
    { formule: '=AGORA.POINT.MORT(210000;300000;"01/01/2026")', resultat: 46277, source: "comptabilite.md § 11.2 (8,4 mois → 12 septembre)" },
  ],
  aide:
    "Durée = seuil ÷ chiffre d'affaires × 12 mois. Les mois entiers s'ajoutent au début de l'exercice ; la partie décimale × 30 donne " +
    "les jours, arrondis au jour supérieur (le seuil est atteint au cours de ce jour). Point mort = début + mois + jours − 1 jour : " +
    "210 000 ÷ 300 000 × 12 = 8,4 mois = 8 mois et 12 jours, soit le 12 septembre pour un exercice commencé le 1er janvier. " +
    "Seuil égal au chiffre d'affaires : dernier jour de l'exercice ; seuil supérieur : #N/A, le seuil n'est pas atteint pendant l'exercice.",
  calcul: ({ seuil, chiffre_affaires_annuel, debut_exercice }, trace) => {
    const debut = debut_exercice ?? { annee: aujourdhui().annee, mois: 1, jour: 1 };
    return resultatDate(gestion.pointMort(seuil, chiffre_affaires_annuel, debut, trace));
  },
});

export const ECHEANCE = fonction({
  nom: "ECHEANCE",
  categorie: "Dates",
  description:
    "Date d'échéance d'une facture selon les conditions de paiement. Modes : « net » (par défaut : date + jours) ; « fin de mois » " +
    "(date + jours, puis fin de ce mois) ; « fin de mois + jours » (fin du mois de la facture, puis + jours) ; « le 10 » ou " +
    "« fin de mois le 10 » (date + jours, fin de mois, puis le 10 du mois suivant ; tout jour de 1 à 31). " +
    "Un délai au-delà du plafond légal (60 jours ou 45 jours fin de mois) est signalé par AGORA.EXPLIQUE.",
  arguments: [
    date("date_facture", "Date d'émission de la facture."),
    entier("jours", "Délai de paiement en jours (0 pour un paiement à réception)."),
    facultatif(texte("mode", "« net », « fin de mois », « fin de mois + jours », « le 10 » ou « fin de mois le 10 »."), "net"),
  ],
  resultat: "date",
  format: "date",
  exemples: [
    // 15/03/2026 + 30 jours = 14/04/2026, fin de mois : 30/04/2026 = DATE(2026;4;30) = 46142.
    { formule: '=AGORA.ECHEANCE("15/03/2026";30;"fin de mois")', resultat: 46142, source: "calcul : 15/03 + 30 jours = 14/04, fin de mois 30/04/2026" },
    // 15/03/2026 + 45 jours = 29/04/2026, fin de mois 30/04, le 10 du mois suivant : 10/05/2026 = DATE(2026;5;10) = 46152.
    { formule: '=AGORA.ECHEANCE("15/03/2026";45;"fin de mois le 10")', resultat: 46152, source: "calcul : 15/03 + 45 jours = 29/04, fin de mois, le 10 : 10/05/2026" },
  ],
  aide:
    "Délais de paiement entre professionnels (C. com. art. L. 441-10) : au plus 60 jours après la date de la facture, ou 45 jours fin de mois " +
    "(fin du mois de la date + 45 jours, ou fin du mois de la facture + 45 jours). Au-delà, la date est rendue mais AGORA.EXPLIQUE affiche une alerte. " +
    "Un nombre de jours négatif renvoie #NOMBRE! ; un mode inconnu, #VALEUR!.",
  calcul: ({ date_facture, jours, mode }, trace) => resultatDate(echeance.echeance(date_facture, jours, echeance.lireModeEcheance(mode), trace)),
});

export const FONCTIONS_GESTION = [SEUIL_RENTABILITE, POINT_MORT, ECHEANCE];
