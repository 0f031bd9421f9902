/**
 * Bilan simplifié, système de base, montants nets (comptabilite.md § 3.2). Chaque compte de bilan va à un poste ;
 * un compte de tiers ou de banque se classe selon le signe de son solde (512 créditeur → emprunts et dettes
 * financières ; 411 créditeur → autres dettes ; 401 débiteur → autres créances). Les amortissements et dépréciations
 * (28, 29, 39, 49, 59) viennent en déduction de l'actif. Le résultat de l'exercice (Σ 7 − Σ 6, plus 120/129 s'ils
 * sont déjà mouvementés) va aux capitaux propres. Contrôle : total actif = total passif.
 */
import { TRACE_MUETTE, type Trace } from "../../trace";
import { centimesFr, type Centimes } from "../centimes";
import { dansSelection, soldeSelection, type Poste, type Selection, type SoldesComptes } from "./rubriques";

/** Postes de l'actif, dans l'ordre de présentation. */
export const POSTES_ACTIF = {
  capitalNonAppele: "Capital souscrit non appelé",
  immobilisationsIncorporelles: "Immobilisations incorporelles",
  immobilisationsCorporelles: "Immobilisations corporelles",
  immobilisationsFinancieres: "Immobilisations financières",
  stocks: "Stocks et en-cours",
  avancesVersees: "Avances et acomptes versés sur commandes",
  creancesClients: "Créances clients et comptes rattachés",
  autresCreances: "Autres créances",
  vmp: "Valeurs mobilières de placement",
  disponibilites: "Disponibilités",
  chargesConstateesAvance: "Charges constatées d'avance",
  fraisEmissionPrimes: "Frais d'émission et primes de remboursement des emprunts",
  ecartsConversionActif: "Écarts de conversion et différences d'évaluation – actif",
} as const;

/** Postes du passif, dans l'ordre de présentation. */
export const POSTES_PASSIF = {
  capital: "Capital",
  primes: "Primes d'émission, de fusion, d'apport",
  ecartsReevaluation: "Écarts de réévaluation",
  ecartEquivalence: "Écart d'équivalence",
  reserves: "Réserves",
  reportANouveau: "Report à nouveau",
  resultat: "Résultat de l'exercice",
  subventionsInvestissement: "Subventions d'investissement",
  provisionsReglementees: "Provisions réglementées",
  provisionsRisques: "Provisions pour risques et charges",
  empruntsDettesFinancieres: "Emprunts et dettes financières",
  avancesRecues: "Avances et acomptes reçus",
  dettesFournisseurs: "Dettes fournisseurs et comptes rattachés",
  dettesFiscalesSociales: "Dettes fiscales et sociales",
  dettesImmobilisations: "Dettes sur immobilisations",
  autresDettes: "Autres dettes",
  produitsConstatesAvance: "Produits constatés d'avance",
  ecartsConversionPassif: "Écarts de conversion et différences d'évaluation – passif",
} as const;

export type CodeActif = keyof typeof POSTES_ACTIF;
export type CodePassif = keyof typeof POSTES_PASSIF;

/** Règle de classement : préfixes ; poste à l'actif (solde débiteur), au passif (solde créditeur), ou les deux selon le signe. */
interface Regle {
  selection: Selection;
  actif?: CodeActif;
  passif?: CodePassif;
}

const r = (comptes: string[], actif?: CodeActif, passif?: CodePassif, sauf?: string[]): Regle => ({ selection: { comptes, sauf }, actif, passif });

/** Première règle qui convient ; les plus précises d'abord (comptabilite.md § 3.2). */
const REGLES: readonly Regle[] = [
  r(["109"], "capitalNonAppele"),
  r(["101", "108", "102", "103"], undefined, "capital"),
  r(["104"], undefined, "primes"),
  r(["105"], undefined, "ecartsReevaluation"),
  r(["107"], undefined, "ecartEquivalence"),
  r(["106"], undefined, "reserves"),
  r(["11"], undefined, "reportANouveau"),
  r(["12"], undefined, "resultat"),
  r(["13"], undefined, "subventionsInvestissement"),
  r(["14"], undefined, "provisionsReglementees"),
  r(["15"], undefined, "provisionsRisques"),
  r(["169"], "fraisEmissionPrimes"),
  r(["16", "17", "18", "519"], undefined, "empruntsDettesFinancieres"),
  r(["20", "232", "237", "280", "290", "2932"], "immobilisationsIncorporelles"),
  r(["21", "22", "23", "281", "282", "291", "292", "2931"], "immobilisationsCorporelles"),
  r(["25", "26", "27", "296", "297", "29"], "immobilisationsFinancieres"),
  r(["3"], "stocks"),
  r(["4091"], "avancesVersees"),
  r(["4191"], undefined, "avancesRecues"),
  r(["491"], "creancesClients"),
  r(["49"], "autresCreances"),
  r(["411", "413", "416", "418"], "creancesClients", "autresDettes"),
  r(["404", "405", "4084"], "autresCreances", "dettesImmobilisations"),
  r(["401", "403", "4081", "4088"], "autresCreances", "dettesFournisseurs"),
  r(["4456", "4458"], "autresCreances", "dettesFiscalesSociales"),
  r(["42", "43", "44"], "autresCreances", "dettesFiscalesSociales"),
  r(["486"], "chargesConstateesAvance"),
  r(["487"], undefined, "produitsConstatesAvance"),
  r(["481"], "fraisEmissionPrimes"),
  r(["474", "476"], "ecartsConversionActif"),
  r(["475", "477"], undefined, "ecartsConversionPassif"),
  r(["4"], "autresCreances", "autresDettes"),
  r(["50", "59"], "vmp"),
  r(["5"], "disponibilites", "empruntsDettesFinancieres"),
];

export interface Bilan {
  actif: Poste[];
  passif: Poste[];
  totalActif: Centimes;
  totalPassif: Centimes;
  /** Résultat de l'exercice (Σ 7 − Σ 6), porté aux capitaux propres. */
  resultatExercice: Centimes;
  equilibre: boolean;
  /** Comptes de classe 8 (ou inconnus) soldés, laissés hors bilan (alerte). */
  horsBilan: string[];
}

export function bilan(balance: SoldesComptes, trace: Trace = TRACE_MUETTE): Bilan {
  const actif = new Map<CodeActif, { montant: Centimes; comptes: string[] }>();
  const passif = new Map<CodePassif, { montant: Centimes; comptes: string[] }>();
  const horsBilan: string[] = [];
  const porter = <K>(m: Map<K, { montant: Centimes; comptes: string[] }>, code: K, montant: Centimes, compte: string) => {
    const p = m.get(code) ?? { montant: 0, comptes: [] };
    p.montant += montant;
    const signe = montant < 0 ? "−" : "+";
    p.comptes.push(p.comptes.length ? `${signe} ${compte} ${centimesFr(Math.abs(montant))}` : `${compte} ${centimesFr(montant)}`);
    m.set(code, p);
  };
  for (const c of balance) {
    const classe = c.compte[0];
    if (classe === "6" || classe === "7") continue;
    const s = c.debit - c.credit;
    if (s === 0) continue;
    const regle = REGLES.find((g) => dansSelection(c.compte, g.selection));
    if (!regle) {
      horsBilan.push(c.compte);
      continue;
    }
    if (regle.actif && (!regle.passif || s > 0)) {
      porter(actif, regle.actif, s, c.compte);
      if (regle.passif) trace.etape(`${c.compte} débiteur (${centimesFr(s)}) : à l'actif, ${POSTES_ACTIF[regle.actif].toLowerCase()}.`);
    } else {
      porter(passif, regle.passif!, -s, c.compte);
      if (regle.actif) trace.etape(`${c.compte} créditeur (${centimesFr(-s)}) : au passif, ${POSTES_PASSIF[regle.passif!].toLowerCase()}.`);
    }
  }
  const resultatExercice = soldeSelection(balance, { comptes: ["7"] }, "C") - soldeSelection(balance, { comptes: ["6"] }, "D");
  if (resultatExercice !== 0) porter(passif, "resultat", resultatExercice, "compte de résultat (Σ 7 − Σ 6)");
  trace.etape(`Résultat de l'exercice = Σ produits (7) − Σ charges (6) = ${centimesFr(resultatExercice)}${resultatExercice >= 0 ? " (bénéfice)" : " (perte)"}, porté aux capitaux propres.`);

  const liste = <K extends string>(libelles: Record<K, string>, m: Map<K, { montant: Centimes; comptes: string[] }>): Poste[] =>
    (Object.keys(libelles) as K[])
      .filter((k) => m.has(k))
      .map((k) => {
        const p = m.get(k)!;
        return { code: k, libelle: libelles[k], montant: p.montant, detail: `${p.comptes.join(" ")} = ${centimesFr(p.montant)}` };
      });
  const postesActif = liste(POSTES_ACTIF, actif);
  const postesPassif = liste(POSTES_PASSIF, passif);
  for (const p of [...postesActif, ...postesPassif]) trace.etape(`${p.libelle} : ${p.detail}.`);
  const totalActif = postesActif.reduce((t, p) => t + p.montant, 0);
  const totalPassif = postesPassif.reduce((t, p) => t + p.montant, 0);
  const equilibre = totalActif === totalPassif;
  trace.etape(`Total actif = ${centimesFr(totalActif)} ; total passif = ${centimesFr(totalPassif)}.`);
  trace.regle("Bilan du système de base, montants nets ; tiers et banques classés selon le signe du solde (comptabilite.md § 3.2).");
  if (horsBilan.length) trace.alerte(`comptes laissés hors bilan (classe 8 ou inconnus) : ${horsBilan.join(", ")}.`);
  if (!equilibre) trace.alerte(`bilan déséquilibré : écart de ${centimesFr(Math.abs(totalActif - totalPassif))} (balance déséquilibrée ?).`);
  return { actif: postesActif, passif: postesPassif, totalActif, totalPassif, resultatExercice, equilibre, horsBilan };
}
