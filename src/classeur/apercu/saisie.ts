/**
 * Saisie au clavier dans la grille de l'aperçu, comme dans Excel en français : « 12,5 », « 20 % », « 15/03/2025 »,
 * « VRAI », ou une formule « =AGORA.TTC(100;20%) ». Une formule illisible est refusée (la cellule reste en édition),
 * une valeur hors de la liste de validation aussi, avec le message prévu.
 */
import type { RawCellContent } from "hyperformula";
import { versErreurAgora } from "../../core/erreurs";
import { contient, type Position } from "../adresses";
import type { Moteur } from "./application";
import { cleFeuille, meta, type ValidationApercu } from "./etat";
import { formaterNombre } from "./formats-nombre";
import { depuisHf, versHf } from "./formules-hf";
import { cle } from "./plages";
import { resoudreReferencesStructurees } from "./references-structurees";

export type IssueSaisie = { ok: true } | { ok: false; message: string };

export function validationEn(m: Moteur, feuille: string, p: Position): ValidationApercu | undefined {
  const k = cleFeuille(feuille);
  // La dernière règle posée l'emporte, comme une validation qui remplace la précédente dans Excel.
  return [...m.etat.validations].reverse().find((v) => cleFeuille(v.feuille) === k && contient(v.zone, p));
}

/** Choix d'une liste de validation, sous forme de textes (une source est lue dans le classeur). */
export function choixValidation(m: Moteur, v: ValidationApercu): string[] {
  if (Array.isArray(v.liste)) return v.liste;
  const sheet = m.hf.getSheetId(v.feuille) ?? 0;
  const source = v.liste.source.startsWith("=") ? v.liste.source : `=${v.liste.source}`;
  const r = m.hf.calculateFormula(versHf(source), sheet);
  const valeurs = Array.isArray(r) ? r.flat() : [r];
  return valeurs
    .filter((x) => x !== null && x !== "" && (typeof x !== "object"))
    .map((x) => (typeof x === "number" ? formaterNombre(x).texte : typeof x === "boolean" ? (x ? "VRAI" : "FAUX") : String(x)));
}

function contenuSaisi(m: Moteur, feuille: string, p: Position, texte: string): { contenu: RawCellContent; origine?: string } | { erreur: string } {
  if (texte.trim() === "") return { contenu: null };
  if (texte.startsWith("=") && texte.length > 1) {
    const invariante = depuisHf(texte);
    if (invariante.includes("[")) {
      try {
        const resolue = resoudreReferencesStructurees(invariante, m.etat.tables, { feuille, position: p });
        if (resolue !== invariante) return { contenu: versHf(resolue), origine: invariante };
      } catch (e) {
        return { erreur: versErreurAgora(e).message };
      }
    }
    if (!m.hf.validateFormula(texte)) {
      return { erreur: "Cette formule contient une erreur : vérifiez les parenthèses, le « ; » entre les arguments et la virgule décimale (exemple : =AGORA.TTC(100;20%))." };
    }
    return { contenu: texte };
  }
  if (/^(vrai|faux)$/i.test(texte.trim())) return { contenu: /^vrai$/i.test(texte.trim()) };
  if (meta(m.etat, feuille).formats.get(cle(p.ligne, p.colonne)) === "@") return { contenu: texte.startsWith("'") ? texte : `'${texte}` };
  return { contenu: texte };
}

/** Écrit ce que l'utilisateur a tapé dans une cellule. */
export function saisir(m: Moteur, feuille: string, p: Position, texte: string): IssueSaisie {
  const sheet = m.hf.getSheetId(feuille);
  if (sheet === undefined) return { ok: false, message: `La feuille « ${feuille} » n'existe pas.` };
  const v = validationEn(m, feuille, p);
  if (v && texte.trim() !== "" && !texte.startsWith("=")) {
    const choix = choixValidation(m, v);
    if (!choix.some((c) => c.toLocaleLowerCase("fr") === texte.trim().toLocaleLowerCase("fr"))) {
      return { ok: false, message: v.message ?? `« ${texte} » n'est pas dans la liste autorisée : ${choix.join(" ; ")}.` };
    }
  }
  const c = contenuSaisi(m, feuille, p, texte);
  if ("erreur" in c) return { ok: false, message: c.erreur };
  const mf = meta(m.etat, feuille);
  const k = cle(p.ligne, p.colonne);
  if (c.origine) mf.origines.set(k, c.origine);
  else mf.origines.delete(k);
  m.hf.setCellContents({ sheet, row: p.ligne, col: p.colonne }, [[c.contenu]]);
  return { ok: true };
}

/** Efface le contenu d'une zone (touche Suppr) ; formats et validations restent, comme dans Excel. */
export function effacer(m: Moteur, feuille: string, zone: { debut: Position; fin: Position }): void {
  const sheet = m.hf.getSheetId(feuille);
  if (sheet === undefined) return;
  const mf = meta(m.etat, feuille);
  const lignes = zone.fin.ligne - zone.debut.ligne + 1;
  const colonnes = zone.fin.colonne - zone.debut.colonne + 1;
  for (let l = 0; l < lignes; l++) for (let c = 0; c < colonnes; c++) mf.origines.delete(cle(zone.debut.ligne + l, zone.debut.colonne + c));
  m.hf.setCellContents({ sheet, row: zone.debut.ligne, col: zone.debut.colonne }, Array.from({ length: lignes }, () => Array<RawCellContent>(colonnes).fill(null)));
}

