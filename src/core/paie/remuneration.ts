/**
 * Rémunération brute (paie.md § 2 et § 5.1, point 1) : salaire de base − absences + congés payés + heures
 * supplémentaires et complémentaires + primes + avantages en nature.
 */
import type Decimal from "decimal.js";
import { Dec, ZERO, arrondi, enFrancais, montantFr, quotientFr, somme } from "../argent";
import { erreurNombre } from "../erreurs";
import type { Trace } from "../trace";
import { moisFr, retenueAbsence } from "./absences";
import { decompterJours, decompterMois } from "./calendrier";
import { indemniteConges, lignesConges, type IndemniteConges } from "./conges-payes";
import { lignesHeuresMajorees, type HeuresMajorees } from "./heures-sup";
import { alerter, arrondiCourt, ligneMontants, noter, salarial } from "./lignes";
import type { BaremePaie } from "./parametres";
import type { EntreeBulletin, LigneBulletin } from "./types";

export interface Remuneration {
  lignes: LigneBulletin[];
  brut: Decimal;
  /** Salaire mensuel de base, sans absence. */
  salaireMensuel: Decimal;
  tauxHoraire: Decimal;
  heures: HeuresMajorees;
  /** Total des retenues pour absence non rémunérée (positif). */
  retenues: Decimal;
  /** Jours ouvrables d'absence non rémunérée (acquisition des congés). */
  joursAbsence: number;
  avantagesNature: Decimal;
  conges?: IndemniteConges;
}

function ligneSalaireBase(e: EntreeBulletin, trace: Trace): { ligne: LigneBulletin; salaire: Decimal; tauxHoraire: Decimal } {
  const s = e.salarie;
  const heures = s.heuresMensuelles;
  if (s.salaireBase) {
    const salaire = arrondi(s.salaireBase);
    const tauxHoraire = salaire.div(heures);
    noter(trace, () => `Salaire de base : ${montantFr(salaire)} pour ${enFrancais(heures)} h ; taux horaire = ${montantFr(salaire)} ÷ ${enFrancais(heures)} = ${quotientFr(tauxHoraire)}`);
    return { ligne: ligneMontants("salaire-base", "remuneration", "Salaire de base", { base: heures, tauxSalarial: tauxHoraire, salarial: salaire }), salaire, tauxHoraire };
  }
  const tauxHoraire = s.tauxHoraire ?? ZERO;
  const exact = tauxHoraire.times(heures);
  const salaire = arrondi(exact);
  noter(trace, () => `Salaire de base = ${enFrancais(heures)} h × ${montantFr(tauxHoraire)} = ${arrondiCourt(exact)}`);
  return { ligne: ligneMontants("salaire-base", "remuneration", "Salaire de base", { base: heures, tauxSalarial: tauxHoraire, salarial: salaire }), salaire, tauxHoraire };
}

function lignesAvantages(e: EntreeBulletin, b: BaremePaie, trace: Trace): LigneBulletin[] {
  return e.variables.avantagesNature.map((a, i) => {
    let montant: Decimal;
    if (a.repas) {
      const brut = a.repas.times(b.repasAvantageNature);
      montant = Dec.max(ZERO, arrondi(brut.minus(a.participation ?? ZERO)));
      noter(trace, () => `${a.libelle} : ${enFrancais(a.repas ?? ZERO)} repas × ${montantFr(b.repasAvantageNature)}${a.participation ? ` − participation ${montantFr(a.participation)}` : ""} = ${montantFr(montant)}`);
    } else montant = arrondi(a.montant ?? ZERO);
    return ligneMontants(`avantage-${i + 1}`, "remuneration", `Avantage en nature : ${a.libelle}`, { base: a.repas ?? null, salarial: montant });
  });
}

export function calculerRemuneration(e: EntreeBulletin, b: BaremePaie, trace: Trace): Remuneration {
  const v = e.variables;
  const { ligne, salaire, tauxHoraire } = ligneSalaireBase(e, trace);
  const lignes: LigneBulletin[] = [ligne];

  const contexte = { annee: e.annee, mois: e.mois, salaire, heuresMensuelles: e.salarie.heuresMensuelles, methode: e.entreprise.methodeAbsence };
  const absences = v.absences.map((a, i) => retenueAbsence(a, `variables.absences[${i + 1}]`, contexte, trace));
  const retenues = somme(absences.map(salarial)).neg();
  if (retenues.gt(salaire)) throw erreurNombre(`variables.absences : les retenues (${montantFr(retenues)}) dépassent le salaire du mois (${montantFr(salaire)}).`);
  lignes.push(...absences);
  const joursAbsence = v.absences.reduce((n, a) => n + (a.du && a.au ? decompterJours(a.du, a.au).ouvrables : 0), 0);

  let conges: IndemniteConges | undefined;
  if (v.congesPayes) {
    conges = indemniteConges(v.congesPayes, salaire, decompterMois(e.annee, e.mois).ouvrables, b.congesDixieme, trace);
    lignes.push(...lignesConges(v.congesPayes, conges));
  }

  const heures = lignesHeuresMajorees(tauxHoraire, v, b, trace);
  lignes.push(...heures.lignes);
  for (const [i, p] of v.primes.entries()) lignes.push(ligneMontants(`prime-${i + 1}`, "remuneration", p.libelle, { salarial: arrondi(p.montant) }));
  const avantages = lignesAvantages(e, b, trace);
  lignes.push(...avantages);
  const avantagesNature = somme(avantages.map(salarial));

  const brut = somme(lignes.map(salarial));
  noter(trace, () => `Salaire brut = ${lignes.map((l) => montantFr(salarial(l))).join(" + ").replace(/\+ −/g, "− ")} = ${montantFr(brut)}`);
  controlerSmic(salaire.minus(retenues).plus(somme(v.primes.map((p) => arrondi(p.montant)))).plus(avantagesNature), salaire, retenues, e, b, trace);
  return { lignes, brut, salaireMensuel: salaire, tauxHoraire, heures, retenues, joursAbsence, avantagesNature, conges };
}

/** Contrôle du SMIC (paie.md § 2.1) : alerte seulement, le bulletin est calculé. */
function controlerSmic(remunerationControle: Decimal, salaire: Decimal, retenues: Decimal, e: EntreeBulletin, b: BaremePaie, trace: Trace): void {
  const tempsPlein = e.salarie.heuresMensuelles.gte(b.dureeLegaleMensuelle);
  const heures = tempsPlein ? b.heuresAnnuellesSmic.div(12) : e.salarie.heuresMensuelles;
  const facteur = salaire.isZero() ? ZERO : salaire.minus(retenues).div(salaire);
  const minimum = arrondi(heures.times(b.smicHoraire).times(facteur));
  if (remunerationControle.lt(minimum)) {
    alerter(trace, `la rémunération du mois (${montantFr(remunerationControle)}) est inférieure au SMIC dû pour les heures payées (${montantFr(minimum)}, SMIC horaire de ${moisFr(e.annee, e.mois)} : ${montantFr(b.smicHoraire)}).`);
  }
}
