/**
 * Lettrage assisté des comptes de tiers (comptabilite.md § 1.5) : pour chaque compte (auxiliaire) client ou
 * fournisseur, parmi les lignes sans code, le noyau propose des groupes qui se compensent, dans cet ordre :
 *  1. les lignes liées par leur pièce (même pièce, ou pièce citée dans le libellé : « Règlement FA-101 ») dont la
 *     somme est nulle ;
 *  2. les paires débit = crédit de même montant, d'abord liées par la pièce, puis aux dates les plus proches
 *     (à 3 mois au plus l'une de l'autre ; les paires plus éloignées viennent après l'étape 3) ;
 *  3. les petits groupes de somme nulle (3 ou 4 lignes : facture = avoir + règlement), recherche bornée ;
 *  4. les lignes liées par la pièce qui ne se soldent pas (acompte) : lettrage partiel, code en minuscules.
 * Un compte est le compte général et son tiers (compte auxiliaire) : jamais deux tiers dans un groupe.
 * Les codes sont attribués après le plus grand code déjà utilisé dans le compte (A, B, …, Z, AA… ; § 1.5).
 * Montants en centimes entiers ; rien n'est modifié : le résultat est une liste de propositions.
 */
import { centimesFr, type Centimes } from "./centimes";
import type { LigneEcriture } from "./ecriture";
import { cleLettrage, codeDeRang, compteFr, estPartiel, groupesExistants, lignesFr, rangsUtilises, verifierLettrage, type AnomalieLettrage } from "./lettrage-codes";
import { TRACE_MUETTE, type Trace } from "../trace";
import { versSerie } from "../dates";

export type CategorieTiers = "Clients" | "Fournisseurs";

/** Catégorie d'un compte de tiers : 41 clients, 40 fournisseurs (comptabilite.md § 1.4) ; `undefined` pour un autre compte. */
export function categorieTiers(compte: string): CategorieTiers | undefined {
  if (compte.startsWith("41")) return "Clients";
  if (compte.startsWith("40")) return "Fournisseurs";
  return undefined;
}

/** Comptes lettrés par défaut : fournisseurs (40) et clients (41), comptabilite.md § 1.4. */
export const estCompteTiers = (compte: string): boolean => categorieTiers(compte) !== undefined;

export interface OptionsLettrage {
  /** Comptes à lettrer (par défaut les comptes de tiers 40 et 41). */
  compte?: (compte: string) => boolean;
  /** Lignes au plus dans un groupe de somme nulle (étape 3) ; 4 par défaut. */
  tailleMax?: number;
  /** Essais au plus pour la recherche des groupes (étape 3), tous comptes confondus. */
  plafond?: number;
}

/** Pourquoi un groupe est proposé. */
export type MotifGroupe = "piece" | "montant" | "somme" | "partiel";

export const MOTIFS: Record<MotifGroupe, string> = {
  piece: "même pièce",
  montant: "même montant",
  somme: "somme nulle",
  partiel: "lettrage partiel",
};

export interface GroupeLettrage {
  compte: string;
  tiers?: string;
  tiersLibelle?: string;
  /** « B » (total) ou « b » (partiel). */
  code: string;
  total: boolean;
  motif: MotifGroupe;
  /** Lignes du groupe, par date. */
  lignes: LigneEcriture[];
  debit: Centimes;
  credit: Centimes;
}

export interface ResultatLettrage {
  groupes: GroupeLettrage[];
  /** Défauts du lettrage existant (verifierLettrage). */
  anomalies: AnomalieLettrage[];
  /** Comptes (auxiliaires) examinés : ceux qui ont au moins une ligne sans code. */
  comptes: number;
  /** Lignes sans code examinées, et celles que les propositions lettrent. */
  examinees: number;
  lettrees: number;
  /** La recherche des groupes de 3 ou 4 lignes s'est arrêtée au plafond d'essais. */
  plafondAtteint: boolean;
  /** Remarques : lettrages partiels qu'une ligne solderait. */
  remarques: string[];
}

export const TAILLE_MAX = 4;
/** Assez pour 10 000 lignes en moins d'une seconde ; au-delà, les lignes restent à lettrer à la main. */
export const PLAFOND = 3_000_000;
/** Lignes voisines en date essayées pour compléter un groupe de 3, de 4. */
const VOISINES_3 = 200;
const VOISINES_4 = 30;
/** Écart en jours au plus entre les deux lignes d'une paire, au premier passage. */
const ECART_PAIRES = 93;
/** Au-delà de ce nombre de couples débit × crédit d'un même montant, appariement chronologique. */
const COUPLES_MAX = 40_000;

interface Candidat {
  ligne: LigneEcriture;
  /** Débit − crédit. */
  s: Centimes;
  /** Date en numéro de série (jours). */
  jour: number;
  rang: number;
  /** Représentant de son groupe de pièces liées (union-find). */
  parent: number;
  libre: boolean;
}

/** Une pièce sert de lien si elle a au moins 3 caractères (un n° d'écriture « 1 » ne lie rien). */
const reference = (t: string): string | undefined => {
  const r = t.trim().toUpperCase();
  return r.length >= 3 ? r : undefined;
};

/** Les mots d'un libellé qui pourraient être une pièce : « Règlement FA-101. » → FA-101. */
const mots = (libelle: string): string[] =>
  libelle
    .toUpperCase()
    .split(/[\s,;:()[\]«»"'’!?]+/)
    .map((m) => m.replace(/[.\-/]+$/, ""))
    .filter((m) => m.length >= 3);

function racine(c: Candidat[], i: number): number {
  while (c[i].parent !== i) {
    c[i].parent = c[c[i].parent].parent;
    i = c[i].parent;
  }
  return i;
}

/** Relie les lignes d'une même pièce et celles qui citent la pièce d'une autre dans leur libellé. */
function lierParPiece(c: Candidat[]): void {
  const parPiece = new Map<string, number>();
  const unir = (a: number, b: number) => {
    const ra = racine(c, a);
    const rb = racine(c, b);
    if (ra !== rb) c[Math.max(ra, rb)].parent = Math.min(ra, rb);
  };
  c.forEach((x, i) => {
    const r = reference(x.ligne.piece);
    if (r === undefined) return;
    const j = parPiece.get(r);
    if (j === undefined) parPiece.set(r, i);
    else unir(i, j);
  });
  c.forEach((x, i) => {
    for (const m of mots(x.ligne.libelle)) {
      const j = parPiece.get(m);
      if (j !== undefined) unir(i, j);
    }
  });
}

interface Trouve {
  membres: Candidat[];
  motif: MotifGroupe;
}

/** Étapes 1 et 4 : les groupes de pièces liées (au moins un débit et un crédit) parmi les lignes libres. */
function groupesLies(c: Candidat[], partiels: boolean): Trouve[] {
  const parRacine = new Map<number, Candidat[]>();
  for (let i = 0; i < c.length; i++) {
    if (!c[i].libre) continue;
    const r = racine(c, i);
    const g = parRacine.get(r);
    if (g) g.push(c[i]);
    else parRacine.set(r, [c[i]]);
  }
  const trouves: Trouve[] = [];
  for (const g of parRacine.values()) {
    if (g.length < 2 || !g.some((x) => x.s > 0) || !g.some((x) => x.s < 0)) continue;
    const s = g.reduce((t, x) => t + x.s, 0);
    if (s === 0) trouves.push({ membres: g, motif: "piece" });
    else if (partiels) trouves.push({ membres: g, motif: "partiel" });
  }
  for (const t of trouves) for (const x of t.membres) x.libre = false;
  return trouves;
}

/**
 * Étape 2 : paires de même montant, liées par la pièce d'abord, puis aux dates les plus proches, à `ecartMax` jours
 * au plus l'une de l'autre (un premier passage à 3 mois évite d'apparier deux pièces sans rapport qui ont, par
 * hasard, le même montant, avant la recherche des groupes de 3 ou 4 lignes).
 */
function paires(c: Candidat[], travail: { fait: number }, ecartMax: number): Trouve[] {
  const parMontant = new Map<number, { debits: Candidat[]; credits: Candidat[] }>();
  for (const x of c) {
    if (!x.libre) continue;
    const k = Math.abs(x.s);
    let e = parMontant.get(k);
    if (!e) parMontant.set(k, (e = { debits: [], credits: [] }));
    (x.s > 0 ? e.debits : e.credits).push(x);
  }
  const trouves: Trouve[] = [];
  const apparier = (d: Candidat, k: Candidat, motif: MotifGroupe) => {
    d.libre = false;
    k.libre = false;
    trouves.push({ membres: [d, k], motif });
  };
  for (const { debits, credits } of parMontant.values()) {
    if (!debits.length || !credits.length) continue;
    // Liées par la pièce : même représentant.
    for (const d of debits) {
      if (!d.libre) continue;
      const rd = racine(c, d.rang);
      const k = credits.filter((x) => x.libre && racine(c, x.rang) === rd).sort((a, b) => Math.abs(a.jour - d.jour) - Math.abs(b.jour - d.jour))[0];
      if (k) apparier(d, k, "piece");
    }
    const D = debits.filter((x) => x.libre);
    const C = credits.filter((x) => x.libre);
    if (!D.length || !C.length) continue;
    travail.fait += D.length * C.length;
    if (D.length * C.length <= COUPLES_MAX) {
      // Les couples aux dates les plus proches d'abord ; à égalité, l'ordre du journal.
      const couples: [Candidat, Candidat, number][] = [];
      for (const d of D) for (const k of C) if (Math.abs(d.jour - k.jour) <= ecartMax) couples.push([d, k, Math.abs(d.jour - k.jour)]);
      couples.sort((a, b) => a[2] - b[2] || a[0].jour - b[0].jour || a[0].rang - b[0].rang || a[1].rang - b[1].rang);
      for (const [d, k] of couples) if (d.libre && k.libre) apparier(d, k, "montant");
    } else {
      // Beaucoup de lignes du même montant : appariement chronologique (le plus ancien débit avec le plus ancien crédit).
      const parDate = (a: Candidat, b: Candidat) => a.jour - b.jour || a.rang - b.rang;
      D.sort(parDate);
      C.sort(parDate);
      for (let i = 0; i < Math.min(D.length, C.length); i++) if (Math.abs(D[i].jour - C[i].jour) <= ecartMax) apparier(D[i], C[i], "montant");
    }
  }
  return trouves;
}

/**
 * Étape 3 : pour chaque ligne libre (la plus ancienne d'abord), un groupe de 3 puis de `tailleMax` lignes au plus
 * qui la contient et dont la somme est nulle, en essayant d'abord les lignes aux dates les plus proches (un
 * règlement suit sa facture de peu : cela écarte les coïncidences de montants entre pièces éloignées). Recherche
 * bornée : dans une fenêtre de 3 mois autour de la ligne, parmi ses 200 voisines en date pour les groupes de 3 et
 * ses 30 voisines pour les groupes de 4 (au-delà, les coïncidences de montants l'emporteraient sur les vrais
 * groupes), et par le plafond d'essais.
 */
function sommesNulles(c: Candidat[], tailleMax: number, travail: { fait: number; plafond: number; atteint: boolean }): Trouve[] {
  const trouves: Trouve[] = [];
  let liste = c.filter((x) => x.libre).sort((a, b) => a.jour - b.jour || a.rang - b.rang);
  if (liste.length < 3 || tailleMax < 3) return trouves;
  const parMontant = new Map<number, Candidat[]>();
  for (const x of liste) {
    const l = parMontant.get(x.s);
    if (l) l.push(x);
    else parMontant.set(x.s, [x]);
  }
  /** La ligne libre du montant voulu la plus proche de `a` en date, hors `exclus`. */
  const chercher = (besoin: number, a: Candidat, exclus: readonly Candidat[]): Candidat | undefined => {
    const l = parMontant.get(besoin);
    if (!l) return undefined;
    let meilleur: Candidat | undefined;
    for (const x of l) {
      if (!x.libre || exclus.includes(x)) continue;
      if (!meilleur || Math.abs(x.jour - a.jour) < Math.abs(meilleur.jour - a.jour)) meilleur = x;
    }
    return meilleur;
  };
  const depasse = (): boolean => {
    if (travail.fait > travail.plafond) travail.atteint = true;
    return travail.atteint;
  };
  /** Les autres lignes libres, de la plus proche de `liste[p]` en date à la plus éloignée (on s'écarte des deux côtés). */
  function* autour(p: number): Generator<Candidat> {
    const j = liste[p].jour;
    for (let g = p - 1, d = p + 1; g >= 0 || d < liste.length; ) {
      const x = d < liste.length && (g < 0 || liste[d].jour - j <= j - liste[g].jour) ? liste[d++] : liste[g--];
      travail.fait++;
      if (x.libre) yield x;
    }
  }
  const ecart = (a: Candidat, x: Candidat): number => Math.abs(x.jour - a.jour);
  for (let p = 0; p < liste.length && !depasse(); p++) {
    const a = liste[p];
    if (!a.libre) continue;
    // Le groupe le plus resserré dans le temps : on s'arrête dès que les lignes essayées sont plus loin que lui.
    let groupe: Candidat[] | undefined;
    let etendue = ECART_PAIRES + 1;
    const vus: Candidat[] = [];
    let rang = 0;
    for (const b of autour(p)) {
      if (ecart(a, b) > etendue || ++rang > VOISINES_3 || depasse()) break;
      const d = chercher(-(a.s + b.s), a, [a, b]);
      if (d && Math.max(ecart(a, b), ecart(a, d)) < etendue) {
        groupe = [a, b, d];
        etendue = Math.max(ecart(a, b), ecart(a, d));
      }
      if (tailleMax < 4 || groupe || rang > VOISINES_4) continue;
      // Groupes de 4 : b est la plus éloignée des deux lignes déjà choisies, l'autre a été vue avant elle.
      for (const k of vus) {
        travail.fait++;
        const d4 = chercher(-(a.s + b.s + k.s), a, [a, b, k]);
        if (d4 && Math.max(ecart(a, b), ecart(a, d4)) < etendue) {
          groupe = [a, k, b, d4];
          etendue = Math.max(ecart(a, b), ecart(a, d4));
        }
      }
      vus.push(b);
    }
    if (groupe) {
      for (const x of groupe) x.libre = false;
      trouves.push({ membres: groupe, motif: "somme" });
    }
  }
  return trouves;
}

/** Propose les lettrages des comptes de tiers ; vérifie aussi le lettrage existant. */
export function proposerLettrage(lignes: readonly LigneEcriture[], options: OptionsLettrage = {}, trace: Trace = TRACE_MUETTE): ResultatLettrage {
  const retenir = options.compte ?? estCompteTiers;
  const tailleMax = options.tailleMax ?? TAILLE_MAX;
  const travail = { fait: 0, plafond: options.plafond ?? PLAFOND, atteint: false };
  const anomalies = verifierLettrage(lignes.filter((l) => retenir(l.compte)));
  const rangs = rangsUtilises(lignes);
  const partiels = groupesExistants(lignes.filter((l) => retenir(l.compte) && l.lettrage && estPartiel(l.lettrage.trim())));

  // Les lignes sans code, par compte (auxiliaire), dans l'ordre du journal.
  const parCompte = new Map<string, LigneEcriture[]>();
  for (const l of lignes) {
    if (!retenir(l.compte) || l.lettrage?.trim() || l.debit === l.credit) continue;
    const k = cleLettrage(l);
    const liste = parCompte.get(k);
    if (liste) liste.push(l);
    else parCompte.set(k, [l]);
  }

  const groupes: GroupeLettrage[] = [];
  const remarques: string[] = [];
  let examinees = 0;
  const cles = [...parCompte.keys()].sort();
  for (const k of cles) {
    const liste = parCompte.get(k)!;
    examinees += liste.length;
    const c: Candidat[] = liste.map((ligne, rang) => ({ ligne, s: ligne.debit - ligne.credit, jour: versSerie(ligne.date), rang, parent: rang, libre: true }));
    lierParPiece(c);
    const trouves = [...groupesLies(c, false), ...paires(c, travail, ECART_PAIRES)];
    if (!travail.atteint) trouves.push(...sommesNulles(c, tailleMax, travail));
    trouves.push(...paires(c, travail, Infinity), ...groupesLies(c, true));
    // Codes dans l'ordre chronologique des groupes, après le plus grand code du compte.
    const ordonnes = trouves
      .map((t) => ({ ...t, membres: [...t.membres].sort((a, b) => a.jour - b.jour || a.rang - b.rang) }))
      .sort((a, b) => a.membres[0].jour - b.membres[0].jour || a.membres[0].rang - b.membres[0].rang);
    let rang = rangs.get(k) ?? 0;
    const l0 = liste[0];
    const tiersLibelle = liste.find((l) => l.tiersLibelle)?.tiersLibelle;
    for (const t of ordonnes) {
      const total = t.motif !== "partiel";
      const code = codeDeRang(++rang);
      const debit = t.membres.reduce((s, x) => s + x.ligne.debit, 0);
      const credit = t.membres.reduce((s, x) => s + x.ligne.credit, 0);
      groupes.push({
        compte: l0.compte,
        ...(l0.tiers ? { tiers: l0.tiers } : {}),
        ...(tiersLibelle ? { tiersLibelle } : {}),
        code: total ? code : code.toLowerCase(),
        total,
        motif: t.motif,
        lignes: t.membres.map((x) => x.ligne),
        debit,
        credit,
      });
    }
    remarques.push(...partielsASolder(partiels.get(k), c));
  }
  const lettrees = groupes.reduce((n, g) => n + g.lignes.length, 0);
  trace.etape(`Lettrage : ${examinees} ligne${examinees > 1 ? "s" : ""} sans code dans ${parCompte.size} compte${parCompte.size > 1 ? "s" : ""} de tiers ; ${groupes.length} groupe${groupes.length > 1 ? "s" : ""} proposé${groupes.length > 1 ? "s" : ""} (${lettrees} lignes).`);
  trace.regle("Lettrage total : Σ débits = Σ crédits, code en majuscules ; partiel : code en minuscules ; code suivant = plus grand code du compte + 1 (comptabilite.md § 1.5).");
  if (travail.atteint) trace.alerte("La recherche des groupes de 3 ou 4 lignes s'est arrêtée au plafond d'essais : des lignes restent à lettrer à la main.");
  return { groupes, anomalies, comptes: parCompte.size, examinees, lettrees, plafondAtteint: travail.atteint, remarques };
}

/** Un lettrage partiel existant qu'une ligne restée libre solderait exactement. */
function partielsASolder(existants: Map<string, LigneEcriture[]> | undefined, c: Candidat[]): string[] {
  const remarques: string[] = [];
  for (const groupe of existants?.values() ?? []) {
    const reste = groupe.reduce((s, l) => s + l.debit - l.credit, 0);
    const x = c.find((y) => y.libre && y.s === -reste);
    if (!x || reste === 0) continue;
    x.libre = false;
    const code = groupe[0].lettrage!.trim();
    const ou = compteFr(groupe[0]);
    const l = x.ligne;
    remarques.push(
      `${ou[0].toUpperCase()}${ou.slice(1)} : la ${lignesFr([l.origine]) || "ligne"} (${l.debit ? "débit" : "crédit"} ${centimesFr(Math.abs(x.s))}, pièce ${l.piece}) solderait le lettrage partiel « ${code} » (reste ${centimesFr(Math.abs(reste))}) : lettrez-la à la main et passez le code du groupe en majuscules (« ${code.toUpperCase()} »).`,
    );
  }
  return remarques;
}
