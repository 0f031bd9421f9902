/**
 * Règles du validateur qui se jugent sur une seule ligne (comptabilite.md § 2.2) : compte (FEC-012, 013),
 * dates (015 à 017), débit/crédit (021), tiers (029), lettrage (030), devise (031).
 * Les règles de forme (dates illisibles, montants, nombre de champs) sont celles du lecteur.
 */
import type { Constats } from "./constats";
import { court } from "./regles";
import type { LigneAnalysee } from "./lecture";
import { C, dateFecFr, lireMontantFec } from "./valeurs";

export interface ContexteLigne {
  /** Exercice en entiers AAAAMMJJ, s'il est connu. */
  debut?: number;
  fin?: number;
  /** Date de génération du rapport (AAAAMMJJ) : une validation ne peut pas être dans le futur. */
  aujourdhui: number;
  /** Le compte est-il rattachable au PCG ? (absent : seules les classes 0 et 9 sont signalées) */
  estCompteConnu?: (compte: string) => boolean;
}

export class ControlesLigne {
  /** Réponse du plan comptable par compte (un compte n'est signalé qu'une fois, FEC-013 n'a pas de n° de ligne). */
  private readonly comptes = new Map<string, boolean>();

  constructor(
    private readonly contexte: ContexteLigne,
    private readonly constats: Constats,
  ) {}

  controler(a: LigneAnalysee, numero: number): void {
    const { champs } = a;
    const constats = this.constats;
    const compte = champs[C.CompteNum];
    if (compte !== "") this.controlerCompte(compte, numero);

    this.annee(a.dateEcriture, "EcritureDate", champs[C.EcritureDate], numero);
    this.annee(a.datePiece, "PieceDate", champs[C.PieceDate], numero);
    this.annee(a.dateLettrage, "DateLet", champs[C.DateLet], numero);
    this.annee(a.dateValidation, "ValidDate", champs[C.ValidDate], numero);
    const date = a.dateEcriture;
    const { debut, fin, aujourdhui } = this.contexte;
    if (date > 0 && debut !== undefined && fin !== undefined && (date < debut || date > fin)) {
      constats.signaler("FEC-016", numero, { valeur: champs[C.EcritureDate], ligne: numero, debut: dateFecFr(debut), fin: dateFecFr(fin) });
    }
    const validation = a.dateValidation;
    if (validation > 0 && date > 0 && validation < date) constats.signaler("FEC-017", numero, { ligne: numero, cas: "anterieure" });
    else if (validation > aujourdhui) constats.signaler("FEC-017", numero, { ligne: numero, cas: "future", jour: dateFecFr(aujourdhui) });

    if (a.debit !== undefined && a.credit !== undefined && (a.debit !== 0) === (a.credit !== 0)) constats.signaler("FEC-021", numero, { ligne: numero });

    if ((champs[C.CompAuxNum] === "") !== (champs[C.CompAuxLib] === "")) constats.signaler("FEC-029", numero, { ligne: numero });
    if (champs[C.EcritureLet] !== "" && champs[C.DateLet] === "") constats.signaler("FEC-030", numero, { ligne: numero });
    else if (champs[C.EcritureLet] === "" && champs[C.DateLet] !== "") constats.signaler("FEC-030", numero, { ligne: numero, inverse: true });
    this.controlerDevise(champs[C.Montantdevise], champs[C.Idevise], numero);
  }

  /** FEC-015 : année entre 1900 et 2099. */
  private annee(date: number, champ: string, valeur: string, numero: number): void {
    if (date > 0 && (date < 19000101 || date > 20991231)) this.constats.signaler("FEC-015", numero, { champ, valeur });
  }

  private controlerCompte(compte: string, numero: number): void {
    const c0 = compte.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57 && compte.charCodeAt(1) >= 48 && compte.charCodeAt(1) <= 57 && compte.charCodeAt(2) >= 48 && compte.charCodeAt(2) <= 57)) {
      this.constats.signaler("FEC-012", numero, { valeur: compte, ligne: numero });
      return;
    }
    if (this.comptes.has(compte)) return;
    const classe = compte.charAt(0);
    const connu = classe === "8" || (classe !== "0" && classe !== "9" && (this.contexte.estCompteConnu?.(compte) ?? true));
    this.comptes.set(compte, connu);
    if (!connu) this.constats.signaler("FEC-013", numero, { valeur: compte });
  }

  /** Montantdevise ⇔ Idevise ; un montant en devise nul sans code (« 0,00 » écrit partout par certains logiciels) est admis. */
  private controlerDevise(montant: string, devise: string, numero: number): void {
    if (devise !== "" && !/^[A-Z]{3}$/.test(devise)) {
      this.constats.signaler("FEC-031", numero, { ligne: numero, detail: `code ISO 4217 de trois lettres majuscules attendu, « ${court(devise)} » trouvé` });
    } else if (montant !== "" && devise === "" && lireMontantFec(montant) !== 0) {
      this.constats.signaler("FEC-031", numero, { ligne: numero, detail: "montant en devise sans code devise (Idevise)" });
    } else if (montant === "" && devise !== "") {
      this.constats.signaler("FEC-031", numero, { ligne: numero, detail: "code devise sans montant en devise (Montantdevise)" });
    }
  }
}
