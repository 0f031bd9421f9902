/**
 * Numérotation des écritures (comptabilite.md § 1.3 et § 2.2) : séquence continue sans doublon (FEC-026) et ordre
 * chronologique dans l'ordre des numéros (FEC-027). Un numéro se lit « préfixe + nombre » (VT0001, INV/2020/00001,
 * 42) ; les groupes de numéros sont ceux de la table des écritures (table-ecritures.ts). La séquence peut être propre
 * à chaque journal ou globale (même préfixe dans plusieurs journaux) : on retient le mode qui explique le mieux le
 * fichier (le moins de trous et de doublons) ; à égalité, par journal.
 */
import type { Constats } from "./constats";
import { court } from "./regles";
import type { GroupeNumeros, TableEcritures } from "./table-ecritures";

/** Une suite de numéros à contrôler : les écritures, triées par nombre puis par ligne. */
interface Suite {
  prefixe: string;
  ecritures: number[];
}

function trier(t: TableEcritures, valeur: Float64Array, ecritures: number[]): number[] {
  return ecritures.sort((a, b) => valeur[a] - valeur[b] || t.premiereLigne[a] - t.premiereLigne[b]);
}

function anomalies(valeur: Float64Array, suites: Suite[]): number {
  let n = 0;
  for (const s of suites) for (let i = 1; i < s.ecritures.length; i++) if (valeur[s.ecritures[i]] !== valeur[s.ecritures[i - 1]] + 1) n++;
  return n;
}

const largeur = (numero: string, prefixe: string): number => numero.length - prefixe.length;

export function controlerSequence(t: TableEcritures, constats: Constats): { mode: "journal" | "global" } {
  const valeur = new Float64Array(t.taille);
  const parJournal: Suite[] = [];
  const parPrefixe = new Map<string, GroupeNumeros[]>();
  for (const j of t.parJournal.values()) {
    for (const g of j.groupes.values()) {
      g.ecritures.forEach((e, i) => (valeur[e] = g.valeurs[i]));
      parJournal.push({ prefixe: g.prefixe, ecritures: g.croissant ? g.ecritures : trier(t, valeur, [...g.ecritures]) });
      const memes = parPrefixe.get(g.prefixe);
      if (memes) memes.push(g);
      else parPrefixe.set(g.prefixe, [g]);
    }
  }
  let suites = parJournal;
  let mode: "journal" | "global" = "journal";
  // Le mode global ne diffère que si un même préfixe sert dans plusieurs journaux.
  if ([...parPrefixe.values()].some((groupes) => groupes.length > 1)) {
    const global = [...parPrefixe].map(([prefixe, groupes]) => ({ prefixe, ecritures: trier(t, valeur, groupes.flatMap((g) => g.ecritures)) }));
    if (anomalies(valeur, global) < anomalies(valeur, parJournal)) {
      suites = global;
      mode = "global";
    }
  }

  for (const s of suites) {
    let dateMax = 0;
    let validationMax = 0;
    for (let i = 0; i < s.ecritures.length; i++) {
      const n = s.ecritures[i];
      const ligne = t.premiereLigne[n];
      if (i > 0) {
        const p = s.ecritures[i - 1];
        if (valeur[n] === valeur[p]) {
          const detail =
            t.journaux[n] !== t.journaux[p]
              ? `il sert dans les journaux ${court(t.journaux[p])} et ${court(t.journaux[n])} (lignes ${t.premiereLigne[p]} et ${ligne})`
              : `${court(t.numeros[p])} et ${court(t.numeros[n])} (lignes ${t.premiereLigne[p]} et ${ligne})`;
          constats.signaler("FEC-026", ligne, { num: t.numeros[n], detail });
        } else if (valeur[n] > valeur[p] + 1) {
          const chiffres = Math.min(largeur(t.numeros[n], s.prefixe), largeur(t.numeros[p], s.prefixe));
          constats.signaler("FEC-026", ligne, { attendu: `${s.prefixe}${String(valeur[p] + 1).padStart(chiffres, "0")}`, trouve: t.numeros[n] });
        }
      }
      // Chronologie : une écriture plus ancienne que la précédente, à la fois par sa date et par sa validation.
      const date = t.date[n];
      const validation = t.validation[n];
      if (date > 0 && date < dateMax && (validation <= 0 || validation < validationMax)) constats.signaler("FEC-027", ligne, { num: t.numeros[n] });
      dateMax = Math.max(dateMax, date);
      validationMax = Math.max(validationMax, validation);
    }
  }
  return { mode };
}
