/**
 * Feuille « Rapprochement bancaire » : l'état de rapprochement présenté comme dans comptabilite.md § 7 (compte 512 à
 * gauche, relevé à droite, soldes puis opérations non pointées, soldes rectifiés), le calcul et le contrôle d'égalité,
 * les écritures à passer pour les opérations du relevé seulement, puis la liste des opérations pointées.
 */
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { jourFr, versSerie } from "../../core/dates";
import { libelleCompte } from "../../core/compta/pcg";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { COULEURS_TOTAL, enteteEtat, LIGNE_TABLEAU, lignesControles } from "./plan-balance";
import { COULEURS_TITRE, evidence, planTexte } from "./plan-etats";
import { contrepartie, montantLivre, montantReleve, type Pointage } from "./rapprochement-pointage";
import type { OperationReleve } from "./rapprochement-releve";

export const FEUILLE_RAPPROCHEMENT = "Rapprochement bancaire";
export const TABLE_RAPPROCHEMENT = "Rapprochement";
export const TABLE_ECRITURES_RAPPROCHEMENT = "EcrituresRapprochement";
export const TABLE_POINTAGE = "Pointage";

type TableModification = Extract<Modification, { type: "table" }>;

const euros = (c: Centimes): number | null => (c === 0 ? null : depuisCentimes(c).toNumber());

export interface DonneesEtat {
  compte: string;
  date: string;
  solde512: Centimes;
  soldeReleve: Centimes;
  solde512Rectifie: Centimes;
  soldeReleveRectifie: Centimes;
  pointage: Pointage;
}

const libelleReleve = (o: OperationReleve): string => `${jourFr(o.date).slice(0, 5)} ${o.libelle || "(sans libellé)"}${o.reference && !o.libelle.includes(o.reference) ? ` (${o.reference})` : ""}`;
const libelleLivre = (l: LigneEcriture): string => `${jourFr(l.date).slice(0, 5)} ${l.libelle || l.piece || "(sans libellé)"}`;

/** Débit et crédit d'un montant signé (+ au débit). */
const enDebitCredit = (c: Centimes): [number | null, number | null] => (c >= 0 ? [euros(c) ?? 0, null] : [null, euros(-c)]);

/** Le tableau du § 7 : une ligne de soldes, les non-pointés côte à côte, la ligne des soldes rectifiés. */
export function lignesEtat(d: DonneesEtat): Cellule[][] {
  const gauche = d.pointage.releveSeul.map((o): Cellule[] => [libelleReleve(o), ...enDebitCredit(montantReleve(o))]);
  // Côté relevé, l'opération du 512 s'inscrit en sens inverse : un chèque émis (crédit du 512) au débit de la banque.
  const droite = d.pointage.livresSeuls.map((l): Cellule[] => [libelleLivre(l), ...enDebitCredit(-montantLivre(l))]);
  const n = Math.max(gauche.length, droite.length);
  const vide: Cellule[] = [null, null, null];
  return [
    [`Solde au ${d.date}`, ...enDebitCredit(d.solde512), `Solde au ${d.date}`, ...enDebitCredit(-d.soldeReleve)],
    ...Array.from({ length: n }, (_, i) => [...(gauche[i] ?? vide), ...(droite[i] ?? vide)]),
    ["Solde rectifié", ...enDebitCredit(d.solde512Rectifie), "Solde rectifié", ...enDebitCredit(-d.soldeReleveRectifie)],
  ];
}

/**
 * Les écritures proposées : une par opération du relevé seulement (journal BQ, date du relevé). Colonnes rangées pour
 * que les textes longs tombent dans les colonnes A et D, déjà larges pour l'état : la feuille tient à l'écran.
 */
export function lignesEcritures(d: DonneesEtat): { lignes: Cellule[][]; devinees: number } {
  let devinees = 0;
  const lignes = d.pointage.releveSeul.flatMap((o): Cellule[][] => {
    const c = contrepartie(o);
    if (!c.devinee) devinees++;
    const m = montantReleve(o);
    const banque: Cellule[] = [o.libelle || null, versSerie(o.date), d.compte, libelleCompte(d.compte) ?? null, ...enDebitCredit(m)];
    const autre: Cellule[] = [o.libelle || null, versSerie(o.date), c.compte, c.libelle || null, ...enDebitCredit(-m)];
    return m > 0 ? [banque, autre] : [autre, banque];
  });
  return { lignes, devinees };
}

export function lignesPointage(p: Pointage): Cellule[][] {
  return p.paires.map(({ releve: o, livre: l }): Cellule[] => {
    const m = montantLivre(l);
    return [o.libelle || null, versSerie(o.date), versSerie(l.date), l.libelle || null, m > 0 ? euros(m) : null, m < 0 ? euros(-m) : null, l.piece || null];
  });
}

export function planRapprochement(feuille: string, d: DonneesEtat, explication: string, controles: readonly string[]): Modification[] {
  const etat = lignesEtat(d);
  const finEtat = LIGNE_TABLEAU + etat.length;
  const montants = { "Débit 512": FORMATS.euros, "Crédit 512": FORMATS.euros, "Débit relevé": FORMATS.euros, "Crédit relevé": FORMATS.euros };
  const plan: Modification[] = [
    enteteEtat(feuille, `État de rapprochement bancaire au ${d.date}`, explication),
    {
      type: "table",
      feuille,
      nom: TABLE_RAPPROCHEMENT,
      adresse: `A${LIGNE_TABLEAU}`,
      entetes: ["Compte " + d.compte + " (entreprise)", "Débit 512", "Crédit 512", "Relevé (banque)", "Débit relevé", "Crédit relevé"],
      lignes: etat,
      formats: montants,
    },
    ...evidence(feuille, [LIGNE_TABLEAU + 1], [0, 5], COULEURS_TITRE),
    ...evidence(feuille, [finEtat], [0, 5], COULEURS_TOTAL),
    { type: "valeurs", feuille, adresse: `A${finEtat + 2}`, valeurs: lignesControles(controles) },
  ];
  /** Un intitulé, puis sa table à la ligne suivante (ou la phrase `vide` s'il n'y a rien) ; rend la ligne d'après, un blanc compris. */
  const section = (ligne: number, intitule: string, table: Omit<TableModification, "type" | "feuille" | "adresse">, vide?: string): number => {
    plan.push(planTexte(feuille, ligne, [intitule]));
    if (table.lignes.length) {
      plan.push({ type: "table", feuille, adresse: `A${ligne + 1}`, ...table });
      return ligne + 1 + table.lignes.length + 2;
    }
    if (vide) plan.push(planTexte(feuille, ligne + 1, [vide]));
    return ligne + 1 + 2;
  };
  const { lignes: ecritures } = lignesEcritures(d);
  const ligne = section(
    finEtat + 2 + controles.length + 2,
    "Écritures à passer au journal de banque (BQ) : les opérations du relevé que l'entreprise n'a pas encore comptabilisées (contrepartie proposée d'après le libellé, à vérifier).",
    {
      nom: TABLE_ECRITURES_RAPPROCHEMENT,
      entetes: ["Libellé", "Date", "Compte", "Libellé du compte", "Débit", "Crédit"],
      lignes: ecritures,
      formats: { Date: FORMATS.date, Compte: FORMATS.texte, Débit: FORMATS.euros, Crédit: FORMATS.euros },
    },
    "Aucune : toutes les opérations du relevé sont déjà dans le journal.",
  );
  const pointees = lignesPointage(d.pointage);
  section(ligne, `Opérations pointées : présentes dans le journal et sur le relevé, même montant en sens inverse (${pointees.length}).`, {
    nom: TABLE_POINTAGE,
    entetes: ["Libellé relevé", "Date relevé", "Date journal", "Libellé journal", "Encaissement", "Décaissement", "Pièce"],
    lignes: pointees,
    formats: { "Date relevé": FORMATS.date, "Date journal": FORMATS.date, Pièce: FORMATS.texte, Encaissement: FORMATS.euros, Décaissement: FORMATS.euros },
  });
  return plan;
}
