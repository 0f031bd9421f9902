/**
 * La feuille « Plans d'amortissement » : un récapitulatif à la clôture choisie (dotation, cumul, VNC de chaque bien),
 * puis un tableau par bien (exercice, début, fin, base, annuité, cumul, VNC), l'exercice choisi mis en évidence.
 * Les montants sont ceux du noyau (comptabilite.md § 9), écrits en valeurs exactes au centime.
 */
import type Decimal from "decimal.js";
import { ZERO, enFrancais, montantFr, somme, tauxFr } from "../../core/argent";
import { comparerJours, jourFr, type Jour } from "../../core/dates";
import { ENTETE_PLAN } from "../../core/immobilisations";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { cellDate, cellMontant, compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { BienRegistre, Registre } from "./registre";

export const FEUILLE_PLANS = "Plans d'amortissement";
export const TABLE_RECAPITULATIF = "TabRecapAmortissements";
export const tablePlan = (rang: number): string => `PlanAmort${rang}`;
/** Remplissage de l'exercice choisi (le jaune des cellules à regarder dans le classeur d'exemple). */
export const REMPLISSAGE_EXERCICE = "#FFF4CE";

/** Où en est un bien à une clôture : dotation de l'exercice, amortissements cumulés et VNC à cette date. */
export interface Situation {
  etat: "pas-commence" | "en-cours" | "termine";
  dotation: Decimal;
  cumul: Decimal;
  vnc: Decimal;
}

export function situationAu(bien: BienRegistre, cloture: Jour): Situation {
  const { plan } = bien;
  const ligne = plan.lignes.find((l) => comparerJours(l.cloture, cloture) === 0);
  if (ligne) return { etat: "en-cours", dotation: ligne.annuite, cumul: ligne.cumul, vnc: ligne.vnc };
  if (comparerJours(cloture, plan.lignes[0].cloture) < 0) return { etat: "pas-commence", dotation: ZERO, cumul: ZERO, vnc: plan.immobilisation.valeurOrigine };
  const derniere = plan.lignes[plan.lignes.length - 1];
  return { etat: "termine", dotation: ZERO, cumul: derniere.cumul, vnc: derniere.vnc };
}

export const libelleMode = (b: BienRegistre): string =>
  b.mode.mode === "degressif" ? "dégressif" : b.mode.decompte === "reel" ? "linéaire (jours réels)" : "linéaire";

/** « compte 2181 · 24 000,00 € sur 10 ans · linéaire, taux 10 % · mise en service le 01/03/2021 » */
function description(b: BienRegistre): string {
  const immo = b.immobilisation;
  const vr = b.plan.valeurResiduelle.isZero() ? "" : ` (valeur résiduelle ${montantFr(b.plan.valeurResiduelle)} €)`;
  const depart =
    immo.mode === "degressif"
      ? `acquis le ${jourFr(immo.debut)}, amorti depuis le ${jourFr(b.plan.depart)}`
      : `mis en service le ${jourFr(immo.debut)}`;
  return [
    ...(b.compte ? [`compte ${b.compte}`] : []),
    `${montantFr(immo.valeurOrigine)} € sur ${compte(immo.duree, "an")}${vr}`,
    `${libelleMode(b)}, taux ${tauxFr(b.plan.taux)}`,
    depart,
  ].join(" · ");
}

const F = FORMATS;

function recapitulatif(registre: Registre, cloture: Jour, debut: number): { modifs: Modification[]; fin: number } {
  const annee = cloture.annee;
  const avecCompte = registre.avecCompte;
  const entetes = [
    "N°",
    "Bien",
    ...(avecCompte ? ["Compte"] : []),
    "Début de l'amortissement",
    "Valeur d'origine",
    "Durée (ans)",
    "Mode",
    `Dotation ${annee}`,
    `Cumul au ${jourFr(cloture)}`,
    `VNC au ${jourFr(cloture)}`,
  ];
  const situations = registre.biens.map((b) => situationAu(b, cloture));
  const lignes: Cellule[][] = registre.biens.map((b, i) => {
    const s = situations[i];
    return [
      b.rang,
      b.designation,
      ...(avecCompte ? [b.compte ?? null] : []),
      cellDate(b.plan.depart),
      cellMontant(b.immobilisation.valeurOrigine),
      b.immobilisation.duree,
      libelleMode(b),
      cellMontant(s.dotation),
      cellMontant(s.cumul),
      cellMontant(s.vnc),
    ];
  });
  const formats: Record<string, string> = {
    "Début de l'amortissement": F.date,
    "Valeur d'origine": F.euros,
    [`Dotation ${annee}`]: F.euros,
    [`Cumul au ${jourFr(cloture)}`]: F.euros,
    [`VNC au ${jourFr(cloture)}`]: F.euros,
  };
  // Ligne des totaux : sous le tableau, après une ligne vide (comme les totaux du classeur d'exemple).
  const ligneTotal = debut + lignes.length + 2;
  const colonneTotal = avecCompte ? "D" : "C";
  const total: Cellule[] = [
    "Total",
    cellMontant(somme(registre.biens.map((b) => b.immobilisation.valeurOrigine))),
    null,
    null,
    cellMontant(somme(situations.map((s) => s.dotation))),
    cellMontant(somme(situations.map((s) => s.cumul))),
    cellMontant(somme(situations.map((s) => s.vnc))),
  ];
  return {
    modifs: [
      { type: "valeurs", feuille: FEUILLE_PLANS, adresse: `A${debut - 1}`, valeurs: [[`Récapitulatif à la clôture du ${jourFr(cloture)}`]] },
      { type: "table", feuille: FEUILLE_PLANS, nom: TABLE_RECAPITULATIF, adresse: `A${debut}`, entetes, lignes, formats },
      {
        type: "valeurs",
        feuille: FEUILLE_PLANS,
        adresse: `${colonneTotal}${ligneTotal}`,
        valeurs: [total],
        formats: [["", F.euros, "", "", F.euros, F.euros, F.euros]],
      },
    ],
    fin: ligneTotal,
  };
}

function planDuBien(b: BienRegistre, cloture: Jour, debut: number): { modifs: Modification[]; fin: number } {
  const lignes: Cellule[][] = b.plan.lignes.map((l) => [
    l.cloture.annee,
    cellDate(l.debut),
    cellDate(l.fin),
    cellMontant(l.base),
    cellMontant(l.annuite),
    cellMontant(l.cumul),
    cellMontant(l.vnc),
  ]);
  const premiere = debut + 3;
  const derniere = premiere + lignes.length - 1;
  return {
    modifs: [
      {
        type: "valeurs",
        feuille: FEUILLE_PLANS,
        adresse: `A${debut}`,
        valeurs: [[`${b.rang}. ${b.designation}`], [description(b)]],
      },
      {
        type: "table",
        feuille: FEUILLE_PLANS,
        nom: tablePlan(b.rang),
        adresse: `A${debut + 2}`,
        entetes: [...ENTETE_PLAN],
        lignes,
        formats: { Exercice: F.entier, Début: F.date, Fin: F.date, Base: F.euros, Annuité: F.euros, Cumul: F.euros, VNC: F.euros },
      },
      {
        type: "mise-en-forme",
        feuille: FEUILLE_PLANS,
        adresse: `A${premiere}:G${derniere}`,
        formule: `=$A${premiere}=${cloture.annee}`,
        remplissage: REMPLISSAGE_EXERCICE,
      },
    ],
    fin: derniere,
  };
}

/** Les modifications de la feuille des plans et la phrase du résumé. */
export function feuillePlans(registre: Registre, cloture: Jour, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  const { tableau } = registre;
  const modifs: Modification[] = feuilleTitree(
    feuilles,
    FEUILLE_PLANS,
    "Plans d'amortissement",
    `Registre : feuille « ${tableau.feuille} » (${tableau.adresse}), ${compte(registre.biens.length, "bien")}. Linéaire : prorata temporis en jours, ` +
      "jour de mise en service compris, mois de 30 jours et année de 360 jours ; dégressif fiscal : coefficient légal, prorata en mois (comptabilite.md § 9).",
    `En jaune : l'exercice clos le ${jourFr(cloture)}.`,
  );
  const recap = recapitulatif(registre, cloture, 6);
  modifs.push(...recap.modifs);
  let ligne = recap.fin + 2;
  for (const b of registre.biens) {
    const p = planDuBien(b, cloture, ligne);
    modifs.push(...p.modifs);
    ligne = p.fin + 2;
  }
  const exercices = registre.biens.reduce((n, b) => n + b.plan.lignes.length, 0);
  return {
    modifs,
    resume: phraseFeuille(feuilles, FEUILLE_PLANS, `${compte(registre.biens.length, "plan")} (${enFrancais(exercices)} exercices en tout) et un récapitulatif au ${jourFr(cloture)}`),
  };
}
