/**
 * Lecture d'un .xlsx avec ExcelJS en instantané : valeurs, formules (syntaxe invariante du fichier) et leur dernier
 * résultat, formats, largeurs de colonnes, tableaux, noms de plages, listes de validation, mises en forme
 * conditionnelles par formule. Les appels de fonctions personnalisées enregistrés par Excel (« _xldudf_AGORA_TTC »)
 * redeviennent « AGORA.TTC ».
 */
import ExcelJS from "exceljs";
import { erreurValeur } from "../../core/erreurs";
import { formaterRectangle, type Position, type Rectangle } from "../adresses";
import type { Cellule } from "../port";
import type { CelluleInstantane, FeuilleInstantane, InstantaneClasseur, MiseEnFormeInstantane, ValidationInstantane } from "./instantane";
import { caracteresVersPixels } from "./instantane";

const MS_PAR_JOUR = 86_400_000;
const EPOQUE_EXCEL = Date.UTC(1899, 11, 30);

/** Date lue par ExcelJS (minuit UTC) → numéro de série Excel (système 1900, après le 01/03/1900). */
export function dateVersSerie(d: Date): number {
  const n = (d.getTime() - EPOQUE_EXCEL) / MS_PAR_JOUR;
  return Math.round(n * 86_400) / 86_400;
}

/** Formule du fichier → formule invariante du port, avec « = ». */
export function formuleDuFichier(formule: string): string {
  const f = formule
    .replace(/_xlfn\._xlws\.|_xlfn\.|_xlws\./g, "")
    .replace(/(?:\[\d+\]!|[\w.]+\.xla!)?_xldudf_([A-Za-z0-9_]+)/g, (_, nom: string) => nom.toUpperCase().replace(/_/g, "."));
  return f.startsWith("=") ? f : `=${f}`;
}

function scalaire(v: unknown): { valeur: Cellule; erreur?: string } {
  if (v === null || v === undefined) return { valeur: null };
  if (v instanceof Date) return { valeur: dateVersSerie(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { valeur: v };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return { valeur: null, erreur: String(o.error) };
    if (Array.isArray(o.richText)) return { valeur: (o.richText as { text: string }[]).map((r) => r.text).join("") };
    if ("text" in o) return { valeur: String(o.text) };
  }
  return { valeur: String(v) };
}

function lireCellule(cell: ExcelJS.Cell, ligne: number, colonne: number): CelluleInstantane | undefined {
  const v = cell.value;
  const format = cell.numFmt && !/^general$/i.test(cell.numFmt) ? cell.numFmt : undefined;
  const base = { ligne, colonne, ...(format ? { format } : {}) };
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const o = v as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    const texte = cell.formula || o.formula;
    const r = scalaire(o.result);
    if (!texte) return { ...base, ...r };
    return {
      ...base,
      ...r,
      formule: formuleDuFichier(texte),
      ...(o.shareType === "array" && o.ref && o.ref.includes(":") ? { renversement: o.ref } : {}),
    };
  }
  const r = scalaire(v);
  if (r.valeur === null && !r.erreur && !format) return undefined;
  return { ...base, ...r };
}

/** Regroupe des cellules en rectangles : colonnes contiguës, puis colonnes voisines de même hauteur. */
export function rectangles(cellules: Position[]): Rectangle[] {
  const parColonne = new Map<number, number[]>();
  for (const p of cellules) parColonne.set(p.colonne, [...(parColonne.get(p.colonne) ?? []), p.ligne]);
  const segments: Rectangle[] = [];
  for (const [colonne, lignes] of [...parColonne].sort((a, b) => a[0] - b[0])) {
    lignes.sort((a, b) => a - b);
    let debut = lignes[0];
    for (let i = 1; i <= lignes.length; i++) {
      if (i < lignes.length && lignes[i] === lignes[i - 1] + 1) continue;
      segments.push({ debut: { ligne: debut, colonne }, fin: { ligne: lignes[i - 1], colonne } });
      debut = lignes[i];
    }
  }
  const fusion: Rectangle[] = [];
  for (const s of segments) {
    const voisin = fusion.find((r) => r.fin.colonne === s.debut.colonne - 1 && r.debut.ligne === s.debut.ligne && r.fin.ligne === s.fin.ligne);
    if (voisin) voisin.fin.colonne = s.fin.colonne;
    else fusion.push({ debut: { ...s.debut }, fin: { ...s.fin } });
  }
  return fusion;
}

function lireValidations(ws: ExcelJS.Worksheet, feuille: string): ValidationInstantane[] {
  const modele = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  const groupes = new Map<string, { dv: ExcelJS.DataValidation; cellules: Position[] }>();
  for (const [adresse, dv] of Object.entries(modele)) {
    if (!dv || dv.type !== "list" || !dv.formulae?.length) continue;
    const cell = ws.getCell(adresse);
    const k = JSON.stringify(dv);
    const g = groupes.get(k) ?? { dv, cellules: [] };
    g.cellules.push({ ligne: Number(cell.row) - 1, colonne: Number(cell.col) - 1 });
    groupes.set(k, g);
  }
  return [...groupes.values()].flatMap(({ dv, cellules }) => {
    const f = String(dv.formulae[0]);
    const liste = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"').split(",").map((x) => x.trim()) : { source: f.startsWith("=") ? f : `=${f}` };
    return rectangles(cellules).map((r) => ({ feuille, adresse: formaterRectangle(r), liste, ...(dv.error ? { message: dv.error } : {}) }));
  });
}

function couleurCss(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

function lireMisesEnForme(ws: ExcelJS.Worksheet, feuille: string): MiseEnFormeInstantane[] {
  const mfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  return mfs.flatMap((cf) =>
    cf.rules.flatMap((r) => {
      if (r.type !== "expression" || !r.formulae?.length) return [];
      const style = r.style as { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } | undefined;
      const remplissage = couleurCss(style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb);
      if (!remplissage) return [];
      const police = couleurCss(style?.font?.color?.argb);
      return [{ feuille, adresse: cf.ref.split(" ")[0], formule: formuleDuFichier(String(r.formulae[0])), remplissage, ...(police ? { police } : {}) }];
    }),
  );
}

export function depuisClasseurExcelJs(wb: ExcelJS.Workbook): InstantaneClasseur {
  const inst: InstantaneClasseur = { feuilles: [], tables: [], noms: [], validations: [], misesEnForme: [], graphiques: [] };
  for (const ws of wb.worksheets) {
    const f: FeuilleInstantane = { nom: ws.name, cellules: [], largeurs: {} };
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const lue = lireCellule(cell, r - 1, c - 1);
        if (lue) f.cellules.push(lue);
      }),
    );
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) f.largeurs[i] = caracteresVersPixels(col.width);
    });
    inst.feuilles.push(f);
    for (const t of ws.getTables() as unknown as { table?: ExcelJS.TableProperties & { tableRef?: string }; model?: ExcelJS.TableProperties & { tableRef?: string } }[]) {
      const m = t.model ?? t.table;
      if (!m?.tableRef) continue;
      inst.tables.push({ nom: m.name, feuille: ws.name, adresse: m.tableRef, entetes: m.columns.map((c) => c.name), formats: {} });
    }
    inst.validations.push(...lireValidations(ws, ws.name));
    inst.misesEnForme.push(...lireMisesEnForme(ws, ws.name));
  }
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    if (n.ranges.length !== 1 || n.name.startsWith("_xlnm")) continue;
    inst.noms.push({ nom: n.name, reference: `=${n.ranges[0]}` });
  }
  const active = wb.views?.[0]?.activeTab;
  if (active !== undefined && inst.feuilles[active]) inst.active = inst.feuilles[active].nom;
  return inst;
}

/** Lit le contenu d'un fichier .xlsx. Message en français si ce n'en est pas un. */
export async function lireXlsx(contenu: ArrayBuffer | Uint8Array): Promise<InstantaneClasseur> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(contenu as ArrayBuffer);
  } catch (e) {
    throw erreurValeur(`Ce fichier n'est pas un classeur .xlsx lisible (${e instanceof Error ? e.message : String(e)}). Les anciens .xls doivent d'abord être enregistrés en .xlsx.`);
  }
  if (!wb.worksheets.length) throw erreurValeur("Ce classeur ne contient aucune feuille.");
  return depuisClasseurExcelJs(wb);
}
