/**
 * Reconnaissance des colonnes d'un journal à partir de sa ligne d'en-tête : « Date », « N° pièce », « Compte »,
 * « Débit »… sans tenir compte des accents, de la casse ni de la ponctuation, avec les variantes usuelles des
 * exports français et les noms du FEC (EcritureDate, CompteNum…). Partagée par le lecteur CSV et les fonctions
 * qui travaillent sur une plage.
 */
import { normaliserMotCle } from "../nombres";

export type ChampJournal =
  | "journal"
  | "journalLibelle"
  | "numero"
  | "date"
  | "compte"
  | "compteLibelle"
  | "tiers"
  | "tiersLibelle"
  | "piece"
  | "pieceDate"
  | "libelle"
  | "debit"
  | "credit"
  | "montant"
  | "sens"
  | "lettrage"
  | "dateLettrage"
  | "echeance"
  | "validation";

/** Nom affiché d'un champ, dans les messages (« colonne Débit absente »). */
export const NOM_CHAMP: Record<ChampJournal, string> = {
  journal: "Journal",
  journalLibelle: "Libellé du journal",
  numero: "N° d'écriture",
  date: "Date",
  compte: "Compte",
  compteLibelle: "Libellé du compte",
  tiers: "Tiers",
  tiersLibelle: "Nom du tiers",
  piece: "Pièce",
  pieceDate: "Date de pièce",
  libelle: "Libellé",
  debit: "Débit",
  credit: "Crédit",
  montant: "Montant",
  sens: "Sens",
  lettrage: "Lettrage",
  dateLettrage: "Date de lettrage",
  echeance: "Échéance",
  validation: "Date de validation",
};

/** Les variantes, écrites sous leur forme réduite (voir `cleEntete`). */
const VARIANTES: Record<ChampJournal, string[]> = {
  journal: ["journal", "journalcode", "codejournal", "jnl", "jal", "codejnl", "codejal", "journ"],
  journalLibelle: ["journallib", "libellejournal", "intitulejournal", "nomjournal", "journallibelle"],
  numero: ["ecriturenum", "necriture", "numecriture", "numeroecriture", "noecriture", "nmouvement", "numeromouvement", "mouvement", "numero", "num", "n", "no", "necr"],
  date: ["date", "ecrituredate", "dateecriture", "datecomptable", "datecomptabilisation", "dateoperation", "jour"],
  compte: ["compte", "comptenum", "ncompte", "numcompte", "numerocompte", "nocompte", "comptegeneral", "cpte", "ncpte", "general", "comptegeneraux"],
  compteLibelle: ["comptelib", "libellecompte", "intitulecompte", "nomcompte", "comptelibelle"],
  tiers: ["tiers", "compauxnum", "comptetiers", "compteauxiliaire", "auxiliaire", "codetiers", "ntiers", "cpteaux", "compteaux", "numtiers", "numerotiers"],
  tiersLibelle: ["compauxlib", "libelletiers", "nomtiers", "intituletiers", "libelleauxiliaire", "raisonsociale"],
  piece: ["piece", "pieceref", "npiece", "numpiece", "numeropiece", "nopiece", "refpiece", "referencepiece", "reference", "ref", "justificatif", "nfacture"],
  pieceDate: ["piecedate", "datepiece", "datefacture"],
  libelle: ["libelle", "ecriturelib", "libelleecriture", "libelleoperation", "libellemouvement", "designation", "intitule", "description", "objet"],
  debit: ["debit", "montantdebit", "mtdebit", "debits", "sommedebit"],
  credit: ["credit", "montantcredit", "mtcredit", "credits", "sommecredit"],
  montant: ["montant", "mt", "montantecriture"],
  sens: ["sens", "dc", "sensdc", "debitcredit"],
  lettrage: ["lettrage", "ecriturelet", "lettre", "codelettrage", "let"],
  dateLettrage: ["datelet", "datelettrage"],
  echeance: ["echeance", "dateecheance", "dateech", "ech"],
  validation: ["validdate", "datevalidation", "validation"],
};

const PAR_CLE = new Map<string, ChampJournal>(
  (Object.entries(VARIANTES) as [ChampJournal, string[]][]).flatMap(([champ, cles]) => cles.map((c) => [c, champ] as const)),
);

const MOTS_VIDES = new Set(["de", "du", "des", "la", "le", "les", "en"]);

/**
 * Forme réduite d'un en-tête : minuscules sans accents, sans élision (d', l'), sans mots vides ni ponctuation,
 * sans espaces : « Date d'échéance » → « dateecheance », « N° de pièce » → « npiece », « EcritureDate » → « ecrituredate ».
 */
export function cleEntete(texte: string): string {
  const mots = normaliserMotCle(texte)
    .replace(/\b[dl]['’]/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((m) => m && !MOTS_VIDES.has(m));
  return mots.join("");
}

/** Champ du journal désigné par un en-tête, ou undefined. Un suffixe d'unité (« Débit € », « Crédit EUR ») est ignoré. */
export function champEntete(texte: string): ChampJournal | undefined {
  const cle = cleEntete(texte);
  return PAR_CLE.get(cle) ?? PAR_CLE.get(cle.replace(/(euros?|eur)$/, ""));
}

export interface StructureJournal {
  /** Index (à partir de 0) de la colonne de chaque champ reconnu ; la première colonne reconnue l'emporte. */
  colonnes: Partial<Record<ChampJournal, number>>;
  /** Les en-têtes tels qu'écrits, pour nommer une colonne dans un message. */
  entetes: string[];
}

/** Reconnaît les colonnes d'une ligne d'en-tête. */
export function reconnaitreColonnes(entetes: readonly unknown[]): StructureJournal {
  const textes = entetes.map((e) => (e === null || e === undefined ? "" : String(e).trim()));
  const colonnes: Partial<Record<ChampJournal, number>> = {};
  textes.forEach((t, i) => {
    const champ = t ? champEntete(t) : undefined;
    if (champ && colonnes[champ] === undefined) colonnes[champ] = i;
  });
  return { colonnes, entetes: textes };
}

/** Une ligne est-elle un en-tête de journal ? (au moins le compte et les montants reconnus) */
export function estEnteteJournal(s: StructureJournal): boolean {
  const c = s.colonnes;
  return c.compte !== undefined && ((c.debit !== undefined && c.credit !== undefined) || (c.montant !== undefined && c.sens !== undefined));
}

/**
 * Colonnes obligatoires manquantes, en français : Date, Compte, Débit et Crédit (ou Montant et Sens),
 * et, si `identifiant` est demandé, un N° d'écriture ou une Pièce pour regrouper les lignes en écritures.
 */
export function colonnesManquantes(s: StructureJournal, options: { identifiant?: boolean } = {}): string[] {
  const c = s.colonnes;
  const manque: string[] = [];
  if (c.date === undefined) manque.push(NOM_CHAMP.date);
  if (c.compte === undefined) manque.push(NOM_CHAMP.compte);
  if (c.montant === undefined || c.sens === undefined) {
    if (c.debit === undefined) manque.push(NOM_CHAMP.debit);
    if (c.credit === undefined) manque.push(NOM_CHAMP.credit);
  }
  if (options.identifiant && c.numero === undefined && c.piece === undefined) manque.push(`${NOM_CHAMP.numero} ou ${NOM_CHAMP.piece}`);
  return manque;
}

/** Message d'une en-tête incomplète : « colonnes Débit, Crédit absentes (en-têtes lus : …) ». */
export function messageColonnesManquantes(manque: readonly string[], s: StructureJournal): string {
  const lus = s.entetes.filter(Boolean).map((e) => `« ${e} »`).join(", ") || "aucun";
  const noms = manque.join(", ");
  return `${manque.length > 1 ? "colonnes" : "colonne"} ${noms} ${manque.length > 1 ? "absentes" : "absente"} de la ligne d'en-tête (en-têtes lus : ${lus}).`;
}
