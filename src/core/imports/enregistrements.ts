/**
 * Découpage d'un texte CSV en enregistrements (exports-pgi.md § 7.2) : fins de ligne CRLF, LF, CR et leur mélange,
 * dernière ligne sans saut de ligne, champs entre guillemets (RFC 4180) qui contiennent le séparateur ou un saut de
 * ligne ; chaque enregistrement garde le numéro de sa première ligne physique. Choix du séparateur : celui qui donne
 * le même nombre de champs sur les premières lignes ; l'ambiguïté est refusée plutôt que devinée.
 */
import { decouperCsv } from "../compta/csv-journal";
import type { Enregistrement } from "./types";

/** Découpe un texte en lignes physiques ; un saut de ligne final n'ajoute pas de ligne vide. */
export function lignesPhysiques(texte: string): string[] {
  if (texte === "") return [];
  const lignes = texte.split(/\r\n|\r|\n/);
  if (lignes[lignes.length - 1] === "") lignes.pop();
  return lignes;
}

const nombreGuillemets = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/** Longueur au-delà de laquelle un champ entre guillemets jamais refermé n'est plus recollé (fichier corrompu). */
const RECOLLEMENT_MAX = 100_000;

export interface DecoupageCsv {
  enregistrements: Enregistrement[];
  /** N° de ligne d'un guillemet ouvert jamais refermé, s'il y en a un. */
  guillemetOuvert?: number;
}

/**
 * Enregistrements d'un texte CSV. Les lignes entièrement vides sont ignorées. Un guillemet ouvert jamais refermé
 * est signalé (`guillemetOuvert`) et la ligne est découpée telle quelle.
 */
export function enregistrementsCsv(lignes: readonly string[], separateur: string, debut = 0, fin = lignes.length): DecoupageCsv {
  const enregistrements: Enregistrement[] = [];
  let guillemetOuvert: number | undefined;
  for (let i = debut; i < fin; i++) {
    let texte = lignes[i];
    const numero = i + 1;
    if (texte.includes('"') && nombreGuillemets(texte) % 2 === 1) {
      // Un champ entre guillemets continue sur les lignes suivantes.
      let j = i + 1;
      let recolle = texte;
      while (j < lignes.length && nombreGuillemets(recolle) % 2 === 1 && recolle.length < RECOLLEMENT_MAX) recolle += `\n${lignes[j++]}`;
      if (nombreGuillemets(recolle) % 2 === 1) guillemetOuvert ??= numero;
      else {
        texte = recolle;
        i = j - 1;
      }
    }
    if (texte.trim() === "") continue;
    enregistrements.push({ ligne: numero, champs: decouperCsv(texte, separateur) });
  }
  return { enregistrements, guillemetOuvert };
}

export const SEPARATEURS_CSV = [";", "\t", "|", ","] as const;

export interface ChoixSeparateur {
  separateur?: string;
  /** Pourquoi aucun séparateur n'a pu être choisi (message français), ou pourquoi ce choix. */
  raison: string;
}

/**
 * Choisit le séparateur sur les premières lignes non vides : chaque candidat découpe l'échantillon (guillemets
 * respectés) ; on garde ceux qui donnent au moins 3 champs et le même nombre sur 60 % des lignes. Plusieurs candidats
 * réguliers : le plus de champs l'emporte s'il n'est pas la virgule décimale d'un fichier au point-virgule ; sinon
 * ambiguïté (message).
 */
export function choisirSeparateur(lignes: readonly string[]): ChoixSeparateur {
  const echantillon = lignes.filter((l) => l.trim() !== "").slice(0, 30);
  if (echantillon.length === 0) return { raison: "le fichier ne contient aucune ligne." };
  const candidats: { s: string; champs: number; regularite: number }[] = [];
  for (const s of SEPARATEURS_CSV) {
    const { enregistrements } = enregistrementsCsv(echantillon, s);
    if (enregistrements.length === 0) continue;
    const comptes = new Map<number, number>();
    for (const e of enregistrements) comptes.set(e.champs.length, (comptes.get(e.champs.length) ?? 0) + 1);
    const [champs, n] = [...comptes].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a));
    if (champs >= 3) candidats.push({ s, champs, regularite: n / enregistrements.length });
  }
  const reguliers = candidats.filter((c) => c.regularite >= 0.6);
  if (reguliers.length === 0) {
    return { raison: "aucun séparateur (point-virgule, tabulation, barre verticale, virgule) ne découpe les premières lignes en un nombre régulier de champs." };
  }
  if (reguliers.length === 1) return { separateur: reguliers[0].s, raison: "seul séparateur qui découpe régulièrement les lignes" };
  // Tabulation, « | » et « ; » ne sont jamais des décimales : la virgule n'est retenue que seule.
  const sansVirgule = reguliers.filter((c) => c.s !== ",");
  if (sansVirgule.length === 1) return { separateur: sansVirgule[0].s, raison: "séparateur régulier ; la virgule est ici la virgule décimale" };
  const tries = [...sansVirgule].sort((a, b) => b.champs - a.champs);
  if (tries[0].champs > tries[1].champs) return { separateur: tries[0].s, raison: "séparateur qui donne le plus de champs réguliers" };
  return { raison: `plusieurs séparateurs possibles (${tries.map((c) => c.s === "\t" ? "tabulation" : `« ${c.s} »`).join(", ")}) : précisez-le dans la correspondance de colonnes.` };
}
