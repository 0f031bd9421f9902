/**
 * Le registre des immobilisations lu dans le classeur : désignation, date de mise en service (ou d'acquisition),
 * valeur d'origine, durée, et, s'ils sont là, mode, valeur résiduelle et compte. Chaque bien est validé et son plan
 * calculé par le noyau (comptabilite.md § 9) avant toute écriture ; les erreurs nomment la feuille, la ligne et la colonne.
 */
import type Decimal from "decimal.js";
import { ZERO, montantFr } from "../../core/argent";
import { lireDate, type Jour } from "../../core/dates";
import { erreurNombre, erreurValeur } from "../../core/erreurs";
import {
  coefficientDegressif,
  creerCalendrier,
  lireMode,
  planAmortissement,
  verifierDuree,
  type Cloture,
  type Immobilisation,
  type ModeLu,
  type PlanAmortissement,
} from "../../core/immobilisations";
import { TRACE_MUETTE } from "../../core/trace";
import { estVide, lireEntier, lireMontantPositif, lireTexte } from "../../core/nombres";
import type { Classeur } from "../../classeur/port";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type LigneSource, type Source, type TableauSource } from "../commun/source";
import { lireCompteImmobilisation } from "./comptes";

export type ChampRegistre = "designation" | "miseEnService" | "acquisition" | "base" | "duree" | "mode" | "valeurResiduelle" | "compte";

/** Les colonnes du registre et les en-têtes reconnus (forme réduite : minuscules, sans accents ni mots vides). */
export const COLONNES_REGISTRE: readonly ColonneAttendue<ChampRegistre>[] = [
  { champ: "designation", nom: "Désignation", obligatoire: true, cles: ["designation", "bien", "biens", "libelle", "immobilisation", "intitule", "nature", "element", "nom"] },
  { champ: "miseEnService", nom: "Date de mise en service", cles: ["datemiseservice", "miseservice", "datemes", "mes", "dateservice"] },
  { champ: "acquisition", nom: "Date d'acquisition", cles: ["dateacquisition", "acquisition", "acquisle", "dateachat", "achat", "dateentree", "date"] },
  {
    champ: "base",
    nom: "Valeur d'origine",
    obligatoire: true,
    cles: ["valeurorigine", "base", "baseamortissable", "valeurbrute", "valeuracquisition", "coutacquisition", "coutachat", "prixacquisition", "prixachat", "montant", "valeur", "vo"],
  },
  { champ: "duree", nom: "Durée", obligatoire: true, cles: ["duree", "dureeutilisation", "dureeamortissement", "dureeannees", "nombreannees", "nbans"] },
  { champ: "mode", nom: "Mode", cles: ["mode", "modeamortissement", "methode", "methodeamortissement", "typeamortissement", "type"] },
  { champ: "valeurResiduelle", nom: "Valeur résiduelle", cles: ["valeurresiduelle", "residuelle", "vr"] },
  { champ: "compte", nom: "Compte", cles: ["compte", "ncompte", "numerocompte", "numcompte", "nocompte", "compteimmobilisation", "cpte"] },
];

export interface BienRegistre {
  /** Rang du bien dans le registre : 1, 2, 3… */
  rang: number;
  /** Ligne de la feuille. */
  ligne: number;
  designation: string;
  /** Compte d'immobilisation (2154, 218300…), si le registre a une colonne Compte. */
  compte?: string;
  mode: ModeLu;
  immobilisation: Immobilisation;
  plan: PlanAmortissement;
}

export interface Registre {
  /** Le tableau lu : feuille, plage, colonnes reconnues. */
  tableau: TableauSource<ChampRegistre>;
  biens: BienRegistre[];
  /** Vrai si le registre a une colonne Compte (nécessaire aux écritures). */
  avecCompte: boolean;
}

export const QUOI_REGISTRE = "le registre des immobilisations";

function lireBien(t: TableauSource<ChampRegistre>, ligne: LigneSource, rang: number, cloture: Cloture, problemes: Problemes): BienRegistre | undefined {
  const v = (c: ChampRegistre) => valeurDe(t, ligne, c);
  const ou = (c?: ChampRegistre) => lieu(t, ligne, c);
  const avant = problemes.nombre;
  const designation = problemes.essayer(() => lireTexte(v("designation"), ou("designation")));
  const mode = problemes.essayer(() => (estVide(v("mode")) ? lireMode(undefined) : lireMode(lireTexte(v("mode"), ou("mode")), ou("mode"))));
  const lireJour = (c: ChampRegistre): Jour | undefined => (estVide(v(c)) ? undefined : problemes.essayer(() => lireDate(v(c), ou(c))));
  const service = lireJour("miseEnService");
  const acquisition = lireJour("acquisition");
  const debut = mode?.mode === "degressif" ? (acquisition ?? service) : (service ?? acquisition);
  if (!debut && problemes.nombre === avant) {
    const colonne = t.colonnes.miseEnService !== undefined ? "miseEnService" : "acquisition";
    problemes.ajouter(`${ou(colonne)} : la date est vide (${mode?.mode === "degressif" ? "date d'acquisition" : "date de mise en service"} du bien).`);
  }
  const base = problemes.essayer(() => {
    const b = lireMontantPositif(v("base"), ou("base"));
    if (b.isZero()) throw erreurNombre(`${ou("base")} : la valeur d'origine est nulle, il n'y a rien à amortir.`);
    return b;
  });
  const duree = problemes.essayer(() => {
    const n = lireEntier(v("duree"), ou("duree"));
    verifierDuree(n, ou("duree"));
    return n;
  });
  const valeurResiduelle = problemes.essayer((): Decimal => {
    if (estVide(v("valeurResiduelle"))) return ZERO;
    const vr = lireMontantPositif(v("valeurResiduelle"), ou("valeurResiduelle"));
    if (!vr.isZero() && mode?.mode === "degressif") {
      throw erreurValeur(`${ou("valeurResiduelle")} : le dégressif fiscal amortit la valeur d'origine entière, sans valeur résiduelle (${montantFr(vr)} donnée).`);
    }
    if (base && vr.gte(base)) {
      throw erreurNombre(`${ou("valeurResiduelle")} : la valeur résiduelle (${montantFr(vr)}) atteint ou dépasse la valeur d'origine (${montantFr(base)}) : rien à amortir.`);
    }
    return vr;
  });
  const compte = t.colonnes.compte === undefined ? undefined : problemes.essayer(() => lireCompteImmobilisation(v("compte"), ou("compte")));
  if (problemes.nombre > avant || !designation || !mode || !debut || !base || duree === undefined || !valeurResiduelle) return undefined;
  if (mode.mode === "degressif" && problemes.essayer(() => coefficientDegressif(duree, debut, TRACE_MUETTE, ou("duree"))) === undefined) return undefined;
  const immobilisation: Immobilisation = {
    valeurOrigine: base,
    debut,
    duree,
    mode: mode.mode,
    decompte: mode.decompte,
    valeurResiduelle,
    calendrier: creerCalendrier(debut, cloture),
  };
  const plan = problemes.essayer(() => {
    try {
      return planAmortissement(immobilisation);
    } catch (e) {
      throw erreurValeur(`${ou()} (${designation}) : ${(e as Error).message}`);
    }
  });
  if (!plan) return undefined;
  return { rang, ligne: ligne.numero, designation, ...(compte ? { compte } : {}), mode, immobilisation, plan };
}

/** Lit et valide tout le registre ; les plans sont calculés avec le jour de clôture donné. */
export async function lireRegistre(classeur: Classeur, source: Source, cloture: Cloture): Promise<Registre> {
  const tableau = await lireSource(classeur, source, COLONNES_REGISTRE, QUOI_REGISTRE);
  if (tableau.colonnes.miseEnService === undefined && tableau.colonnes.acquisition === undefined) {
    throw erreurValeur(
      `Le registre des immobilisations (feuille « ${tableau.feuille} ») : colonne Date de mise en service (ou Date d'acquisition) introuvable dans la ligne d'en-tête (ligne ${tableau.ligneEntete}).`,
    );
  }
  const problemes = new Problemes();
  const biens: BienRegistre[] = [];
  tableau.lignes.forEach((ligne, i) => {
    const bien = lireBien(tableau, ligne, i + 1, cloture, problemes);
    if (bien) biens.push(bien);
  });
  problemes.verifier(`${QUOI_REGISTRE} (feuille « ${tableau.feuille} »)`);
  return { tableau, biens, avecCompte: tableau.colonnes.compte !== undefined };
}
