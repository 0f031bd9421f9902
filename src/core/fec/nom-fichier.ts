/**
 * Le nom d'un FEC : `<SIREN>FEC<AAAAMMJJ>.txt`, date de clôture de l'exercice (comptabilite.md § 2.1),
 * règles FEC-001 à FEC-003 ; exercice déduit du nom quand il n'est pas donné (les 12 mois qui finissent à la clôture).
 */
import { ajouterJours, ajouterMois, comparerJours, finDeMois, jourFr, type Jour } from "../dates";
import type { Exercice } from "../compta/valider";
import type { Constats } from "./constats";
import { dateFec, jourDepuisEntier, lireDateFec } from "./valeurs";

/** L'exercice est celui du journal (compta/valider.ts) : un seul type pour tout le produit. */
export type { Exercice };

export interface NomFec {
  siren: string;
  cloture: Jour;
  /** Le nom est exactement SirenFECAAAAMMJJ(.ext) ; faux s'il a un préfixe ou un suffixe. */
  exact: boolean;
}

/** Nom du fichier à écrire : « 123456782FEC20251231.txt ». */
export const nomFichierFec = (siren: string, cloture: Jour): string => `${siren}FEC${dateFec(cloture)}.txt`;

/** Le nom sans les dossiers (séparateurs / et \). */
export const nomSansDossier = (chemin: string): string => chemin.slice(Math.max(chemin.lastIndexOf("/"), chemin.lastIndexOf("\\")) + 1);

/** Lit SIREN et date de clôture dans un nom de fichier ; undefined si le motif SirenFECAAAAMMJJ n'y est pas. */
export function analyserNomFichier(chemin: string): NomFec | undefined {
  const nom = nomSansDossier(chemin);
  const m = /(\d{9})FEC(\d{8})/.exec(nom);
  if (!m) return undefined;
  const date = lireDateFec(m[2]);
  if (date < 0) return undefined;
  const exact = m.index === 0 && /^(\.[A-Za-z0-9]+)?$/.test(nom.slice(m[0].length));
  return { siren: m[1], cloture: jourDepuisEntier(date), exact };
}

/** Clé de Luhn du SIREN (9 chiffres). */
export function sirenValide(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  let somme = 0;
  for (let i = 0; i < 9; i++) {
    let c = siren.charCodeAt(8 - i) - 48;
    if (i % 2 === 1) {
      c *= 2;
      if (c > 9) c -= 9;
    }
    somme += c;
  }
  return somme % 10 === 0;
}

/**
 * Exercice de 12 mois qui finit à la clôture : du lendemain de la même date un an plus tôt
 * (clôture en fin de mois : du 1er du mois suivant, 28/02/2025 → 01/03/2024).
 */
export function exerciceDepuisCloture(cloture: Jour): Exercice {
  const an = ajouterMois(cloture, -12);
  const finMois = finDeMois(cloture).jour === cloture.jour;
  return { debut: ajouterJours(finMois ? finDeMois(an) : an, 1), fin: cloture };
}

/** Règles FEC-001 à FEC-003 ; rend le SIREN et la clôture lus dans le nom, s'il y en a. */
export function controlerNomFichier(chemin: string, options: { siren?: string; exercice?: Exercice }, constats: Constats): NomFec | undefined {
  const nom = nomSansDossier(chemin);
  const lu = analyserNomFichier(nom);
  if (!lu) {
    const motif = /(\d{9})FEC(\d{8})/.exec(nom);
    constats.signaler("FEC-001", 0, { nom, detail: motif ? `: la date ${motif[2]} n'existe pas` : undefined });
    return undefined;
  }
  if (!lu.exact) constats.signaler("FEC-001", 0, { nom, detail: `: le nom contient ${lu.siren}FEC${dateFec(lu.cloture)} avec d'autres caractères ; SIREN et clôture lus quand même` }, "alerte");
  if (!sirenValide(lu.siren)) constats.signaler("FEC-002", 0, { siren: lu.siren, detail: "la clé de contrôle (Luhn) est fausse" });
  else if (options.siren !== undefined && options.siren.replace(/\s/g, "") !== lu.siren) {
    constats.signaler("FEC-002", 0, { siren: lu.siren, detail: `le SIREN attendu est ${options.siren}` });
  }
  if (options.exercice && comparerJours(options.exercice.fin, lu.cloture) !== 0) {
    constats.signaler("FEC-003", 0, { date: jourFr(lu.cloture), cloture: jourFr(options.exercice.fin) });
  }
  return lu;
}
