/**
 * Écriture d'un instantané en .xlsx avec ExcelJS : valeurs, formules invariantes avec leur dernier résultat
 * (Excel et LibreOffice les affichent avant tout recalcul), formats, largeurs, tableaux, noms de plages,
 * listes de validation, mises en forme conditionnelles. Les graphiques ne sont pas écrits (ExcelJS ne sait pas).
 */
import ExcelJS from "exceljs";
import { formaterCellule, lirePlageA1 } from "../adresses";
import type { CelluleInstantane, InstantaneClasseur } from "./instantane";
import { pixelsVersCaracteres } from "./instantane";

type ValeurExcelJs = ExcelJS.CellValue;

function resultat(c: CelluleInstantane): ExcelJS.CellFormulaValue["result"] {
  if (c.erreur) return { error: c.erreur as ExcelJS.CellErrorValue["error"] };
  if (c.valeur === null || c.valeur === "") return undefined;
  return c.valeur;
}

function valeurExcelJs(c: CelluleInstantane): ValeurExcelJs {
  if (c.formule) {
    const formula = c.formule.replace(/^=/, "");
    const result = resultat(c);
    if (c.renversement) return { formula, result, shareType: "array", ref: c.renversement, date1904: false } as ExcelJS.CellFormulaValue;
    return result === undefined ? { formula, date1904: false } : { formula, result, date1904: false };
  }
  if (c.erreur) return { error: c.erreur as ExcelJS.CellErrorValue["error"] };
  return c.valeur === "" ? null : c.valeur;
}

/** Couleur CSS « #RRGGBB » → ARGB d'Excel « FFRRGGBB ». */
export function versArgb(couleur: string): string {
  const hex = couleur.replace(/^#/, "").toUpperCase();
  const long = hex.length === 3 ? hex.split("").map((x) => x + x).join("") : hex;
  return /^[0-9A-F]{6}$/.test(long) ? `FF${long}` : "FFFFFF00";
}

/** Liste littérale pour Excel : « "a,b,c" » (les virgules dans un choix ne sont pas possibles dans ce format). */
function listeLitterale(liste: string[]): string {
  return `"${liste.map((x) => x.replace(/"/g, '""')).join(",")}"`;
}

export function versClasseurExcelJs(inst: InstantaneClasseur): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "agora-excel (aperçu)";
  for (const f of inst.feuilles) {
    const ws = wb.addWorksheet(f.nom);
    for (const c of f.cellules) {
      const cell = ws.getCell(c.ligne + 1, c.colonne + 1);
      cell.value = valeurExcelJs(c);
      if (c.format) cell.numFmt = c.format;
    }
    for (const [col, px] of Object.entries(f.largeurs)) ws.getColumn(Number(col) + 1).width = pixelsVersCaracteres(px);
    for (const t of inst.tables.filter((x) => x.feuille === f.nom)) {
      const r = lirePlageA1(t.adresse);
      const lignes: ValeurExcelJs[][] = [];
      for (let l = r.debut.ligne + 1; l <= r.fin.ligne; l++) {
        lignes.push(t.entetes.map((_, j) => ws.getCell(l + 1, r.debut.colonne + j + 1).value));
      }
      ws.addTable({
        name: t.nom,
        ref: formaterCellule(r.debut),
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: t.entetes.map((name) => ({ name, filterButton: true })),
        rows: lignes.length ? lignes : [t.entetes.map(() => null)],
      });
      // addTable réécrit les cellules : on remet les formats de la feuille.
      for (const c of f.cellules) if (c.format) ws.getCell(c.ligne + 1, c.colonne + 1).numFmt = c.format;
    }
    for (const v of inst.validations.filter((x) => x.feuille === f.nom)) {
      const r = lirePlageA1(v.adresse);
      const formule = Array.isArray(v.liste) ? listeLitterale(v.liste) : v.liste.source.replace(/^=/, "");
      for (let l = r.debut.ligne; l <= r.fin.ligne; l++)
        for (let c = r.debut.colonne; c <= r.fin.colonne; c++) {
          ws.getCell(l + 1, c + 1).dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [formule],
            showErrorMessage: true,
            ...(v.message ? { error: v.message, errorTitle: "Valeur non autorisée" } : {}),
          };
        }
    }
    for (const m of inst.misesEnForme.filter((x) => x.feuille === f.nom)) {
      ws.addConditionalFormatting({
        ref: m.adresse,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [m.formule.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: versArgb(m.remplissage) } },
              ...(m.police ? { font: { color: { argb: versArgb(m.police) } } } : {}),
            },
          },
        ],
      });
    }
  }
  for (const n of inst.noms) {
    // ExcelJS n'écrit que des noms de plages (« Feuille!$A$1 ») ; un nom-formule (« =0,2 ») est perdu.
    const ref = n.reference.replace(/^=/, "");
    if (/^('[^']+'|[^!(),+*/&<>^-]+)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(ref)) wb.definedNames.add(ref, n.nom);
  }
  const active = inst.feuilles.findIndex((f) => f.nom === inst.active);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  return wb;
}

/** Contenu du fichier .xlsx. */
export async function ecrireXlsx(inst: InstantaneClasseur): Promise<Uint8Array> {
  const buffer = await versClasseurExcelJs(inst).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Noms de ce qui ne sera pas dans le fichier (à signaler à l'utilisateur). */
export function pertesEcriture(inst: InstantaneClasseur): string[] {
  const pertes: string[] = [];
  if (inst.graphiques.length) pertes.push(`${inst.graphiques.length} graphique(s) : le format .xlsx écrit par l'aperçu ne contient pas de graphiques.`);
  const noms = inst.noms.filter((n) => !/!\$?[A-Z]{1,3}\$?\d+/.test(n.reference));
  if (noms.length) pertes.push(`nom(s) défini(s) par une formule : ${noms.map((n) => n.nom).join(", ")}.`);
  return pertes;
}
