/**
 * Lecture des nombres saisis par les utilisateurs : « 1 234,56 », « 1234.56 », « 12,00 € », « 20 % », « 0,2 », « (12,00) ».
 * Une seule règle pour tout le produit ; l'erreur nomme la valeur fautive et le champ.
 */
import type Decimal from "decimal.js";
import { Dec } from "./argent";
import { erreurNombre, erreurValeur } from "./erreurs";

/** Ce qu'un hôte peut passer pour une cellule : nombre, texte, booléen ou vide. */
export type ValeurCellule = number | string | boolean | null | undefined;

/** Une valeur est vide : cellule sans contenu, texte blanc, argument omis. */
export function estVide(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const ESPACES = /[\s\u00a0\u202f\u2009']/g;

function decrire(v: unknown): string {
  if (typeof v === "string") return `« ${v.length > 40 ? v.slice(0, 40) + "…" : v} »`;
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  if (typeof v === "number") return String(v).replace(".", ",");
  return String(v);
}

/** Un nombre venu d'une cellule : on garde les 15 chiffres significatifs d'Excel (0,1+0,2 → 0,3 ; 1,005 reste 1,005). */
export function depuisFlottant(n: number): Decimal {
  return new Dec(n.toPrecision(15));
}

interface Lecture {
  valeur: Decimal;
  pourcent: boolean;
}

/** Analyse un texte numérique français ou anglais. Renvoie undefined si ce n'est pas un nombre. */
export function analyserTexteNombre(brut: string): Lecture | undefined {
  let s = brut.trim().replace(/[\u2212\u2013]/g, "-");
  let negatif = false;
  if (/^\(.*\)$/.test(s)) {
    negatif = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/€|\bEUR\b|\beuros?\b/gi, "").trim();
  let pourcent = false;
  if (s.endsWith("%")) {
    pourcent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(ESPACES, "");
  if (s.startsWith("+")) s = s.slice(1);
  if (s.startsWith("-")) {
    negatif = !negatif;
    s = s.slice(1);
  }
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return undefined;
  const virgules = (s.match(/,/g) ?? []).length;
  const points = (s.match(/\./g) ?? []).length;
  if (virgules > 0 && points > 0) {
    // Le dernier séparateur est le séparateur décimal : « 1.234,56 » ou « 1,234.56 ».
    const decimalEstVirgule = s.lastIndexOf(",") > s.lastIndexOf(".");
    const milliers = decimalEstVirgule ? "." : ",";
    const decimal = decimalEstVirgule ? "," : ".";
    if (s.split(decimal).length !== 2) return undefined;
    const [partieEntiere, partieDecimale] = s.split(decimal);
    if (!/^\d{1,3}([.,]\d{3})*$/.test(partieEntiere) || partieEntiere.includes(decimal)) return undefined;
    s = partieEntiere.split(milliers).join("") + "." + partieDecimale;
  } else if (virgules > 1 || points > 1) {
    // « 1.234.567 » : séparateurs de milliers seulement.
    const sep = virgules > 1 ? "," : ".";
    if (!new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) return undefined;
    s = s.split(sep).join("");
  } else {
    s = s.replace(",", ".");
  }
  if (s.startsWith(".") || s.endsWith(".")) return undefined;
  let valeur = new Dec(s);
  if (negatif) valeur = valeur.neg();
  if (pourcent) valeur = valeur.div(100);
  return { valeur, pourcent };
}

/** Lit un nombre (montant, quantité…) ; `champ` nomme l'argument ou la colonne dans le message d'erreur. */
export function lireNombre(v: ValeurCellule | unknown, champ: string): Decimal {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw erreurValeur(`${champ} : la valeur ${v} n'est pas un nombre fini.`);
    return depuisFlottant(v);
  }
  if (estVide(v)) throw erreurValeur(`${champ} : la valeur est vide, un nombre est attendu.`);
  if (typeof v === "string") {
    const lu = analyserTexteNombre(v);
    if (lu) return lu.valeur;
  }
  throw erreurValeur(`${champ} : ${decrire(v)} n'est pas un nombre (exemples acceptés : 1 234,56 ; 1234.56 ; 12,00 €).`);
}

/** Montant positif ou nul (un prix, une base). */
export function lireMontantPositif(v: unknown, champ: string): Decimal {
  const d = lireNombre(v, champ);
  if (d.isNeg() && !d.isZero()) throw erreurNombre(`${champ} : le montant ${decrire(v)} est négatif, un montant positif est attendu.`);
  return d;
}

export interface OptionsTaux {
  /**
   * Taux borné à 100 % (TVA, remise, escompte, taux de marque…) : un nombre supérieur à 1 est lu comme un pourcentage
   * (20 → 20 %). Un taux non borné (taux de marge) se lit toujours comme une fraction : 1,5 = 150 %.
   */
  borne: boolean;
  /** Autoriser exactement 100 % ? (vrai par défaut). */
  centAutorise?: boolean;
}

/** Lit un taux et le rend en fraction : « 20 % », 0,2 et 20 (taux borné) donnent 0,2. */
export function lireTaux(v: unknown, champ: string, options: OptionsTaux = { borne: true }): Decimal {
  let t: Decimal;
  if (typeof v === "string" && !estVide(v)) {
    const lu = analyserTexteNombre(v);
    if (!lu) throw erreurValeur(`${champ} : ${decrire(v)} n'est pas un taux (exemples acceptés : 20 % ; 0,2 ; 20).`);
    t = lu.pourcent || !options.borne || lu.valeur.lte(1) ? lu.valeur : lu.valeur.div(100);
  } else {
    if (typeof v !== "number" && !estVide(v)) {
      throw erreurValeur(`${champ} : ${decrire(v)} n'est pas un taux (exemples acceptés : 20 % ; 0,2 ; 20).`);
    }
    const d = lireNombre(v, champ);
    t = options.borne && d.gt(1) ? d.div(100) : d;
  }
  if (t.isNeg() && !t.isZero()) throw erreurNombre(`${champ} : le taux ${decrire(v)} est négatif.`);
  if (options.borne && (t.gt(1) || (options.centAutorise === false && t.eq(1)))) {
    throw erreurNombre(`${champ} : le taux ${decrire(v)} dépasse ${options.centAutorise === false ? "ou atteint " : ""}100 %.`);
  }
  return t;
}

/** Lit un nombre entier (une durée en années, un rang, un nombre de jours). */
export function lireEntier(v: unknown, champ: string, min = Number.MIN_SAFE_INTEGER): number {
  const d = lireNombre(v, champ);
  if (!d.isInteger()) throw erreurValeur(`${champ} : ${decrire(v)} n'est pas un nombre entier.`);
  const n = d.toNumber();
  if (n < min) throw erreurNombre(`${champ} : ${n} est trop petit (minimum ${min}).`);
  return n;
}

/** Lit un texte (nature d'un taux, mode d'échéance…). */
export function lireTexte(v: unknown, champ: string): string {
  if (estVide(v)) throw erreurValeur(`${champ} : un texte est attendu, la valeur est vide.`);
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  throw erreurValeur(`${champ} : ${decrire(v)} n'est pas un texte.`);
}

/** Texte en minuscules sans accents ni espaces superflus, pour comparer des mots-clés. */
export function normaliserMotCle(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f_-]+/g, " ")
    .trim();
}

/**
 * Les cellules d'une plage lues comme nombres, ligne par ligne (undefined pour une cellule vide) ; une valeur
 * illisible (ou négative si `positifs`) nomme sa cellule : « prix, ligne 2, colonne 1 : … ».
 */
export function lireNombresPlage(plage: readonly (readonly ValeurCellule[])[], champ: string, options: { positifs?: boolean } = {}): (Decimal | undefined)[] {
  const uneCellule = plage.length === 1 && plage[0].length === 1;
  return plage.flatMap((ligne, i) =>
    ligne.map((v, j) => {
      if (estVide(v)) return undefined;
      const ou = uneCellule ? champ : `${champ}, ligne ${i + 1}, colonne ${j + 1}`;
      return options.positifs ? lireMontantPositif(v, ou) : lireNombre(v, ou);
    }),
  );
}
