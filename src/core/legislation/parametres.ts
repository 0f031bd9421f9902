/**
 * La législation est une donnée : chaque valeur a sa date d'effet et sa source.
 * Le code demande « la valeur de X au jour D » ; une nouvelle année est une nouvelle ligne, pas du code nouveau.
 */
import { comparerJours, isoJour, jourFr, lireDate, type Jour } from "../dates";
import { erreurNA } from "../erreurs";

export interface ValeurDatee<T> {
  /** Date d'effet, ISO AAAA-MM-JJ : la valeur s'applique à partir de ce jour inclus. */
  depuis: string;
  valeur: T;
  source: string;
}

export interface Parametre<T> {
  cle: string;
  libelle: string;
  historique: ValeurDatee<T>[];
}

function jourIso(iso: string): Jour {
  return lireDate(iso, "date d'effet");
}

/** Valeur en vigueur au jour donné (la dernière dont la date d'effet est passée). */
export function valeurAu<T>(p: Parametre<T>, jour: Jour): ValeurDatee<T> {
  let retenue: ValeurDatee<T> | undefined;
  for (const v of p.historique) {
    if (comparerJours(jourIso(v.depuis), jour) <= 0 && (!retenue || v.depuis > retenue.depuis)) retenue = v;
  }
  if (!retenue) {
    const premiere = [...p.historique].sort((a, b) => a.depuis.localeCompare(b.depuis))[0];
    throw erreurNA(
      `${p.libelle} : aucune valeur connue au ${jourFr(jour)}` +
        (premiere ? ` (le tableau commence le ${jourFr(jourIso(premiere.depuis))}).` : "."),
    );
  }
  return retenue;
}

/** Contrôle d'un tableau : dates ISO valides et sans doublon. */
export function verifierParametre<T>(p: Parametre<T>): string[] {
  const problemes: string[] = [];
  const vues = new Set<string>();
  for (const v of p.historique) {
    try {
      if (isoJour(jourIso(v.depuis)) !== v.depuis) problemes.push(`${p.cle} : date ${v.depuis} mal écrite`);
    } catch {
      problemes.push(`${p.cle} : date ${v.depuis} invalide`);
    }
    if (vues.has(v.depuis)) problemes.push(`${p.cle} : deux valeurs au ${v.depuis}`);
    vues.add(v.depuis);
    if (!v.source.trim()) problemes.push(`${p.cle} : valeur du ${v.depuis} sans source`);
  }
  return problemes;
}
