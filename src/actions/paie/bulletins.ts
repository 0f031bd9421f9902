/**
 * Une feuille imprimable par salarié, mise en page comme un bulletin de paie clarifié (paie.md § 6.2) : en-têtes
 * employeur et salarié, période, lignes du moteur regroupées par blocs (base, taux et montant salarial et patronal),
 * total des cotisations, montant net social, net à payer avant impôt, impôt prélevé à la source, net payé mis en
 * évidence, puis les informations (coût employeur, allègements, congés acquis). Les valeurs sont celles du moteur,
 * exactes au centime ; les formats sont invariants (euros, pourcentages, heures).
 */
import type Decimal from "decimal.js";
import { Dec, enFrancais, versNombre } from "../../core/argent";
import { jourFr } from "../../core/dates";
import { TITRES_GROUPES, type LigneBulletin } from "../../core/paie";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellDate, cellMontant, nomFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { BulletinSalarie, PaieDuMois } from "./calcul";
import type { EnteteEmployeur } from "./entreprise";
import { codePeriode, dernierJour, periodeFr, premierJour, type Periode } from "./periode";
import { descriptionContrat, nomComplet } from "./registre";

export const feuilleBulletin = (p: Periode, matricule: string): string => nomFeuille(`Bulletin ${codePeriode(p)} ${matricule}`);
/** Nom du tableau des lignes : le rang du salarié au registre (un matricule peut contenir des caractères interdits). */
export const tableBulletin = (p: Periode, rang: number): string => `Bulletin_${codePeriode(p).replace("-", "_")}_${rang}`;

/** Couleurs : titres de blocs (gris clair), totaux (gris pâle), net payé (encadré bleu pâle). */
export const COULEURS_BULLETIN = {
  bloc: { remplissage: "#EDEBE9", police: "#201F1E" },
  total: { remplissage: "#F3F2F1", police: "#201F1E" },
  net: { remplissage: "#CFE4FA", police: "#0C3B5E" },
} as const;

const HEURES = "#,##0.00";
const TAUX_HORAIRE = '#,##0.0000 "€"';
const JOURS = '#,##0.00 "j"';
const COLONNES = ["Rubrique", "Base", "Taux salarial", "Part salariale", "Taux patronal", "Part patronale"];

/** Pourcentage avec autant de décimales qu'il en faut (0,016 % ; 1,50 %). */
export const formatTaux = (t: Decimal): string => (t.times(100).decimalPlaces() > 2 ? "0.000%" : "0.00%");

class Lignes {
  readonly valeurs: Cellule[][] = [];
  readonly formats: string[][] = [];
  /** Numéro de ligne (1 = ligne 1 de la feuille) de la prochaine ligne ajoutée. */
  get suivante(): number {
    return this.valeurs.length + 1;
  }
  ajouter(valeurs: Cellule[], formats: string[] = []): number {
    this.valeurs.push([...valeurs, ...Array.from({ length: 6 - valeurs.length }, (): Cellule => null)]);
    this.formats.push(Array.from({ length: 6 }, (_, j) => formats[j] ?? ""));
    return this.valeurs.length;
  }
  vide(): void {
    this.ajouter([]);
  }
}

const nombre = (d: Decimal | null): Cellule => (d === null ? null : versNombre(d));

function ligneRubrique(l: LigneBulletin): { valeurs: Cellule[]; formats: string[] } {
  const remuneration = l.groupe === "remuneration";
  const baseEnHeures = remuneration || l.code === "deduction-forfaitaire-hs";
  // Taux horaire affiché à 4 décimales (paie.md § 2.1), comme le bulletin texte ; le calcul garde la valeur exacte.
  const tauxSal = remuneration && l.tauxSalarial ? l.tauxSalarial.toDecimalPlaces(4, Dec.ROUND_HALF_UP) : l.tauxSalarial;
  return {
    valeurs: [l.libelle, nombre(l.base), nombre(tauxSal), nombre(l.montantSalarial), nombre(l.tauxPatronal), nombre(l.montantPatronal)],
    formats: [
      "",
      baseEnHeures ? HEURES : FORMATS.euros,
      remuneration ? TAUX_HORAIRE : l.tauxSalarial ? formatTaux(l.tauxSalarial) : "",
      FORMATS.euros,
      l.tauxPatronal ? formatTaux(l.tauxPatronal) : "",
      FORMATS.euros,
    ],
  };
}

function entetes(e: EnteteEmployeur, bs: BulletinSalarie, paie: PaieDuMois, lignes: Lignes): void {
  const s = bs.salarie;
  const p = paie.periode;
  lignes.ajouter([`BULLETIN DE PAIE — ${periodeFr(p).toUpperCase()}`]);
  lignes.ajouter([`Période du ${jourFr(premierJour(p))} au ${jourFr(dernierJour(p))} ; paiement le ${jourFr(dernierJour(p))}.`]);
  lignes.vide();
  lignes.ajouter(["EMPLOYEUR", null, null, "SALARIÉ"]);
  const employeur: [string, string | undefined][] = [
    ["Raison sociale", e.raisonSociale],
    ["Adresse", e.adresse],
    ["SIRET", e.siret],
    ["Code APE", e.ape],
    ["Urssaf", e.urssaf],
    ["Convention", e.convention],
  ];
  const salarie: [string, Cellule, string][] = [
    ["Matricule", s.matricule, FORMATS.texte],
    ["Nom", nomComplet(s), ""],
    ["Emploi", s.poste ?? null, ""],
    ["Statut", s.statut, ""],
    ["Contrat", descriptionContrat(s), ""],
    ["Entrée le", cellDate(s.entree), FORMATS.date],
  ];
  for (let i = 0; i < 6; i++) {
    const [le, ve] = employeur[i];
    const [ls, vs, fs] = salarie[i];
    lignes.ajouter([le, ve ?? null, null, ls, vs], ["", "", "", "", fs]);
  }
}

/** Les modifications de la feuille d'un bulletin. */
export function feuilleDuBulletin(bs: BulletinSalarie, paie: PaieDuMois, feuilles: FeuillesGenerees): Modification[] {
  const nom = feuilleBulletin(paie.periode, bs.salarie.matricule);
  const b = bs.bulletin;
  const t = b.totaux;
  const i = b.informations;
  const lignes = new Lignes();
  entetes(paie.parametres.employeur, bs, paie, lignes);
  lignes.vide();
  const ligneEntete = lignes.ajouter([...COLONNES]);
  const premiere = lignes.suivante;
  const sommes: number[] = [];
  let groupe = "";
  for (const l of b.lignes) {
    if (l.groupe !== groupe) {
      if (groupe === "remuneration") sommes.push(lignes.ajouter(["SALAIRE BRUT", null, null, cellMontant(t.brut)], ["", "", "", FORMATS.euros]));
      groupe = l.groupe;
      lignes.ajouter([TITRES_GROUPES[l.groupe]]);
    }
    const r = ligneRubrique(l);
    lignes.ajouter(r.valeurs, r.formats);
  }
  const derniere = lignes.suivante - 1;
  const e = FORMATS.euros;
  const ligneTotal = lignes.ajouter(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", null, null, cellMontant(t.cotisationsSalariales), null, cellMontant(t.cotisationsPatronales)], ["", "", "", e, "", e]);
  sommes.push(ligneTotal);
  lignes.vide();
  sommes.push(lignes.ajouter(["MONTANT NET SOCIAL", null, null, null, null, cellMontant(t.netSocial)], ["", "", "", "", "", e]));
  sommes.push(lignes.ajouter(["NET À PAYER AVANT IMPÔT SUR LE REVENU", null, null, null, null, cellMontant(t.netAvantImpot)], ["", "", "", "", "", e]));
  const taux = i.tauxPASPersonnalise ? "taux personnalisé" : "taux non personnalisé";
  lignes.ajouter([`Prélèvement à la source (${taux})`, cellMontant(t.netImposable), nombre(i.tauxPAS), null, null, cellMontant(t.impotSource)], [
    "",
    e,
    formatTaux(i.tauxPAS),
    "",
    "",
    e,
  ]);
  if (!i.heuresSupExonerees.isZero()) lignes.ajouter(["dont heures supplémentaires exonérées d'impôt", null, null, null, null, cellMontant(i.heuresSupExonerees)], ["", "", "", "", "", e]);
  const ligneNet = lignes.ajouter([`NET PAYÉ le ${jourFr(dernierJour(paie.periode))}`, null, null, null, null, cellMontant(t.netPaye)], ["", "", "", "", "", e]);
  lignes.vide();
  const ligneInfos = lignes.ajouter(["INFORMATIONS"]);
  lignes.ajouter(["Salaire brut", null, null, null, null, cellMontant(t.brut)], ["", "", "", "", "", e]);
  lignes.ajouter(["Montant net imposable", null, null, null, null, cellMontant(t.netImposable)], ["", "", "", "", "", e]);
  lignes.ajouter(["Total versé par l'employeur (coût employeur)", null, null, null, null, cellMontant(t.coutEmployeur)], ["", "", "", "", "", e]);
  lignes.ajouter(["Allègements de cotisations patronales", null, null, null, null, cellMontant(i.allegements)], ["", "", "", "", "", e]);
  lignes.ajouter(["Congés payés acquis ce mois", null, null, null, null, nombre(i.congesAcquis)], ["", "", "", "", "", JOURS]);
  if (!bs.variables.formation.isZero()) {
    lignes.ajouter([`Formation : ${enFrancais(bs.variables.formation)} h dans le mois (pour information)`]);
  }
  lignes.vide();
  lignes.ajouter(["Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée."]);
  lignes.ajouter(["Bulletin pédagogique calculé par agora-excel (paramètres de paie datés, paie.md) ; il ne remplace pas un logiciel de paie."]);

  const zone = (n: number) => `A${n}:F${n}`;
  // Les lignes du bulletin forment un tableau Excel : Excel ajuste la largeur de ses colonnes (libellés lisibles).
  // Ses formats par colonne sont ensuite précisés cellule par cellule (taux horaire, heures, 0,016 %).
  const avant = lignes.valeurs.slice(0, ligneEntete - 1);
  const corps = (tableau: Cellule[][] | string[][]) => tableau.slice(premiere - 1, ligneTotal);
  const apres = lignes.valeurs.slice(ligneTotal);
  return [
    feuilles.feuille(nom),
    { type: "valeurs", feuille: nom, adresse: "A1", valeurs: avant, formats: lignes.formats.slice(0, ligneEntete - 1) },
    {
      type: "table",
      feuille: nom,
      nom: tableBulletin(paie.periode, bs.salarie.rang),
      adresse: `A${ligneEntete}`,
      entetes: COLONNES,
      lignes: corps(lignes.valeurs) as Cellule[][],
      formats: { Base: FORMATS.euros, "Taux salarial": "0.00%", "Part salariale": FORMATS.euros, "Taux patronal": "0.00%", "Part patronale": FORMATS.euros },
    },
    { type: "valeurs", feuille: nom, adresse: `A${premiere}`, valeurs: corps(lignes.valeurs) as Cellule[][], formats: corps(lignes.formats) as string[][] },
    { type: "valeurs", feuille: nom, adresse: `A${ligneTotal + 1}`, valeurs: apres, formats: lignes.formats.slice(ligneTotal) },
    { type: "mise-en-forme", feuille: nom, adresse: "A4:F4", formule: "=1=1", ...COULEURS_BULLETIN.bloc },
    // Titres de blocs : un libellé sans aucun nombre sur la ligne.
    { type: "mise-en-forme", feuille: nom, adresse: `A${premiere}:F${derniere}`, formule: `=AND($A${premiere}<>"",COUNT($B${premiere}:$F${premiere})=0)`, ...COULEURS_BULLETIN.bloc },
    ...sommes.map((n): Modification => ({ type: "mise-en-forme", feuille: nom, adresse: zone(n), formule: "=1=1", ...COULEURS_BULLETIN.total })),
    { type: "mise-en-forme", feuille: nom, adresse: zone(ligneNet), formule: "=1=1", ...COULEURS_BULLETIN.net },
    { type: "mise-en-forme", feuille: nom, adresse: zone(ligneInfos), formule: "=1=1", ...COULEURS_BULLETIN.bloc },
  ];
}
