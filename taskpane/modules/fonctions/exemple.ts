/**
 * Lecture de la formule d'exemple d'une fonction (« =AGORA.TTC(100;20%) ») pour pré-remplir l'essai :
 * seuls les littéraux (nombres, textes entre guillemets, VRAI/FAUX) donnent une valeur ;
 * une référence (A1:B3) ou un appel imbriqué ne peuvent pas être essayés tels quels.
 */
import type { EntreeCatalogue } from "../../../src/fonctions/catalogue";

export interface ArgumentExemple {
  /** Le texte de l'argument dans la formule. */
  source: string;
  /** La valeur à saisir, si l'argument est un littéral. */
  valeur?: string;
}

/** Découpe les arguments au niveau 0 (hors parenthèses, accolades et chaînes) sur « ; ». */
function decouper(liste: string): string[] | undefined {
  const morceaux: string[] = [];
  let courant = "";
  let profondeur = 0;
  let chaine = false;
  for (let i = 0; i < liste.length; i++) {
    const c = liste[i];
    if (chaine) {
      courant += c;
      if (c === '"' && liste[i + 1] === '"') courant += liste[++i];
      else if (c === '"') chaine = false;
      continue;
    }
    if (c === '"') chaine = true;
    else if (c === "(" || c === "{") profondeur++;
    else if (c === ")" || c === "}") profondeur--;
    if (profondeur < 0) return undefined;
    if (c === ";" && profondeur === 0) {
      morceaux.push(courant.trim());
      courant = "";
    } else courant += c;
  }
  if (chaine || profondeur !== 0) return undefined;
  morceaux.push(courant.trim());
  return morceaux;
}

function litteral(source: string): string | undefined {
  const texte = /^"((?:[^"]|"")*)"$/.exec(source);
  if (texte) return texte[1].replace(/""/g, '"');
  if (/^[-+]?\d+(,\d+)?(E[-+]?\d+)?\s?%?$/i.test(source)) return source;
  if (/^(VRAI|FAUX)$/i.test(source)) return source.toUpperCase();
  if (source === "") return "";
  return undefined;
}

/** Nom et arguments d'un appel « =NOM(a;b;c) » en écriture française, ou undefined si ce n'en est pas un. */
export function lireAppel(formule: string): { nom: string; arguments: ArgumentExemple[] } | undefined {
  const m = /^=?\s*([\p{L}_][\p{L}\p{N}_.]*)\s*\(([\s\S]*)\)\s*$/u.exec(formule.trim());
  if (!m) return undefined;
  const morceaux = m[2].trim() === "" ? [] : decouper(m[2]);
  if (!morceaux) return undefined;
  return {
    nom: m[1],
    arguments: morceaux.map((source) => {
      const valeur = litteral(source);
      return valeur === undefined ? { source } : { source, valeur };
    }),
  };
}

export type ArgumentCatalogue = EntreeCatalogue["arguments"][number];

export interface ChampEssai {
  /** Clé stable du champ : « taux », « arguments 2 ». */
  cle: string;
  argument: ArgumentCatalogue;
  /** Rang dans la liste des arguments répétés (0 pour un argument simple). */
  rang: number;
  /** Valeur pré-remplie depuis l'exemple. */
  valeur: string;
}

export interface Essai {
  champs: ChampEssai[];
  /** Pourquoi la fonction ne peut pas être essayée dans le volet (un argument obligatoire est une plage). */
  impossible?: string;
}

/** Les champs de l'essai d'une fonction, pré-remplis avec les littéraux de son exemple. */
export function preparerEssai(entree: EntreeCatalogue): Essai {
  const plage = entree.arguments.find((a) => a.nature === "plage" && !a.facultatif);
  if (plage) {
    return {
      champs: [],
      impossible: `${entree.nom} lit une plage de cellules (argument ${plage.nom}) : essayez-la directement dans la feuille.`,
    };
  }
  const exemple = entree.exemple ? lireAppel(entree.exemple)?.arguments ?? [] : [];
  const champs: ChampEssai[] = [];
  entree.arguments.forEach((argument, i) => {
    if (argument.nature === "plage") return;
    if (argument.repete) {
      const restes = exemple.slice(i);
      const n = Math.max(restes.length, 1);
      for (let r = 0; r < n; r++) {
        champs.push({ cle: `${argument.nom} ${r + 1}`, argument, rang: r, valeur: restes[r]?.valeur ?? "" });
      }
      return;
    }
    champs.push({ cle: argument.nom, argument, rang: 0, valeur: exemple[i]?.valeur ?? "" });
  });
  return { champs };
}

/** Un champ de plus pour l'argument répété (bouton « Ajouter une valeur »). */
export function ajouterChamp(champs: readonly ChampEssai[], argument: ArgumentCatalogue): ChampEssai[] {
  const rang = champs.filter((c) => c.argument.nom === argument.nom).length;
  return [...champs, { cle: `${argument.nom} ${rang + 1}`, argument, rang, valeur: "" }];
}

/**
 * Les valeurs brutes à passer à `expliquer`, dans l'ordre des arguments : un champ vide est un argument omis ;
 * les valeurs répétées vides sont ignorées ; une plage facultative est omise.
 */
export function valeursEssai(entree: EntreeCatalogue, champs: readonly ChampEssai[]): (string | undefined)[] {
  const bruts: (string | undefined)[] = [];
  for (const argument of entree.arguments) {
    const siens = champs.filter((c) => c.argument.nom === argument.nom);
    if (argument.repete) {
      bruts.push(...siens.map((c) => c.valeur).filter((v) => v.trim() !== ""));
      continue;
    }
    const v = siens[0]?.valeur;
    bruts.push(v === undefined || v.trim() === "" ? undefined : v);
  }
  while (bruts.length > 0 && bruts[bruts.length - 1] === undefined) bruts.pop();
  return bruts;
}
