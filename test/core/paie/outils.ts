// Données d'entrée des tests de paie : les deux bulletins de mars 2026 de paie.md § 10 et des variantes.
import { Dec, ZERO } from "../../../src/core/argent";
import type { Bulletin, EntreeBulletin, LigneBulletin } from "../../../src/core/paie";

const d = (x: number | string) => new Dec(x);

/** paie.md § 10.1 : non-cadre, 2 150,00 €, 11 salariés, AT 1,50 %, santé 60 € à 50 %, PAS 2 %. */
export function bulletinA(modif: (e: EntreeBulletin) => void = () => undefined): EntreeBulletin {
  const e: EntreeBulletin = {
    annee: 2026,
    mois: 3,
    entreprise: { effectif: 11, tauxAT: d("0.015"), methodeAbsence: "heures-reelles", complementaireSante: { cotisation: d(60), partPatronale: d("0.5") } },
    salarie: { statut: "non-cadre", salaireBase: d(2150), heuresMensuelles: d("151.67"), tauxPAS: d("0.02") },
    variables: { heuresSup25: ZERO, heuresSup50: ZERO, heuresComp10: ZERO, heuresComp25: ZERO, primes: [], absences: [], avantagesNature: [] },
  };
  modif(e);
  return e;
}

/** paie.md § 10.2 : cadre, 4 600,00 € + 8 HS à 25 %, 60 salariés, AT 1,20 %, santé 60 € à 50 %, PAS au taux neutre. */
export function bulletinB(modif: (e: EntreeBulletin) => void = () => undefined): EntreeBulletin {
  const e = bulletinA((x) => {
    x.entreprise.effectif = 60;
    x.entreprise.tauxAT = d("0.012");
    x.salarie = { statut: "cadre", salaireBase: d(4600), heuresMensuelles: d("151.67") };
    x.variables.heuresSup25 = d(8);
  });
  modif(e);
  return e;
}

export function ligne(b: Bulletin, code: string): LigneBulletin {
  const l = b.lignes.find((x) => x.code === code);
  if (!l) throw new Error(`ligne ${code} absente du bulletin`);
  return l;
}

/** [base, taux salarial, montant salarial, taux patronal, montant patronal] en nombres (null pour une case vide). */
export function valeurs(l: LigneBulletin): (number | null)[] {
  return [l.base, l.tauxSalarial, l.montantSalarial, l.tauxPatronal, l.montantPatronal].map((x) => (x === null ? null : x.toNumber()));
}

export const n = (x: Dec | null | undefined): number | null => (x === null || x === undefined ? null : x.toNumber());
