/**
 * Les valeurs d'une extraction de PGI (exports-pgi.md § 7.3 et § 7.4) : montants en centimes exacts quelle que soit
 * leur écriture (« 1 234,56 », « -1234.56 », « (12,00) », « 1.234,56 », « 1234,56- », « 000000000003000,00 »),
 * dates selon un format connu ou déduit des valeurs du fichier. Rien n'est lu en flottant binaire. Le sens D/C se lit
 * comme dans le tableau Journal (lireSens, compta/lecture-ligne.ts).
 */
import { centimesDeNombre, lireCentimes, type Centimes } from "../compta/centimes";
import { jourValide, depuisSerie, type Jour } from "../dates";
import type { FormatDate, ValeurSource } from "./types";

/** Texte d'une valeur source : vide → "", nombre → sa chaîne (un compte 421000 lu comme nombre dans un classeur). */
export function texteSource(v: ValeurSource | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v.trim();
}

/** Texte abrégé pour un message (une valeur énorme ne doit pas noyer la liste des erreurs). */
export function abreger(s: string, max = 40): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, " ");
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

const ESPACES = /[\s\u00a0\u202f\u2009]/g;
const MILLIERS_POINT = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * Montant en centimes ; vide → 0 ; undefined si ce n'est pas un montant à deux décimales au plus.
 * `decimale` : le séparateur décimal du format, quand il est connu (« 1.234 » vaut alors 1 234 si la décimale est « , »).
 */
export function lireMontantSource(v: ValeurSource | undefined, decimale?: "," | "."): Centimes | undefined {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return centimesDeNombre(v);
  let s = v.replace(ESPACES, "").replace(/[\u2212\u2013]/g, "-");
  if (s === "") return 0;
  if (s.length > 40) return undefined;
  let negatif = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negatif = true;
    s = s.slice(1, -1);
  }
  // Signe en queue (anciens états) : « 1234,56- ».
  if (/\d-$/.test(s)) {
    negatif = !negatif;
    s = s.slice(0, -1);
  }
  if (decimale === "," && MILLIERS_POINT.test(s)) s = s.replace(/\./g, "");
  const c = lireCentimes(s);
  if (c === undefined || !Number.isSafeInteger(c)) return undefined;
  return negatif ? -c : c;
}

/** Siècle d'une année sur deux chiffres (JJMMAA) : 00 à 69 → 2000 à 2069, 70 à 99 → 1970 à 1999 (règle POSIX). */
export const anneeSurDeuxChiffres = (aa: number): number => (aa < 70 ? 2000 + aa : 1900 + aa);

const FORMES: Record<Exclude<FormatDate, "auto">, RegExp> = {
  "JJ/MM/AAAA": /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
  "MM/JJ/AAAA": /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
  // Dolibarr écrit parfois l'heure : « 2025-01-15 00:00:00 ».
  "AAAA-MM-JJ": /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/,
  AAAAMMJJ: /^(\d{4})(\d{2})(\d{2})$/,
  JJMMAAAA: /^(\d{2})(\d{2})(\d{4})$/,
  JJMMAA: /^(\d{2})(\d{2})(\d{2})$/,
};

/** Année, mois, jour selon le format, ou undefined si le texte n'a pas cette forme. */
function composantes(s: string, format: Exclude<FormatDate, "auto">): [number, number, number] | undefined {
  const m = FORMES[format].exec(s);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  switch (format) {
    case "JJ/MM/AAAA":
    case "JJMMAAAA":
      return [c, b, a];
    case "MM/JJ/AAAA":
      return [c, a, b];
    case "JJMMAA":
      return [anneeSurDeuxChiffres(c), b, a];
    default:
      return [a, b, c];
  }
}

/** Résultat de la lecture d'une date : le jour, ou la raison du refus (message sans la ligne ni la colonne). */
export type LectureDate = Jour | { erreur: string };

/** Exemple d'écriture d'un format, pour les messages. */
const EXEMPLES: Record<Exclude<FormatDate, "auto">, string> = {
  "JJ/MM/AAAA": "31/01/2025",
  "MM/JJ/AAAA": "01/31/2025",
  "AAAA-MM-JJ": "2025-01-31",
  AAAAMMJJ: "20250131",
  JJMMAAAA: "31012025",
  JJMMAA: "310125",
};

/**
 * Lit une date selon un format résolu (pas « auto ») ; un nombre est un numéro de série de classeur (44592 = 31/01/2022).
 * Une date impossible (30 février) est refusée.
 */
export function lireDateSource(v: ValeurSource | undefined, format: Exclude<FormatDate, "auto">): LectureDate {
  // Une date AAAAMMJJ saisie comme nombre dans un classeur (20250115) n'est pas un numéro de série.
  if (typeof v === "number" && Number.isInteger(v) && v >= 10_000_000 && v <= 99_999_999) v = String(v);
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1 && v < 2_958_466 && v !== 60) return depuisSerie(v);
    return { erreur: `${String(v).replace(".", ",")} n'est pas un numéro de date de classeur valide.` };
  }
  const s = texteSource(v);
  if (s === "") return { erreur: "la date est vide." };
  const c = composantes(s, format);
  if (!c) return { erreur: `« ${abreger(s)} » n'est pas une date au format ${format} (par exemple ${EXEMPLES[format]}).` };
  const [annee, mois, jour] = c;
  if (!jourValide(annee, mois, jour)) return { erreur: `la date « ${abreger(s)} » n'existe pas (lue au format ${format}).` };
  return { annee, mois, jour };
}

/** Format de date résolu à partir des valeurs d'une colonne, et s'il a fallu choisir sans certitude. */
export interface FormatDateResolu {
  format: Exclude<FormatDate, "auto">;
  /** Remarque quand le choix n'est pas sûr (JJ/MM ou MM/JJ indiscernables), ou undefined. */
  remarque?: string;
}

/**
 * Déduit le format de date d'un fichier (exports-pgi.md § 7.4) : « AAAA-MM-JJ », « AAAAMMJJ » ou « JJMMAAAA » (selon que
 * les 4 premiers chiffres forment une année plausible), « JJMMAA » ; « JJ/MM/AAAA » ou « MM/JJ/AAAA » selon les valeurs
 * (un premier nombre > 12 tranche pour JJ/MM, un second > 12 pour MM/JJ). Sans indice, JJ/MM/AAAA (usage français) avec
 * une remarque. `prefere` : le format par défaut du logiciel d'origine, retenu s'il convient à toutes les valeurs.
 */
export function resoudreFormatDate(valeurs: Iterable<ValeurSource | undefined>, prefere?: Exclude<FormatDate, "auto">): FormatDateResolu {
  let jourPremier = false;
  let moisPremier = false;
  let barres = false;
  let iso = 0;
  let huitAnneeDebut = 0;
  let huitAnneeFin = 0;
  let six = 0;
  let textes = 0;
  for (const v of valeurs) {
    if (typeof v !== "string") continue;
    const s = v.trim();
    if (s === "") continue;
    textes++;
    if (prefere && composantes(s, prefere)) continue;
    let m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/.exec(s);
    if (m) {
      barres = true;
      if (Number(m[1]) > 12) jourPremier = true;
      if (Number(m[2]) > 12) moisPremier = true;
      continue;
    }
    if (FORMES["AAAA-MM-JJ"].test(s)) iso++;
    else if ((m = /^(\d{8})$/.exec(s))) {
      const debut = Number(s.slice(0, 4));
      if (debut >= 1900 && debut <= 2099 && Number(s.slice(4, 6)) <= 12) huitAnneeDebut++;
      else huitAnneeFin++;
    } else if (/^\d{6}$/.test(s)) six++;
  }
  if (prefere && textes === 0) return { format: prefere };
  const formes: [Exclude<FormatDate, "auto">, number][] = [
    ["AAAA-MM-JJ", iso],
    ["AAAAMMJJ", huitAnneeFin === 0 ? huitAnneeDebut : 0],
    ["JJMMAAAA", huitAnneeFin],
    ["JJMMAA", six],
  ];
  if (barres) {
    if (moisPremier && !jourPremier) return { format: "MM/JJ/AAAA", remarque: "dates lues au format MM/JJ/AAAA (mois en premier), d'après les valeurs du fichier." };
    if (!jourPremier && !moisPremier) {
      return { format: "JJ/MM/AAAA", remarque: "dates lues au format JJ/MM/AAAA : aucune valeur ne permet d'exclure MM/JJ/AAAA (précisez le format de date dans la correspondance si le fichier vient d'un logiciel anglo-saxon)." };
    }
    return { format: "JJ/MM/AAAA" };
  }
  const meilleure = formes.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (meilleure[1] > 0) return { format: meilleure[0] };
  return { format: prefere ?? "JJ/MM/AAAA" };
}
