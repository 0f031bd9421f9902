/**
 * Références structurées d'Excel (« TabVentes[Montant] », « [@Quantité] », « TabVentes[[#Headers],[Prix HT]] »)
 * traduites en références A1 absolues pour HyperFormula, qui ne connaît pas les tableaux.
 * La formule d'origine reste celle que lit le port et qu'écrit le fichier .xlsx.
 */
import { erreurValeur } from "../../core/erreurs";
import type { Position, Rectangle } from "../adresses";
import { horsChaines } from "../formules";
import { referenceAbsolue } from "./plages";

/** Ce qu'il faut savoir d'un tableau pour résoudre ses références. */
export interface TableReperee {
  nom: string;
  feuille: string;
  /** Cellule de la ligne d'en-têtes, première colonne. */
  debut: Position;
  colonnes: readonly string[];
  /** Nombre de lignes de données (sans l'en-tête). */
  lignes: number;
}

export interface Ici {
  feuille: string;
  position: Position;
}

type Zone = "donnees" | "entetes" | "tout" | "ligne" | "totaux";

const SPECIAUX: Record<string, Zone> = {
  "#all": "tout", "#tout": "tout", "#data": "donnees", "#données": "donnees", "#donnees": "donnees",
  "#headers": "entetes", "#en-têtes": "entetes", "#en-tetes": "entetes", "#totals": "totaux", "#totaux": "totaux",
  "#this row": "ligne", "#cette ligne": "ligne",
};

/** Fin du crochet ouvert en `debut` (les apostrophes échappent le caractère suivant). */
function finCrochet(texte: string, debut: number): number {
  let profondeur = 0;
  for (let i = debut; i < texte.length; i++) {
    const c = texte[i];
    if (c === "'") i++;
    else if (c === "[") profondeur++;
    else if (c === "]" && --profondeur === 0) return i;
  }
  return -1;
}

function sansEchappement(s: string): string {
  return s.replace(/'(.)/g, "$1").trim();
}

/** Découpe l'intérieur « [#Headers],[Col] » ou « [Col1]:[Col2] » en éléments ; « Col » seul ou « @Col ». */
function elements(dedans: string): { zone?: Zone; colonnes: string[] } {
  let zone: Zone | undefined;
  const colonnes: string[] = [];
  let texte = dedans.trim();
  if (texte.startsWith("@")) {
    zone = "ligne";
    texte = texte.slice(1).trim();
  }
  if (!texte.startsWith("[")) {
    if (texte) {
      const special = SPECIAUX[texte.toLowerCase()];
      if (special) zone = special;
      else colonnes.push(sansEchappement(texte));
    }
    return { zone, colonnes };
  }
  let i = 0;
  while (i < texte.length) {
    if (texte[i] !== "[") {
      i++;
      continue;
    }
    const fin = finCrochet(texte, i);
    if (fin < 0) break;
    const element = sansEchappement(texte.slice(i + 1, fin));
    const special = SPECIAUX[element.toLowerCase()];
    if (special) zone = special;
    else colonnes.push(element);
    i = fin + 1;
  }
  return { zone, colonnes };
}

function rectangle(table: TableReperee, zone: Zone, colonnes: string[], ici: Ici): Rectangle {
  const indices = colonnes.map((c) => {
    const k = table.colonnes.findIndex((x) => x.toLowerCase() === c.toLowerCase());
    if (k < 0) throw erreurValeur(`La colonne « ${c} » n'existe pas dans le tableau « ${table.nom} » (colonnes : ${table.colonnes.join(", ")}).`);
    return k;
  });
  const premiere = indices.length ? Math.min(...indices) : 0;
  const derniere = indices.length ? Math.max(...indices) : table.colonnes.length - 1;
  const col = (k: number) => table.debut.colonne + k;
  const entete = table.debut.ligne;
  const donnees = { debut: entete + 1, fin: entete + Math.max(table.lignes, 1) };
  let lignes: { debut: number; fin: number };
  if (zone === "ligne") {
    if (ici.feuille.toLowerCase() !== table.feuille.toLowerCase() || ici.position.ligne < donnees.debut || ici.position.ligne > donnees.fin) {
      throw erreurValeur(`« @ » (cette ligne) du tableau « ${table.nom} » n'a de sens que sur une ligne de ce tableau.`);
    }
    lignes = { debut: ici.position.ligne, fin: ici.position.ligne };
  } else if (zone === "entetes") lignes = { debut: entete, fin: entete };
  else if (zone === "tout") lignes = { debut: entete, fin: donnees.fin };
  else if (zone === "totaux") throw erreurValeur(`Le tableau « ${table.nom} » n'a pas de ligne de totaux dans l'aperçu.`);
  else lignes = donnees;
  return { debut: { ligne: lignes.debut, colonne: col(premiere) }, fin: { ligne: lignes.fin, colonne: col(derniere) } };
}

function tableIci(tables: readonly TableReperee[], ici: Ici): TableReperee | undefined {
  return tables.find(
    (t) =>
      t.feuille.toLowerCase() === ici.feuille.toLowerCase() &&
      ici.position.ligne > t.debut.ligne &&
      ici.position.ligne <= t.debut.ligne + Math.max(t.lignes, 1) &&
      ici.position.colonne >= t.debut.colonne &&
      ici.position.colonne < t.debut.colonne + t.colonnes.length,
  );
}

const NOM_AVANT = /([\p{L}_\\][\p{L}\p{N}_.\\]*)$/u;

/** Remplace les références structurées d'une formule invariante par des références A1 ; inchangée s'il n'y en a pas. */
export function resoudreReferencesStructurees(formule: string, tables: readonly TableReperee[], ici: Ici): string {
  if (!formule.includes("[")) return formule;
  horsChaines(formule, (morceau) => {
    for (let i = morceau.indexOf("["); i >= 0; i = morceau.indexOf("[", finCrochet(morceau, i) + 1)) {
      if (finCrochet(morceau, i) < 0) throw erreurValeur(`Crochet « [ » sans « ] » dans la formule ${formule}.`);
    }
    return morceau;
  });
  return parCrochet(formule, (nom, dedans) => {
    let table: TableReperee | undefined;
    if (nom) {
      table = tables.find((t) => t.nom.toLowerCase() === nom.toLowerCase());
      if (!table) throw erreurValeur(`Le tableau « ${nom} » n'existe pas (formule ${formule}).`);
    } else {
      table = tableIci(tables, ici);
      if (!table) throw erreurValeur(`La référence « [${dedans}] » doit être dans un tableau ou nommer son tableau (formule ${formule}).`);
    }
    const { zone, colonnes } = elements(dedans);
    return referenceAbsolue(table.feuille, rectangle(table, zone ?? "donnees", colonnes, ici));
  });
}

/**
 * Remplace chaque crochet d'une formule (hors chaînes) par `remplacer(nom, dedans)` ; `undefined` garde le texte.
 * `nom` : le nom de tableau collé devant le crochet, s'il y en a un.
 */
function parCrochet(formule: string, remplacer: (nom: string | undefined, dedans: string) => string | undefined): string {
  if (!formule.includes("[")) return formule;
  return horsChaines(formule, (morceau) => {
    let sortie = "";
    let i = 0;
    while (i < morceau.length) {
      const ouvre = morceau.indexOf("[", i);
      const fin = ouvre < 0 ? -1 : finCrochet(morceau, ouvre);
      if (ouvre < 0 || fin < 0) {
        sortie += morceau.slice(i);
        break;
      }
      const avant = morceau.slice(i, ouvre);
      const nom = NOM_AVANT.exec(avant)?.[1];
      const nouveau = remplacer(nom, morceau.slice(ouvre + 1, fin));
      sortie += nouveau === undefined ? morceau.slice(i, fin + 1) : (nom ? avant.slice(0, avant.length - nom.length) : avant) + nouveau;
      i = fin + 1;
    }
    return sortie;
  });
}

/**
 * Forme du fichier .xlsx : « @ » n'existe que dans l'interface d'Excel ; le fichier écrit
 * « TabVentes[[#This Row],[Montant HT]] », toujours avec le nom du tableau. `tableIci` : le tableau de la cellule.
 */
export function versFormeFichier(formule: string, tableIci?: string): string {
  return parCrochet(formule, (nom, dedans) => {
    const t = dedans.trim();
    if (!t.startsWith("@")) return undefined;
    const table = nom ?? tableIci;
    if (!table) return undefined;
    const reste = t.slice(1).trim();
    if (!reste) return `${table}[#This Row]`;
    return `${table}[[#This Row],${reste.startsWith("[") ? reste : `[${reste}]`}]`;
  });
}

/** Forme de l'interface (celle d'Office.js `range.formulas`) : « [@[Montant HT]] » dans le tableau, « TabVentes[@Qté] » ailleurs. */
export function depuisFormeFichier(formule: string, tableIci?: string): string {
  return parCrochet(formule, (nom, dedans) => {
    const m = /^\s*\[#this row\]\s*(?:,\s*\[((?:[^\]']|'.)*)\])?\s*$/i.exec(dedans);
    if (!m) return undefined;
    const prefixe = nom && (!tableIci || nom.toLowerCase() !== tableIci.toLowerCase()) ? nom : "";
    if (m[1] === undefined) return `${prefixe}[@]`;
    const colonne = m[1];
    return `${prefixe}[@${/^[\p{L}\p{N}_]+$/u.test(colonne) ? colonne : `[${colonne}]`}]`;
  });
}
