// Lecture du fichier JSON de `agora paie bulletin` : taux en fractions, champs nommés dans les messages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ErreurAgora } from "../../../src/core/erreurs";
import { calculerBulletin, lireEntreeBulletin } from "../../../src/core/paie";
import { CHAMPS } from "../../../src/core/paie/lecture";

const exempleIssue = {
  periode: "2026-03",
  entreprise: { effectif: 11, tauxAT: 0.015 },
  salarie: { statut: "non-cadre", salaireBase: 2150, heuresMensuelles: 151.67, tauxPAS: 0.02 },
  variables: { heuresSup25: 0, heuresSup50: 0, primes: [], absences: [] },
};
const avec = (modif: (j: typeof exempleIssue & Record<string, unknown>) => void) => {
  const j = JSON.parse(JSON.stringify(exempleIssue));
  modif(j);
  return j;
};
const erreur = (json: unknown): string => {
  try {
    lireEntreeBulletin(json);
  } catch (e) {
    if (e instanceof ErreurAgora) return e.message;
    throw e;
  }
  throw new Error("aucune erreur");
};

describe("lecture des données d'un bulletin", () => {
  it("l'exemple de l'issue se lit ; les champs facultatifs absents valent « aucun »", () => {
    const e = lireEntreeBulletin(exempleIssue);
    expect([e.annee, e.mois, e.entreprise.effectif, e.entreprise.methodeAbsence, e.salarie.statut]).toEqual([2026, 3, 11, "heures-reelles", "non-cadre"]);
    expect(e.entreprise.complementaireSante).toBeUndefined();
    expect(e.variables.congesPayes).toBeUndefined();
    // Sans complémentaire santé (calcul à la main, paie.md § 10.1) : 148,35 + 8,60 + 67,73 + 18,49 de retraite, puis
    // CSG/CRDS sur 2 150 × 98,25 % = 2 112,375 → 2 112,38 : 143,64 + 50,70 + 10,56 ; total 448,07.
    expect(calculerBulletin(e).totaux.cotisationsSalariales.toNumber()).toBe(448.07);
  });

  it("un taux supérieur à 1 est refusé : les taux s'écrivent en fractions", () => {
    expect(erreur(avec((j) => (j.entreprise.tauxAT = 1.5)))).toBe("entreprise.tauxAT : 1,5 est supérieur à 1 ; les taux s'écrivent en fraction (0,015 pour 1,5\u202f%).");
    expect(erreur(avec((j) => (j.salarie.tauxPAS = -0.02)))).toContain("salarie.tauxPAS : le taux −0,02 est négatif.");
  });

  it.each([
    [(j: Record<string, any>) => (j.salarie.salaireBrut = 2150), "salarie : champ inconnu « salaireBrut »"],
    [(j: Record<string, any>) => (j.periode = "03/2026"), "periode : « 03/2026 » n'est pas un mois de paie ; écrivez AAAA-MM, par exemple 2026-03."],
    [(j: Record<string, any>) => (j.periode = "2023-12"), "periode : les paramètres de paie commencent en janvier 2024"],
    [(j: Record<string, any>) => (j.salarie.statut = "employé"), "salarie.statut : « employé » n'est pas un statut (« cadre » ou « non-cadre »)."],
    [(j: Record<string, any>) => (j.salarie.tauxHoraire = 14.2), "salarie : donnez soit le salaire de base mensuel (salaireBase), soit le taux horaire (tauxHoraire)."],
    [(j: Record<string, any>) => delete j.entreprise.effectif, "entreprise.effectif : la valeur est vide"],
    [(j: Record<string, any>) => (j.variables.primes = [{ libelle: "Prime", montant: "beaucoup" }]), "variables.primes[1].montant : « beaucoup » n'est pas un nombre"],
    [(j: Record<string, any>) => (j.variables.absences = [{ du: "2026-03-09" }]), "variables.absences[1] : indiquez la période (du, au) ou le nombre d'heures de l'absence."],
    [(j: Record<string, any>) => (j.entreprise.methodeAbsence = "au doigt mouillé"), "entreprise.methodeAbsence : « au doigt mouillé » n'est pas une méthode de retenue"],
    [(j: Record<string, any>) => (j.entreprise.complementaireSante = { cotisation: 60, partPatronale: 0.4 }), "au moins 50 % de la complémentaire santé"],
    [(j: Record<string, any>) => (j.variables.avantagesNature = [{ libelle: "Repas", montant: 10, repas: 2 }]), "donnez soit le montant évalué, soit le nombre de repas"],
  ])("message clair qui nomme le champ (%#)", (modif, message) => {
    expect(erreur(avec(modif))).toContain(message);
  });

  it("des heures complémentaires sur un temps plein sont refusées", () => {
    expect(() => calculerBulletin(lireEntreeBulletin(avec((j) => ((j.variables as Record<string, unknown>).heuresComp10 = 3))))).toThrow("les heures complémentaires sont celles d'un temps partiel");
  });

  it("le schéma JSON de docs/ décrit exactement les champs que la lecture accepte", () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../../docs/paie-bulletin.schema.json"), "utf8"));
    const entree = schema.$defs.entree;
    const v = entree.properties.variables.properties;
    const proprietes = (o: { properties: Record<string, unknown> }) => Object.keys(o.properties).sort();
    expect(proprietes(entree)).toEqual([...CHAMPS.racine].sort());
    expect(proprietes(entree.properties.entreprise)).toEqual([...CHAMPS.entreprise].sort());
    expect(proprietes(entree.properties.entreprise.properties.complementaireSante)).toEqual([...CHAMPS.complementaireSante].sort());
    expect(proprietes(entree.properties.entreprise.properties.prevoyance)).toEqual([...CHAMPS.prevoyance].sort());
    expect(proprietes(entree.properties.salarie)).toEqual([...CHAMPS.salarie].sort());
    expect(proprietes(entree.properties.variables)).toEqual([...CHAMPS.variables].sort());
    expect(proprietes(v.primes.items)).toEqual([...CHAMPS.prime].sort());
    expect(proprietes(v.absences.items)).toEqual([...CHAMPS.absence].sort());
    expect(proprietes(v.avantagesNature.items)).toEqual([...CHAMPS.avantageNature].sort());
    expect(proprietes(v.congesPayes)).toEqual([...CHAMPS.congesPayes].sort());
    expect(schema.$defs.sortie.properties.totaux.required).toEqual(["brut", "cotisationsSalariales", "cotisationsPatronales", "reductionGenerale", "netSocial", "netImposable", "netAvantImpot", "impotSource", "netPaye", "coutEmployeur"]);
  });
});
