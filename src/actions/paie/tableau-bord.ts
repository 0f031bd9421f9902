/**
 * Le tableau de bord social du mois (paie.md § 9) : effectif au dernier jour du mois (par statut et par contrat), ETP,
 * masse salariale brute et chargée, salaire moyen, taux de charges patronales, taux d'absentéisme, taux de rotation
 * (turnover), ancienneté moyenne et heures de formation. Chaque indicateur a sa formule en toutes lettres ; deux
 * graphiques natifs : l'effectif par statut, le brut et le coût employeur de chaque salarié.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, enFrancais, montantFr, somme, versNombre } from "../../core/argent";
import { comparerJours, ecartJours, type Jour } from "../../core/dates";
import { heuresParJour } from "../../core/paie/absences";
import { decompterJours } from "../../core/paie/calendrier";
import { adresseComplete } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellMontant, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { PaieDuMois } from "./calcul";
import { codePeriode, dernierJour, periodeFr, premierJour, type Periode } from "./periode";
import { TEMPS_PLEIN, nomComplet, type SalarieRegistre } from "./registre";

export const feuilleTableauBord = (p: Periode): string => `Tableau de bord social ${codePeriode(p)}`;

const present = (s: SalarieRegistre, j: Jour): boolean => (!s.entree || comparerJours(s.entree, j) <= 0) && (!s.sortie || comparerJours(s.sortie, j) >= 0);
const dansLeMois = (j: Jour | undefined, p: Periode): boolean => !!j && j.annee === p.annee && j.mois === p.mois;

export interface Indicateurs {
  effectifDebut: number;
  effectifFin: number;
  cadres: number;
  nonCadres: number;
  parContrat: Record<string, number>;
  tempsPartiel: number;
  etp: Decimal;
  masseBrute: Decimal;
  masseChargee: Decimal;
  cotisationsPatronales: Decimal;
  bulletins: number;
  heuresAbsence: Decimal;
  heuresTheoriques: Decimal;
  entrees: number;
  sorties: number;
  ancienneteMoyenne?: Decimal;
  formation: Decimal;
}

/** Heures d'une absence de la grille : ses heures, ou ses jours ouvrés × heures par jour du contrat. */
function heuresAbsence(paie: PaieDuMois): Decimal {
  return somme(
    paie.bulletins.flatMap((bs) =>
      bs.variables.absences.map((a) => a.heures ?? (a.du && a.au ? heuresParJour(bs.salarie.heuresMensuelles).times(decompterJours(a.du, a.au).ouvres) : ZERO)),
    ),
  );
}

export function calculerIndicateurs(paie: PaieDuMois): Indicateurs {
  const p = paie.periode;
  const fin = dernierJour(p);
  const salaries = paie.registre.salaries;
  const inscrits = salaries.filter((s) => present(s, fin));
  const parContrat: Record<string, number> = {};
  for (const s of inscrits) parContrat[s.contrat] = (parContrat[s.contrat] ?? 0) + 1;
  const avecEntree = inscrits.filter((s) => s.entree);
  const anciennetes = avecEntree.map((s) => new Dec(ecartJours(s.entree as Jour, fin)).div("365.25"));
  const totaux = paie.bulletins.map((b) => b.bulletin.totaux);
  return {
    effectifDebut: salaries.filter((s) => present(s, premierJour(p))).length,
    effectifFin: inscrits.length,
    cadres: inscrits.filter((s) => s.statut === "cadre").length,
    nonCadres: inscrits.filter((s) => s.statut === "non-cadre").length,
    parContrat,
    tempsPartiel: inscrits.filter((s) => s.heuresMensuelles.lt(TEMPS_PLEIN)).length,
    etp: somme(inscrits.map((s) => Dec.min(s.heuresMensuelles, TEMPS_PLEIN))).div(TEMPS_PLEIN),
    masseBrute: somme(totaux.map((t) => t.brut)),
    masseChargee: somme(totaux.map((t) => t.coutEmployeur)),
    cotisationsPatronales: somme(totaux.map((t) => t.cotisationsPatronales)),
    bulletins: totaux.length,
    heuresAbsence: heuresAbsence(paie),
    heuresTheoriques: somme(paie.bulletins.map((b) => b.salarie.heuresMensuelles)),
    entrees: salaries.filter((s) => dansLeMois(s.entree, p)).length,
    sorties: salaries.filter((s) => dansLeMois(s.sortie, p)).length,
    ...(anciennetes.length ? { ancienneteMoyenne: somme(anciennetes).div(anciennetes.length) } : {}),
    formation: somme(paie.bulletins.map((b) => b.variables.formation)),
  };
}

const ratio = (a: Decimal, b: Decimal): Decimal | undefined => (b.isZero() ? undefined : a.div(b));
const nombre = (d: Decimal | undefined): Cellule => (d === undefined ? null : versNombre(d));
const f2 = (d: Decimal): string => enFrancais(d.toDecimalPlaces(2, Dec.ROUND_HALF_UP));

export function feuilleDuTableauBord(paie: PaieDuMois, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  const p = paie.periode;
  const nom = feuilleTableauBord(p);
  const i = calculerIndicateurs(paie);
  const moyen = new Dec(i.effectifDebut + i.effectifFin).div(2);
  const contrats = Object.entries(i.parContrat)
    .map(([c, n]) => `${n} ${c === "apprentissage" ? "en apprentissage" : c}`)
    .join(", ");
  const lignes: [string, Cellule, string, string][] = [
    [`Effectif au ${String(dernierJour(p).jour).padStart(2, "0")}/${String(p.mois).padStart(2, "0")}/${p.annee}`, i.effectifFin, FORMATS.entier, `salariés inscrits au registre ce jour-là : ${contrats || "aucun"}`],
    ["dont cadres", i.cadres, FORMATS.entier, `non-cadres : ${i.nonCadres}`],
    ["dont temps partiel", i.tempsPartiel, FORMATS.entier, "heures mensuelles inférieures à 151,67"],
    ["Équivalents temps plein (ETP)", nombre(i.etp), "#,##0.00", "Σ heures mensuelles ÷ 151,67"],
    ["Bulletins du mois", i.bulletins, FORMATS.entier, "salariés payés ce mois-là (les apprentis n'ont pas de bulletin calculé)"],
    ["Masse salariale brute", cellMontant(i.masseBrute), FORMATS.euros, "Σ salaires bruts"],
    ["Masse salariale chargée", cellMontant(i.masseChargee), FORMATS.euros, "Σ coûts employeur (brut + cotisations patronales)"],
    ["Salaire brut moyen", nombre(ratio(i.masseBrute, new Dec(i.bulletins))), FORMATS.euros, `${montantFr(i.masseBrute)} ÷ ${i.bulletins} bulletins`],
    ["Taux de charges patronales", nombre(ratio(i.cotisationsPatronales, i.masseBrute)), "0.00%", `${montantFr(i.cotisationsPatronales)} ÷ ${montantFr(i.masseBrute)}`],
    ["Taux d'absentéisme", nombre(ratio(i.heuresAbsence, i.heuresTheoriques)), "0.00%", `${f2(i.heuresAbsence)} h d'absence ÷ ${f2(i.heuresTheoriques)} h théoriques (absences non rémunérées de la grille)`],
    ["Taux de rotation (turnover)", nombre(ratio(new Dec(i.entrees + i.sorties).div(2), moyen)), "0.00%", `((${i.entrees} entrées + ${i.sorties} sorties) ÷ 2) ÷ effectif moyen ${f2(moyen)}`],
    ["Ancienneté moyenne (années)", nombre(i.ancienneteMoyenne), "#,##0.00", "Σ anciennetés au dernier jour du mois ÷ salariés dont la date d'entrée est connue"],
    ["Heures de formation", nombre(i.formation), "#,##0.00", "Σ heures de formation de la grille des variables"],
  ];
  const debut = 4;
  const valeurs: Cellule[][] = lignes.map(([l, v, , c]) => [l, v, c]);
  const formats = lignes.map(([, , f]) => ["", f, ""]);
  // Données des graphiques, sous les indicateurs.
  const hautStatut = debut + lignes.length + 3;
  const statut: Cellule[][] = [["Statut", "Effectif"], ["Cadres", i.cadres], ["Non-cadres", i.nonCadres]];
  const hautMasse = hautStatut + statut.length + 1;
  const masse: Cellule[][] = [["Salarié", "Brut", "Coût employeur"], ...paie.bulletins.map((b) => [nomComplet(b.salarie), cellMontant(b.bulletin.totaux.brut), cellMontant(b.bulletin.totaux.coutEmployeur)])];
  const modifs: Modification[] = [
    feuilles.feuille(nom),
    {
      type: "valeurs",
      feuille: nom,
      adresse: "A1",
      valeurs: [[`Tableau de bord social — ${periodeFr(p)}`, null, null], ["Indicateurs de paie.md § 9, calculés sur le registre du personnel et les bulletins du mois.", null, null]],
    },
    // Des tableaux : Excel ajuste la largeur des colonnes ; les formats de la colonne Valeur sont précisés ligne à ligne.
    { type: "table", feuille: nom, nom: `TableauBord_${codePeriode(p).replace("-", "_")}`, adresse: `A${debut - 1}`, entetes: ["Indicateur", "Valeur", "Calcul"], lignes: valeurs },
    { type: "valeurs", feuille: nom, adresse: `A${debut}`, valeurs, formats },
    { type: "table", feuille: nom, nom: `EffectifStatut_${codePeriode(p).replace("-", "_")}`, adresse: `A${hautStatut}`, entetes: statut[0] as string[], lignes: statut.slice(1) },
    {
      type: "table",
      feuille: nom,
      nom: `MasseSalariale_${codePeriode(p).replace("-", "_")}`,
      adresse: `A${hautMasse}`,
      entetes: masse[0] as string[],
      lignes: masse.slice(1),
      formats: { Brut: FORMATS.euros, "Coût employeur": FORMATS.euros },
    },
    {
      type: "graphique",
      feuille: nom,
      source: adresseComplete(nom, `$A$${hautStatut}:$B$${hautStatut + 2}`),
      genre: "secteurs",
      titre: "Effectif par statut",
      position: `E${hautStatut}`,
    },
    {
      type: "graphique",
      feuille: nom,
      source: adresseComplete(nom, `$A$${hautMasse}:$C$${hautMasse + masse.length - 1}`),
      genre: "colonnes",
      titre: "Salaire brut et coût employeur par salarié",
      position: `E${hautStatut + 15}`,
    },
  ];
  return { modifs, resume: phraseFeuille(feuilles, nom, `${lignes.length} indicateurs et 2 graphiques (effectif ${i.effectifFin}, masse salariale chargée ${montantFr(i.masseChargee)} €)`) };
}
