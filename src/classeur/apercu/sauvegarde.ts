/**
 * Moteur de l'aperçu (HyperFormula en français + état) : création, sauvegarde complète et restauration.
 * Sert à revenir en arrière quand un plan échoue en cours de route, et à l'annulation (Ctrl+Z) de la grille.
 */
import { HyperFormula, type RawCellContent, type SerializedNamedExpression } from "hyperformula";
import { CONFIG_FR, enregistrerAgora } from "../../hotes/hyperformula/plugin";
import { ordreFeuilles, type Moteur } from "./application";
import { copier, etatVide, type EtatApercu } from "./etat";

/** Configuration d'HyperFormula de l'aperçu : celle du greffon AGORA, avec l'euro reconnu à la saisie. */
export const CONFIG_APERCU = { ...CONFIG_FR, currencySymbol: ["€"], undoLimit: 0 };

export function creerHf(feuilles: readonly string[]): HyperFormula {
  enregistrerAgora();
  const hf = HyperFormula.buildEmpty(CONFIG_APERCU);
  for (const f of feuilles) hf.addSheet(f);
  return hf;
}

export function moteurVide(feuille = "Feuil1"): Moteur {
  return { hf: creerHf([feuille]), etat: etatVide(feuille) };
}

export interface Sauvegarde {
  feuilles: [string, RawCellContent[][]][];
  noms: SerializedNamedExpression[];
  etat: EtatApercu;
}

/**
 * Contenus saisis d'une feuille. HyperFormula sérialise aussi les valeurs d'un résultat renversé : on les retire,
 * sinon, rechargées comme des constantes, elles bloqueraient ce résultat (#PROPAGATION!).
 */
export function contenusSaisis(hf: HyperFormula, sheet: number): RawCellContent[][] {
  return hf.getSheetSerialized(sheet).map((ligne, row) =>
    ligne.map((v, col) => (v !== null && hf.isCellPartOfArray({ sheet, row, col }) && !hf.doesCellHaveFormula({ sheet, row, col }) ? null : v)),
  );
}

export function sauvegarder(m: Moteur): Sauvegarde {
  return {
    feuilles: ordreFeuilles(m).map((nom) => [nom, contenusSaisis(m.hf, m.hf.getSheetId(nom)!)]),
    noms: m.hf.getAllNamedExpressionsSerialized(),
    etat: copier(m.etat),
  };
}

/** Nouveau moteur identique à la sauvegarde (l'ancien HyperFormula doit être détruit par l'appelant). */
export function restaurer(s: Sauvegarde): Moteur {
  const hf = creerHf(s.feuilles.map(([nom]) => nom));
  hf.batch(() => {
    for (const [nom, contenu] of s.feuilles) if (contenu.length) hf.setSheetContent(hf.getSheetId(nom)!, contenu);
    for (const n of s.noms) hf.addNamedExpression(n.name, n.expression, n.scope, n.options);
  });
  return { hf, etat: copier(s.etat) };
}
