/**
 * Exécution d'un descripteur sur des valeurs brutes venues d'un hôte (Excel, HyperFormula, CLI) :
 * lecture des arguments, calcul, conversion du résultat ; toute erreur devient une ErreurAgora.
 */
import type Decimal from "decimal.js";
import { Dec, enFrancais, montantFr, tauxFr, versNombre } from "../core/argent";
import { jourFr, versSerie, type Jour } from "../core/dates";
import { ErreurAgora, erreurValeur, versErreurAgora } from "../core/erreurs";
import { TRACE_MUETTE, TraceEnregistree, type Trace } from "../core/trace";
import type { CelluleResultat, Fonction, FormatResultat, Resultat } from "./dsl";

export type ScalaireHote = number | string | boolean;
export type ValeurHote = ScalaireHote | ScalaireHote[][];

export type Issue = { ok: true; valeur: ValeurHote; resultat: Resultat } | { ok: false; erreur: ErreurAgora };

function estMatrice(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((ligne) => Array.isArray(ligne));
}

/** Une valeur seule attendue : une plage d'une seule cellule est acceptée. */
function scalaire(v: unknown, champ: string): unknown {
  if (!estMatrice(v)) return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  throw erreurValeur(`${champ} : une seule valeur est attendue, pas une plage de ${v.length} × ${v[0]?.length ?? 0} cellules.`);
}

/** Lit les arguments positionnels d'un appel selon le descripteur. */
export function lireArguments(f: Fonction, bruts: readonly unknown[]): Record<string, unknown> {
  const valeurs: Record<string, unknown> = {};
  const defs = f.arguments;
  const dernier = defs[defs.length - 1];
  const maxi = dernier?.repete ? Infinity : defs.length;
  if (bruts.length > maxi) {
    throw erreurValeur(`AGORA.${f.nom} attend au plus ${defs.length} argument${defs.length > 1 ? "s" : ""}, ${bruts.length} ont été donnés.`);
  }
  defs.forEach((def, i) => {
    if (def.repete) {
      const reste = bruts.slice(i).filter((b) => b !== undefined);
      valeurs[def.nom] = def.lire(def.nature === "plage" || def.nature === "valeur" ? reste : reste.map((b) => scalaire(b, def.nom)), def.nom);
      return;
    }
    const brut = bruts[i];
    if (brut === undefined && !def.facultatif) {
      throw erreurValeur(`AGORA.${f.nom} : l'argument ${def.nom} est obligatoire.`);
    }
    const b = def.nature === "plage" || def.nature === "valeur" ? brut : scalaire(brut, def.nom);
    valeurs[def.nom] = def.lire(b, def.nom);
  });
  return valeurs;
}

function cellule(c: CelluleResultat): ScalaireHote {
  if (c === null || c === undefined) return "";
  if (typeof c === "number" || typeof c === "string" || typeof c === "boolean") return c;
  if (c instanceof Dec || (typeof c === "object" && "toNumber" in c)) return versNombre(c as Decimal);
  return versSerie(c as Jour);
}

/** Le résultat rendu à un hôte : nombres JavaScript, numéros de série pour les dates, textes. */
export function versHote(r: Resultat): ValeurHote {
  switch (r.genre) {
    case "nombre":
      return typeof r.valeur === "number" ? r.valeur : versNombre(r.valeur);
    case "date":
      return versSerie(r.valeur);
    case "texte":
      return r.valeur;
    case "tableau":
      return r.valeur.map((ligne) => ligne.map(cellule));
  }
}

export function executer(f: Fonction, bruts: readonly unknown[], trace: Trace = TRACE_MUETTE): Issue {
  try {
    const valeurs = lireArguments(f, bruts);
    const resultat = f.calcul(valeurs as never, trace);
    return { ok: true, valeur: versHote(resultat), resultat };
  } catch (e) {
    return { ok: false, erreur: versErreurAgora(e) };
  }
}

/** Texte français d'une cellule de résultat, pour la trace et la CLI. */
export function celluleEnTexte(c: CelluleResultat): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") return c;
  if (typeof c === "boolean") return c ? "VRAI" : "FAUX";
  if (typeof c === "number") return enFrancais(c);
  if (c instanceof Dec || (typeof c === "object" && "toNumber" in c)) return enFrancais(c as Decimal);
  return jourFr(c as Jour);
}

export function resultatEnTexte(r: Resultat, format?: FormatResultat): string {
  switch (r.genre) {
    case "nombre":
      if (format === "euros") return `${montantFr(r.valeur)}\u00a0€`;
      if (format === "pourcentage") return tauxFr(r.valeur);
      return enFrancais(r.valeur);
    case "date":
      return jourFr(r.valeur);
    case "texte":
      return r.valeur;
    case "tableau": {
      const colonnes = Math.max(0, ...r.valeur.map((l) => l.length));
      return `un tableau de ${r.valeur.length} ligne${r.valeur.length > 1 ? "s" : ""} × ${colonnes} colonne${colonnes > 1 ? "s" : ""}`;
    }
  }
}

export interface Explication {
  etapes: string[];
  issue: Issue;
}

/** Rejoue le calcul avec une trace qui enregistre : les étapes et le résultat. */
export function expliquer(f: Fonction, bruts: readonly unknown[]): Explication {
  const trace = new TraceEnregistree();
  const issue = executer(f, bruts, trace);
  const etapes = trace.lignes();
  if (issue.ok) etapes.push(`Résultat : ${resultatEnTexte(issue.resultat, f.format)}`);
  else etapes.push(`Erreur : ${issue.erreur.message}`);
  return { etapes, issue };
}
