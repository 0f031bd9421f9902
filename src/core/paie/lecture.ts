/**
 * Lecture des données d'un bulletin (fichier JSON de `agora paie bulletin`, docs/paie-bulletin.schema.json).
 * Les taux s'écrivent en fractions (0,015 pour 1,5 %) : un taux supérieur à 1 est refusé, jamais lu comme un
 * pourcentage. Un champ inconnu est refusé (faute de frappe) ; chaque message nomme le champ fautif.
 */
import type Decimal from "decimal.js";
import { Dec, enFrancais } from "../argent";
import { lireDate } from "../dates";
import { erreurNombre, erreurValeur } from "../erreurs";
import { estVide, lireEntier, lireMontantPositif, lireNombre, lireTexte, normaliserMotCle } from "../nombres";
import { baremeAu } from "./parametres";
import {
  METHODES_ABSENCE,
  type Absence,
  type AvantageNature,
  type ComplementaireSante,
  type CongesPris,
  type EntreeBulletin,
  type MethodeAbsence,
  type Prevoyance,
  type Prime,
  type Statut,
} from "./types";

type Objet = Record<string, unknown>;

function objet(v: unknown, champ: string): Objet {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw erreurValeur(`${champ} : un objet JSON { … } est attendu.`);
  return v as Objet;
}

function liste(v: unknown, champ: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw erreurValeur(`${champ} : une liste JSON [ … ] est attendue.`);
  return v;
}

/** Champs permis de chaque objet : un champ inconnu est une faute de frappe, pas une donnée ignorée. */
export const CHAMPS = {
  racine: ["periode", "datePaiement", "entreprise", "salarie", "variables"],
  entreprise: ["effectif", "tauxAT", "methodeAbsence", "complementaireSante", "prevoyance", "tauxVersementMobilite"],
  complementaireSante: ["cotisation", "partPatronale"],
  prevoyance: ["assiette", "tauxSalarial", "tauxPatronal"],
  salarie: ["statut", "salaireBase", "tauxHoraire", "heuresMensuelles", "tauxPAS", "cumulHsExonerees"],
  variables: ["heuresSup25", "heuresSup50", "heuresComp10", "heuresComp25", "primes", "absences", "avantagesNature", "congesPayes", "acompte"],
  prime: ["libelle", "montant"],
  absence: ["motif", "du", "au", "heures"],
  avantageNature: ["libelle", "montant", "repas", "participation"],
  congesPayes: ["jours", "remunerationReference", "joursAcquis"],
} as const;

function verifierChamps(o: Objet, permis: readonly string[], champ: string): void {
  for (const cle of Object.keys(o)) {
    if (!permis.includes(cle)) throw erreurValeur(`${champ} : champ inconnu « ${cle} » (champs permis : ${permis.join(", ")}).`);
  }
}

const present = (v: unknown): boolean => !estVide(v);

/** Taux en fraction, entre 0 et 1. */
export function lireFraction(v: unknown, champ: string): Decimal {
  const t = lireNombre(v, champ);
  if (t.isNeg() && !t.isZero()) throw erreurNombre(`${champ} : le taux ${enFrancais(t)} est négatif.`);
  if (t.gt(1)) throw erreurNombre(`${champ} : ${enFrancais(t)} est supérieur à 1 ; les taux s'écrivent en fraction (0,015 pour 1,5\u202f%).`);
  return t;
}

const facultatif = <T>(o: Objet, cle: string, champ: string, lire: (v: unknown, c: string) => T): T | undefined =>
  present(o[cle]) ? lire(o[cle], `${champ}.${cle}`) : undefined;

function lireStatut(v: unknown, champ: string): Statut {
  const s = normaliserMotCle(lireTexte(v, champ)).replace(/ /g, "");
  if (s === "cadre") return "cadre";
  if (s === "noncadre") return "non-cadre";
  throw erreurValeur(`${champ} : « ${String(v)} » n'est pas un statut (« cadre » ou « non-cadre »).`);
}

function lireMethode(v: unknown, champ: string): MethodeAbsence {
  const m = normaliserMotCle(lireTexte(v, champ)).replace(/ /g, "-");
  const trouvee = METHODES_ABSENCE.find((x) => x === m);
  if (!trouvee) throw erreurValeur(`${champ} : « ${String(v)} » n'est pas une méthode de retenue (${METHODES_ABSENCE.join(", ")}).`);
  return trouvee;
}

function lirePeriode(v: unknown, champ: string): { annee: number; mois: number } {
  const m = typeof v === "string" ? /^\s*(\d{4})-(\d{2})\s*$/.exec(v) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw erreurValeur(`${champ} : « ${String(v)} » n'est pas un mois de paie ; écrivez AAAA-MM, par exemple 2026-03.`);
  return { annee: Number(m[1]), mois: Number(m[2]) };
}

function lireSante(v: unknown, champ: string): ComplementaireSante {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.complementaireSante, champ);
  const partPatronale = facultatif(o, "partPatronale", champ, lireFraction) ?? new Dec("0.5");
  if (partPatronale.lt("0.5")) throw erreurNombre(`${champ}.partPatronale : l'employeur finance au moins 50 % de la complémentaire santé (CSS art. L911-7).`);
  return { cotisation: lireMontantPositif(o.cotisation, `${champ}.cotisation`), partPatronale };
}

function lirePrevoyance(v: unknown, champ: string): Prevoyance {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.prevoyance, champ);
  const assiette = present(o.assiette) ? normaliserMotCle(lireTexte(o.assiette, `${champ}.assiette`)) : "t1";
  if (assiette !== "t1" && assiette !== "brut") throw erreurValeur(`${champ}.assiette : « ${String(o.assiette)} » : « T1 » ou « brut » attendu.`);
  return {
    assiette: assiette === "t1" ? "T1" : "brut",
    tauxSalarial: facultatif(o, "tauxSalarial", champ, lireFraction) ?? new Dec(0),
    tauxPatronal: facultatif(o, "tauxPatronal", champ, lireFraction) ?? new Dec(0),
  };
}

function lirePrime(v: unknown, champ: string): Prime {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.prime, champ);
  return { libelle: lireTexte(o.libelle, `${champ}.libelle`), montant: lireMontantPositif(o.montant, `${champ}.montant`) };
}

function lireAbsence(v: unknown, champ: string): Absence {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.absence, champ);
  const a: Absence = {
    motif: facultatif(o, "motif", champ, lireTexte) ?? "Absence non rémunérée",
    du: facultatif(o, "du", champ, lireDate),
    au: facultatif(o, "au", champ, lireDate),
    heures: facultatif(o, "heures", champ, lireMontantPositif),
  };
  if (a.heures && (a.du || a.au)) throw erreurValeur(`${champ} : donnez soit la période (du, au), soit le nombre d'heures, pas les deux.`);
  if (!a.heures && (!a.du || !a.au)) throw erreurValeur(`${champ} : indiquez la période (du, au) ou le nombre d'heures de l'absence.`);
  return a;
}

function lireAvantage(v: unknown, champ: string): AvantageNature {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.avantageNature, champ);
  const a: AvantageNature = {
    libelle: lireTexte(o.libelle, `${champ}.libelle`),
    montant: facultatif(o, "montant", champ, lireMontantPositif),
    repas: facultatif(o, "repas", champ, lireMontantPositif),
    participation: facultatif(o, "participation", champ, lireMontantPositif),
  };
  if ((a.montant === undefined) === (a.repas === undefined)) throw erreurValeur(`${champ} : donnez soit le montant évalué, soit le nombre de repas.`);
  return a;
}

function lireConges(v: unknown, champ: string): CongesPris {
  const o = objet(v, champ);
  verifierChamps(o, CHAMPS.congesPayes, champ);
  return {
    jours: lireMontantPositif(o.jours, `${champ}.jours`),
    remunerationReference: lireMontantPositif(o.remunerationReference, `${champ}.remunerationReference`),
    joursAcquis: lireMontantPositif(o.joursAcquis, `${champ}.joursAcquis`),
  };
}

const zero = new Dec(0);

/** Les données d'un bulletin, lues et contrôlées. */
export function lireEntreeBulletin(json: unknown): EntreeBulletin {
  const racine = objet(json, "bulletin");
  verifierChamps(racine, CHAMPS.racine, "bulletin");
  const { annee, mois } = lirePeriode(racine.periode, "periode");
  if (annee < 2024) throw erreurValeur(`periode : les paramètres de paie commencent en janvier 2024 (${mois.toString().padStart(2, "0")}/${annee} demandé).`);

  const ent = objet(racine.entreprise, "entreprise");
  verifierChamps(ent, CHAMPS.entreprise, "entreprise");
  const sal = objet(racine.salarie, "salarie");
  verifierChamps(sal, CHAMPS.salarie, "salarie");
  const vars = present(racine.variables) ? objet(racine.variables, "variables") : {};
  verifierChamps(vars, CHAMPS.variables, "variables");

  const salaireBase = facultatif(sal, "salaireBase", "salarie", lireMontantPositif);
  const tauxHoraire = facultatif(sal, "tauxHoraire", "salarie", lireMontantPositif);
  if (!salaireBase === !tauxHoraire) throw erreurValeur("salarie : donnez soit le salaire de base mensuel (salaireBase), soit le taux horaire (tauxHoraire).");
  const heuresMensuelles = facultatif(sal, "heuresMensuelles", "salarie", lireMontantPositif) ?? baremeAu({ annee, mois, jour: 1 }).dureeLegaleMensuelle;
  if (heuresMensuelles.isZero()) throw erreurNombre("salarie.heuresMensuelles : le nombre d'heures mensuelles est nul.");
  const heures = (cle: string) => facultatif(vars, cle, "variables", lireMontantPositif) ?? zero;

  return {
    annee,
    mois,
    datePaiement: facultatif(racine, "datePaiement", "bulletin", lireDate),
    entreprise: {
      effectif: lireEntier(ent.effectif, "entreprise.effectif", 0),
      tauxAT: facultatif(ent, "tauxAT", "entreprise", lireFraction),
      methodeAbsence: facultatif(ent, "methodeAbsence", "entreprise", lireMethode) ?? "heures-reelles",
      complementaireSante: facultatif(ent, "complementaireSante", "entreprise", lireSante),
      prevoyance: facultatif(ent, "prevoyance", "entreprise", lirePrevoyance),
      tauxVersementMobilite: facultatif(ent, "tauxVersementMobilite", "entreprise", lireFraction),
    },
    salarie: {
      statut: lireStatut(sal.statut, "salarie.statut"),
      salaireBase,
      tauxHoraire,
      heuresMensuelles,
      tauxPAS: facultatif(sal, "tauxPAS", "salarie", lireFraction),
      cumulHsExonerees: facultatif(sal, "cumulHsExonerees", "salarie", lireMontantPositif),
    },
    variables: {
      heuresSup25: heures("heuresSup25"),
      heuresSup50: heures("heuresSup50"),
      heuresComp10: heures("heuresComp10"),
      heuresComp25: heures("heuresComp25"),
      primes: liste(vars.primes, "variables.primes").map((p, i) => lirePrime(p, `variables.primes[${i + 1}]`)),
      absences: liste(vars.absences, "variables.absences").map((a, i) => lireAbsence(a, `variables.absences[${i + 1}]`)),
      avantagesNature: liste(vars.avantagesNature, "variables.avantagesNature").map((a, i) => lireAvantage(a, `variables.avantagesNature[${i + 1}]`)),
      congesPayes: facultatif(vars, "congesPayes", "variables", lireConges),
      acompte: facultatif(vars, "acompte", "variables", lireMontantPositif),
    },
  };
}
