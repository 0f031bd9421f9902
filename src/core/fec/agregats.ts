/**
 * Règles d'agrégat du validateur FEC, calculées au fil de la lecture (comptabilite.md § 2.2) : équilibre de chaque
 * écriture (FEC-023) et du fichier (024), cohérence intra-écriture (025), doublons et séquence (026, 027),
 * à-nouveaux (028), libellés (032), lettrages totaux (034).
 * Mémoire : une entrée par écriture (clé JournalCode + EcritureNum, table en colonnes : table-ecritures.ts), un
 * libellé par compte, tiers et journal, un solde par code de lettrage ; aucune ligne n'est gardée, et les morceaux de
 * ligne gardés sont copiés (`detacher`) pour ne pas retenir les blocs lus.
 */
import { centimesFr, type Centimes } from "../compta/centimes";
import type { Constats } from "./constats";
import { court } from "./regles";
import type { LigneAnalysee } from "./lecture";
import { controlerSequence } from "./sequence";
import { detacher } from "./detacher";
import { TableEcritures } from "./table-ecritures";
import { C, dateFecFr } from "./valeurs";

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
  /** Dernière paire vue : les lignes voisines portent souvent le même compte ou le même journal. */
  private derniere = "";
  private dernierLibelle = "";
  constructor(
    private readonly genre: string,
    private readonly constats: Constats,
  ) {}
  voir(cle: string, libelle: string, ligne: number): void {
    if (cle === "" || libelle === "" || (cle === this.derniere && libelle === this.dernierLibelle)) return;
    this.derniere = cle;
    this.dernierLibelle = libelle;
    const deja = this.vus.get(cle);
    if (deja === undefined) this.vus.set(detacher(cle), detacher(libelle));
    else if (deja !== libelle && !this.signales.has(cle)) {
      this.signales.add(detacher(cle));
      this.constats.signaler("FEC-032", ligne, { genre: this.genre, cle, a: deja, b: libelle });
    }
  }
}

export interface OptionsAgregats {
  /** Premier jour de l'exercice (AAAAMMJJ), pour la date des à-nouveaux. */
  debut?: number;
}

export class AgregatsFec {
  private readonly table = new TableEcritures();
  private readonly lettrages = new Map<string, { solde: Centimes; ligne: number; compte: string; code: string }>();
  private readonly journauxAN = new Map<string, boolean>();
  private dernierJournal = "";
  private dernierEstAN = false;
  private readonly comptes: Libelles;
  private readonly tiers: Libelles;
  private readonly journaux: Libelles;
  /** L'écriture en cours (n° interne, −1 avant la première) et sa pièce, pour FEC-025. */
  private courante = -1;
  private piece = "";
  private pieceDate = 0;
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
    return this.table.taille;
  }

  ajouter(a: LigneAnalysee, numero: number): void {
    if (a.debit !== undefined) this.totalDebit += a.debit;
    if (a.credit !== undefined) this.totalCredit += a.credit;
    if (a.journal === "" || a.numero === "") return;
    const t = this.table;
    const { champs } = a;
    let e = this.courante;
    // Les lignes d'une écriture se suivent presque toujours : on évite alors la recherche dans la table.
    if (e < 0 || t.numeros[e] !== a.numero || t.journaux[e] !== a.journal) {
      e = t.trouver(a.journal, a.numero);
      if (e < 0) e = t.creer(a.journal, a.numero, numero, a.dateEcriture, a.dateValidation);
      else if (!(t.signales[e] & BIT_DOUBLON)) {
        t.signales[e] |= BIT_DOUBLON;
        this.constats.signaler("FEC-026", numero, { num: a.numero, detail: `ses lignes sont séparées par d'autres écritures (lignes ${t.derniereLigne[e]} et ${numero})` });
      }
      this.courante = e;
      this.piece = detacher(champs[C.PieceRef]);
      this.pieceDate = a.datePiece;
    } else if (a.utilisable) this.variations(e, a, numero);
    t.derniereLigne[e] = numero;
    if (a.debit !== undefined) t.debit[e] += a.debit;
    if (a.credit !== undefined) t.credit[e] += a.credit;
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
      else this.lettrages.set(detacher(cleL), { solde, ligne: numero, compte: detacher(tiers ? `${compte} (${tiers})` : compte), code: detacher(lettrage) });
    }
  }

  /**
   * FEC-025 : date et validation comparées à celles de l'écriture, pièce et date de pièce à celles de sa première
   * ligne. Une valeur vide ou une date illisible (déjà signalées : FEC-011, FEC-014) ne compte pas ; la première
   * lisible sert de référence.
   */
  private variations(e: number, a: LigneAnalysee, numero: number): void {
    const t = this.table;
    if (t.date[e] <= 0) t.date[e] = a.dateEcriture;
    else if (a.dateEcriture > 0 && a.dateEcriture !== t.date[e]) this.varie(e, 0, numero);
    const piece = a.champs[C.PieceRef];
    if (this.piece === "") this.piece = detacher(piece);
    else if (piece !== "" && piece !== this.piece) this.varie(e, 1, numero);
    if (this.pieceDate <= 0) this.pieceDate = a.datePiece;
    else if (a.datePiece > 0 && a.datePiece !== this.pieceDate) this.varie(e, 2, numero);
    if (t.validation[e] <= 0) t.validation[e] = a.dateValidation;
    else if (a.dateValidation > 0 && a.dateValidation !== t.validation[e]) this.varie(e, 3, numero);
  }

  private varie(e: number, i: number, numero: number): void {
    const v = VARIATIONS[i];
    const t = this.table;
    if (t.signales[e] & v.bit) return;
    t.signales[e] |= v.bit;
    this.constats.signaler("FEC-025", numero, { num: t.numeros[e], champ: v.champ });
  }

  private aNouveaux(e: number, journal: string, champs: string[], numero: number): void {
    let an = journal === this.dernierJournal ? this.dernierEstAN : this.journauxAN.get(journal);
    if (an === undefined) {
      an = estJournalAN(journal, champs[C.JournalLib]);
      this.journauxAN.set(detacher(journal), an);
    }
    this.dernierJournal = this.table.journaux[e];
    this.dernierEstAN = an;
    if (!an) {
      this.horsAN = true;
      return;
    }
    const t = this.table;
    if (this.horsAN && !(t.signales[e] & BIT_AN_PLACE)) {
      t.signales[e] |= BIT_AN_PLACE;
      this.constats.signaler("FEC-028", numero, { detail: `l'écriture ${court(t.numeros[e])} (ligne ${numero}) vient après d'autres écritures` });
    }
    const debut = this.options.debut;
    const date = t.date[e];
    if (debut !== undefined && date > 0 && date !== debut && !(t.signales[e] & BIT_AN_DATE)) {
      t.signales[e] |= BIT_AN_DATE;
      this.constats.signaler("FEC-028", numero, { detail: `l'écriture ${court(t.numeros[e])} est datée du ${dateFecFr(date)} et non du premier jour de l'exercice, le ${dateFecFr(debut)}` });
    }
    const classe = champs[C.CompteNum].charAt(0);
    if (classe < "1" || classe > "5") {
      this.constats.signaler("FEC-028", numero, { detail: `compte ${court(champs[C.CompteNum])} de classe ${classe || "inconnue"} (ligne ${numero}) : seules les classes 1 à 5 sont reprises` });
    }
  }

  /** Règles de fin de fichier : équilibres, séquence, lettrages. */
  terminer(): void {
    const t = this.table;
    for (let e = 0; e < t.taille; e++) {
      if (t.debit[e] !== t.credit[e]) this.constats.signaler("FEC-023", t.premiereLigne[e], { num: t.numeros[e], d: centimesFr(t.debit[e]), c: centimesFr(t.credit[e]) });
    }
    controlerSequence(t, this.constats);
    if (this.totalDebit !== this.totalCredit) this.constats.signaler("FEC-024", 0, { d: centimesFr(this.totalDebit), c: centimesFr(this.totalCredit) });
    for (const g of this.lettrages.values()) {
      if (g.solde !== 0) this.constats.signaler("FEC-034", g.ligne, { code: g.code, compte: g.compte, solde: centimesFr(g.solde) });
    }
  }
}
