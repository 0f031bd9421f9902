/**
 * Balance générale et auxiliaire (comptabilite.md § 1.6) : par compte (et par tiers), total débit, total crédit,
 * solde = débit − crédit, solde débiteur SD = max(D − C, 0) ou créditeur SC = max(C − D, 0) ; contrôles Σ D = Σ C
 * et Σ SD = Σ SC. En flux et en centimes entiers : un million de lignes en mémoire bornée (un cumul par compte).
 */
import { centimesFr, type Centimes } from "./centimes";
import type { LigneEcriture } from "./ecriture";
import { libelleCompte } from "./pcg";
import { filtrePeriode, periodeFr, type Periode } from "./periode";
import { TRACE_MUETTE, type Trace } from "../trace";

export interface LigneBalance {
  compte: string;
  /** Compte auxiliaire (balance auxiliaire seulement). */
  tiers?: string;
  libelle: string;
  debit: Centimes;
  credit: Centimes;
}

export interface TotauxBalance {
  debit: Centimes;
  credit: Centimes;
  soldeDebiteur: Centimes;
  soldeCrediteur: Centimes;
}

export interface Balance {
  comptes: LigneBalance[];
  totaux: TotauxBalance;
  /** Σ D = Σ C (et donc Σ SD = Σ SC). */
  equilibree: boolean;
}

/** Solde d'une ligne de balance : débit − crédit. */
export const solde = (l: { debit: Centimes; credit: Centimes }): Centimes => l.debit - l.credit;
export const soldeDebiteur = (l: { debit: Centimes; credit: Centimes }): Centimes => Math.max(l.debit - l.credit, 0);
export const soldeCrediteur = (l: { debit: Centimes; credit: Centimes }): Centimes => Math.max(l.credit - l.debit, 0);

export interface OptionsBalance extends Periode {
  /** Regroupement par les `niveau` premiers caractères du compte (niveau 3 : 401, 411…). */
  niveau?: number;
}

interface Cumul {
  compte: string;
  tiers?: string;
  libelle: string;
  debit: Centimes;
  credit: Centimes;
}

const comparer = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Cumul en flux : `ajouter` chaque ligne (hors période : ignorée), puis `generale()` ou `auxiliaire()`. */
export class CumulBalance {
  private readonly parCompte = new Map<string, Cumul>();
  /** Compte collectif → tiers → cumul. */
  private readonly parTiers = new Map<string, Map<string, Cumul>>();
  private readonly dansPeriode: (j: LigneEcriture["date"]) => boolean;
  /** Lignes retenues (dans la période). */
  lignes = 0;

  constructor(private readonly options: OptionsBalance = {}) {
    this.dansPeriode = filtrePeriode(options);
  }

  ajouter(l: LigneEcriture): void {
    if (!this.dansPeriode(l.date)) return;
    this.lignes++;
    let c = this.parCompte.get(l.compte);
    if (!c) {
      c = { compte: l.compte, libelle: l.compteLibelle ?? "", debit: 0, credit: 0 };
      this.parCompte.set(l.compte, c);
    } else if (!c.libelle && l.compteLibelle) c.libelle = l.compteLibelle;
    c.debit += l.debit;
    c.credit += l.credit;
    if (l.tiers) {
      let parTiers = this.parTiers.get(l.compte);
      if (!parTiers) this.parTiers.set(l.compte, (parTiers = new Map()));
      let t = parTiers.get(l.tiers);
      if (!t) {
        t = { compte: l.compte, tiers: l.tiers, libelle: l.tiersLibelle ?? "", debit: 0, credit: 0 };
        parTiers.set(l.tiers, t);
      } else if (!t.libelle && l.tiersLibelle) t.libelle = l.tiersLibelle;
      t.debit += l.debit;
      t.credit += l.credit;
    }
  }

  /** Balance générale, par compte (ou par niveau), triée par numéro de compte comparé comme une chaîne. */
  generale(trace: Trace = TRACE_MUETTE): Balance {
    const niveau = this.options.niveau;
    let cumuls = [...this.parCompte.values()];
    if (niveau !== undefined) {
      const regroupes = new Map<string, Cumul>();
      for (const c of cumuls) {
        const compte = c.compte.length > niveau ? c.compte.slice(0, niveau) : c.compte;
        let r = regroupes.get(compte);
        if (!r) {
          // Un regroupement prend l'intitulé du PCG (plus loin) ; un compte déjà au niveau garde le sien.
          r = { compte, libelle: compte === c.compte ? c.libelle : "", debit: 0, credit: 0 };
          regroupes.set(compte, r);
        }
        r.debit += c.debit;
        r.credit += c.credit;
      }
      cumuls = [...regroupes.values()];
    }
    const comptes = cumuls
      .map((c) => ({ compte: c.compte, libelle: c.libelle || libelleCompte(c.compte) || "", debit: c.debit, credit: c.credit }))
      .sort((a, b) => comparer(a.compte, b.compte));
    return this.conclure(comptes, "générale", trace);
  }

  /** Balance auxiliaire : par compte collectif et compte de tiers, pour les lignes qui portent un tiers. */
  auxiliaire(trace: Trace = TRACE_MUETTE): Balance {
    const comptes = [...this.parTiers.values()]
      .flatMap((parTiers) => [...parTiers.values()])
      .map((t) => ({ compte: t.compte, tiers: t.tiers, libelle: t.libelle, debit: t.debit, credit: t.credit }))
      .sort((a, b) => comparer(a.compte, b.compte) || comparer(a.tiers ?? "", b.tiers ?? ""));
    return this.conclure(comptes, "auxiliaire", trace);
  }

  private conclure(comptes: LigneBalance[], genre: string, trace: Trace): Balance {
    const totaux: TotauxBalance = { debit: 0, credit: 0, soldeDebiteur: 0, soldeCrediteur: 0 };
    for (const c of comptes) {
      totaux.debit += c.debit;
      totaux.credit += c.credit;
      totaux.soldeDebiteur += soldeDebiteur(c);
      totaux.soldeCrediteur += soldeCrediteur(c);
    }
    const equilibree = totaux.debit === totaux.credit;
    trace.etape(`Balance ${genre} (${periodeFr(this.options)}) : ${this.lignes} ligne${this.lignes > 1 ? "s" : ""}, ${comptes.length} compte${comptes.length > 1 ? "s" : ""}.`);
    trace.etape(`Total débit = ${centimesFr(totaux.debit)} ; total crédit = ${centimesFr(totaux.credit)}.`);
    trace.etape(`Total des soldes débiteurs = ${centimesFr(totaux.soldeDebiteur)} ; total des soldes créditeurs = ${centimesFr(totaux.soldeCrediteur)}.`);
    trace.regle("Contrôles de la balance (comptabilite.md § 1.6) : Σ débits = Σ crédits et Σ soldes débiteurs = Σ soldes créditeurs.");
    if (!equilibree) {
      trace.alerte(`Balance déséquilibrée : écart de ${centimesFr(Math.abs(totaux.debit - totaux.credit))} entre débits et crédits (une écriture est déséquilibrée).`);
    }
    return { comptes, totaux, equilibree };
  }
}

/** Balance générale d'une suite de lignes (tableau, générateur). */
export function calculerBalance(lignes: Iterable<LigneEcriture>, options: OptionsBalance = {}, trace: Trace = TRACE_MUETTE): Balance {
  const cumul = new CumulBalance(options);
  for (const l of lignes) cumul.ajouter(l);
  return cumul.generale(trace);
}

/** Balance générale d'un flux de lignes (lecture d'un fichier). */
export async function calculerBalanceFlux(lignes: AsyncIterable<LigneEcriture> | Iterable<LigneEcriture>, options: OptionsBalance = {}): Promise<Balance> {
  const cumul = new CumulBalance(options);
  for await (const l of lignes) cumul.ajouter(l);
  return cumul.generale();
}
