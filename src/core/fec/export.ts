/**
 * Export d'un journal en FEC (comptabilite.md § 2.1) et contrôle de ce FEC par le validateur du projet (§ 2.2).
 * Pur et sans fichier : rend un texte (et ses octets), utilisable dans le volet comme en ligne de commande.
 *
 * Correspondance journal → 18 champs (documentée dans docs/fec.md) :
 * - JournalCode = code du journal ; JournalLib = libellé lu, sinon celui des journaux usuels du § 1.2
 *   (ACH Achats, VTE Ventes, BQ Banque, CAI Caisse, OD Opérations diverses, AN À-nouveaux), sinon « Journal <code> » ;
 * - EcritureNum = numéro du journal, ou, en numérotation « par-journal », <code><n° sur 6 chiffres> dans l'ordre
 *   chronologique des écritures de chaque journal (séquence continue, § 1.3) ;
 * - CompteLib = libellé lu, sinon l'intitulé du plan comptable général ;
 * - CompAuxNum = colonne Tiers ; CompAuxLib = nom du tiers lu, sinon son code (les deux vont ensemble, FEC-029) ;
 * - PieceDate = date de pièce lue, sinon la date d'écriture ; ValidDate = date de validation lue, sinon la date
 *   d'écriture (elle est ≥ à la date d'écriture et jamais dans le futur : FEC-017) ;
 * - EcritureLet, DateLet, Montantdevise, Idevise : tels quels.
 * Les lignes gardent l'ordre du journal. Les constats du validateur portent le n° de ligne du journal (`origine`).
 */
import { cleEcriture, type LigneEcriture } from "../compta/ecriture";
import { libelleCompte } from "../compta/pcg";
import { comparerJours, type Jour } from "../dates";
import { libelleJournal } from "../compta/journaux";
import { ecrireFec } from "./ecrire";
import { exerciceDepuisCloture, nomFichierFec, sirenValide, type Exercice } from "./nom-fichier";
import type { Diagnostic } from "./regles";
import { validerFec, type RapportFec } from "./validateur";

export type Numerotation = "conserver" | "par-journal";

export interface OptionsConstruction {
  /** « conserver » (défaut) : le numéro du journal ; « par-journal » : une séquence continue par journal. */
  numerotation?: Numerotation;
  separateur?: "\t" | "|";
}

/** Numéro sur 6 chiffres précédé du code du journal : « VTE000001 ». */
const numeroSequence = (journal: string, n: number): string => `${journal}${String(n).padStart(6, "0")}`;

/**
 * Les écritures d'un journal sans numéro : les lignes d'une même clé (journal + numéro lu) forment une écriture ;
 * des lignes sans numéro ni pièce forment une écriture avec les lignes suivantes du même journal et de la même date,
 * jusqu'à ce que Σ débits = Σ crédits. Rend, pour chaque ligne, l'indice de son écriture.
 */
function regrouper(lignes: readonly LigneEcriture[]): { ecriture: number[]; premieres: number[] } {
  const ecriture: number[] = [];
  const premieres: number[] = [];
  const parCle = new Map<string, number>();
  let ouverte: { e: number; journal: string; date: Jour; solde: number } | undefined;
  lignes.forEach((l, i) => {
    if (l.numero !== "") {
      ouverte = undefined;
      const cle = cleEcriture(l);
      let e = parCle.get(cle);
      if (e === undefined) {
        e = premieres.length;
        premieres.push(i);
        parCle.set(cle, e);
      }
      ecriture.push(e);
      return;
    }
    if (!ouverte || ouverte.journal !== l.journal || comparerJours(ouverte.date, l.date) !== 0 || ouverte.solde === 0) {
      ouverte = { e: premieres.length, journal: l.journal, date: l.date, solde: 0 };
      premieres.push(i);
    }
    ouverte.solde += l.debit - l.credit;
    ecriture.push(ouverte.e);
  });
  return { ecriture, premieres };
}

/** Numérotation par journal, dans l'ordre chronologique des écritures (à date égale, l'ordre du journal). */
function numeroter(lignes: readonly LigneEcriture[]): string[] {
  const { ecriture, premieres } = regrouper(lignes);
  const ordre = premieres.map((_, e) => e).sort((a, b) => comparerJours(lignes[premieres[a]].date, lignes[premieres[b]].date) || a - b);
  const compteurs = new Map<string, number>();
  const numeros: string[] = new Array<string>(premieres.length);
  for (const e of ordre) {
    const journal = lignes[premieres[e]].journal;
    const n = (compteurs.get(journal) ?? 0) + 1;
    compteurs.set(journal, n);
    numeros[e] = numeroSequence(journal, n);
  }
  return ecriture.map((e) => numeros[e]);
}

/** Les lignes telles qu'elles sont écrites dans le FEC (libellés complétés, numéros), dans l'ordre du journal. */
export function lignesFec(lignes: readonly LigneEcriture[], numerotation: Numerotation = "conserver"): LigneEcriture[] {
  const numeros = numerotation === "par-journal" ? numeroter(lignes) : undefined;
  return lignes.map((l, i) => {
    const tiers = l.tiers || undefined;
    return {
      ...l,
      numero: numeros ? numeros[i] : l.numero,
      journalLibelle: l.journalLibelle || (l.journal ? libelleJournal(l.journal) : undefined),
      compteLibelle: l.compteLibelle || libelleCompte(l.compte),
      tiers,
      tiersLibelle: tiers ? l.tiersLibelle || tiers : undefined,
    };
  });
}

/** Le texte du FEC d'un journal (en-tête et une ligne par ligne d'écriture, CRLF). */
export function construireFec(lignes: readonly LigneEcriture[], options: OptionsConstruction = {}): string {
  return ecrireFec(lignesFec(lignes, options.numerotation), { separateur: options.separateur });
}

// ── Contrôle ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Un constat du validateur, rapporté à la ligne du journal d'origine (`origine` : ligne de la feuille). */
export interface ConstatJournal extends Diagnostic {
  /** Ligne du journal (LigneEcriture.origine) de la ligne du FEC en cause ; absente pour le fichier entier. */
  origine?: number;
}

export interface OptionsControle extends OptionsConstruction {
  /** SIREN de l'entreprise : contrôle du nom du fichier (FEC-001, FEC-002). */
  siren?: string;
  /** Date de clôture : exercice des 12 mois qui finissent à cette date (FEC-003, FEC-016, à-nouveaux). */
  cloture?: Jour;
  /** Exercice exact, s'il ne fait pas 12 mois (premier exercice). */
  exercice?: Exercice;
  /** Date de génération (FEC-017) ; aujourd'hui par défaut. */
  aujourdhui?: Jour;
}

export interface ControleFec {
  texte: string;
  /** Nom du fichier, si SIREN et clôture sont connus : « 123456782FEC20251231.txt ». */
  nom?: string;
  rapport: RapportFec;
  constats: ConstatJournal[];
}

/**
 * Les n° de ligne cités dans un message du validateur sont ceux du FEC (en-tête = 1) : ils deviennent ceux du
 * journal d'origine (« ligne 5 » → « ligne 12 » si la 4e ligne d'écriture vient de la ligne 12 de la feuille).
 */
export function relocaliser(message: string, origineDe: (ligneFec: number) => number | undefined): string {
  const remplacer = (n: string): string => String(origineDe(Number(n)) ?? n);
  return message
    .replace(/\b(lignes) (\d+) et (\d+)/g, (_, mot: string, a: string, b: string) => `${mot} ${remplacer(a)} et ${remplacer(b)}`)
    .replace(/\b(ligne) (\d+)/g, (_, mot: string, a: string) => `${mot} ${remplacer(a)}`);
}

/** Construit le FEC et le passe au validateur (règles FEC-001 à FEC-034) ; les constats nomment les lignes du journal. */
export function controlerFec(lignes: readonly LigneEcriture[], options: OptionsControle = {}): ControleFec {
  const texte = construireFec(lignes, options);
  const siren = options.siren?.replace(/\s/g, "");
  const nom = siren !== undefined && options.cloture ? nomFichierFec(siren, options.cloture) : undefined;
  const exercice = options.exercice ?? (options.cloture ? exerciceDepuisCloture(options.cloture) : undefined);
  const rapport = validerFec(texte, { nomFichier: nom, siren, exercice, aujourdhui: options.aujourdhui });
  // Ligne k du FEC (en-tête = 1) ↔ lignes[k − 2].
  const origineDe = (k: number): number | undefined => (k >= 2 && k - 2 < lignes.length ? lignes[k - 2].origine : undefined);
  const constats = rapport.diagnostics.map((d): ConstatJournal => {
    const origine = d.ligne >= 2 ? origineDe(d.ligne) : undefined;
    return { ...d, message: relocaliser(d.message, origineDe), ...(origine !== undefined ? { origine } : {}) };
  });
  return { texte, nom, rapport, constats };
}

// ── Export ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface OptionsExport extends OptionsControle {
  siren: string;
  cloture: Jour;
}

export type IssueExport =
  | { ok: true; nom: string; texte: string; octets: Uint8Array; encodage: EncodageFec; rapport: RapportFec; avertissements: ConstatJournal[] }
  | { ok: false; message: string; erreurs: ConstatJournal[] };

/** SIREN de l'option : 9 chiffres (espaces admis) et clé de Luhn ; message français sinon. */
export function problemeSiren(siren: string): string | undefined {
  const s = siren.replace(/\s/g, "");
  if (!/^\d{9}$/.test(s)) return `Le SIREN « ${siren} » doit compter 9 chiffres.`;
  if (!sirenValide(s)) return `Le SIREN ${s} n'existe pas : sa clé de contrôle (formule de Luhn) est fausse. Vérifiez-le sur l'extrait Kbis ou l'avis de situation Insee.`;
  return undefined;
}

/**
 * Le FEC d'un journal, contrôlé : refusé (message et constats, rien à écrire) si le SIREN est faux ou si le
 * validateur trouve une erreur (écriture déséquilibrée, date hors exercice, champ obligatoire vide…).
 * Les alertes et informations ne bloquent pas : elles sont rendues avec le fichier.
 */
export function exporterFec(lignes: readonly LigneEcriture[], options: OptionsExport): IssueExport {
  const probleme = problemeSiren(options.siren);
  if (probleme) return { ok: false, message: probleme, erreurs: [] };
  if (lignes.length === 0) return { ok: false, message: "Le journal ne contient aucune ligne d'écriture : il n'y a rien à exporter.", erreurs: [] };
  const c = controlerFec(lignes, options);
  const erreurs = c.constats.filter((d) => d.severite === "erreur");
  if (erreurs.length > 0) {
    const n = c.rapport.erreurs.length;
    return {
      ok: false,
      message: `Le FEC n'est pas exporté : ${n} erreur${n > 1 ? "s" : ""} le rendrai${n > 1 ? "ent" : "t"} non conforme. Corrigez le journal puis recommencez.`,
      erreurs,
    };
  }
  const { octets, encodage } = encoderFec(c.texte);
  return { ok: true, nom: nomFichierFec(options.siren.replace(/\s/g, ""), options.cloture), texte: c.texte, octets, encodage, rapport: c.rapport, avertissements: c.constats.filter((d) => d.severite !== "erreur") };
}

// ── Encodage ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type EncodageFec = "iso-8859-15" | "utf-8";

/** Les 8 caractères de l'ISO 8859-15 qui diffèrent de l'ISO 8859-1 : code point → octet. */
const LATIN9: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0xa4], // €
  [0x0160, 0xa6], // Š
  [0x0161, 0xa8], // š
  [0x017d, 0xb4], // Ž
  [0x017e, 0xb8], // ž
  [0x0152, 0xbc], // Œ
  [0x0153, 0xbd], // œ
  [0x0178, 0xbe], // Ÿ
]);
const REMPLACES = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/**
 * Octets du FEC : ISO 8859-15, le jeu prévu par l'art. A. 47 A-1, quand tous les caractères y sont ; sinon UTF-8
 * sans BOM (toléré par Test Compta Demat) plutôt que des « ? » à la place d'apostrophes courbes ou d'emojis.
 */
export function encoderFec(texte: string): { octets: Uint8Array; encodage: EncodageFec } {
  const octets = new Uint8Array(texte.length);
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    const o = c < 0x100 && !REMPLACES.has(c) ? c : LATIN9.get(c);
    if (o === undefined) return { octets: new TextEncoder().encode(texte), encodage: "utf-8" };
    octets[i] = o;
  }
  return { octets, encodage: "iso-8859-15" };
}
