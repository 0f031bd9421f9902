/**
 * La table des règles du validateur FEC (comptabilite.md § 2.2) : identifiant, sévérité, origine, contrôle et message.
 * Les messages reprennent le texte de la table, valeurs remplies ; `ligne` est le n° de ligne physique (en-tête = 1),
 * 0 désigne le fichier entier (nom, totaux).
 */

export type Severite = "erreur" | "alerte" | "info";

export interface Diagnostic {
  regle: string;
  ligne: number;
  message: string;
  severite: Severite;
}

/** TCD = Test Compta Demat (DGFiP), TXT = art. A. 47 A-1 LPF / BOFiP, BP = bonne pratique. */
type Origine = "TCD" | "TXT" | "BP" | "TCD/TXT" | "TXT/BP";

interface Regle<P> {
  severite: Severite;
  origine: Origine;
  controle: string;
  message: (p: P) => string;
}

const regle = <P = void>(severite: Severite, origine: Origine, controle: string, message: (p: P) => string): Regle<P> => ({
  severite,
  origine,
  controle,
  message,
});

const suite = (detail: string | undefined): string => (detail ? ` ${detail}` : "");

/** Une valeur du fichier citée dans un message : abrégée si elle est longue (un champ de 100 000 caractères). */
export const court = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export const REGLES_FEC = {
  "FEC-001": regle<{ nom: string; detail?: string }>("erreur", "TXT", "Nom de fichier SirenFECAAAAMMJJ (+ extension), date valide", (p) =>
    `Nom de fichier non conforme : SirenFECAAAAMMJJ attendu (« ${court(p.nom)} »)${suite(p.detail)}`),
  "FEC-002": regle<{ siren: string; detail: string }>("alerte", "BP", "SIREN du nom = SIREN attendu ; clé de Luhn valide", (p) =>
    `SIREN ${court(p.siren)} invalide ou différent de celui de l'entreprise : ${p.detail}`),
  "FEC-003": regle<{ date: string; cloture: string }>("alerte", "BP", "Date du nom = date de clôture de l'exercice", (p) =>
    `La date du nom de fichier ne correspond pas à la clôture de l'exercice (${p.date} au lieu du ${p.cloture})`),
  "FEC-004": regle<{ detail?: string }>("erreur", "TCD", "Fichier vide ou en-tête seule", (p) =>
    `Le fichier ne contient pas de ligne : fichier vide${p.detail ? ` (${p.detail})` : ""}`),
  "FEC-005": regle<{ detail?: string }>("erreur", "TXT", "Séparateur : tabulation ou | uniquement", (p) =>
    `Séparateur non reconnu : tabulation ou | attendu${p.detail ? ` (${p.detail})` : ""}`),
  "FEC-006": regle<{ champ: string; cas: "absent" } | { champ: string; cas: "place"; colonne: number; attendue: number } | { cas: "sans-entete" } | { cas: "pas-fec" }>(
    "erreur",
    "TCD/TXT",
    "En-tête : les 18 noms, dans l'ordre ; variante Montant/Sens acceptée",
    (p) => {
      switch (p.cas) {
        case "absent":
          return `Le champ « ${court(p.champ)} » n'est pas présent dans le fichier (ligne d'en-tête)`;
        case "place":
          return `Le champ « ${court(p.champ)} » n'est pas à sa place dans la ligne d'en-tête : colonne ${p.colonne} au lieu de ${p.attendue}`;
        case "sans-entete":
          return "La ligne d'en-tête est absente : la ligne 1 contient déjà une écriture (lue avec l'ordre officiel des 18 champs)";
        case "pas-fec":
          return "La ligne d'en-tête ne contient pas les noms des champs du FEC (JournalCode, JournalLib, EcritureNum…) : ce fichier n'est pas un FEC";
      }
    },
  ),
  "FEC-007": regle<{ champ: string }>("info", "TCD", "Champs en trop dans l'en-tête", (p) => `Champ supplémentaire non prévu : ${court(p.champ)}`),
  "FEC-008": regle("info", "TCD", "Séparateur en trop à la fin de la ligne d'en-tête", () =>
    "Le fichier contient un séparateur de plus en fin de ligne"),
  "FEC-009": regle<{ ligne: number; n: number; m: number }>("erreur", "TCD", "Nombre de champs de chaque ligne = celui de l'en-tête", (p) =>
    `La structure du fichier est incorrecte : en ligne ${p.ligne} : il y a ${p.n} champs au lieu des ${p.m} champs attendus`),
  "FEC-010": regle<{ ligne: number }>("alerte", "TCD", "Ligne vide", (p) => `La structure du fichier est incorrecte, la ligne ${p.ligne} est vide`),
  "FEC-011": regle<{ champ: string; ligne: number }>("erreur", "TCD/TXT", "Champs obligatoires non vides", (p) =>
    `Le champ ${court(p.champ)} ne contient aucune valeur : en ligne ${p.ligne}`),
  "FEC-012": regle<{ valeur: string; ligne: number }>("alerte", "TCD", "CompteNum commence par 3 chiffres", (p) =>
    `Le numéro de compte doit commencer par trois chiffres : ${court(p.valeur)} (ligne ${p.ligne})`),
  "FEC-013": regle<{ valeur: string }>("alerte", "BP", "CompteNum rattachable au PCG (classes 1 à 7 ; 8 toléré)", (p) =>
    `Compte ${court(p.valeur)} absent du plan comptable général`),
  "FEC-014": regle<{ champ: string; valeur: string; ligne: number }>("erreur", "TCD/TXT", "Dates au format AAAAMMJJ et calendaires", (p) =>
    `Le champ ${court(p.champ)} n'est pas au bon format : date AAAAMMJJ attendue : ${court(p.valeur)} (ligne ${p.ligne})`),
  "FEC-015": regle<{ champ: string; valeur: string }>("alerte", "TCD", "Année entre 1900 et 2099", (p) =>
    `Le champ ${court(p.champ)} contient une date en dehors de la période : ${court(p.valeur)}`),
  "FEC-016": regle<{ valeur: string; ligne: number; debut: string; fin: string }>("erreur", "BP", "EcritureDate dans l'exercice", (p) =>
    `Date d'écriture hors exercice : ${court(p.valeur)} (ligne ${p.ligne}) ; exercice du ${p.debut} au ${p.fin}`),
  "FEC-017": regle<{ ligne: number; cas: "anterieure" | "future"; jour?: string }>("alerte", "BP", "ValidDate ≥ EcritureDate et ≤ date de génération", (p) =>
    p.cas === "anterieure"
      ? `Date de validation antérieure à la date d'écriture (ligne ${p.ligne})`
      : `Date de validation postérieure à la date de génération du fichier, le ${p.jour} (ligne ${p.ligne})`),
  "FEC-018": regle<{ champ: string; valeur: string; detail?: string }>("erreur", "TCD", "Montants : chiffres et virgule, pas de point", (p) =>
    `Le champ ${court(p.champ)} n'est pas au bon format : séparateur décimal virgule attendu : ${court(p.valeur)}${p.detail ? ` (${p.detail})` : ""}`),
  "FEC-019": regle<{ champ: string; valeur: string }>("erreur", "TCD", "Pas de séparateur de milliers", (p) =>
    `Le champ ${court(p.champ)} n'est pas au bon format : nombre sans séparateur de milliers attendu : ${court(p.valeur)}`),
  "FEC-020": regle<{ valeur: string }>("alerte", "BP", "Au plus 2 décimales pour Debit/Credit", (p) =>
    `Montant avec plus de deux décimales : ${court(p.valeur)} (arrondi au centime pour les totaux)`),
  "FEC-021": regle<{ ligne: number } | { ligne: number; champ: string; valeur: string; lu: string }>(
    "alerte",
    "TCD",
    "Sur une ligne, exactement un de Debit/Credit non nul",
    (p) =>
      "champ" in p
        ? `Montant négatif dans le champ ${court(p.champ)} : ${court(p.valeur)}, lu comme ${p.lu} (ligne ${p.ligne})`
        : `Débit et crédit renseignés sur une même ligne, ou débit = crédit = 0 (ligne ${p.ligne})`,
  ),
  "FEC-022": regle<{ ligne: number; valeur: string }>("erreur", "TCD", "Variante : Sens ∈ {D, C, +1, -1}", (p) =>
    `Code D/C mal renseigné à la ligne ${p.ligne} : ${court(p.valeur)}`),
  "FEC-023": regle<{ num: string; d: string; c: string }>("erreur", "TXT/BP", "Chaque écriture équilibrée au centime", (p) =>
    `Écriture ${court(p.num)} déséquilibrée : débit ${p.d} / crédit ${p.c}`),
  "FEC-024": regle<{ d: string; c: string }>("erreur", "BP", "Total général Σ D = Σ C", (p) => `Fichier déséquilibré : total débit ${p.d} / total crédit ${p.c}`),
  "FEC-025": regle<{ num: string; champ: string }>("alerte", "BP", "Cohérence intra-écriture (date, pièce, validation)", (p) =>
    `Écriture ${court(p.num)} : ${court(p.champ)} varie entre ses lignes`),
  "FEC-026": regle<{ attendu: string; trouve: string } | { num: string; detail: string }>("alerte", "TXT", "EcritureNum : séquence continue, sans doublon", (p) =>
    "attendu" in p ? `Rupture de séquence : numéro ${court(p.attendu)} manquant avant ${court(p.trouve)}` : `Numéro d'écriture ${court(p.num)} en double : ${p.detail}`),
  "FEC-027": regle<{ num: string }>("alerte", "TXT/BP", "Ordre chronologique dans l'ordre des numéros", (p) => `Écriture ${court(p.num)} non chronologique`),
  "FEC-028": regle<{ detail: string }>("alerte", "BP", "À-nouveaux en tête, datés du 1er jour, classes 1 à 5", (p) =>
    `Écriture d'à-nouveaux mal placée ou sur un compte de gestion : ${p.detail}`),
  "FEC-029": regle<{ ligne: number }>("alerte", "BP", "CompAuxNum et CompAuxLib renseignés ensemble", (p) =>
    `Compte auxiliaire sans libellé (ou l'inverse) (ligne ${p.ligne})`),
  "FEC-030": regle<{ ligne: number; inverse?: boolean }>("alerte", "BP", "EcritureLet ⇔ DateLet", (p) =>
    p.inverse ? `Date de lettrage sans lettrage (ligne ${p.ligne})` : `Lettrage sans date de lettrage (ligne ${p.ligne})`),
  "FEC-031": regle<{ ligne: number; detail: string }>("alerte", "BP", "Montantdevise ⇔ Idevise (ISO 4217)", (p) => `Devise incomplète (ligne ${p.ligne}) : ${p.detail}`),
  "FEC-032": regle<{ genre: string; cle: string; a: string; b: string }>("info", "BP", "Un même compte a partout le même libellé", (p) =>
    `Libellés différents pour le ${p.genre} ${court(p.cle)} : « ${court(p.a)} » et « ${court(p.b)} »`),
  "FEC-033": regle<{ ligne: number }>("info", "TCD", "Caractères de contrôle, espace insécable", (p) => `Caractère non imprimable remplacé (ligne ${p.ligne})`),
  "FEC-034": regle<{ code: string; compte: string; solde: string }>("alerte", "BP", "Lettrage total équilibré par compte", (p) =>
    `Lettrage ${court(p.code)} déséquilibré sur le compte ${court(p.compte)} (écart ${p.solde})`),
} as const;

export type IdRegle = keyof typeof REGLES_FEC;
export type ParametresRegle<K extends IdRegle> = Parameters<(typeof REGLES_FEC)[K]["message"]>[0];

/** Les règles dans l'ordre de la table, pour la documentation et le volet. */
export const LISTE_REGLES_FEC = (Object.keys(REGLES_FEC) as IdRegle[]).map((id) => ({ id, ...REGLES_FEC[id] }));
