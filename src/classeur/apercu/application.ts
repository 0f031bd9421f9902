/**
 * Application d'un plan déjà vérifié à HyperFormula et à l'état de l'aperçu, dans un seul lot de calcul.
 * En cas d'échec imprévu, l'appelant restaure l'instantané pris avant (voir classeur-apercu.ts).
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { erreurValeur } from "../../core/erreurs";
import { lireCellule, lirePlageA1, separerFeuille, type Position, type Rectangle } from "../adresses";
import type { Cellule, Modification, Progres } from "../port";
import { contenuHf, texteProtege } from "./contenus";
import { cleFeuille, meta, oublierFeuille, type EtatApercu, type TableApercu } from "./etat";
import { versHf } from "./formules-hf";
import { cle, rectangleDe } from "./plages";
import type { TableReperee } from "./references-structurees";
import { zoneEcrite } from "./verification";

export interface Moteur {
  hf: HyperFormula;
  etat: EtatApercu;
}

/** Identifiant HyperFormula d'une feuille, sans tenir compte de la casse (comme Excel). */
export function idFeuille(hf: HyperFormula, nom: string): number | undefined {
  const direct = hf.getSheetId(nom);
  if (direct !== undefined) return direct;
  const k = cleFeuille(nom);
  const trouve = hf.getSheetNames().find((n) => cleFeuille(n) === k);
  return trouve === undefined ? undefined : hf.getSheetId(trouve);
}

export function idFeuilleOuErreur(hf: HyperFormula, nom: string): number {
  const id = idFeuille(hf, nom);
  if (id === undefined) throw erreurValeur(`La feuille « ${nom} » n'existe pas.`);
  return id;
}

/** Noms des feuilles dans l'ordre des onglets. */
export function ordreFeuilles(m: Moteur): string[] {
  const connues = [...m.etat.feuilles.values()].map((f) => f.nom).filter((nom) => m.hf.getSheetId(nom) !== undefined);
  const autres = m.hf.getSheetNames().filter((nom) => !m.etat.feuilles.has(cleFeuille(nom)));
  return [...connues, ...autres];
}

/** Nom exact (casse d'origine) d'une feuille. */
export function nomExact(hf: HyperFormula, nom: string): string {
  return hf.getSheetName(idFeuilleOuErreur(hf, nom)) ?? nom;
}

/** Écrit un bloc de valeurs du port et retient formats et formules d'origine. */
export function ecrireBloc(
  m: Moteur,
  feuille: string,
  debut: Position,
  valeurs: readonly (readonly Cellule[])[],
  tables: readonly TableReperee[],
  formats?: (string | undefined)[][],
): void {
  const sheet = idFeuilleOuErreur(m.hf, feuille);
  const meta_ = meta(m.etat, feuille);
  const contenus: RawCellContent[][] = valeurs.map((ligne, i) =>
    ligne.map((v, j) => {
      const position = { ligne: debut.ligne + i, colonne: debut.colonne + j };
      const k = cle(position.ligne, position.colonne);
      const { contenu, origine } = contenuHf(v, { tables, feuille, position });
      if (origine) meta_.origines.set(k, origine);
      else meta_.origines.delete(k);
      const format = formats?.[i]?.[j];
      if (format !== undefined) {
        if (format === "" || /^general$/i.test(format)) meta_.formats.delete(k);
        else meta_.formats.set(k, format);
      }
      return contenu;
    }),
  );
  if (contenus.length && contenus[0].length) m.hf.setCellContents({ sheet, row: debut.ligne, col: debut.colonne }, contenus);
}

/** Tableaux connus des formules : ceux de l'état et ceux que le plan va créer. */
export function tablesPourFormules(etat: EtatApercu, plan: readonly Modification[]): TableReperee[] {
  const duPlan: TableReperee[] = plan.flatMap((x) =>
    x.type === "table" ? [{ nom: x.nom, feuille: x.feuille, debut: lireCellule(separerFeuille(x.adresse).adresse.split(":")[0]), colonnes: x.entetes, lignes: x.lignes.length }] : [],
  );
  return [...etat.tables.filter((t) => !duPlan.some((d) => cleFeuille(d.nom) === cleFeuille(t.nom))), ...duPlan];
}

function zone(adresse: string): Rectangle {
  return lirePlageA1(separerFeuille(adresse).adresse);
}

function appliquerUne(m: Moteur, x: Modification, tables: readonly TableReperee[], touchees: Map<string, Set<number>>): void {
  const toucher = (feuille: string, r: Rectangle) => {
    const k = cleFeuille(feuille);
    const s = touchees.get(k) ?? new Set<number>();
    for (let c = r.debut.colonne; c <= r.fin.colonne; c++) s.add(c);
    touchees.set(k, s);
  };
  switch (x.type) {
    case "feuille": {
      const id = idFeuille(m.hf, x.nom);
      if (id !== undefined) {
        m.hf.clearSheet(id);
        oublierFeuille(m.etat, m.hf.getSheetName(id) ?? x.nom);
      } else {
        m.hf.addSheet(x.nom);
        meta(m.etat, x.nom);
      }
      if (x.activer) {
        m.etat.feuilleActive = nomExact(m.hf, x.nom);
        const a1 = { ligne: 0, colonne: 0 };
        m.etat.selection = { feuille: m.etat.feuilleActive, zone: { debut: a1, fin: a1 }, active: a1 };
      }
      return;
    }
    case "valeurs": {
      const ecrite = zoneEcrite(x.adresse, x.valeurs);
      ecrireBloc(m, nomExact(m.hf, x.feuille), ecrite.debut, x.valeurs, tables, x.formats);
      toucher(x.feuille, ecrite);
      return;
    }
    case "formule": {
      const r = zone(x.adresse);
      const feuille = nomExact(m.hf, x.feuille);
      ecrireBloc(m, feuille, r.debut, [[x.formule]], tables, x.format !== undefined ? [[x.format]] : undefined);
      if (x.selectionner) {
        m.etat.feuilleActive = feuille;
        m.etat.selection = { feuille, zone: { debut: r.debut, fin: r.debut }, active: r.debut };
      }
      return;
    }
    case "table": {
      const feuille = nomExact(m.hf, x.feuille);
      const debut = zone(x.adresse).debut;
      const table: TableApercu = { nom: x.nom, feuille, debut, colonnes: [...x.entetes], lignes: x.lignes.length, formats: { ...(x.formats ?? {}) } };
      m.etat.tables = m.etat.tables.filter((t) => cleFeuille(t.nom) !== cleFeuille(x.nom));
      m.etat.tables.push(table);
      const formats = x.lignes.map(() => x.entetes.map((e) => x.formats?.[e]));
      const sheet = idFeuilleOuErreur(m.hf, feuille);
      m.hf.setCellContents({ sheet, row: debut.ligne, col: debut.colonne }, [x.entetes.map((e) => texteProtege(e))]);
      ecrireBloc(m, feuille, { ligne: debut.ligne + 1, colonne: debut.colonne }, x.lignes, tables, formats);
      toucher(feuille, rectangleDe(debut, x.lignes.length + 1, x.entetes.length));
      return;
    }
    case "nom": {
      const reference = x.reference.startsWith("=") ? x.reference : `=${x.reference}`;
      const expression = versHf(reference);
      if (m.hf.isItPossibleToChangeNamedExpression(x.nom, expression)) m.hf.changeNamedExpression(x.nom, expression);
      else m.hf.addNamedExpression(x.nom, expression);
      m.etat.noms.set(cleFeuille(x.nom), { nom: x.nom, reference, ...(x.commentaire ? { commentaire: x.commentaire } : {}) });
      return;
    }
    case "validation":
      m.etat.validations.push({ feuille: nomExact(m.hf, x.feuille), zone: zone(x.adresse), liste: x.liste, ...(x.message ? { message: x.message } : {}) });
      return;
    case "mise-en-forme":
      m.etat.misesEnForme.push({
        feuille: nomExact(m.hf, x.feuille),
        zone: zone(x.adresse),
        formule: x.formule.startsWith("=") ? x.formule : `=${x.formule}`,
        remplissage: x.remplissage,
        ...(x.police ? { police: x.police } : {}),
      });
      return;
    case "graphique":
      m.etat.graphiques.push({ feuille: nomExact(m.hf, x.feuille), source: x.source, genre: x.genre, titre: x.titre, ...(x.position ? { position: x.position } : {}), ...(x.courbes?.length ? { courbes: [...x.courbes] } : {}) });
      return;
  }
}

/** Applique le plan ; rend, par feuille, les colonnes écrites (pour ajuster leur largeur). */
export function appliquerPlan(m: Moteur, plan: readonly Modification[], progres?: Progres): Map<string, Set<number>> {
  const tables = tablesPourFormules(m.etat, plan);
  const touchees = new Map<string, Set<number>>();
  m.hf.batch(() => {
    plan.forEach((x, k) => {
      appliquerUne(m, x, tables, touchees);
      progres?.avancer((k + 1) / plan.length, x.type === "feuille" ? `Feuille « ${x.nom} »` : undefined);
    });
  });
  return touchees;
}

