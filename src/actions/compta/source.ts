/**
 * Où lire le journal : la sélection de l'utilisateur (ou toute sa feuille si une seule cellule est sélectionnée),
 * une feuille nommée, ou, pour les états, le tableau `Journal` créé à l'étape 1.
 */
import { erreurValeur } from "../../core/erreurs";
import { dimensions, lirePlageA1, type Rectangle } from "../../classeur/adresses";
import type { Cellule, Classeur, Grille } from "../../classeur/port";
import { lireGrilleJournal, type LectureJournal } from "./lecture-grille";
import { FEUILLE_JOURNAL, TABLE_JOURNAL } from "./table-journal";

/** La sélection, ou une feuille entière (sa partie utilisée). */
export type SourceJournal = { genre: "selection" } | { genre: "feuille"; feuille: string };

export interface GrilleLue {
  feuille: string;
  zone: Rectangle;
  valeurs: Cellule[][];
}

function intersection(a: Rectangle, b: Rectangle): Rectangle | undefined {
  const debut = { ligne: Math.max(a.debut.ligne, b.debut.ligne), colonne: Math.max(a.debut.colonne, b.debut.colonne) };
  const fin = { ligne: Math.min(a.fin.ligne, b.fin.ligne), colonne: Math.min(a.fin.colonne, b.fin.colonne) };
  return debut.ligne > fin.ligne || debut.colonne > fin.colonne ? undefined : { debut, fin };
}

const vide = (g: Grille): boolean => g.plage.lignes === 0 || g.valeurs.every((l) => l.every((c) => c === null || c === ""));

/**
 * Lit la source : la partie utilisée de la feuille, réduite à la sélection si elle compte plusieurs cellules
 * (des colonnes entières « A:G » ne lisent donc pas un million de lignes vides).
 */
export async function lireSource(classeur: Classeur, source: SourceJournal): Promise<GrilleLue> {
  const selection = source.genre === "selection" ? await classeur.selection() : undefined;
  const feuille = selection?.feuille ?? (source.genre === "feuille" ? source.feuille : "");
  const utilisee = await classeur.lirePlage(feuille);
  if (vide(utilisee)) throw erreurValeur(`La feuille « ${utilisee.plage.feuille || feuille} » est vide : ouvrez la feuille du journal à structurer (ou sélectionnez ses cellules), puis recommencez.`);
  const zoneUtilisee = lirePlageA1(utilisee.plage.adresse);
  let zone = zoneUtilisee;
  if (selection && selection.lignes * selection.colonnes > 1) {
    const commune = intersection(zoneUtilisee, lirePlageA1(selection.adresse));
    if (!commune) throw erreurValeur(`La sélection ${selection.adresse} de la feuille « ${utilisee.plage.feuille} » est vide : sélectionnez le journal (en-tête compris), ou une seule cellule pour lire toute la feuille.`);
    zone = commune;
  }
  const dl = zone.debut.ligne - zoneUtilisee.debut.ligne;
  const dc = zone.debut.colonne - zoneUtilisee.debut.colonne;
  const { lignes, colonnes } = dimensions(zone);
  const valeurs = utilisee.valeurs.slice(dl, dl + lignes).map((l) => l.slice(dc, dc + colonnes));
  return { feuille: utilisee.plage.feuille || feuille, zone, valeurs };
}

export interface JournalDuClasseur {
  lecture: LectureJournal;
  /** Feuille du journal. */
  feuille: string;
  /** « le tableau Journal » ou « la feuille « Journal structuré » ». */
  origine: string;
}

/** Position de la ligne d'en-tête du tableau dans la partie utilisée de sa feuille (première ligne identique). */
function ligneDesEntetes(valeurs: readonly (readonly Cellule[])[], entetes: readonly string[]): { ligne: number; colonne: number } | undefined {
  for (let i = 0; i < valeurs.length; i++) {
    const l = valeurs[i].map((c) => (c === null ? "" : String(c)));
    for (let j = 0; j + entetes.length <= l.length; j++) if (entetes.every((e, k) => l[j + k] === e)) return { ligne: i, colonne: j };
  }
  return undefined;
}

/**
 * Le journal structuré du classeur : le tableau `Journal` (lu dans sa feuille, pour nommer les cellules fautives),
 * sinon la feuille « Journal structuré » (ou celle nommée). Erreur française si rien n'est trouvé.
 */
export async function lireJournalDuClasseur(classeur: Classeur, feuilleJournal = FEUILLE_JOURNAL): Promise<JournalDuClasseur> {
  const table = await classeur.lireTable(TABLE_JOURNAL);
  if (table) {
    const g = await classeur.lirePlage(table.feuille);
    const zone = g.plage.lignes ? lirePlageA1(g.plage.adresse) : undefined;
    const place = zone ? ligneDesEntetes(g.valeurs, table.entetes) : undefined;
    if (zone && place) {
      const valeurs = g.valeurs.slice(place.ligne, place.ligne + table.lignes.length + 1).map((l) => l.slice(place.colonne, place.colonne + table.entetes.length));
      const debut = { ligne: zone.debut.ligne + place.ligne, colonne: zone.debut.colonne + place.colonne };
      return { lecture: lireGrilleJournal(valeurs, { feuille: g.plage.feuille, debut }), feuille: g.plage.feuille, origine: `le tableau ${TABLE_JOURNAL}` };
    }
    // En-têtes introuvables dans la feuille (hôte sans partie utilisée) : lecture du tableau seul.
    const valeurs = [table.entetes, ...table.lignes];
    return { lecture: lireGrilleJournal(valeurs, { feuille: table.feuille, debut: { ligne: 0, colonne: 0 } }), feuille: table.feuille, origine: `le tableau ${TABLE_JOURNAL}` };
  }
  const noms = await classeur.nomsFeuilles();
  const nom = noms.find((n) => n.toLowerCase() === feuilleJournal.toLowerCase());
  if (!nom) {
    throw erreurValeur(
      `Le classeur n'a pas de tableau « ${TABLE_JOURNAL} » ni de feuille « ${feuilleJournal} » : commencez par l'étape 1, « Structurer le journal ».`,
    );
  }
  const g = await classeur.lirePlage(nom);
  if (vide(g)) throw erreurValeur(`La feuille « ${nom} » est vide : commencez par l'étape 1, « Structurer le journal ».`);
  const zone = lirePlageA1(g.plage.adresse);
  return { lecture: lireGrilleJournal(g.valeurs, { feuille: nom, debut: zone.debut }), feuille: nom, origine: `la feuille « ${nom} »` };
}

