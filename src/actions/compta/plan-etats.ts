/**
 * Feuilles « Compte de résultat » et « Bilan » (comptabilite.md § 3.2, système de base, montants nets) : un titre,
 * une explication, le tableau Excel de l'état (titres de rubrique en majuscules, postes, totaux et résultats
 * mis en évidence), puis les contrôles écrits en français. Les montants viennent du noyau
 * (src/core/compta/etats) : exacts au centime. La mise en page commune sert aussi aux SIG, à la CAF et à la CA3.
 */
import { depuisCentimes, type Centimes } from "../../core/compta/centimes";
import { type Bilan, type CodeActif, type CodePassif } from "../../core/compta/etats/bilan";
import type { CompteDeResultat, Rubrique } from "../../core/compta/etats/resultat";
import type { Poste } from "../../core/compta/etats/rubriques";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { COULEURS_TOTAL, enteteEtat, LIGNE_TABLEAU, lignesControles } from "./plan-balance";
import { eurosFr } from "./preparation";

export const FEUILLE_RESULTAT = "Compte de résultat";
export const TABLE_RESULTAT = "CompteDeResultat";
export const FEUILLE_BILAN = "Bilan";
export const TABLE_BILAN = "Bilan";

/** Gris pâle des titres de rubrique (« PRODUITS D'EXPLOITATION »), distinct du bleu des totaux. */
export const COULEURS_TITRE = { remplissage: "#F3F2F1", police: "#242424" } as const;

/** Une ligne d'état : titre de rubrique (sans montant), poste, ou total / résultat (mis en évidence). */
export interface LigneEtat {
  genre: "titre" | "poste" | "total";
  libelle: string;
  montant?: Centimes;
  /** Comment le montant est obtenu (comptes, formule en chiffres). */
  detail?: string;
}

export const euros = (c: Centimes): number => depuisCentimes(c).toNumber();

export const titre = (libelle: string): LigneEtat => ({ genre: "titre", libelle: libelle.toUpperCase() });
export const poste = (p: Poste, libelle = p.libelle): LigneEtat => ({ genre: "poste", libelle, montant: p.montant, detail: p.detail });
export const total = (p: Poste, libelle = p.libelle): LigneEtat => ({ genre: "total", libelle, montant: p.montant, detail: p.detail });

/**
 * Mise en évidence de lignes (titres ou totaux) d'un tableau : une règle par bloc de lignes consécutives de même genre,
 * sur les colonnes données (index à partir de 0). `rangs` : les numéros de ligne de la feuille.
 */
export function evidence(feuille: string, rangs: readonly number[], colonnes: readonly [number, number], couleurs: { remplissage: string; police: string }): Modification[] {
  const blocs: [number, number][] = [];
  for (const r of [...rangs].sort((a, b) => a - b)) {
    const dernier = blocs[blocs.length - 1];
    if (dernier && dernier[1] === r - 1) dernier[1] = r;
    else blocs.push([r, r]);
  }
  const [g, d] = colonnes.map(lettresColonne);
  return blocs.map(([a, b]) => ({ type: "mise-en-forme", feuille, adresse: `${g}${a}:${d}${b}`, formule: `=$${g}${a}<>""`, ...couleurs }));
}

/**
 * Un état en liste (compte de résultat, SIG, CAF) : tableau `nom` en `debut` avec les colonnes libellé, Montant et
 * Calcul ; titres en gris, totaux en bleu. Rend les modifications et la ligne qui suit le tableau.
 */
export function planListe(feuille: string, nom: string, debut: number, premiereColonne: string, lignes: readonly LigneEtat[]): { plan: Modification[]; suivante: number } {
  const entetes = [premiereColonne, "Montant", "Calcul"];
  const cellules = lignes.map((l): Cellule[] => [l.libelle, l.montant === undefined ? null : euros(l.montant), l.detail ?? null]);
  const rang = (i: number) => debut + 1 + i;
  const rangs = (genre: LigneEtat["genre"]) => lignes.flatMap((l, i) => (l.genre === genre ? [rang(i)] : []));
  return {
    plan: [
      { type: "table", feuille, nom, adresse: `A${debut}`, entetes, lignes: cellules, formats: { Montant: FORMATS.euros } },
      ...evidence(feuille, rangs("titre"), [0, 2], COULEURS_TITRE),
      ...evidence(feuille, rangs("total"), [0, 2], COULEURS_TOTAL),
    ],
    suivante: debut + 1 + Math.max(lignes.length, 1),
  };
}

/** Des lignes de texte dans la colonne A, à partir de la ligne `debut` (contrôles, détail des postes). */
export function planTexte(feuille: string, debut: number, lignes: readonly string[]): Modification {
  return { type: "valeurs", feuille, adresse: `A${debut}`, valeurs: lignes.map((l) => [l]) };
}

/** Égalité de plusieurs montants : « vérifié (2 190,50 €) » ou « ÉCART (… ≠ …) ». */
export function controleEgalite(montants: readonly Centimes[]): string {
  return montants.every((m) => m === montants[0]) ? `vérifié (${eurosFr(montants[0])})` : `ÉCART (${montants.map(eurosFr).join(" ≠ ")})`;
}

/** « bénéfice » ou « perte ». */
export const natureResultat = (c: Centimes): string => (c >= 0 ? "bénéfice" : "perte");

/** Une rubrique du compte de résultat : son titre, ses postes non nuls et son total (le total seul si elle est vide). */
function rubrique(r: Rubrique): LigneEtat[] {
  const postes = r.postes.filter((p) => p.montant !== 0);
  if (!postes.length) return [total(r.total)];
  return [titre(r.libelle), ...postes.map((p) => poste(p)), total(r.total)];
}

/** Les lignes du compte de résultat (système de base, en liste, § 3.2). */
export function lignesResultat(cr: CompteDeResultat): LigneEtat[] {
  const tp: Poste = { code: "totalProduits", libelle: "Total des produits", montant: cr.totalProduits, detail: "produits d'exploitation + quotes-parts + financiers + exceptionnels" };
  const tc: Poste = { code: "totalCharges", libelle: "Total des charges", montant: cr.totalCharges, detail: "charges d'exploitation + quotes-parts + financières + exceptionnelles + participation et impôts" };
  return [
    ...rubrique(cr.produitsExploitation),
    ...rubrique(cr.chargesExploitation),
    total(cr.resultatExploitation),
    ...(cr.quotesParts.montant ? [total(cr.quotesParts)] : []),
    ...rubrique(cr.produitsFinanciers),
    ...rubrique(cr.chargesFinancieres),
    total(cr.resultatFinancier),
    total(cr.resultatCourant),
    ...rubrique(cr.produitsExceptionnels),
    ...rubrique(cr.chargesExceptionnelles),
    total(cr.resultatExceptionnel),
    ...rubrique(cr.participationImpot),
    total(tp),
    total(tc),
    total(cr.resultat, `Résultat de l'exercice (${natureResultat(cr.resultat.montant)})`),
  ];
}

export function planResultat(feuille: string, cr: CompteDeResultat, explication: string, controles: readonly string[]): Modification[] {
  const { plan, suivante } = planListe(feuille, TABLE_RESULTAT, LIGNE_TABLEAU, "Poste", lignesResultat(cr));
  return [enteteEtat(feuille, "Compte de résultat", explication), ...plan, { type: "valeurs", feuille, adresse: `A${suivante + 1}`, valeurs: lignesControles(controles) }];
}

/** Les groupes du bilan du système de base : titre, postes, total ; les postes hors groupe sont listés seuls. */
const GROUPES_ACTIF: readonly { titre?: string; total?: string; postes: readonly CodeActif[] }[] = [
  { postes: ["capitalNonAppele"] },
  { titre: "Actif immobilisé", total: "Total actif immobilisé", postes: ["immobilisationsIncorporelles", "immobilisationsCorporelles", "immobilisationsFinancieres"] },
  {
    titre: "Actif circulant",
    total: "Total actif circulant",
    postes: ["stocks", "avancesVersees", "creancesClients", "autresCreances", "vmp", "disponibilites", "chargesConstateesAvance"],
  },
  { postes: ["fraisEmissionPrimes", "ecartsConversionActif"] },
];
const GROUPES_PASSIF: readonly { titre?: string; total?: string; postes: readonly CodePassif[] }[] = [
  {
    titre: "Capitaux propres",
    total: "Total capitaux propres",
    postes: ["capital", "primes", "ecartsReevaluation", "ecartEquivalence", "reserves", "reportANouveau", "resultat", "subventionsInvestissement", "provisionsReglementees"],
  },
  { postes: ["provisionsRisques"] },
  {
    titre: "Dettes",
    total: "Total dettes",
    postes: ["empruntsDettesFinancieres", "avancesRecues", "dettesFournisseurs", "dettesFiscalesSociales", "dettesImmobilisations", "autresDettes", "produitsConstatesAvance"],
  },
  { postes: ["ecartsConversionPassif"] },
];

/** Un côté du bilan en lignes : groupes (titre, postes présents, sous-total), puis le total du côté. */
function cote<K extends string>(postes: readonly Poste[], groupes: readonly { titre?: string; total?: string; postes: readonly K[] }[], totalCote: string, montant: Centimes): LigneEtat[] {
  const lignes: LigneEtat[] = [];
  for (const g of groupes) {
    const presents = g.postes.flatMap((code) => postes.filter((p) => p.code === code));
    if (g.titre) lignes.push(titre(g.titre));
    lignes.push(...presents.map((p) => poste(p)));
    if (g.total) lignes.push({ genre: "total", libelle: g.total, montant: presents.reduce((s, p) => s + p.montant, 0) });
  }
  lignes.push({ genre: "total", libelle: totalCote, montant });
  return lignes;
}

export const lignesActif = (b: Bilan): LigneEtat[] => cote(b.actif, GROUPES_ACTIF, "TOTAL ACTIF", b.totalActif);
export const lignesPassif = (b: Bilan): LigneEtat[] => cote(b.passif, GROUPES_PASSIF, "TOTAL PASSIF", b.totalPassif);

/** Le détail d'un poste en une phrase : « Immobilisations corporelles : 215400 6 800,00 + … = … ». */
export const detailPoste = (p: Poste): string => `${p.libelle} : ${p.detail}.`;

/**
 * Le bilan en un tableau de quatre colonnes (actif et montant net à gauche, passif et montant à droite), comme sur
 * papier ; le détail des postes (comptes et montants) sous les contrôles.
 */
export function planBilan(feuille: string, b: Bilan, explication: string, controles: readonly string[]): Modification[] {
  const actif = lignesActif(b);
  const passif = lignesPassif(b);
  const n = Math.max(actif.length, passif.length);
  const cellules = (l: LigneEtat | undefined): Cellule[] => (l ? [l.libelle, l.montant === undefined ? null : euros(l.montant)] : [null, null]);
  const lignes = Array.from({ length: n }, (_, i): Cellule[] => [...cellules(actif[i]), ...cellules(passif[i])]);
  const rangs = (cote: LigneEtat[], genre: LigneEtat["genre"]) => cote.flatMap((l, i) => (l.genre === genre ? [LIGNE_TABLEAU + 1 + i] : []));
  const fin = LIGNE_TABLEAU + n;
  const details = [...b.actif, ...b.passif].map(detailPoste);
  return [
    enteteEtat(feuille, "Bilan", explication),
    { type: "table", feuille, nom: TABLE_BILAN, adresse: `A${LIGNE_TABLEAU}`, entetes: ["Actif", "Montant net", "Passif", "Montant"], lignes, formats: { "Montant net": FORMATS.euros, Montant: FORMATS.euros } },
    ...evidence(feuille, rangs(actif, "titre"), [0, 1], COULEURS_TITRE),
    ...evidence(feuille, rangs(actif, "total"), [0, 1], COULEURS_TOTAL),
    ...evidence(feuille, rangs(passif, "titre"), [2, 3], COULEURS_TITRE),
    ...evidence(feuille, rangs(passif, "total"), [2, 3], COULEURS_TOTAL),
    { type: "valeurs", feuille, adresse: `A${fin + 2}`, valeurs: lignesControles(controles) },
    planTexte(feuille, fin + 2 + controles.length + 2, ["Détail des postes (comptes et soldes)", ...details]),
  ];
}

/** « 2 190,50 € (bénéfice) ». */
export const resultatFr = (c: Centimes): string => `${eurosFr(c)} (${natureResultat(c)})`;
