/**
 * Le tableau des opérations prévues lu dans le classeur (comptabilite.md § 8) : une ligne par vente ou achat (montant
 * HT, taux de TVA, conditions de règlement) ou par règlement direct (encaissement, décaissement, TVA restant due à
 * l'ouverture), datée. Une ligne « Trésorerie initiale » peut donner la trésorerie du début du premier mois.
 */
import type Decimal from "decimal.js";
import { ZERO } from "../../core/argent";
import { lireDate } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { estVide, lireMontantPositif, lireNombre, lireTaux, lireTexte, normaliserMotCle } from "../../core/nombres";
import { lireConditions, type NatureOperation, type OperationPrevue } from "../../core/tresorerie";
import type { Classeur } from "../../classeur/port";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type Source, type TableauSource } from "../commun/source";

export type ChampOperation = "nature" | "libelle" | "date" | "montant" | "taux" | "conditions";

export const COLONNES_OPERATIONS: readonly ColonneAttendue<ChampOperation>[] = [
  { champ: "nature", nom: "Nature", obligatoire: true, cles: ["nature", "type", "operation", "categorie"] },
  { champ: "libelle", nom: "Libellé", obligatoire: true, cles: ["libelle", "intitule", "designation", "objet", "description"] },
  { champ: "date", nom: "Date", obligatoire: true, cles: ["date", "datefacture", "dateoperation", "datereglement", "echeance"] },
  { champ: "montant", nom: "Montant HT", obligatoire: true, cles: ["montant", "montantht", "ht", "base"] },
  { champ: "taux", nom: "Taux TVA", cles: ["tauxtva", "tva", "taux"] },
  { champ: "conditions", nom: "Conditions de règlement", cles: ["conditions", "conditionsreglement", "conditionspaiement", "reglement", "delai", "delais", "delaipaiement", "delaispaiement", "delaireglement"] },
];

export const QUOI_OPERATIONS = "le tableau des opérations prévues";

const NATURES: Record<string, NatureOperation | "initiale"> = {
  vente: "vente",
  ventes: "vente",
  "facture de vente": "vente",
  achat: "achat",
  achats: "achat",
  "facture d achat": "achat",
  investissement: "achat",
  encaissement: "encaissement",
  encaissements: "encaissement",
  recette: "encaissement",
  decaissement: "decaissement",
  decaissements: "decaissement",
  depense: "decaissement",
  tva: "tva",
  "tva a decaisser": "tva",
  "tva a payer": "tva",
  "tresorerie initiale": "initiale",
  "solde initial": "initiale",
};

export const NATURES_ACCEPTEES = "« Vente », « Achat », « Encaissement », « Décaissement », « TVA à décaisser » ou « Trésorerie initiale »";

export interface Operations {
  tableau: TableauSource<ChampOperation>;
  operations: OperationPrevue[];
  initiale?: Decimal;
}

export async function lireOperations(classeur: Classeur, source: Source): Promise<Operations> {
  return operationsDe(await lireSource(classeur, source, COLONNES_OPERATIONS, QUOI_OPERATIONS));
}

/** Les opérations d'un tableau déjà lu, toutes validées d'abord (cinq problèmes au plus cités). */
export function operationsDe(tableau: TableauSource<ChampOperation>): Operations {
  const problemes = new Problemes();
  const operations: OperationPrevue[] = [];
  let initiale: Decimal | undefined;
  for (const ligne of tableau.lignes) {
    const v = (c: ChampOperation) => valeurDe(tableau, ligne, c);
    const brute = problemes.essayer(() => lireTexte(v("nature"), lieu(tableau, ligne, "nature")));
    if (brute === undefined) continue;
    const nature = NATURES[normaliserMotCle(brute.replace(/'/g, " "))];
    if (!nature) {
      problemes.ajouter(`${lieu(tableau, ligne, "nature")} : « ${brute.trim()} » n'est pas une nature ; écrivez ${NATURES_ACCEPTEES}.`);
      continue;
    }
    if (nature === "initiale") {
      const m = problemes.essayer(() => lireNombre(v("montant"), lieu(tableau, ligne, "montant")));
      if (m !== undefined) initiale = m;
      continue;
    }
    const date = problemes.essayer(() => lireDate(v("date"), lieu(tableau, ligne, "date")));
    const montant = problemes.essayer(() => lireMontantPositif(v("montant"), lieu(tableau, ligne, "montant")));
    const facture = nature === "vente" || nature === "achat";
    const taux = facture && !estVide(v("taux")) ? problemes.essayer(() => lireTaux(v("taux"), lieu(tableau, ligne, "taux"))) : ZERO;
    const conditions = v("conditions");
    const parts = facture ? problemes.essayer(() => lireConditions(estVide(conditions) ? "comptant" : String(conditions), lieu(tableau, ligne, "conditions"))) : [];
    if (date === undefined || montant === undefined || taux === undefined || parts === undefined) continue;
    if (!facture && !estVide(v("taux"))) {
      const t = problemes.essayer(() => lireTaux(v("taux"), lieu(tableau, ligne, "taux")));
      if (t === undefined) continue;
      if (!t.isZero()) {
        problemes.ajouter(`${lieu(tableau, ligne, "taux")} : « ${brute.trim()} » est un règlement, sans TVA ; écrivez « Vente » ou « Achat » pour une facture avec TVA, ou videz le taux.`);
        continue;
      }
    }
    const libelle = estVide(v("libelle")) ? `Ligne ${ligne.numero}` : String(v("libelle")).trim();
    operations.push({ nature, libelle, date, montant, taux, ...(facture ? { parts } : {}) });
  }
  problemes.verifier(`${QUOI_OPERATIONS} (feuille « ${tableau.feuille} »)`);
  if (operations.length === 0) {
    throw erreurValeur(`${QUOI_OPERATIONS.charAt(0).toUpperCase()}${QUOI_OPERATIONS.slice(1)} (feuille « ${tableau.feuille} ») : aucune vente, aucun achat ni aucun règlement.`);
  }
  return { tableau, operations, ...(initiale !== undefined ? { initiale } : {}) };
}

