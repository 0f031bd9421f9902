/**
 * Validation d'un journal (comptabilite.md § 1.1, § 1.3, § 0) : écriture équilibrée, débit OU crédit, pas de montant
 * négatif, pas de ligne à 0/0, compte du PCG ou subdivision d'un compte du PCG, date dans l'exercice.
 * En flux : une ligne à la fois, mémoire bornée (seules les écritures encore déséquilibrées sont retenues).
 * Toutes les anomalies sont collectées, triées par ligne ; les messages nomment la ligne (`origine`).
 */
import { jourFr, type Jour } from "../dates";
import { Anomalies, trierAnomalies, type Anomalie } from "./anomalie";
import { centimesFr, type Centimes } from "./centimes";
import { cleEcriture, type LigneEcriture } from "./ecriture";
import { estCompteValide } from "./pcg";
import { cleJour } from "./periode";

export interface Exercice {
  debut: Jour;
  fin: Jour;
}

export interface OptionsValidation {
  /** Si donné, toute date d'écriture doit être dans l'exercice. */
  exercice?: Exercice;
  /** Nombre maximal d'anomalies gardées (les suivantes sont seulement comptées). */
  limite?: number;
  /** Contrôler l'équilibre des écritures (vrai par défaut). */
  equilibre?: boolean;
  /** Signaler les lignes à 0/0 (vrai par défaut). */
  lignesVides?: boolean;
}

/** Une écriture dont les lignes lues jusqu'ici ne s'équilibrent pas. */
export interface EcritureDesequilibree {
  journal: string;
  numero: string;
  debit: Centimes;
  credit: Centimes;
  origines: number[];
}

const ORIGINES_AFFICHEES = 10;

/** « Écriture VTE n° 42 » (le journal n'est nommé que s'il est connu). */
export const nomEcriture = (l: { journal: string; numero: string }): string =>
  `Écriture ${l.journal ? `${l.journal} ` : ""}n° ${l.numero || "(sans numéro)"}`;

/** Message d'une écriture déséquilibrée ; `ou` précise où sont les lignes (« de la plage »). */
export function messageDesequilibre(e: EcritureDesequilibree, ou = ""): string {
  const lignes = e.origines.length
    ? ` ; ${e.origines.length > 1 ? "lignes" : "ligne"}${ou ? ` ${ou}` : ""} ${e.origines.slice(0, ORIGINES_AFFICHEES).join(", ")}${e.origines.length > ORIGINES_AFFICHEES ? "…" : ""}`
    : "";
  return `${nomEcriture(e)} déséquilibrée : débit ${centimesFr(e.debit)} / crédit ${centimesFr(e.credit)} (écart ${centimesFr(Math.abs(e.debit - e.credit))}${lignes}).`;
}

/**
 * Contrôle d'équilibre des écritures en flux. Les lignes d'une écriture sont d'ordinaire contiguës : on cumule
 * le segment courant et on ne retient, par écriture, que les segments qui ne s'équilibrent pas. Une écriture
 * éclatée en morceaux qui se compensent est donc bien vue équilibrée, sans garder toutes les écritures en mémoire.
 * Limite : si un morceau équilibré précède le premier morceau déséquilibré d'une même écriture, les totaux affichés
 * ne le comptent pas (l'écart, lui, est exact).
 */
export class ControleEquilibre {
  private journal = "";
  private numero = "";
  private courante?: EcritureDesequilibree;
  private readonly ouvertes = new Map<string, EcritureDesequilibree>();

  ajouter(l: LigneEcriture): void {
    let e = this.courante;
    if (!e || l.numero !== this.numero || l.journal !== this.journal) {
      this.fermer();
      this.journal = l.journal;
      this.numero = l.numero;
      e = this.courante = { journal: l.journal, numero: l.numero, debit: 0, credit: 0, origines: [] };
    }
    e.debit += l.debit;
    e.credit += l.credit;
    if (l.origine !== undefined) e.origines.push(l.origine);
  }

  private fermer(): void {
    const e = this.courante;
    if (!e) return;
    const cle = cleEcriture(e);
    const ouverte = this.ouvertes.get(cle);
    if (ouverte) {
      ouverte.debit += e.debit;
      ouverte.credit += e.credit;
      for (const o of e.origines) ouverte.origines.push(o);
      if (ouverte.debit === ouverte.credit) this.ouvertes.delete(cle);
    } else if (e.debit !== e.credit) this.ouvertes.set(cle, e);
    this.courante = undefined;
  }

  /** Les écritures déséquilibrées, dans l'ordre de leur première ligne. */
  terminer(): EcritureDesequilibree[] {
    this.fermer();
    return [...this.ouvertes.values()];
  }
}

/** Validateur en flux : `ajouter` chaque ligne, puis `terminer`. */
export class ValidateurJournal {
  readonly anomalies: Anomalies;
  private readonly equilibre = new ControleEquilibre();
  private readonly comptesVus = new Map<string, boolean>();
  private readonly exercice?: { debut: number; fin: number };
  constructor(private readonly options: OptionsValidation = {}) {
    this.anomalies = new Anomalies(options.limite);
    if (options.exercice) this.exercice = { debut: cleJour(options.exercice.debut), fin: cleJour(options.exercice.fin) };
  }

  ajouter(l: LigneEcriture): void {
    const { debit, credit } = l;
    if (debit < 0) this.signaler(l, `montant négatif au débit (${centimesFr(debit)}) : un montant d'écriture est toujours positif, le sens porte le signe.`);
    if (credit < 0) this.signaler(l, `montant négatif au crédit (${centimesFr(credit)}) : un montant d'écriture est toujours positif, le sens porte le signe.`);
    if (debit !== 0 && credit !== 0) this.signaler(l, `débit (${centimesFr(debit)}) et crédit (${centimesFr(credit)}) renseignés sur la même ligne : une ligne porte un débit ou un crédit.`);
    if (debit === 0 && credit === 0 && this.options.lignesVides !== false) this.signaler(l, "ligne sans montant (débit = crédit = 0).");
    let valide = this.comptesVus.get(l.compte);
    if (valide === undefined) {
      valide = estCompteValide(l.compte);
      this.comptesVus.set(l.compte, valide);
    }
    if (!valide) {
      this.signaler(
        l,
        l.compte
          ? `compte « ${l.compte} » absent du plan comptable général : le numéro doit commencer par un compte du PCG (classes 1 à 7, 8 tolérée), par exemple 411000 ou 401DUPONT.`
          : "le numéro de compte est vide.",
      );
    }
    const ex = this.exercice;
    if (ex) {
      const jour = cleJour(l.date);
      if (jour < ex.debut || jour > ex.fin) {
        this.signaler(l, `date ${jourFr(l.date)} hors de l'exercice (du ${jourFr(this.options.exercice!.debut)} au ${jourFr(this.options.exercice!.fin)}).`);
      }
    }
    if (this.options.equilibre !== false) this.equilibre.ajouter(l);
  }

  private signaler(l: LigneEcriture, message: string): void {
    const ou = l.origine === undefined ? `${nomEcriture(l)}, compte ${l.compte}` : `Ligne ${l.origine}`;
    this.anomalies.ajouter({ origine: l.origine, message: `${ou} : ${message}` });
  }

  /** Toutes les anomalies, triées par ligne, dont les écritures déséquilibrées (à leur première ligne). */
  terminer(): Anomalie[] {
    for (const e of this.equilibre.terminer()) this.anomalies.ajouter({ origine: e.origines[0], message: messageDesequilibre(e) });
    return trierAnomalies(this.anomalies.liste);
  }
}

export function validerJournal(lignes: Iterable<LigneEcriture>, options: OptionsValidation = {}): Anomalie[] {
  const v = new ValidateurJournal(options);
  for (const l of lignes) v.ajouter(l);
  return v.terminer();
}
