/**
 * Les classeurs de `agora importer` : lire la première feuille non vide d'un .xlsx (export XLSX d'Odoo, classeur
 * LibreOffice) en grille de valeurs, et écrire le journal importé dans un .xlsx — feuille « Journal » et tableau
 * Excel `Journal`, le même plan que l'étape « Importer » du volet (src/actions/compta/importer.ts), appliqué par l'hôte
 * d'aperçu puis écrit par l'adaptateur ExcelJS (src/classeur/fichier).
 */
import { ClasseurApercu } from "../classeur/apercu";
import { ecrireXlsx, lireXlsx } from "../classeur/fichier";
import { planImport } from "../actions/compta/importer";
import type { LigneEcriture } from "../core/compta/ecriture";
import type { ValeurSource } from "../core/imports";

/** Nom de la feuille écrite par `--sortie`. */
export const FEUILLE_IMPORT = "Journal";

export interface GrilleClasseur {
  feuille: string;
  lignes: ValeurSource[][];
}

/** La première feuille non vide d'un .xlsx, en lignes de valeurs (dates en numéros de série, comptes tels quels). */
export async function lireGrilleXlsx(octets: Uint8Array): Promise<GrilleClasseur | undefined> {
  const inst = await lireXlsx(octets);
  const feuille = inst.feuilles.find((f) => f.cellules.some((c) => c.valeur !== null && c.valeur !== ""));
  if (!feuille) return undefined;
  const lignes: ValeurSource[][] = [];
  for (const c of feuille.cellules) {
    const ligne = (lignes[c.ligne] ??= []);
    const v = c.valeur;
    ligne[c.colonne] = typeof v === "boolean" ? (v ? "VRAI" : "FAUX") : v;
  }
  const largeur = Math.max(0, ...lignes.map((l) => (l ? l.length : 0)));
  const grille = Array.from(lignes, (l) => Array.from({ length: largeur }, (_, i) => l?.[i] ?? null));
  return { feuille: feuille.nom, lignes: grille };
}

/** Le .xlsx du journal importé : une feuille « Journal » avec le tableau `Journal`. */
export async function classeurJournal(lignes: readonly LigneEcriture[]): Promise<Uint8Array> {
  const classeur = new ClasseurApercu();
  await classeur.appliquer(planImport(FEUILLE_IMPORT, lignes, { remplacer: true }));
  const inst = classeur.exporter();
  // La feuille vide que l'aperçu crée au départ n'a rien à faire dans le fichier.
  inst.feuilles = inst.feuilles.filter((f) => f.nom === FEUILLE_IMPORT || f.cellules.length > 0);
  inst.active = FEUILLE_IMPORT;
  return ecrireXlsx(inst);
}
