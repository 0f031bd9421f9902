/** Le mois de paie : « 2026-03 », « 03/2026 », « mars 2026 » ; il nomme les feuilles générées (« Bulletin 2026-03 S01 »). */
import { finDeMois, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { normaliserMotCle } from "../../core/nombres";
import { moisFr } from "../../core/paie/absences";

export interface Periode {
  annee: number;
  mois: number;
}

const MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
/** Premier mois couvert par les paramètres de paie (src/core/paie/parametres). */
const PREMIERE_ANNEE = 2024;
const DERNIERE_ANNEE = 2026;

/** « 2026-03 » */
export const codePeriode = (p: Periode): string => `${p.annee}-${String(p.mois).padStart(2, "0")}`;
/** « mars 2026 » */
export const periodeFr = (p: Periode): string => moisFr(p.annee, p.mois);
export const premierJour = (p: Periode): Jour => ({ annee: p.annee, mois: p.mois, jour: 1 });
export const dernierJour = (p: Periode): Jour => finDeMois(premierJour(p));

export function lirePeriode(texte: string, champ = "Mois de paie"): Periode {
  const s = normaliserMotCle(texte);
  let m = /^(\d{4})\s*[\s/.-]\s*(\d{1,2})$/.exec(s);
  let p: Periode | undefined = m ? { annee: Number(m[1]), mois: Number(m[2]) } : undefined;
  m = p ? null : /^(\d{1,2})\s*[\s/.-]\s*(\d{4})$/.exec(s);
  if (m) p = { annee: Number(m[2]), mois: Number(m[1]) };
  m = p ? null : /^([a-z]+)\s+(\d{4})$/.exec(s);
  if (m && MOIS.includes(m[1])) p = { annee: Number(m[2]), mois: MOIS.indexOf(m[1]) + 1 };
  if (!p || p.mois < 1 || p.mois > 12) throw erreurValeur(`${champ} : « ${texte} » n'est pas un mois de paie ; écrivez par exemple 2026-03 ou mars 2026.`);
  if (p.annee < PREMIERE_ANNEE || p.annee > DERNIERE_ANNEE) {
    throw erreurValeur(`${champ} : les paramètres de paie couvrent janvier ${PREMIERE_ANNEE} à décembre ${DERNIERE_ANNEE} (${periodeFr(p)} demandé).`);
  }
  return p;
}
