/**
 * Instantanés (src/classeur/fichier/instantane.ts) ↔ moteur de l'aperçu : ouvrir un .xlsx lu par ExcelJS,
 * et produire ce qu'ExcelJS écrira (formules invariantes avec leur dernier résultat, formats, tableaux…).
 */
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { contient, formaterRectangle, lirePlageA1, type Rectangle } from "../adresses";
import type { Cellule } from "../port";
import type { CelluleInstantane, InstantaneClasseur } from "../fichier/instantane";
import { LARGEUR_COLONNE } from "../fichier/instantane";
import { ordreFeuilles, type Moteur } from "./application";
import { contenuHf, formuleHf } from "./contenus";
import { tableEn } from "./decor";
import { depuisFormeFichier, versFormeFichier } from "./references-structurees";
import { cleFeuille, etatVide, meta, type TableApercu } from "./etat";
import { depuisHf, erreurInvariante, versHf } from "./formules-hf";
import { plageRenversee } from "./lecture";
import { cle, depuisCle } from "./plages";
import { contenusSaisis, creerHf } from "./sauvegarde";

function tablesDe(inst: InstantaneClasseur): TableApercu[] {
  return inst.tables.map((t) => {
    const r = lirePlageA1(t.adresse);
    return { nom: t.nom, feuille: t.feuille, debut: r.debut, colonnes: t.entetes, lignes: r.fin.ligne - r.debut.ligne, formats: t.formats };
  });
}

/** Moteur neuf rempli par l'instantané. Les cellules couvertes par un résultat renversé sont laissées au calcul. */
export function charger(inst: InstantaneClasseur): Moteur {
  const noms = inst.feuilles.length ? inst.feuilles.map((f) => f.nom) : ["Feuil1"];
  const hf = creerHf(noms);
  const active = inst.active && noms.some((n) => cleFeuille(n) === cleFeuille(inst.active!)) ? inst.active : noms[0];
  const etat = etatVide(active);
  etat.feuilles.clear();
  etat.tables = tablesDe(inst);
  hf.batch(() => {
    for (const f of inst.feuilles) {
      const mf = meta(etat, f.nom);
      for (const [c, px] of Object.entries(f.largeurs)) mf.largeurs.set(Number(c), px);
      const renversements: Rectangle[] = f.cellules.filter((c) => c.renversement).map((c) => lirePlageA1(c.renversement!));
      const sheet = hf.getSheetId(f.nom)!;
      const hauteur = Math.max(0, ...f.cellules.map((c) => c.ligne + 1));
      const largeur = Math.max(0, ...f.cellules.map((c) => c.colonne + 1));
      const contenus: RawCellContent[][] = Array.from({ length: hauteur }, () => Array<RawCellContent>(largeur).fill(null));
      for (const c of f.cellules) {
        const p = { ligne: c.ligne, colonne: c.colonne };
        if (c.format) mf.formats.set(cle(c.ligne, c.colonne), c.format);
        if (!c.formule && renversements.some((r) => contient(r, p))) continue;
        const ctx = { tables: etat.tables, feuille: f.nom, position: p };
        // « TabV[[#This Row],[Qté]] » du fichier redevient « [@Qté] », comme Excel l'affiche.
        const formule = c.formule && depuisFormeFichier(c.formule, tableEn({ hf, etat }, f.nom, p)?.nom);
        try {
          const { contenu, origine } = formule ? formuleHf(formule, ctx) : contenuHf(c.valeur, ctx);
          if (origine) mf.origines.set(cle(c.ligne, c.colonne), origine);
          contenus[c.ligne][c.colonne] = contenu;
        } catch {
          // Formule que l'aperçu ne sait pas résoudre : on la garde telle quelle, HyperFormula affichera l'erreur.
          contenus[c.ligne][c.colonne] = c.formule ? versHf(c.formule) : null;
        }
      }
      if (contenus.length) hf.setSheetContent(sheet, contenus);
    }
    for (const n of inst.noms) {
      try {
        hf.addNamedExpression(n.nom, versHf(n.reference));
        etat.noms.set(cleFeuille(n.nom), { ...n });
      } catch {
        // Noms qu'HyperFormula refuse (noms internes d'Excel « _xlnm… », formes d'adresse) : ignorés par l'aperçu.
      }
    }
  });
  etat.validations = inst.validations.map((v) => ({ feuille: v.feuille, zone: lirePlageA1(v.adresse), liste: v.liste, ...(v.message ? { message: v.message } : {}) }));
  etat.misesEnForme = inst.misesEnForme.map((x) => ({ ...x, zone: lirePlageA1(x.adresse) }));
  etat.graphiques = inst.graphiques.map((g) => ({ ...g }));
  return { hf, etat };
}

function valeurPort(v: unknown): { valeur: Cellule; erreur?: string } {
  if (v instanceof DetailedCellError) return { valeur: null, erreur: erreurInvariante(v.type) };
  if (v === undefined || v === "") return { valeur: v === "" ? "" : null };
  return { valeur: v as Cellule };
}

/** Instantané complet du moteur (pour l'enregistrer en .xlsx). */
export function exporter(m: Moteur): InstantaneClasseur {
  const { hf, etat } = m;
  const feuilles = ordreFeuilles(m).map((nom) => {
    const sheet = hf.getSheetId(nom)!;
    const mf = meta(etat, nom);
    const cellules: CelluleInstantane[] = [];
    const vues = new Set<number>();
    contenusSaisis(hf, sheet).forEach((ligne, l) =>
      ligne.forEach((brut, c) => {
        const k = cle(l, c);
        const format = mf.formats.get(k);
        if (brut === null || brut === undefined) return;
        vues.add(k);
        const a = { sheet, row: l, col: c };
        const cell: CelluleInstantane = { ligne: l, colonne: c, ...valeurPort(hf.getCellValue(a)) };
        if (typeof brut === "string" && brut.startsWith("=")) {
          const formule = mf.origines.get(k) ?? depuisHf(hf.getCellFormula(a) ?? brut);
          cell.formule = versFormeFichier(formule, tableEn(m, nom, { ligne: l, colonne: c })?.nom);
          if (hf.isCellPartOfArray(a)) {
            const r = plageRenversee(hf, a);
            if (r.fin.ligne > r.debut.ligne || r.fin.colonne > r.debut.colonne) cell.renversement = formaterRectangle(r);
          }
        }
        if (format) cell.format = format;
        cellules.push(cell);
      }),
    );
    // Cellules d'un résultat renversé : leur valeur est écrite (Excel l'affiche avant de recalculer).
    for (const ancre of cellules.filter((x) => x.renversement)) {
      const r = lirePlageA1(ancre.renversement!);
      for (let l = r.debut.ligne; l <= r.fin.ligne; l++)
        for (let c = r.debut.colonne; c <= r.fin.colonne; c++) {
          if (l === ancre.ligne && c === ancre.colonne) continue;
          const cell: CelluleInstantane = { ligne: l, colonne: c, ...valeurPort(hf.getCellValue({ sheet, row: l, col: c })) };
          const format = mf.formats.get(cle(l, c));
          if (format) cell.format = format;
          cellules.push(cell);
          vues.add(cle(l, c));
        }
    }
    // Cellules vides mais formatées (une colonne de montants prête à remplir).
    for (const [k, format] of mf.formats) {
      if (vues.has(k)) continue;
      const p = depuisCle(k);
      cellules.push({ ligne: p.ligne, colonne: p.colonne, valeur: null, format });
    }
    const largeurs: Record<number, number> = {};
    for (const [c, px] of mf.largeurs) if (px !== LARGEUR_COLONNE) largeurs[c] = px;
    return { nom, cellules, largeurs };
  });
  return {
    feuilles,
    tables: etat.tables.map((t) => ({
      nom: t.nom,
      feuille: hf.getSheetName(hf.getSheetId(t.feuille) ?? 0) ?? t.feuille,
      adresse: formaterRectangle({ debut: t.debut, fin: { ligne: t.debut.ligne + Math.max(t.lignes, 1), colonne: t.debut.colonne + t.colonnes.length - 1 } }),
      entetes: t.colonnes.map((_, j) => {
        const v = hf.getCellValue({ sheet: hf.getSheetId(t.feuille) ?? 0, row: t.debut.ligne, col: t.debut.colonne + j });
        return v === null || v instanceof DetailedCellError ? t.colonnes[j] : String(v);
      }),
      formats: { ...t.formats },
    })),
    noms: [...etat.noms.values()].map((n) => ({ ...n })),
    validations: etat.validations.map((v) => ({ feuille: v.feuille, adresse: formaterRectangle(v.zone), liste: v.liste, ...(v.message ? { message: v.message } : {}) })),
    misesEnForme: etat.misesEnForme.map(({ zone, ...x }) => ({ ...x, adresse: formaterRectangle(zone) })),
    graphiques: etat.graphiques.map((g) => ({ ...g })),
    active: etat.feuilleActive,
  };
}
