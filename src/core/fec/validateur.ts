/**
 * Le validateur FEC (comptabilite.md § 2.2) : le lecteur (règles de forme) + les contrôles de ligne + les règles
 * d'agrégat, au fil des lignes et en mémoire bornée. Ne s'arrête jamais à la première erreur : la liste complète
 * des constats, triée par ligne, avec leur règle, leur sévérité et leur message en français.
 */
import type { Centimes } from "../compta/centimes";
import type { LigneEcriture } from "../compta/ecriture";
import { estCompteValide } from "../compta/pcg";
import { aujourdhui as aujourdhuiLocal, type Jour } from "../dates";
import { AgregatsFec } from "./agregats";
import { Constats } from "./constats";
import { ControlesLigne } from "./controles-ligne";
import type { FormatFec } from "./entete";
import { creerLecteurFec, decouperLignes, estBlanc, type LecteurFec, type LigneAnalysee } from "./lecture";
import { controlerNomFichier, exerciceDepuisCloture, type Exercice } from "./nom-fichier";
import type { Diagnostic } from "./regles";
import { entierDepuisJour } from "./valeurs";

export interface OptionsValidation {
  /** Nom (ou chemin) du fichier : règles FEC-001 à FEC-003, et exercice par défaut (12 mois finissant à la date du nom). */
  nomFichier?: string;
  /** SIREN de l'entreprise (FEC-002). */
  siren?: string;
  /** Exercice contrôlé (FEC-016, FEC-003, date des à-nouveaux). */
  exercice?: Exercice;
  /** Date de génération du rapport (FEC-017) ; aujourd'hui par défaut. */
  aujourdhui?: Jour;
  /** Le compte est-il rattachable au plan comptable général ? (FEC-013 ; par défaut : le PCG 2025 de pcg.tsv) */
  estCompteConnu?: (compte: string) => boolean;
  /** Constats détaillés au plus par règle (les suivants sont comptés). */
  limiteParRegle?: number;
}

export interface ExerciceRapport extends Exercice {
  origine: "option" | "nom-fichier";
}

export interface RapportFec {
  /** Aucun constat de sévérité « erreur ». */
  valide: boolean;
  /** Faux si le fichier n'a rien d'un FEC (en-tête méconnaissable) : la CLI rend alors le code 2. */
  estFec: boolean;
  /** Lignes d'écriture non vides lues (hors en-tête). */
  lignes: number;
  ecritures: number;
  totalDebit: Centimes;
  totalCredit: Centimes;
  exercice?: ExerciceRapport;
  format?: FormatFec;
  /** Tous les constats, triés par ligne (0 = le fichier entier). */
  diagnostics: Diagnostic[];
  erreurs: Diagnostic[];
  /** Alertes et informations. */
  avertissements: Diagnostic[];
}

export interface ValidateurFec {
  /** Donne la 1re ligne du fichier ; faux si ce n'est pas un FEC. */
  entete(texte: string): boolean;
  /** Donne une ligne (numéro physique, en-tête = 1) ; rend la ligne d'écriture si elle est utilisable. */
  ligne(texte: string, numero: number): LigneEcriture | undefined;
  /** Comme `ligne`, sans fabriquer la ligne d'écriture (validation seule : plus rapide sur un gros fichier). */
  controler(texte: string, numero: number): void;
  /** Fin du fichier : règles d'agrégat et rapport. */
  terminer(): RapportFec;
  readonly lecteur: LecteurFec;
}

export function creerValidateurFec(options: OptionsValidation = {}): ValidateurFec {
  const constats = new Constats(options.limiteParRegle);
  const lecteur = creerLecteurFec({ constats });
  let exercice: ExerciceRapport | undefined = options.exercice ? { ...options.exercice, origine: "option" } : undefined;
  if (options.nomFichier !== undefined) {
    const nom = controlerNomFichier(options.nomFichier, { siren: options.siren, exercice: options.exercice }, constats);
    if (!exercice && nom) exercice = { ...exerciceDepuisCloture(nom.cloture), origine: "nom-fichier" };
  }
  const debut = exercice ? entierDepuisJour(exercice.debut) : undefined;
  const controles = new ControlesLigne(
    {
      debut,
      fin: exercice ? entierDepuisJour(exercice.fin) : undefined,
      aujourdhui: entierDepuisJour(options.aujourdhui ?? aujourdhuiLocal()),
      estCompteConnu: options.estCompteConnu ?? estCompteValide,
    },
    constats,
  );
  const agregats = new AgregatsFec(constats, { debut });
  /** « attente » : pas encore d'en-tête ; « vide » : 1re ligne blanche, rien d'autre pour l'instant. */
  let etat: "attente" | "vide" | "fec" | "pas-fec" = "attente";

  function traiter(a: LigneAnalysee | undefined, numero: number): LigneEcriture | undefined {
    if (!a) return undefined;
    controles.controler(a, numero);
    agregats.ajouter(a, numero);
    return a.ligne;
  }

  function lire(texte: string, numero: number, construire: boolean): LigneEcriture | undefined {
    if (etat === "vide" && !estBlanc(texte)) {
      etat = "pas-fec";
      constats.signaler("FEC-006", 1, { cas: "pas-fec" });
    }
    if (etat !== "fec") return undefined;
    return traiter(lecteur.analyser(texte, numero, construire), numero);
  }

  return {
    lecteur,
    entete(texte) {
      if (estBlanc(texte)) {
        etat = "vide";
        return true;
      }
      etat = lecteur.entete(texte) ? "fec" : "pas-fec";
      if (etat === "fec" && lecteur.premiereLigne) traiter(lecteur.premiereLigne, 1);
      return etat === "fec";
    },
    ligne(texte, numero) {
      return lire(texte, numero, true);
    },
    controler(texte, numero) {
      lire(texte, numero, false);
    },
    terminer() {
      if (etat === "attente" || etat === "vide") constats.signaler("FEC-004", 0, {});
      else if (etat === "fec" && lecteur.lignesLues === 0) constats.signaler("FEC-004", 1, { detail: "en-tête seule" });
      if (etat === "fec") agregats.terminer();
      const diagnostics = constats.trier();
      return {
        valide: constats.nombreErreurs === 0,
        estFec: etat === "fec" || etat === "attente" || etat === "vide",
        lignes: lecteur.lignesLues,
        ecritures: agregats.nombreEcritures,
        totalDebit: agregats.totalDebit,
        totalCredit: agregats.totalCredit,
        exercice,
        format: lecteur.format,
        diagnostics,
        erreurs: diagnostics.filter((d) => d.severite === "erreur"),
        avertissements: diagnostics.filter((d) => d.severite !== "erreur"),
      };
    },
  };
}

/** Valide un FEC entier donné en texte (déjà décodé). */
export function validerFec(texte: string, options: OptionsValidation = {}): RapportFec {
  const v = creerValidateurFec(options);
  const lignes = decouperLignes(texte);
  if (lignes.length > 0) v.entete(lignes[0]);
  for (let i = 1; i < lignes.length; i++) v.controler(lignes[i], i + 1);
  return v.terminer();
}
