/**
 * Grand livre (comptabilite.md § 1.6) : pour chaque compte, ses lignes triées par date puis numéro d'écriture,
 * avec le solde progressif (débit − crédit cumulé), le total débit, le total crédit et le solde.
 * Les lignes de la période sont gardées en mémoire, compte par compte, pour être triées.
 */
import type { Jour } from "../dates";
import { TRACE_MUETTE, type Trace } from "../trace";
import { centimesFr, type Centimes } from "./centimes";
import type { LigneEcriture } from "./ecriture";
import { libelleCompte } from "./pcg";
import { cleJour, filtrePeriode, periodeFr, type Periode } from "./periode";

export interface LigneGrandLivre {
  date: Jour;
  journal: string;
  numero: string;
  piece: string;
  libelle: string;
  tiers?: string;
  lettrage?: string;
  debit: Centimes;
  credit: Centimes;
  /** Solde progressif après cette ligne : Σ (débit − crédit) depuis la première ligne du compte. */
  solde: Centimes;
  origine?: number;
}

export interface CompteGrandLivre {
  compte: string;
  libelle: string;
  lignes: LigneGrandLivre[];
  debit: Centimes;
  credit: Centimes;
  solde: Centimes;
}

export interface GrandLivre {
  comptes: CompteGrandLivre[];
  totaux: { debit: Centimes; credit: Centimes };
}

export interface OptionsGrandLivre extends Periode {
  /** Ne garder que certains comptes (sélection par préfixe). */
  compte?: (compte: string) => boolean;
}

const collateur = new Intl.Collator("fr", { numeric: true });

/** Numéros d'écriture comparés « naturellement » : 2 avant 10, VT0002 avant VT0010. */
export const comparerNumeros = (a: string, b: string): number => collateur.compare(a, b);

const comparer = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Entree {
  ligne: LigneEcriture;
  cle: number;
  rang: number;
}

/** Cumul en flux : `ajouter` chaque ligne, puis `resultat()`. */
export class CumulGrandLivre {
  private readonly parCompte = new Map<string, { libelle: string; entrees: Entree[] }>();
  private readonly dansPeriode: (j: Jour) => boolean;
  private rang = 0;

  constructor(private readonly options: OptionsGrandLivre = {}) {
    this.dansPeriode = filtrePeriode(options);
  }

  ajouter(l: LigneEcriture): void {
    if (!this.dansPeriode(l.date) || (this.options.compte && !this.options.compte(l.compte))) return;
    let c = this.parCompte.get(l.compte);
    if (!c) {
      c = { libelle: l.compteLibelle ?? "", entrees: [] };
      this.parCompte.set(l.compte, c);
    } else if (!c.libelle && l.compteLibelle) c.libelle = l.compteLibelle;
    c.entrees.push({ ligne: l, cle: cleJour(l.date), rang: this.rang++ });
  }

  resultat(trace: Trace = TRACE_MUETTE): GrandLivre {
    const totaux = { debit: 0, credit: 0 };
    const comptes = [...this.parCompte.entries()]
      .sort(([a], [b]) => comparer(a, b))
      .map(([compte, { libelle, entrees }]): CompteGrandLivre => {
        // Date, puis numéro d'écriture, puis journal ; à égalité, l'ordre du fichier.
        entrees.sort((a, b) => a.cle - b.cle || comparerNumeros(a.ligne.numero, b.ligne.numero) || comparer(a.ligne.journal, b.ligne.journal) || a.rang - b.rang);
        let debit = 0;
        let credit = 0;
        const lignes = entrees.map(({ ligne: l }): LigneGrandLivre => {
          debit += l.debit;
          credit += l.credit;
          const g: LigneGrandLivre = { date: l.date, journal: l.journal, numero: l.numero, piece: l.piece, libelle: l.libelle, debit: l.debit, credit: l.credit, solde: debit - credit };
          if (l.tiers) g.tiers = l.tiers;
          if (l.lettrage) g.lettrage = l.lettrage;
          if (l.origine !== undefined) g.origine = l.origine;
          return g;
        });
        totaux.debit += debit;
        totaux.credit += credit;
        return { compte, libelle: libelle || libelleCompte(compte) || "", lignes, debit, credit, solde: debit - credit };
      });
    trace.etape(`Grand livre (${periodeFr(this.options)}) : ${comptes.length} compte${comptes.length > 1 ? "s" : ""}, total débit ${centimesFr(totaux.debit)}, total crédit ${centimesFr(totaux.credit)}.`);
    return { comptes, totaux };
  }
}

export function calculerGrandLivre(lignes: Iterable<LigneEcriture>, options: OptionsGrandLivre = {}, trace: Trace = TRACE_MUETTE): GrandLivre {
  const cumul = new CumulGrandLivre(options);
  for (const l of lignes) cumul.ajouter(l);
  return cumul.resultat(trace);
}
