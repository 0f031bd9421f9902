/**
 * Règles d'agrégat du validateur FEC, calculées au fil de la lecture (comptabilite.md § 2.2) : équilibre de chaque
 * écriture (FEC-023) et du fichier (024), cohérence intra-écriture (025), doublons et séquence (026, 027),
 * à-nouveaux (028), libellés (032), lettrages totaux (034).
 * Mémoire : un petit accumulateur par écriture (clé JournalCode + EcritureNum), un libellé par compte, tiers et
 * journal, un solde par code de lettrage ; aucune ligne n'est gardée. Environ 150 octets par écriture :
 * un fichier d'un million de lignes (≈ 300 000 écritures) tient en quelques dizaines de Mo.
 */
import { centimesFr, type Centimes } from "../compta/centimes";
import type { Constats } from "./constats";
import { court } from "./regles";
import type { LigneAnalysee } from "./lecture";
import { controlerSequence } from "./sequence";
import { C, dateFecFr } from "./valeurs";

interface AccuEcriture {
  journal: string;
  numero: string;
  premiereLigne: number;
  derniereLigne: number;
  debit: Centimes;
  credit: Centimes;
  date: number;
  validation: number;
  piece: string;
  pieceDate: number;
  /** Constats déjà faits pour cette écriture (bits) : variations (025), doublon (026), à-nouveaux (028). */
  signales: number;
}

const VARIATIONS = [
  { bit: 1, champ: "EcritureDate" },
  { bit: 2, champ: "PieceRef" },
  { bit: 4, champ: "PieceDate" },
  { bit: 8, champ: "ValidDate" },
] as const;
const BIT_DOUBLON = 16;
const BIT_AN_PLACE = 32;
const BIT_AN_DATE = 64;

const JOURNAUX_AN = new Set(["AN", "ANO", "ANX", "RAN", "OUV", "A-N", "A_N"]);

/** Un journal d'à-nouveaux : code usuel (AN, RAN, OUV…) ou libellé « À-nouveaux », « Reports à nouveau », « Ouverture ». */
export const estJournalAN = (code: string, libelle: string): boolean =>
  JOURNAUX_AN.has(code.toUpperCase()) || /nouveau|ouverture/i.test(libelle);

/** Libellés vus pour un compte, un tiers ou un journal ; chaque clé n'est signalée qu'une fois (FEC-032). */
class Libelles {
  private readonly vus = new Map<string, string>();
  private readonly signales = new Set<string>();
  constructor(
    private readonly genre: string,
    private readonly constats: Constats,
  ) {}
  /** Dernière paire vue : les lignes voisines portent souvent le même compte ou le même journal. */
  private derniere = "";
  private dernierLibelle = "";
  voir(cle: string, libelle: string, ligne: number): void {
    if (cle === "" || libelle === "" || (cle === this.derniere && libelle === this.dernierLibelle)) return;
    this.derniere = cle;
    this.dernierLibelle = libelle;
    const deja = this.vus.get(cle);
    if (deja === undefined) this.vus.set(cle, libelle);
    else if (deja !== libelle && !this.signales.has(cle)) {
      this.signales.add(cle);
      this.constats.signaler("FEC-032", ligne, { genre: this.genre, cle, a: deja, b: libelle });
    }
  }
}

export interface OptionsAgregats {
  /** Premier jour de l'exercice (AAAAMMJJ), pour la date des à-nouveaux. */
  debut?: number;
}

export class AgregatsFec {
  /** Les écritures, par journal puis par numéro (clé JournalCode + EcritureNum). */
  private readonly ecritures = new Map<string, Map<string, AccuEcriture>>();
  private dernierJournalEcritures = "";
  private numerosCourants: Map<string, AccuEcriture> | undefined;
  private nombre = 0;
  private readonly lettrages = new Map<string, { solde: Centimes; ligne: number; compte: string; code: string }>();
  private readonly journauxAN = new Map<string, boolean>();
  private dernierJournal = "";
  private dernierEstAN = false;
  private readonly comptes: Libelles;
  private readonly tiers: Libelles;
  private readonly journaux: Libelles;
  private courante: AccuEcriture | undefined;
  private horsAN = false;
  totalDebit: Centimes = 0;
  totalCredit: Centimes = 0;

  constructor(
    private readonly constats: Constats,
    private readonly options: OptionsAgregats = {},
  ) {
    this.comptes = new Libelles("compte", constats);
    this.tiers = new Libelles("compte auxiliaire", constats);
    this.journaux = new Libelles("journal", constats);
  }

  get nombreEcritures(): number {
    return this.nombre;
  }

  ajouter(a: LigneAnalysee, numero: number): void {
    if (a.debit !== undefined) this.totalDebit += a.debit;
    if (a.credit !== undefined) this.totalCredit += a.credit;
    if (a.journal === "" || a.numero === "") return;
    const { champs } = a;
    let e = this.courante;
    // Les lignes d'une écriture se suivent presque toujours : on évite alors la recherche dans la table.
    if (!e || e.journal !== a.journal || e.numero !== a.numero) {
      // Table par journal puis par numéro : pas de clé concaténée à fabriquer pour chaque écriture.
      let parNumero = a.journal === this.dernierJournalEcritures ? this.numerosCourants : this.ecritures.get(a.journal);
      if (!parNumero) {
        parNumero = new Map();
        this.ecritures.set(a.journal, parNumero);
      }
      this.dernierJournalEcritures = a.journal;
      this.numerosCourants = parNumero;
      e = parNumero.get(a.numero);
      if (!e) {
        e = {
          journal: a.journal,
          numero: a.numero,
          premiereLigne: numero,
          derniereLigne: numero,
          debit: 0,
          credit: 0,
          date: a.dateEcriture,
          validation: a.dateValidation,
          piece: champs[C.PieceRef],
          pieceDate: a.datePiece,
          signales: 0,
        };
        parNumero.set(a.numero, e);
        this.nombre++;
      } else if (!(e.signales & BIT_DOUBLON)) {
        e.signales |= BIT_DOUBLON;
        this.constats.signaler("FEC-026", numero, { num: a.numero, detail: `ses lignes sont séparées par d'autres écritures (lignes ${e.derniereLigne} et ${numero})` });
      }
      this.courante = e;
    } else if (a.utilisable) this.variations(e, a, numero);
    e.derniereLigne = numero;
    if (a.debit !== undefined) e.debit += a.debit;
    if (a.credit !== undefined) e.credit += a.credit;
    if (!a.utilisable) return;

    const compte = champs[C.CompteNum];
    const tiers = champs[C.CompAuxNum];
    this.comptes.voir(compte, champs[C.CompteLib], numero);
    this.tiers.voir(tiers, champs[C.CompAuxLib], numero);
    this.journaux.voir(a.journal, champs[C.JournalLib], numero);
    this.aNouveaux(e, a.journal, champs, numero);
    const lettrage = champs[C.EcritureLet];
    if (lettrage !== "" && !/[a-z]/.test(lettrage)) {
      // Lettrage total (code sans minuscule, convention § 1.5) : ses lignes doivent se solder, compte par compte.
      const solde = (a.debit ?? 0) - (a.credit ?? 0);
      const cleL = `${compte}\u0000${tiers}\u0000${lettrage}`;
      const g = this.lettrages.get(cleL);
      if (g) g.solde += solde;
      else this.lettrages.set(cleL, { solde, ligne: numero, compte: tiers ? `${compte} (${tiers})` : compte, code: lettrage });
    }
  }

  /** FEC-025 : une valeur vide ou une date illisible (déjà signalées : FEC-011, FEC-014) ne compte pas ; la première lisible sert de référence. */
  private variations(e: AccuEcriture, a: LigneAnalysee, numero: number): void {
    if (e.date <= 0) e.date = a.dateEcriture;
    else if (a.dateEcriture > 0 && a.dateEcriture !== e.date) this.varie(e, 0, numero);
    const piece = a.champs[C.PieceRef];
    if (e.piece === "") e.piece = piece;
    else if (piece !== "" && piece !== e.piece) this.varie(e, 1, numero);
    if (e.pieceDate <= 0) e.pieceDate = a.datePiece;
    else if (a.datePiece > 0 && a.datePiece !== e.pieceDate) this.varie(e, 2, numero);
    if (e.validation <= 0) e.validation = a.dateValidation;
    else if (a.dateValidation > 0 && a.dateValidation !== e.validation) this.varie(e, 3, numero);
  }

  private varie(e: AccuEcriture, i: number, numero: number): void {
    const v = VARIATIONS[i];
    if (e.signales & v.bit) return;
    e.signales |= v.bit;
    this.constats.signaler("FEC-025", numero, { num: e.numero, champ: v.champ });
  }

  private aNouveaux(e: AccuEcriture, journal: string, champs: string[], numero: number): void {
    let an = journal === this.dernierJournal ? this.dernierEstAN : this.journauxAN.get(journal);
    if (an === undefined) {
      an = estJournalAN(journal, champs[C.JournalLib]);
      this.journauxAN.set(journal, an);
    }
    this.dernierJournal = journal;
    this.dernierEstAN = an;
    if (!an) {
      this.horsAN = true;
      return;
    }
    if (this.horsAN && !(e.signales & BIT_AN_PLACE)) {
      e.signales |= BIT_AN_PLACE;
      this.constats.signaler("FEC-028", numero, { detail: `l'écriture ${court(e.numero)} (ligne ${numero}) vient après d'autres écritures` });
    }
    const debut = this.options.debut;
    if (debut !== undefined && e.date > 0 && e.date !== debut && !(e.signales & BIT_AN_DATE)) {
      e.signales |= BIT_AN_DATE;
      this.constats.signaler("FEC-028", numero, { detail: `l'écriture ${court(e.numero)} est datée du ${dateFecFr(e.date)} et non du premier jour de l'exercice, le ${dateFecFr(debut)}` });
    }
    const classe = champs[C.CompteNum].charAt(0);
    if (classe < "1" || classe > "5") {
      this.constats.signaler("FEC-028", numero, { detail: `compte ${court(champs[C.CompteNum])} de classe ${classe || "inconnue"} (ligne ${numero}) : seules les classes 1 à 5 sont reprises` });
    }
  }

  /** Règles de fin de fichier : équilibres, séquence, lettrages. */
  terminer(): void {
    const entrees: AccuEcriture[] = [];
    for (const parNumero of this.ecritures.values()) {
      for (const e of parNumero.values()) {
        if (e.debit !== e.credit) this.constats.signaler("FEC-023", e.premiereLigne, { num: e.numero, d: centimesFr(e.debit), c: centimesFr(e.credit) });
        entrees.push(e);
      }
    }
    controlerSequence(entrees, this.constats);
    if (this.totalDebit !== this.totalCredit) this.constats.signaler("FEC-024", 0, { d: centimesFr(this.totalDebit), c: centimesFr(this.totalCredit) });
    for (const g of this.lettrages.values()) {
      if (g.solde !== 0) this.constats.signaler("FEC-034", g.ligne, { code: g.code, compte: g.compte, solde: centimesFr(g.solde) });
    }
  }
}
