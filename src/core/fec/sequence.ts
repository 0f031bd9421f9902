/**
 * Numérotation des écritures (comptabilite.md § 1.3 et § 2.2) : séquence continue sans doublon (FEC-026) et ordre
 * chronologique dans l'ordre des numéros (FEC-027). Un numéro se lit « préfixe + nombre » (VT0001, INV/2020/00001, 42).
 * La séquence peut être globale ou propre à chaque journal : on retient le mode qui explique le mieux le fichier
 * (le moins de trous et de doublons).
 */
import type { Constats } from "./constats";
import { court } from "./regles";

export interface EntreeSequence {
  journal: string;
  numero: string;
  /** Première ligne de l'écriture. */
  premiereLigne: number;
  /** EcritureDate et ValidDate (AAAAMMJJ ; 0 ou moins si inconnue). */
  date: number;
  validation: number;
}

interface Numero {
  entree: EntreeSequence;
  prefixe: string;
  valeur: number;
  largeur: number;
}

/** « VT000123 » → préfixe « VT », nombre 123, largeur 6 ; undefined sans chiffres finaux (ou plus de 15). */
function lireNumero(entree: EntreeSequence): Numero | undefined {
  const s = entree.numero;
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57) i--;
  const largeur = s.length - i;
  if (largeur === 0 || largeur > 15) return undefined;
  return { entree, prefixe: s.slice(0, i), valeur: Number(s.slice(i)), largeur };
}

function grouper(numeros: Numero[], parJournal: boolean): Numero[][] {
  const groupes = new Map<string, Numero[]>();
  for (const n of numeros) {
    const cle = parJournal ? `${n.entree.journal}\u0000${n.prefixe}` : n.prefixe;
    const g = groupes.get(cle);
    if (g) g.push(n);
    else groupes.set(cle, [n]);
  }
  const liste = [...groupes.values()];
  for (const g of liste) g.sort((a, b) => a.valeur - b.valeur || a.entree.premiereLigne - b.entree.premiereLigne);
  return liste;
}

function anomalies(groupes: Numero[][]): number {
  let n = 0;
  for (const g of groupes) for (let i = 1; i < g.length; i++) if (g[i].valeur !== g[i - 1].valeur + 1) n++;
  return n;
}

export function controlerSequence(entrees: EntreeSequence[], constats: Constats): { mode: "journal" | "global" } {
  const numeros: Numero[] = [];
  for (const entree of entrees) {
    const n = lireNumero(entree);
    if (n) numeros.push(n);
  }
  const parJournal = grouper(numeros, true);
  const global = grouper(numeros, false);
  const mode = anomalies(global) < anomalies(parJournal) ? "global" : "journal";
  const groupes = mode === "global" ? global : parJournal;

  for (const g of groupes) {
    let dateMax = 0;
    let validationMax = 0;
    for (let i = 0; i < g.length; i++) {
      const n = g[i];
      if (i > 0) {
        const p = g[i - 1];
        if (n.valeur === p.valeur) {
          const detail =
            n.entree.journal !== p.entree.journal
              ? `il sert dans les journaux ${court(p.entree.journal)} et ${court(n.entree.journal)} (lignes ${p.entree.premiereLigne} et ${n.entree.premiereLigne})`
              : `${court(p.entree.numero)} et ${court(n.entree.numero)} (lignes ${p.entree.premiereLigne} et ${n.entree.premiereLigne})`;
          constats.signaler("FEC-026", n.entree.premiereLigne, { num: n.entree.numero, detail });
        } else if (n.valeur > p.valeur + 1) {
          const attendu = `${n.prefixe}${String(p.valeur + 1).padStart(Math.min(n.largeur, p.largeur), "0")}`;
          constats.signaler("FEC-026", n.entree.premiereLigne, { attendu, trouve: n.entree.numero });
        }
      }
      // Chronologie : une écriture plus ancienne que la précédente, à la fois par sa date et par sa validation.
      const { date, validation } = n.entree;
      if (date > 0 && date < dateMax && (validation <= 0 || validation < validationMax)) {
        constats.signaler("FEC-027", n.entree.premiereLigne, { num: n.entree.numero });
      }
      dateMax = Math.max(dateMax, date);
      validationMax = Math.max(validationMax, validation);
    }
  }
  return { mode };
}
