/**
 * Import paramétrable (exports-pgi.md § 4) : une correspondance de colonnes enregistrée en JSON, qui dit pour chaque
 * champ du journal l'en-tête (ou le numéro) de la colonne source, le séparateur, le format de date et le sens des
 * montants. Elle est vérifiée ici (messages français qui nomment la clé fautive), puis appliquée à l'en-tête du fichier.
 */
import { champEntete, cleEntete, NOM_CHAMP, type ChampJournal } from "../compta/colonnes";
import type { Echantillon, PlanLecture } from "./plan";
import { FORMATS_DATE, type Disposition, type FormatDate, type SensMontants } from "./types";
import { texteSource } from "./valeurs";

export interface CorrespondanceColonnes {
  /** Champ du journal (« date », « compte », « debit »… ou leur nom français « Débit ») → en-tête source, ou n° de colonne (1 = première). */
  colonnes: Partial<Record<ChampJournal, string | number>>;
  /** « ; », « , », « | », « \t » (ou « tabulation ») ; détecté s'il est absent. */
  separateur?: string;
  formatDate?: FormatDate;
  /** « debit-credit » (défaut si Débit et Crédit sont donnés), « montant-sens », « signe ». */
  montants?: SensMontants;
  /** Le fichier a une ligne d'en-tête (vrai par défaut) ; sans en-tête, les colonnes sont données par leur numéro. */
  entete?: boolean;
  /** Lignes de titre à sauter avant l'en-tête (ou avant les données). */
  lignesIgnorees?: number;
  /** Séparateur décimal, s'il est connu (lève l'ambiguïté de « 1.234 »). */
  decimale?: "," | ".";
}

const CHAMPS = Object.keys(NOM_CHAMP) as ChampJournal[];

/** Le champ désigné par une clé de la correspondance : nom technique (« debit ») ou en-tête français (« Débit »). */
function champDeCle(cle: string): ChampJournal | undefined {
  return (CHAMPS as string[]).includes(cle) ? (cle as ChampJournal) : champEntete(cle);
}

const SEPARATEURS: Record<string, string> = { ";": ";", ",": ",", "|": "|", "\t": "\t", tabulation: "\t", tab: "\t" };

/** Vérifie une correspondance lue d'un JSON ; rend la correspondance normalisée, ou la liste des fautes. */
export function lireCorrespondance(json: unknown): { correspondance: CorrespondanceColonnes } | { erreurs: string[] } {
  const erreurs: string[] = [];
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { erreurs: ["la correspondance doit être un objet JSON { \"colonnes\": { … }, … }."] };
  const o = json as Record<string, unknown>;
  const connues = new Set(["colonnes", "separateur", "formatDate", "montants", "entete", "lignesIgnorees", "decimale"]);
  for (const cle of Object.keys(o)) if (!connues.has(cle)) erreurs.push(`clé « ${cle} » inconnue (clés possibles : ${[...connues].join(", ")}).`);
  const colonnes: Partial<Record<ChampJournal, string | number>> = {};
  if (typeof o.colonnes !== "object" || o.colonnes === null || Array.isArray(o.colonnes)) erreurs.push("« colonnes » doit être un objet { \"date\": \"Date\", \"compte\": \"N° compte\", … }.");
  else {
    for (const [cle, v] of Object.entries(o.colonnes as Record<string, unknown>)) {
      const champ = champDeCle(cle);
      if (!champ) erreurs.push(`colonnes : « ${cle} » n'est pas un champ du journal (champs possibles : ${CHAMPS.join(", ")}).`);
      else if (typeof v === "string" && v.trim() !== "") colonnes[champ] = v.trim();
      else if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 1000) colonnes[champ] = v;
      else erreurs.push(`colonnes.${cle} : un en-tête (texte) ou un numéro de colonne (1 = première) est attendu.`);
    }
  }
  let separateur: string | undefined;
  if (o.separateur !== undefined) {
    separateur = typeof o.separateur === "string" ? SEPARATEURS[o.separateur.toLowerCase()] : undefined;
    if (!separateur) erreurs.push("separateur : « ; », « , », « | » ou « tabulation » attendu.");
  }
  if (o.formatDate !== undefined && !FORMATS_DATE.includes(o.formatDate as FormatDate)) erreurs.push(`formatDate : ${FORMATS_DATE.map((f) => `« ${f} »`).join(", ")} attendu.`);
  if (o.montants !== undefined && !["debit-credit", "montant-sens", "signe"].includes(o.montants as string)) erreurs.push("montants : « debit-credit », « montant-sens » ou « signe » attendu.");
  if (o.entete !== undefined && typeof o.entete !== "boolean") erreurs.push("entete : true ou false attendu.");
  if (o.lignesIgnorees !== undefined && !(Number.isInteger(o.lignesIgnorees) && (o.lignesIgnorees as number) >= 0 && (o.lignesIgnorees as number) <= 1000)) erreurs.push("lignesIgnorees : un nombre entier de 0 à 1000 est attendu.");
  if (o.decimale !== undefined && o.decimale !== "," && o.decimale !== ".") erreurs.push("decimale : « , » ou « . » attendu.");
  const montants = (o.montants as SensMontants | undefined) ?? (colonnes.debit !== undefined || colonnes.credit !== undefined ? "debit-credit" : colonnes.sens !== undefined ? "montant-sens" : "signe");
  const requis: ChampJournal[] = ["date", "compte", ...(montants === "debit-credit" ? (["debit", "credit"] as const) : montants === "montant-sens" ? (["montant", "sens"] as const) : (["montant"] as const))];
  if (erreurs.length === 0) for (const champ of requis) if (colonnes[champ] === undefined) erreurs.push(`colonnes : le champ « ${champ} » (${NOM_CHAMP[champ]}) est obligatoire.`);
  if (o.entete === false && Object.values(colonnes).some((v) => typeof v === "string")) erreurs.push("entete est false : les colonnes doivent être données par leur numéro (1 = première).");
  if (erreurs.length) return { erreurs };
  return {
    correspondance: {
      colonnes,
      ...(separateur ? { separateur } : {}),
      formatDate: (o.formatDate as FormatDate | undefined) ?? "auto",
      montants,
      entete: o.entete !== false,
      lignesIgnorees: (o.lignesIgnorees as number | undefined) ?? 0,
      ...(o.decimale ? { decimale: o.decimale as "," | "." } : {}),
    },
  };
}

/**
 * Applique une correspondance vérifiée à l'échantillon : repère chaque en-tête donné dans la ligne d'en-tête du
 * fichier (sans casse ni accents). Rend le plan de lecture, ou la liste des en-têtes introuvables.
 */
export function appliquerCorrespondance(c: CorrespondanceColonnes, e: Echantillon): { plan: PlanLecture } | { erreurs: string[] } {
  const ignorees = c.lignesIgnorees ?? 0;
  const entete = c.entete !== false ? e.premiers[ignorees] : undefined;
  const entetes = entete?.champs.map(texteSource);
  const erreurs: string[] = [];
  const colonnes: Disposition["colonnes"] = {};
  for (const [champ, source] of Object.entries(c.colonnes) as [ChampJournal, string | number][]) {
    if (typeof source === "number") {
      colonnes[champ] = source - 1;
      continue;
    }
    const i = entetes ? entetes.findIndex((t) => t === source || cleEntete(t) === cleEntete(source)) : -1;
    if (i < 0) erreurs.push(`en-tête « ${source} » (champ ${champ}) introuvable ${entetes ? `dans la ligne d'en-tête (en-têtes lus : ${entetes.filter(Boolean).map((t) => `« ${t} »`).join(", ") || "aucun"})` : ": le fichier est vide"}.`);
    else colonnes[champ] = i;
  }
  if (erreurs.length) return { erreurs };
  return {
    plan: {
      reconnaissance: { format: "csv", libelle: "CSV selon la correspondance de colonnes", raison: "colonnes désignées par la correspondance enregistrée" },
      disposition: {
        colonnes,
        entetes,
        sauter: ignorees + (entete ? 1 : 0),
        formatDate: c.formatDate ?? "auto",
        montants: c.montants ?? "debit-credit",
        numerotation: colonnes.numero !== undefined || colonnes.piece !== undefined ? "colonne" : "equilibre",
        ...(c.decimale ? { decimale: c.decimale } : {}),
      },
      separateur: c.separateur ?? e.separateur,
    },
  };
}
