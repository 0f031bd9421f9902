/**
 * Lecture d'un FEC ligne à ligne (« push parser ») : l'appelant donne l'en-tête puis chaque ligne avec son numéro
 * physique (en-tête = 1) ; le lecteur rend une `LigneEcriture` (montants en centimes) ou undefined quand la ligne
 * n'est pas utilisable, et note ses constats (règles de forme FEC-004 à FEC-011, 014, 018 à 022, 033).
 * Aucune ligne n'est gardée : la mémoire ne dépend pas de la taille du fichier.
 */
import type { Centimes } from "../compta/centimes";
import type { LigneEcriture } from "../compta/ecriture";
import { Constats } from "./constats";
import { analyserEntete, type FormatFec } from "./entete";
import type { Diagnostic } from "./regles";
import { C, CHAMPS_FEC, CHAMPS_FEC_MONTANT_SENS, jourDepuisEntier, lireDateFec, lireMontantFec, montantFec } from "./valeurs";

export interface OptionsLecture {
  /** Collecteur de constats partagé (le validateur y ajoute les siens) ; un nouveau par défaut. */
  constats?: Constats;
}

/**
 * Ce que le lecteur tire d'une ligne, utilisable ou non (le validateur s'en sert pour ses règles).
 * Pour la vitesse, le même objet est réutilisé d'une ligne à l'autre : il n'est valable que jusqu'à l'appel suivant.
 */
export interface LigneAnalysee {
  /** La ligne peut être comptée (clé, date, compte et montants lus). */
  utilisable: boolean;
  /** La ligne d'écriture, si elle est utilisable et demandée. */
  ligne: LigneEcriture | undefined;
  /** Les 18 valeurs dans l'ordre officiel, espaces retirés ("" pour un champ absent de l'en-tête). */
  champs: string[];
  /** Journal, numéro et montants lus même quand la ligne n'est pas utilisable (pour l'équilibre des écritures). */
  journal: string;
  numero: string;
  debit: Centimes | undefined;
  credit: Centimes | undefined;
  /** EcritureDate, PieceDate, DateLet, ValidDate en entiers AAAAMMJJ : 0 si vide, −1 si illisible. */
  dateEcriture: number;
  datePiece: number;
  dateLettrage: number;
  dateValidation: number;
}

export interface LecteurFec {
  /** Analyse la ligne d'en-tête ; rend faux si le fichier n'est pas un FEC (rien ne pourra être lu). */
  entete(texte: string): boolean;
  /** Lit une ligne d'écriture ; undefined (et des constats) si elle n'est pas utilisable. */
  ligne(texte: string, numero: number): LigneEcriture | undefined;
  /**
   * Comme `ligne`, avec les valeurs brutes ; undefined pour une ligne vide ou un fichier illisible.
   * `construire` faux : la LigneEcriture n'est pas fabriquée (validation seule, plus rapide).
   */
  analyser(texte: string, numero: number, construire?: boolean): LigneAnalysee | undefined;
  /** Les constats, dans l'ordre où ils ont été faits. */
  readonly diagnostics: Diagnostic[];
  readonly constats: Constats;
  /** Le format lu dans l'en-tête (undefined avant l'appel à `entete`). */
  readonly format: FormatFec | undefined;
  /** Nombre de lignes non vides lues après l'en-tête. */
  readonly lignesLues: number;
  /** Quand la 1re ligne est déjà une écriture (fichier sans en-tête, FEC-006) : son analyse, à traiter par l'appelant. */
  readonly premiereLigne: LigneAnalysee | undefined;
}

/** Champs obligatoires (FEC-011) : bloquants, sauf JournalLib, PieceRef et PieceDate (alerte, comme Test Compta Demat). */
const OBLIGATOIRES: { index: number; severite: "erreur" | "alerte"; bloquant: boolean }[] = [
  { index: C.JournalCode, severite: "erreur", bloquant: true },
  { index: C.JournalLib, severite: "alerte", bloquant: false },
  { index: C.EcritureNum, severite: "erreur", bloquant: true },
  { index: C.EcritureDate, severite: "erreur", bloquant: true },
  { index: C.CompteNum, severite: "erreur", bloquant: true },
  { index: C.CompteLib, severite: "erreur", bloquant: false },
  { index: C.PieceRef, severite: "alerte", bloquant: false },
  { index: C.PieceDate, severite: "alerte", bloquant: false },
  { index: C.EcritureLib, severite: "erreur", bloquant: false },
  { index: C.ValidDate, severite: "erreur", bloquant: false },
];

/** Caractères de contrôle (hors tabulation), DEL, espace insécable, caractère de remplacement d'un mauvais décodage. */
const NON_IMPRIMABLE = /[\u0000-\u0008\u000a-\u001f\u007f\u00a0\ufffd]/;
const NON_IMPRIMABLE_G = /[\u0000-\u0008\u000a-\u001f\u007f\u00a0\ufffd]/g;
const NON_IMPRIMABLE_TAB_G = /[\u0000-\u001f\u007f\u00a0\ufffd]/g;

const vide = (s: string): string | undefined => (s === "" ? undefined : s);

/** Ligne blanche : rien que des espaces ou des caractères de contrôle. */
export function estBlanc(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) return false;
  return true;
}

function nettoyer(s: string): string {
  const n = s.length;
  return n > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32) ? s.trim() : s;
}

export function creerLecteurFec(options: OptionsLecture = {}): LecteurFec {
  const constats = options.constats ?? new Constats();
  let format: FormatFec | undefined;
  let noms: readonly string[] = CHAMPS_FEC;
  let lignesLues = 0;
  let premiereLigne: LigneAnalysee | undefined;

  function entete(texte: string): boolean {
    format = analyserEntete(texte, constats);
    noms = format.variante === "montant-sens" ? CHAMPS_FEC_MONTANT_SENS : CHAMPS_FEC;
    if (format.sansEntete) {
      const a = analyser(texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte, 1);
      premiereLigne = a && { ...a, champs: [...a.champs] };
    }
    return format.estFec;
  }

  /** Montant du champ i : nombre de centimes, ou undefined (constat fait) s'il est illisible. */
  function montant(champs: string[], i: number, ligne: number): Centimes | undefined {
    const r = lireMontantFec(champs[i]);
    if (typeof r === "number") return r;
    const champ = noms[i];
    const valeur = champs[i];
    if (r.defaut === "FEC-020") constats.signaler("FEC-020", ligne, { valeur });
    else if (r.defaut === "FEC-019") constats.signaler("FEC-019", ligne, { champ, valeur });
    else constats.signaler("FEC-018", ligne, { champ, valeur, detail: r.detail });
    return r.centimes;
  }

  const resultat: LigneAnalysee = {
    utilisable: false,
    ligne: undefined,
    champs: new Array<string>(18).fill(""),
    journal: "",
    numero: "",
    debit: undefined,
    credit: undefined,
    dateEcriture: 0,
    datePiece: 0,
    dateLettrage: 0,
    dateValidation: 0,
  };

  /** Date du champ i : AAAAMMJJ, 0 si vide, −1 (et FEC-014) si illisible. */
  function date(champs: string[], i: number, ligne: number): number {
    const s = champs[i];
    if (s === "") return 0;
    const d = lireDateFec(s);
    if (d < 0) constats.signaler("FEC-014", ligne, { champ: noms[i], valeur: s, ligne });
    return d;
  }

  function analyser(brut: string, numero: number, construire = true): LigneAnalysee | undefined {
    const f = format;
    if (!f || !f.estFec) return undefined;
    if (estBlanc(brut)) {
      constats.signaler("FEC-010", numero, { ligne: numero });
      return undefined;
    }
    lignesLues++;
    const r = resultat;
    const champs = r.champs;
    r.ligne = undefined;
    r.utilisable = false;
    let texte = brut;
    if (NON_IMPRIMABLE.test(texte) || (f.separateur !== "\t" && texte.includes("\t"))) {
      constats.signaler("FEC-033", numero, { ligne: numero });
      texte = texte.replace(f.separateur === "\t" ? NON_IMPRIMABLE_G : NON_IMPRIMABLE_TAB_G, " ");
    }
    const morceaux = texte.split(f.separateur);
    let n = morceaux.length;
    if (f.separateurFinal && n === f.nombreChamps + 1 && estBlanc(morceaux[n - 1])) n--;
    if (n !== f.nombreChamps) {
      constats.signaler("FEC-009", numero, { ligne: numero, n, m: f.nombreChamps });
      champs.fill("");
      r.journal = r.numero = "";
      r.debit = r.credit = undefined;
      r.dateEcriture = r.datePiece = r.dateLettrage = r.dateValidation = 0;
      return r;
    }
    const colonnes = f.colonnes;
    for (let i = 0; i < 18; i++) champs[i] = colonnes[i] < 0 ? "" : nettoyer(morceaux[colonnes[i]]);

    let utilisable = f.complet;
    for (const o of OBLIGATOIRES) {
      if (champs[o.index] === "" && colonnes[o.index] >= 0) {
        constats.signaler("FEC-011", numero, { champ: noms[o.index], ligne: numero }, o.severite);
        if (o.bloquant) utilisable = false;
      }
    }
    r.dateEcriture = date(champs, C.EcritureDate, numero);
    if (r.dateEcriture <= 0) utilisable = false;
    r.datePiece = date(champs, C.PieceDate, numero);
    r.dateLettrage = date(champs, C.DateLet, numero);
    r.dateValidation = date(champs, C.ValidDate, numero);

    let debit: Centimes | undefined;
    let credit: Centimes | undefined;
    if (f.variante === "debit-credit") {
      debit = colonnes[C.Debit] < 0 ? 0 : montant(champs, C.Debit, numero);
      credit = colonnes[C.Credit] < 0 ? 0 : montant(champs, C.Credit, numero);
    } else {
      const m = colonnes[C.Debit] < 0 ? 0 : montant(champs, C.Debit, numero);
      const sens = champs[C.Credit].toUpperCase();
      if (sens === "D" || sens === "+1") [debit, credit] = [m, 0];
      else if (sens === "C" || sens === "-1") [debit, credit] = [0, m];
      else constats.signaler("FEC-022", numero, { ligne: numero, valeur: champs[C.Credit] === "" ? "(vide)" : champs[C.Credit] });
    }
    // Un montant négatif (« signe facultatif ») passe dans l'autre colonne : débit et crédit restent ≥ 0.
    if (debit !== undefined && credit !== undefined) {
      if (debit < 0) {
        constats.signaler("FEC-021", numero, { ligne: numero, champ: noms[C.Debit], valeur: champs[C.Debit], lu: `un crédit de ${montantFec(-debit)}` }, "info");
        [debit, credit] = [0, credit - debit];
      }
      if (credit < 0) {
        constats.signaler("FEC-021", numero, { ligne: numero, champ: noms[C.Credit], valeur: champs[C.Credit], lu: `un débit de ${montantFec(-credit)}` }, "info");
        [debit, credit] = [debit - credit, 0];
      }
    } else utilisable = false;
    const montantDevise = champs[C.Montantdevise] === "" ? undefined : montant(champs, C.Montantdevise, numero);

    r.journal = champs[C.JournalCode];
    r.numero = champs[C.EcritureNum];
    r.debit = debit;
    r.credit = credit;
    r.utilisable = utilisable;
    if (!utilisable || !construire) return r;
    r.ligne = {
      journal: r.journal,
      journalLibelle: vide(champs[C.JournalLib]),
      numero: r.numero,
      date: jourDepuisEntier(r.dateEcriture),
      compte: champs[C.CompteNum],
      compteLibelle: vide(champs[C.CompteLib]),
      tiers: vide(champs[C.CompAuxNum]),
      tiersLibelle: vide(champs[C.CompAuxLib]),
      piece: champs[C.PieceRef],
      pieceDate: r.datePiece > 0 ? jourDepuisEntier(r.datePiece) : undefined,
      libelle: champs[C.EcritureLib],
      debit: debit as Centimes,
      credit: credit as Centimes,
      lettrage: vide(champs[C.EcritureLet]),
      dateLettrage: r.dateLettrage > 0 ? jourDepuisEntier(r.dateLettrage) : undefined,
      validation: r.dateValidation > 0 ? jourDepuisEntier(r.dateValidation) : undefined,
      montantDevise,
      devise: vide(champs[C.Idevise]),
      origine: numero,
    };
    return r;
  }

  return {
    entete,
    analyser,
    ligne: (texte, numero) => analyser(texte, numero)?.ligne,
    get diagnostics() {
      return constats.diagnostics;
    },
    constats,
    get format() {
      return format;
    },
    get lignesLues() {
      return lignesLues;
    },
    get premiereLigne() {
      return premiereLigne;
    },
  };
}

/** Découpe un texte en lignes (CRLF, LF ou CR) ; un saut de ligne final n'ajoute pas de ligne vide. */
export function decouperLignes(texte: string): string[] {
  if (texte === "") return [];
  const lignes = texte.split(/\r\n|\r|\n/);
  if (lignes[lignes.length - 1] === "") lignes.pop();
  return lignes;
}

export interface ResultatLecture {
  lignes: LigneEcriture[];
  diagnostics: Diagnostic[];
  format: FormatFec | undefined;
}

/** Lit un FEC entier donné en texte (déjà décodé) : les lignes utilisables et la liste des constats triés par ligne. */
export function lireFec(texte: string): ResultatLecture {
  const lecteur = creerLecteurFec();
  const lignes: LigneEcriture[] = [];
  const brutes = decouperLignes(texte);
  if (brutes.length === 0) lecteur.constats.signaler("FEC-004", 0, {});
  else if (lecteur.entete(brutes[0])) {
    const premiere = lecteur.premiereLigne?.ligne;
    if (premiere) lignes.push(premiere);
    for (let i = 1; i < brutes.length; i++) {
      const l = lecteur.ligne(brutes[i], i + 1);
      if (l) lignes.push(l);
    }
    if (lecteur.lignesLues === 0) lecteur.constats.signaler("FEC-004", 1, { detail: "en-tête seule" });
  }
  return { lignes, diagnostics: lecteur.constats.trier(), format: lecteur.format };
}
