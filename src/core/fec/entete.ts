/**
 * La ligne d'en-tête d'un FEC : séparateur (tabulation ou |), noms des champs repérés sans casse ni espaces,
 * variante Montant/Sens, champs en trop, séparateur final (comptabilite.md § 2.2, règles FEC-005 à FEC-008).
 * Les colonnes sont repérées par leur nom, pas par leur position (exports-pgi.md § 1).
 */
import type { Constats } from "./constats";
import { C, CHAMPS_FEC, CHAMPS_FEC_MONTANT_SENS, lireDateFec, type NomChampFec } from "./valeurs";

export type SeparateurFec = "\t" | "|" | ";";

export interface FormatFec {
  /** Faux si la première ligne n'a rien d'un FEC : rien ne peut être lu. */
  estFec: boolean;
  /** Les champs indispensables à une ligne d'écriture sont présents (journal, numéro, date, compte, montants). */
  complet: boolean;
  separateur: SeparateurFec;
  variante: "debit-credit" | "montant-sens";
  /** Pour chacun des 18 champs dans l'ordre officiel (Montant/Sens à la place de Debit/Credit), sa colonne, ou −1. */
  colonnes: number[];
  /** Nombre de champs attendus sur chaque ligne (celui de l'en-tête, sans le séparateur final). */
  nombreChamps: number;
  /** L'en-tête se termine par un séparateur : les lignes peuvent en avoir un aussi. */
  separateurFinal: boolean;
  /** La première ligne est déjà une écriture (pas d'en-tête) : elle est lue comme les autres. */
  sansEntete: boolean;
  /** Les noms de l'en-tête, tels qu'ils sont écrits. */
  noms: string[];
}

const cleNom = (s: string): string => s.replace(/[\s\u00a0\ufeff"]/g, "").toLowerCase();

const CONNUS = new Map<string, NomChampFec>([...CHAMPS_FEC, "Montant", "Sens"].map((n) => [cleNom(n), n as NomChampFec]));

/** Nombre de noms de champs FEC reconnus dans une liste. */
const reconnus = (noms: string[]): number => noms.filter((n) => CONNUS.has(cleNom(n))).length;

function formatVide(separateur: SeparateurFec): FormatFec {
  return {
    estFec: false,
    complet: false,
    separateur,
    variante: "debit-credit",
    colonnes: CHAMPS_FEC.map(() => -1),
    nombreChamps: 0,
    separateurFinal: false,
    sansEntete: false,
    noms: [],
  };
}

/** Analyse la 1re ligne d'un fichier (BOM retiré ici s'il reste) et signale FEC-005 à FEC-008. */
export function analyserEntete(brut: string, constats: Constats): FormatFec {
  const texte = brut.charCodeAt(0) === 0xfeff ? brut.slice(1) : brut;
  let separateur: SeparateurFec;
  if (texte.includes("\t")) separateur = "\t";
  else if (texte.includes("|")) separateur = "|";
  else {
    // Un FEC au point-virgule (souvent réenregistré par un tableur) : signalé, puis lu quand même.
    if (texte.includes(";") && reconnus(texte.split(";")) >= 3) {
      constats.signaler("FEC-005", 1, { detail: "point-virgule trouvé ; le fichier est lu quand même" });
      separateur = ";";
    } else {
      constats.signaler("FEC-006", 1, { cas: "pas-fec" });
      return formatVide("\t");
    }
  }

  let noms = texte.split(separateur).map((n) => n.trim());
  if (reconnus(noms) < 3) {
    // Pas d'en-tête mais une écriture : 18 champs, une date AAAAMMJJ en 4e position.
    const sansFinal = noms.length === 19 && noms[18] === "" ? noms.slice(0, 18) : noms;
    if (sansFinal.length === 18 && lireDateFec(sansFinal[3]) > 0) {
      constats.signaler("FEC-006", 1, { cas: "sans-entete" });
      return { ...formatVide(separateur), estFec: true, complet: true, colonnes: CHAMPS_FEC.map((_, i) => i), nombreChamps: 18, separateurFinal: noms.length === 19, sansEntete: true, noms: [...CHAMPS_FEC] };
    }
    constats.signaler("FEC-006", 1, { cas: "pas-fec" });
    return formatVide(separateur);
  }

  const separateurFinal = noms.length > 1 && noms[noms.length - 1] === "";
  if (separateurFinal) {
    constats.signaler("FEC-008", 1, undefined);
    noms = noms.slice(0, -1);
  }
  const cles = noms.map(cleNom);
  const variante = !cles.includes("debit") && !cles.includes("credit") && cles.includes("montant") && cles.includes("sens") ? "montant-sens" : "debit-credit";
  const attendus = variante === "montant-sens" ? CHAMPS_FEC_MONTANT_SENS : CHAMPS_FEC;
  const colonnes = attendus.map((nom) => cles.indexOf(cleNom(nom)));

  attendus.forEach((nom, i) => {
    if (colonnes[i] === -1) constats.signaler("FEC-006", 1, { champ: nom, cas: "absent" });
  });
  // Ordre : chaque champ présent doit suivre le précédent présent (un champ absent ne décale pas tous les autres).
  let precedente = -1;
  attendus.forEach((nom, i) => {
    const col = colonnes[i];
    if (col === -1) return;
    if (col < precedente) constats.signaler("FEC-006", 1, { champ: nom, cas: "place", colonne: col + 1, attendue: i + 1 });
    precedente = Math.max(precedente, col);
  });
  const utilisees = new Set(colonnes);
  noms.forEach((nom, i) => {
    if (!utilisees.has(i)) constats.signaler("FEC-007", 1, { champ: nom === "" ? `(colonne ${i + 1} sans nom)` : nom });
  });

  const complet = [C.JournalCode, C.EcritureNum, C.EcritureDate, C.CompteNum, C.Debit, C.Credit].every((i) => colonnes[i] >= 0);
  return { estFec: true, complet, separateur, variante, colonnes, nombreChamps: noms.length, separateurFinal, sansEntete: false, noms };
}
