/**
 * Le tableau Excel `Journal` que crée « Structurer le journal » : ses colonnes, leurs formats, la liste des codes
 * de journaux et la règle de mise en forme des écritures déséquilibrées. Les fonctions AGORA (SOLDE, BALANCE…) et
 * les états du volet relisent ce tableau avec la même reconnaissance des en-têtes (src/core/compta/colonnes.ts).
 */
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { LIBELLES_JOURNAUX } from "../../core/compta/journaux";
import { libelleCompte } from "../../core/compta/pcg";
import { versSerie, type Jour } from "../../core/dates";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, texteDonnee, type Cellule, type Modification } from "../../classeur/port";

/** Nom du tableau : celui qu'attendent les fonctions AGORA (=AGORA.SOLDE(Journal[#Tout];…)). */
export const TABLE_JOURNAL = "Journal";
/** Feuille créée par défaut (le nom est modifiable dans le volet). */
export const FEUILLE_JOURNAL = "Journal structuré";

export const COLONNES_JOURNAL = [
  "Journal",
  "Date",
  "Numéro",
  "Pièce",
  "Compte",
  "Libellé du compte",
  "Tiers",
  "Libellé",
  "Débit",
  "Crédit",
  "Lettrage",
  "Échéance",
] as const;

type ColonneJournal = (typeof COLONNES_JOURNAL)[number];

/** Formats invariants ; les numéros (compte, pièce, tiers) restent des textes : « 0401 » garde son zéro. */
export const FORMATS_JOURNAL: Partial<Record<ColonneJournal, string>> = {
  Date: FORMATS.date,
  Numéro: FORMATS.texte,
  Pièce: FORMATS.texte,
  Compte: FORMATS.texte,
  Tiers: FORMATS.texte,
  Débit: FORMATS.euros,
  Crédit: FORMATS.euros,
  Échéance: FORMATS.date,
};

/** Les journaux usuels (comptabilite.md § 1.2), proposés dans la liste de la colonne Journal. */
export const CODES_JOURNAUX: readonly (readonly [code: string, libelle: string])[] = Object.entries(LIBELLES_JOURNAUX).map(([c, l]) => [c, l.toLowerCase()]);

/** Lettre de colonne d'un en-tête du tableau posé en colonne A. */
export const lettre = (c: ColonneJournal): string => lettresColonne(COLONNES_JOURNAL.indexOf(c));

const euros = (c: Centimes): number | null => (c === 0 ? null : depuisCentimes(c).toNumber());
const serie = (j: Jour | undefined): number | null => (j ? versSerie(j) : null);

/** Une ligne d'écriture en cellules du tableau ; l'intitulé du compte vient du journal, sinon du PCG. */
export function ligneTable(l: LigneEcriture): Cellule[] {
  const valeurs: Record<ColonneJournal, Cellule> = {
    Journal: texteDonnee(l.journal),
    Date: versSerie(l.date),
    Numéro: texteDonnee(l.numero),
    Pièce: texteDonnee(l.piece),
    Compte: texteDonnee(l.compte),
    "Libellé du compte": texteDonnee(l.compteLibelle || libelleCompte(l.compte)),
    Tiers: texteDonnee(l.tiers),
    Libellé: texteDonnee(l.libelle),
    Débit: euros(l.debit),
    Crédit: euros(l.credit),
    Lettrage: texteDonnee(l.lettrage),
    Échéance: serie(l.echeance),
  };
  return COLONNES_JOURNAL.map((c) => valeurs[c]);
}

/** Codes de la liste : les journaux usuels, puis les autres codes présents dans le journal (BQ1, HA…). */
export function codesListe(lignes: readonly LigneEcriture[]): string[] {
  const codes = CODES_JOURNAUX.map(([c]) => c);
  const autres = new Set<string>();
  for (const l of lignes) if (l.journal && !codes.includes(l.journal)) autres.add(l.journal);
  return [...codes, ...[...autres].sort()];
}

/**
 * Règle de mise en forme (syntaxe invariante, relative à la ligne 2) : la ligne appartient à une écriture dont
 * Σ débits ≠ Σ crédits, par SOMME.SI.ENS sur le journal et le numéro. Colonnes entières : la règle suit les
 * lignes ajoutées au tableau ; l'arrondi à 2 décimales écarte les restes binaires des sommes (0,1 + 0,2).
 */
export function formuleDesequilibre(): string {
  const [j, n, d, c] = [lettre("Journal"), lettre("Numéro"), lettre("Débit"), lettre("Crédit")];
  const criteres = `$${j}:$${j},$${j}2,$${n}:$${n},$${n}2`;
  return `=ROUND(SUMIFS($${d}:$${d},${criteres})-SUMIFS($${c}:$${c},${criteres}),2)<>0`;
}

/** Rose pâle et texte rouge foncé : lisibles, et distincts des bandes du tableau. */
export const COULEURS_DESEQUILIBRE = { remplissage: "#FDE7E9", police: "#A4262C" } as const;

/** Les modifications qui posent le tableau `Journal` en A1 d'une feuille déjà créée par le plan. */
export function planTableJournal(feuille: string, lignes: readonly LigneEcriture[]): Modification[] {
  const n = Math.max(lignes.length, 1);
  const derniere = lettresColonne(COLONNES_JOURNAL.length - 1);
  const codes = codesListe(lignes);
  const plan: Modification[] = [
    {
      type: "table",
      feuille,
      nom: TABLE_JOURNAL,
      adresse: "A1",
      entetes: [...COLONNES_JOURNAL],
      lignes: lignes.map(ligneTable),
      formats: { ...FORMATS_JOURNAL } as Record<string, string>,
    },
    {
      type: "mise-en-forme",
      feuille,
      adresse: `A2:${derniere}${n + 1}`,
      formule: formuleDesequilibre(),
      ...COULEURS_DESEQUILIBRE,
    },
  ];
  // Une liste de validation tient en 255 caractères, sans virgule dans un code.
  if (codes.join(",").length <= 255 && !codes.some((c) => c.includes(","))) {
    const usuels = CODES_JOURNAUX.map(([c, l]) => `${c} (${l})`).join(", ");
    plan.push({
      type: "validation",
      feuille,
      adresse: `${lettre("Journal")}2:${lettre("Journal")}${n + 1}`,
      liste: codes,
      message: `Choisissez un code de journal : ${usuels}.`,
    });
  }
  return plan;
}
