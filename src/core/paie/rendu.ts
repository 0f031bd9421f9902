/**
 * Présentations d'un bulletin : l'objet JSON de `agora paie bulletin --json` (docs/paie-bulletin.schema.json),
 * le tableau texte en français, et les lignes du tableau renversé d'AGORA.BULLETIN.
 */
import type Decimal from "decimal.js";
import { Dec, enFrancais, montantFr, tauxFr, versNombre } from "../argent";
import { moisFr } from "./absences";
import { TITRES_GROUPES, type Bulletin, type LigneBulletin, type Totaux } from "./types";

export interface LigneJson {
  rubrique: string;
  base: number | null;
  tauxSalarial: number | null;
  montantSalarial: number | null;
  tauxPatronal: number | null;
  montantPatronal: number | null;
}

export type TotauxJson = { [K in keyof Totaux]: number };

export interface BulletinJson {
  lignes: LigneJson[];
  totaux: TotauxJson;
}

const nombre = (d: Decimal | null): number | null => (d === null ? null : versNombre(d));

export function bulletinJson(b: Bulletin): BulletinJson {
  const totaux = Object.fromEntries(Object.entries(b.totaux).map(([k, v]) => [k, versNombre(v)])) as TotauxJson;
  return {
    lignes: b.lignes.map((l) => ({
      rubrique: l.libelle,
      base: nombre(l.base),
      tauxSalarial: nombre(l.tauxSalarial),
      montantSalarial: nombre(l.montantSalarial),
      tauxPatronal: nombre(l.tauxPatronal),
      montantPatronal: nombre(l.montantPatronal),
    })),
    totaux,
  };
}

/** Libellés des totaux, dans l'ordre du bas de bulletin. */
export const LIBELLES_TOTAUX: [keyof Totaux, string][] = [
  ["brut", "Salaire brut"],
  ["cotisationsSalariales", "Total des cotisations salariales"],
  ["cotisationsPatronales", "Total des cotisations patronales"],
  ["reductionGenerale", "dont réduction générale"],
  ["netSocial", "Montant net social"],
  ["netAvantImpot", "Net à payer avant impôt sur le revenu"],
  ["netImposable", "Net imposable"],
  ["impotSource", "Impôt sur le revenu prélevé à la source"],
  ["netPaye", "Net payé"],
  ["coutEmployeur", "Coût employeur"],
];

/** Taux d'une ligne de rémunération : taux horaire (4 décimales) ; d'une cotisation : pourcentage. */
function tauxTexte(l: LigneBulletin, t: Decimal | null): string {
  if (t === null) return "";
  return l.groupe === "remuneration" ? enFrancais(t.toDecimalPlaces(4, Dec.ROUND_HALF_UP)) : tauxFr(t);
}

function baseTexte(l: LigneBulletin): string {
  if (l.base === null) return "";
  return l.groupe === "remuneration" || l.code === "deduction-forfaitaire-hs" ? enFrancais(l.base) : montantFr(l.base);
}

const mt = (d: Decimal | null): string => (d === null ? "" : montantFr(d));

/** Le tableau du bulletin, ligne à ligne, avec les titres de blocs (cellules vides pour les cases sans objet). */
export function tableauBulletin(b: Bulletin): (string | Decimal | null)[][] {
  const lignes: (string | Decimal | null)[][] = [["Rubrique", "Base", "Taux salarial", "Part salariale", "Taux patronal", "Part patronale"]];
  let groupe = "";
  for (const l of b.lignes) {
    if (l.groupe !== groupe) {
      groupe = l.groupe;
      lignes.push([TITRES_GROUPES[l.groupe], null, null, null, null, null]);
    }
    // Taux horaire affiché à 4 décimales (paie.md § 2.1) ; le calcul garde la valeur exacte.
    const tauxSalarial = l.groupe === "remuneration" && l.tauxSalarial ? l.tauxSalarial.toDecimalPlaces(4, Dec.ROUND_HALF_UP) : l.tauxSalarial;
    lignes.push([l.libelle, l.base, tauxSalarial, l.montantSalarial, l.tauxPatronal, l.montantPatronal]);
  }
  lignes.push(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", null, null, b.totaux.cotisationsSalariales, null, b.totaux.cotisationsPatronales]);
  for (const [cle, libelle] of LIBELLES_TOTAUX) {
    if (cle === "cotisationsSalariales" || cle === "cotisationsPatronales") continue;
    lignes.push([libelle, b.totaux[cle], null, null, null, null]);
  }
  return lignes;
}

function colonnes(cellules: string[], largeurs: number[]): string {
  return cellules.map((c, i) => (i === 0 ? c.padEnd(largeurs[i]) : c.padStart(largeurs[i]))).join("  ").trimEnd();
}

/** Le bulletin en tableau texte (sortie ordinaire de la CLI). */
export function bulletinTexte(b: Bulletin, alertes: readonly string[] = []): string {
  const lignesTexte: string[][] = [];
  let groupe = "";
  for (const l of b.lignes) {
    if (l.groupe !== groupe) {
      groupe = l.groupe;
      lignesTexte.push([TITRES_GROUPES[l.groupe]]);
    }
    lignesTexte.push([l.libelle, baseTexte(l), tauxTexte(l, l.tauxSalarial), mt(l.montantSalarial), tauxTexte(l, l.tauxPatronal), mt(l.montantPatronal)]);
  }
  const entete = ["Rubrique", "Base", "Taux sal.", "Part salariale", "Taux pat.", "Part patronale"];
  const total = ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", montantFr(b.totaux.cotisationsSalariales), "", montantFr(b.totaux.cotisationsPatronales)];
  const toutes = [entete, ...lignesTexte.filter((l) => l.length > 1), total];
  const largeurs = entete.map((_, i) => Math.max(...toutes.map((l) => (l[i] ?? "").length)));
  const sortie: string[] = [`Bulletin de paie de ${moisFr(b.annee, b.mois)} — salarié ${b.statut}`, ""];
  sortie.push(colonnes(entete, largeurs), largeurs.map((n) => "-".repeat(n)).join("  "));
  for (const l of lignesTexte) sortie.push(l.length === 1 ? l[0] : colonnes(l, largeurs));
  sortie.push(largeurs.map((n) => "-".repeat(n)).join("  "), colonnes(total, largeurs), "");
  const largeurTotal = Math.max(...LIBELLES_TOTAUX.map(([, t]) => t.length));
  for (const [cle, libelle] of LIBELLES_TOTAUX) {
    if (cle === "cotisationsSalariales" || cle === "cotisationsPatronales") continue;
    const suffixe = cle === "impotSource" ? ` (taux ${b.informations.tauxPASPersonnalise ? "personnalisé" : "non personnalisé"} ${tauxFr(b.informations.tauxPAS)})` : "";
    sortie.push(`${libelle.padEnd(largeurTotal)}  ${montantFr(b.totaux[cle]).padStart(12)}${suffixe}`);
  }
  const i = b.informations;
  sortie.push(
    "",
    `Cotisations patronales avant allègements : ${montantFr(i.cotisationsPatronalesAvantAllegements)} ; allègements : ${montantFr(i.allegements)}.`,
    `Plafond de la sécurité sociale du mois : ${montantFr(i.pss)} ; SMIC de référence : ${montantFr(i.smicReference)}.`,
  );
  if (!i.heuresSupExonerees.isZero()) sortie.push(`Heures supplémentaires et complémentaires exonérées d'impôt : ${montantFr(i.heuresSupExonerees)}.`);
  if (!i.acompte.isZero()) sortie.push(`Acompte déduit : ${montantFr(i.acompte)}.`);
  sortie.push(`Congés payés acquis ce mois : ${enFrancais(i.congesAcquis)} jours ouvrables.`);
  for (const a of alertes) sortie.push(`Attention : ${a}`);
  return sortie.join("\n") + "\n";
}
