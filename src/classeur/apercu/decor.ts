/**
 * Apparence des cellules que l'aperçu ajoute aux valeurs : style des tableaux (en-tête, lignes à bandes),
 * mises en forme conditionnelles évaluées cellule par cellule, listes déroulantes, données des graphiques.
 */
import { DetailedCellError } from "hyperformula";
import { contient, lirePlageA1, lireCellule, separerFeuille, type Position } from "../adresses";
import type { Moteur } from "./application";
import { cleFeuille, type GenreGraphique, type TableApercu } from "./etat";
import { formaterNombre } from "./formats-nombre";
import { decalerReferences, versHf } from "./formules-hf";
import { choixValidation, validationEn } from "./saisie";

export interface Decor {
  /** Ligne d'en-têtes d'un tableau. */
  entete?: boolean;
  /** Ligne paire du corps d'un tableau (bandes). */
  bande?: boolean;
  /** Nom du tableau qui contient la cellule. */
  table?: string;
  remplissage?: string;
  police?: string;
  /** Choix de la liste déroulante de la cellule. */
  liste?: string[];
}

export function tableEn(m: Moteur, feuille: string, p: Position): TableApercu | undefined {
  const k = cleFeuille(feuille);
  return m.etat.tables.find(
    (t) =>
      cleFeuille(t.feuille) === k &&
      p.ligne >= t.debut.ligne &&
      p.ligne <= t.debut.ligne + t.lignes &&
      p.colonne >= t.debut.colonne &&
      p.colonne < t.debut.colonne + t.colonnes.length,
  );
}

function vrai(v: unknown): boolean {
  if (Array.isArray(v)) return vrai(v[0]?.[0]);
  if (v instanceof DetailedCellError) return false;
  return v === true || (typeof v === "number" && v !== 0);
}

/** Décor d'une cellule ; `cache` garde les évaluations (mises en forme, listes) pour une version du classeur. */
export function decorCellule(m: Moteur, feuille: string, p: Position, cache: Map<string, unknown>): Decor {
  const d: Decor = {};
  const t = tableEn(m, feuille, p);
  if (t) {
    d.table = t.nom;
    if (p.ligne === t.debut.ligne) d.entete = true;
    else if ((p.ligne - t.debut.ligne) % 2 === 0) d.bande = true;
  }
  const k = cleFeuille(feuille);
  const sheet = m.hf.getSheetId(feuille);
  m.etat.misesEnForme.forEach((mf, i) => {
    if (cleFeuille(mf.feuille) !== k || !contient(mf.zone, p) || sheet === undefined) return;
    const cleCache = `${i}:${p.ligne}:${p.colonne}`;
    let ok = cache.get(cleCache) as boolean | undefined;
    if (ok === undefined) {
      const formule = decalerReferences(mf.formule, p.ligne - mf.zone.debut.ligne, p.colonne - mf.zone.debut.colonne);
      try {
        ok = vrai(m.hf.calculateFormula(versHf(formule), sheet));
      } catch {
        ok = false;
      }
      cache.set(cleCache, ok);
    }
    if (ok) {
      d.remplissage = mf.remplissage;
      if (mf.police) d.police = mf.police;
    }
  });
  const v = validationEn(m, feuille, p);
  if (v) {
    const cleListe = `liste:${m.etat.validations.indexOf(v)}`;
    let liste = cache.get(cleListe) as string[] | undefined;
    if (!liste) {
      liste = choixValidation(m, v);
      cache.set(cleListe, liste);
    }
    d.liste = liste;
  }
  return d;
}

export interface GraphiqueAffiche {
  titre: string;
  genre: GenreGraphique;
  /** Coin haut-gauche où le dessiner. */
  position: Position;
  categories: string[];
  /** `courbe` : série tracée en courbe (toutes sur un graphique « courbe », certaines sur un graphique combiné). */
  series: { nom: string; valeurs: number[]; courbe: boolean }[];
}

function texte(v: unknown): string {
  if (typeof v === "number") return formaterNombre(v).texte;
  if (v instanceof DetailedCellError) return v.value;
  return v === null || v === undefined ? "" : String(v);
}

/**
 * Données des graphiques d'une feuille : première ligne = noms des séries, première colonne = catégories
 * (disposition « séries en colonnes » d'Excel).
 */
export function graphiquesDe(m: Moteur, feuille: string): GraphiqueAffiche[] {
  const k = cleFeuille(feuille);
  return m.etat.graphiques
    .filter((g) => cleFeuille(g.feuille) === k)
    .map((g, i) => {
      const { feuille: f, adresse } = separerFeuille(g.source);
      const sheet = m.hf.getSheetId(f ?? g.feuille) ?? 0;
      const zone = lirePlageA1(adresse);
      const valeurs = m.hf.getRangeValues({ start: { sheet, row: zone.debut.ligne, col: zone.debut.colonne }, end: { sheet, row: zone.fin.ligne, col: zone.fin.colonne } });
      const [entetes = [], ...lignes] = valeurs;
      const series = entetes.slice(1).map((nom, j) => ({
        nom: texte(nom),
        valeurs: lignes.map((l) => (typeof l[j + 1] === "number" ? (l[j + 1] as number) : 0)),
        courbe: g.genre === "courbe" || (g.courbes ?? []).includes(j),
      }));
      let position: Position;
      try {
        position = g.position ? lireCellule(g.position.split(":")[0]) : { ligne: 1 + i * 16, colonne: zone.fin.colonne + 2 };
      } catch {
        position = { ligne: 1 + i * 16, colonne: zone.fin.colonne + 2 };
      }
      return { titre: g.titre, genre: g.genre, position, categories: lignes.map((l) => texte(l[0])), series };
    });
}
