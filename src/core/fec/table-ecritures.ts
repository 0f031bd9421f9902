/**
 * Les écritures vues pendant une validation, une par clé JournalCode + EcritureNum, rangées en colonnes (tableaux
 * typés) plutôt qu'en objets : un FEC d'un million de lignes en a environ 300 000. Par écriture : numéro, journal,
 * premières et dernières lignes, débit, crédit, dates, constats déjà faits — une cinquantaine d'octets, plus le numéro.
 *
 * Retrouver une écriture sans table de hachage géante : un numéro se lit « préfixe + nombre » (VT000123,
 * INV/2020/00001, 42) et chaque journal range ses numéros par préfixe, dans l'ordre d'arrivée. Les numéros arrivent
 * presque toujours croissants : un nombre plus grand que tous ceux du groupe est forcément nouveau, sans recherche.
 * Sinon (numéro revenu, fichier trié autrement), le groupe se dote d'un index numéro → écriture. Ces groupes servent
 * ensuite tels quels au contrôle de la séquence (sequence.ts).
 */
import { detacher } from "./detacher";

/** Les écritures d'un journal dont le numéro a le même préfixe, dans l'ordre d'arrivée. */
export interface GroupeNumeros {
  prefixe: string;
  /** Le nombre de chaque numéro, et l'écriture correspondante. */
  valeurs: number[];
  ecritures: number[];
  /** Vrai tant que chaque numéro est arrivé plus grand que les précédents (le groupe est déjà trié). */
  croissant: boolean;
  /** Le plus grand nombre du groupe : un nombre plus grand est forcément celui d'une nouvelle écriture. */
  max: number;
  /** Index numéro → écriture, créé au premier numéro qui n'est pas plus grand que les précédents. */
  index?: Map<string, number>;
}

export interface JournalNumeros {
  code: string;
  groupes: Map<string, GroupeNumeros>;
  /** Numéros sans chiffres à la fin (ou de plus de 15 chiffres) : index direct. */
  autres: Map<string, number>;
  /** Le dernier groupe consulté (les écritures d'un journal ont presque toujours le même préfixe). */
  dernier?: GroupeNumeros;
}

/** Position du premier chiffre de la suite de chiffres finale (longueur si aucun, −1 si plus de 15 chiffres). */
function debutNombre(s: string): number {
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57) i--;
  return s.length - i > 15 ? -1 : i;
}

export class TableEcritures {
  readonly parJournal = new Map<string, JournalNumeros>();
  private journal: JournalNumeros | undefined;
  /** Le dernier numéro cherché : `creer` le range sans refaire l'analyse. */
  private attente = { groupe: undefined as GroupeNumeros | undefined, valeur: 0 };
  private capacite = 1024;
  taille = 0;
  readonly journaux: string[] = [];
  readonly numeros: string[] = [];
  premiereLigne = new Int32Array(this.capacite);
  derniereLigne = new Int32Array(this.capacite);
  /** EcritureDate et ValidDate (AAAAMMJJ ; 0 ou moins : pas encore lue). */
  date = new Int32Array(this.capacite);
  validation = new Int32Array(this.capacite);
  /** Centimes (entiers exacts jusqu'à 2^53 dans un Float64Array). */
  debit = new Float64Array(this.capacite);
  credit = new Float64Array(this.capacite);
  /** Constats déjà faits pour l'écriture (bits). */
  signales = new Uint8Array(this.capacite);

  /** Numéro interne de l'écriture, ou −1 si elle n'a pas encore été vue (appeler alors `creer` avec la même clé). */
  trouver(journal: string, numero: string): number {
    const j = this.journalDe(journal);
    const debut = debutNombre(numero);
    if (debut < 0 || debut === numero.length) {
      this.attente.groupe = undefined;
      return j.autres.get(numero) ?? -1;
    }
    let g = j.dernier;
    if (!g || g.prefixe.length !== debut || !numero.startsWith(g.prefixe)) {
      const prefixe = numero.slice(0, debut);
      g = j.groupes.get(prefixe);
      if (!g) {
        g = { prefixe: detacher(prefixe), valeurs: [], ecritures: [], croissant: true, max: -1 };
        j.groupes.set(g.prefixe, g);
      }
      j.dernier = g;
    }
    const valeur = Number(numero.slice(debut));
    this.attente.groupe = g;
    this.attente.valeur = valeur;
    if (valeur > g.max) return -1;
    if (!g.index) {
      g.index = new Map();
      for (const e of g.ecritures) g.index.set(this.numeros[e], e);
    }
    return g.index.get(numero) ?? -1;
  }

  creer(journal: string, numero: string, ligne: number, date: number, validation: number): number {
    const j = this.journalDe(journal);
    if (this.taille === this.capacite) this.agrandir();
    const e = this.taille++;
    const n = detacher(numero);
    const g = this.attente.groupe;
    if (g) {
      if (this.attente.valeur <= g.max) g.croissant = false;
      else g.max = this.attente.valeur;
      g.valeurs.push(this.attente.valeur);
      g.ecritures.push(e);
      g.index?.set(n, e);
    } else j.autres.set(n, e);
    this.journaux.push(j.code);
    this.numeros.push(n);
    this.premiereLigne[e] = ligne;
    this.derniereLigne[e] = ligne;
    this.date[e] = date;
    this.validation[e] = validation;
    return e;
  }

  private journalDe(code: string): JournalNumeros {
    if (this.journal && this.journal.code === code) return this.journal;
    let j = this.parJournal.get(code);
    if (!j) {
      j = { code: detacher(code), groupes: new Map(), autres: new Map() };
      this.parJournal.set(j.code, j);
    }
    this.journal = j;
    return j;
  }

  private agrandir(): void {
    this.capacite *= 2;
    const plus = <T extends Int32Array | Float64Array | Uint8Array>(t: T): T => {
      const n = new (t.constructor as new (n: number) => T)(this.capacite);
      n.set(t);
      return n;
    };
    this.premiereLigne = plus(this.premiereLigne);
    this.derniereLigne = plus(this.derniereLigne);
    this.date = plus(this.date);
    this.validation = plus(this.validation);
    this.debit = plus(this.debit);
    this.credit = plus(this.credit);
    this.signales = plus(this.signales);
  }
}
