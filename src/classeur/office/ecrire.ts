/** Mise en file, dans un contexte Excel.run, des écritures d'une modification déjà vérifiée. */
import { formaterPlage, lirePlageA1, separerFeuille } from "../adresses";
import type { Modification } from "../port";
import type { Decision } from "../verifier-plan";
import { ecrireGrille, tailleCellule, type Lot } from "./lot";

const GENRES_GRAPHIQUE = {
  colonnes: "ColumnClustered",
  barres: "BarClustered",
  courbe: "Line",
  secteurs: "Pie",
} as const;

/** Ensemble d'API d'Excel disponible ? Hors d'Office (tests), on suppose que oui. */
export function prisEnCharge(version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

const avecEgal = (f: string): string => (f.startsWith("=") ? f : `=${f}`);

export async function ecrireModification(ctx: Excel.RequestContext, lot: Lot, m: Modification, d: Decision): Promise<void> {
  const classeur = ctx.workbook;
  const feuille = (nom: string): Excel.Worksheet => classeur.worksheets.getItem(nom);
  switch (m.type) {
    case "feuille": {
      await lot.reserver(200);
      let ws: Excel.Worksheet;
      if (d.type === "feuille" && d.action === "vider") {
        ws = feuille(d.nom);
        for (const t of d.tables) ws.tables.getItem(t).delete();
        for (const g of d.graphiques) ws.charts.getItem(g).delete();
        const tout = ws.getRange();
        if (prisEnCharge("1.6")) tout.conditionalFormats.clearAll();
        if (prisEnCharge("1.8")) tout.dataValidation.clear();
        tout.clear("All");
      } else {
        ws = classeur.worksheets.add(m.nom);
      }
      if (m.activer) ws.activate();
      return;
    }
    case "valeurs":
      await ecrireGrille(lot, feuille(m.feuille), lirePlageA1(m.adresse).debut, m.valeurs, m.formats);
      return;
    case "formule": {
      await lot.reserver(tailleCellule(m.formule) + 100);
      const plage = feuille(m.feuille).getRange(m.adresse);
      if (m.format) plage.numberFormat = [[m.format]];
      plage.formulas = [[m.formule]];
      if (m.selectionner) plage.select();
      return;
    }
    case "table": {
      const ws = feuille(m.feuille);
      const debut = lirePlageA1(m.adresse).debut;
      const parColonne = m.entetes.map((e) => m.formats?.[e] ?? "General");
      const formats = m.formats ? [m.entetes.map(() => "General"), ...m.lignes.map(() => parColonne)] : undefined;
      await ecrireGrille(lot, ws, debut, [m.entetes, ...m.lignes], formats);
      await lot.reserver(300);
      // Un tableau Excel a au moins une ligne de données (vide si le plan n'en a pas).
      const table = ws.tables.add(formaterPlage(debut, Math.max(m.lignes.length, 1) + 1, m.entetes.length), true);
      table.name = m.nom;
      table.getRange().format.autofitColumns();
      return;
    }
    case "nom": {
      await lot.reserver(tailleCellule(m.reference) + 200);
      if (d.type === "nom" && d.remplace) classeur.names.getItem(m.nom).delete();
      classeur.names.add(m.nom, avecEgal(m.reference), m.commentaire);
      return;
    }
    case "validation": {
      await lot.reserver(tailleCellule(JSON.stringify(m.liste)) + 300);
      const validation = feuille(m.feuille).getRange(m.adresse).dataValidation;
      validation.clear();
      const source = Array.isArray(m.liste) ? m.liste.join(",") : avecEgal(m.liste.source);
      validation.rule = { list: { inCellDropDown: true, source } };
      if (m.message) validation.errorAlert = { showAlert: true, style: "Stop", title: "Valeur non autorisée", message: m.message };
      return;
    }
    case "mise-en-forme": {
      await lot.reserver(tailleCellule(m.formule) + 200);
      const regle = feuille(m.feuille).getRange(m.adresse).conditionalFormats.add("Custom");
      regle.custom.rule.formula = m.formule;
      regle.custom.format.fill.color = m.remplissage;
      if (m.police) regle.custom.format.font.color = m.police;
      return;
    }
    case "graphique": {
      await lot.reserver(300);
      const ws = feuille(m.feuille);
      const source = separerFeuille(m.source);
      const donnees = (source.feuille !== undefined ? feuille(source.feuille) : ws).getRange(source.adresse);
      const graphique = ws.charts.add(GENRES_GRAPHIQUE[m.genre], donnees, "Auto");
      graphique.title.text = m.titre;
      // Graphique combiné : ces séries passent en courbe (ExcelApi 1.7), les autres restent en colonnes.
      for (const i of m.courbes ?? []) graphique.series.getItemAt(i).chartType = "Line";
      if (m.position) graphique.setPosition(m.position);
      return;
    }
  }
}
