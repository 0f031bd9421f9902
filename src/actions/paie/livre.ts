/**
 * Le livre (journal) de paie du mois (paie.md § 7.1) : une ligne par salarié, une colonne par élément du bulletin
 * (brut, cotisations, nets, impôt, coût) puis par organisme (Urssaf, Agirc-Arrco, mutuelle et prévoyance, DGFiP),
 * et une ligne de totaux en formules SOMME sous le tableau. Les totaux par organisme sont ceux de l'écriture de paie.
 */
import type Decimal from "decimal.js";
import { ZERO, montantFr, somme, versNombre } from "../../core/argent";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellMontant, compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { BulletinSalarie, PaieDuMois } from "./calcul";
import { ventiler } from "./ecriture";
import { codePeriode, periodeFr, type Periode } from "./periode";
import { nomComplet } from "./registre";

export const feuilleLivre = (p: Periode): string => `Livre de paie ${codePeriode(p)}`;
export const tableLivre = (p: Periode): string => `LivrePaie_${codePeriode(p).replace("-", "_")}`;

const CODES_HEURES = ["hs25", "hs50", "hc10", "hc25"];

/** Colonnes du livre : en-tête, valeur pour un salarié, format ; `total` : colonne additionnée sous le tableau. */
const COLONNES_LIVRE: readonly { entete: string; valeur: (bs: BulletinSalarie, effectif: number) => Cellule; format: string; total: boolean }[] = [
  { entete: "Matricule", valeur: (bs) => bs.salarie.matricule, format: FORMATS.texte, total: false },
  { entete: "Nom", valeur: (bs) => nomComplet(bs.salarie), format: "", total: false },
  { entete: "Statut", valeur: (bs) => bs.salarie.statut, format: "", total: false },
  { entete: "Brut", valeur: (bs) => cellMontant(bs.bulletin.totaux.brut), format: FORMATS.euros, total: true },
  {
    entete: "dont heures sup. et compl.",
    valeur: (bs) => cellMontant(somme(bs.bulletin.lignes.filter((l) => CODES_HEURES.includes(l.code)).map((l) => l.montantSalarial ?? ZERO))),
    format: FORMATS.euros,
    total: true,
  },
  { entete: "Cotisations salariales", valeur: (bs) => cellMontant(bs.bulletin.totaux.cotisationsSalariales), format: FORMATS.euros, total: true },
  { entete: "Net à payer avant impôt", valeur: (bs) => cellMontant(bs.bulletin.totaux.netAvantImpot), format: FORMATS.euros, total: true },
  { entete: "Net imposable", valeur: (bs) => cellMontant(bs.bulletin.totaux.netImposable), format: FORMATS.euros, total: true },
  { entete: "Taux PAS", valeur: (bs) => versNombre(bs.bulletin.informations.tauxPAS), format: "0.00%", total: false },
  { entete: "Prélèvement à la source", valeur: (bs) => cellMontant(bs.bulletin.totaux.impotSource), format: FORMATS.euros, total: true },
  { entete: "Net payé", valeur: (bs) => cellMontant(bs.bulletin.totaux.netPaye), format: FORMATS.euros, total: true },
  {
    entete: "Cotisations patronales avant allègements",
    valeur: (bs) => cellMontant(bs.bulletin.informations.cotisationsPatronalesAvantAllegements),
    format: FORMATS.euros,
    total: true,
  },
  { entete: "Allègements", valeur: (bs) => cellMontant(bs.bulletin.informations.allegements), format: FORMATS.euros, total: true },
  { entete: "Cotisations patronales", valeur: (bs) => cellMontant(bs.bulletin.totaux.cotisationsPatronales), format: FORMATS.euros, total: true },
  { entete: "Coût employeur", valeur: (bs) => cellMontant(bs.bulletin.totaux.coutEmployeur), format: FORMATS.euros, total: true },
  { entete: "Urssaf", valeur: (bs, n) => organisme(bs, n, "secu"), format: FORMATS.euros, total: true },
  { entete: "Agirc-Arrco", valeur: (bs, n) => organisme(bs, n, "agirc"), format: FORMATS.euros, total: true },
  {
    entete: "Mutuelle et prévoyance",
    valeur: (bs, n) => {
      const v = ventiler(bs.bulletin, n);
      return cellMontant(v.salariales.mutuelleDette.plus(v.patronales.mutuelleDette).plus(v.salariales.prevoyanceDette).plus(v.patronales.prevoyanceDette));
    },
    format: FORMATS.euros,
    total: true,
  },
  { entete: "DGFiP (PAS)", valeur: (bs) => cellMontant(bs.bulletin.totaux.impotSource), format: FORMATS.euros, total: true },
];

export const ENTETES_LIVRE = COLONNES_LIVRE.map((c) => c.entete);

/** Parts salariale et patronale dues à un organisme par un bulletin. */
function organisme(bs: BulletinSalarie, effectif: number, o: "secu" | "agirc"): Cellule {
  const v = ventiler(bs.bulletin, effectif);
  const total: Decimal = v.salariales[o].plus(v.patronales[o]);
  return cellMontant(total);
}

/** « =SUM(LivrePaie_2026_03[[Net payé]]) » : référence structurée, apostrophes doublées. */
export const formuleSomme = (table: string, colonne: string): string => `=SUM(${table}[[${colonne.replace(/'/g, "''")}]])`;

export function feuilleDuLivre(paie: PaieDuMois, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  const p = paie.periode;
  const nom = feuilleLivre(p);
  const table = tableLivre(p);
  const effectif = paie.parametres.entreprise.effectif;
  const lignes = paie.bulletins.map((bs) => COLONNES_LIVRE.map((c) => c.valeur(bs, effectif)));
  const debut = 4;
  const ligneTotal = debut + lignes.length + 1;
  const total: Cellule[] = COLONNES_LIVRE.map((c, j) => (j === 0 ? "Total" : c.total ? formuleSomme(table, c.entete) : null));
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      nom,
      `Livre de paie — ${periodeFr(p)}`,
      `${compte(lignes.length, "bulletin")} ; les colonnes par organisme additionnent les parts salariales et patronales (écriture de paie, paie.md § 7).`,
    ),
    {
      type: "table",
      feuille: nom,
      nom: table,
      adresse: `A${debut}`,
      entetes: [...ENTETES_LIVRE],
      lignes,
      formats: Object.fromEntries(COLONNES_LIVRE.filter((c) => c.format).map((c) => [c.entete, c.format])),
    },
    {
      type: "valeurs",
      feuille: nom,
      adresse: `A${ligneTotal}`,
      valeurs: [total],
      formats: [COLONNES_LIVRE.map((c) => (c.total ? FORMATS.euros : ""))],
    },
    { type: "mise-en-forme", feuille: nom, adresse: `A${ligneTotal}:${lettresColonne(COLONNES_LIVRE.length - 1)}${ligneTotal}`, formule: "=1=1", remplissage: "#F3F2F1" },
  ];
  const masse = somme(paie.bulletins.map((b) => b.bulletin.totaux.brut));
  return { modifs, resume: phraseFeuille(feuilles, nom, `${compte(lignes.length, "salarié")}, masse salariale brute ${montantFr(masse)} €`) };
}
