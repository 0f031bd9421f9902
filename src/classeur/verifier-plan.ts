/**
 * Vérification d'un plan de modifications avant toute écriture, commune à tous les adaptateurs du port :
 * le plan est simulé dans l'ordre sur l'état lu du classeur (feuilles, tableaux, noms). Si une seule modification
 * est impossible, rien n'est écrit et l'erreur liste les problèmes en français.
 */
import { erreurValeur } from "../core/erreurs";
import { dimensions, formaterCellule, lireCellule, lirePlageA1, MAX_COLONNES, MAX_LIGNES, separerFeuille, type Rectangle } from "./adresses";
import type { Cellule, Modification } from "./port";

/** Ce qu'un adaptateur sait du classeur avant d'écrire. */
export interface EtatClasseur {
  feuilles: { nom: string; protegee?: boolean; tables?: string[]; graphiques?: string[] }[];
  /** Noms définis du classeur. */
  noms: string[];
}

/** Ce que l'adaptateur doit faire pour chaque modification, dans l'ordre du plan. */
export type Decision =
  | { type: "feuille"; action: "creer"; nom: string }
  /** La feuille existe et `remplacer` est vrai : elle est vidée (contenu, formats, tableaux, graphiques), pas supprimée. */
  | { type: "feuille"; action: "vider"; nom: string; tables: string[]; graphiques: string[] }
  /** Un nom défini qui existe déjà est redéfini. */
  | { type: "nom"; remplace: boolean }
  /** Les autres modifications visent une feuille (nom avec la casse du classeur). */
  | { type: "autre"; feuille: string };

const LONGUEUR_TEXTE = 32_767;
const LONGUEUR_FORMULE = 8_192;
const MAX_PROBLEMES = 5;

const cle = (nom: string): string => nom.toLowerCase();

/** Règles d'Excel pour un nom de feuille. */
export function problemeNomFeuille(nom: string): string | undefined {
  if (nom.trim() === "") return "Le nom d'une feuille ne peut pas être vide.";
  if (nom.length > 31) return `Le nom de feuille « ${nom} » dépasse 31 caractères.`;
  if (/[:\\/?*[\]]/.test(nom)) return `Le nom de feuille « ${nom} » contient un caractère interdit (: \\ / ? * [ ]).`;
  if (nom.startsWith("'") || nom.endsWith("'")) return `Le nom de feuille « ${nom} » ne peut pas commencer ni finir par une apostrophe.`;
  if (cle(nom) === "history") return "« History » est un nom de feuille réservé par Excel.";
  return undefined;
}

/** Règles d'Excel pour un nom défini ou un nom de tableau : lettre ou « _ » d'abord, ni espace, ni référence de cellule. */
export function problemeNom(nom: string, quoi: "tableau" | "nom"): string | undefined {
  const libelle = quoi === "tableau" ? `Le nom de tableau « ${nom} »` : `Le nom « ${nom} »`;
  if (nom === "") return quoi === "tableau" ? "Un tableau doit avoir un nom." : "Un nom défini ne peut pas être vide.";
  if (nom.length > 255) return `${libelle} dépasse 255 caractères.`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(nom)) {
    return `${libelle} n'est pas valide : il commence par une lettre ou « _ » et ne contient ni espace ni ponctuation (exemple : T_Ventes).`;
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(nom) || /^[RrCc]$/.test(nom) || /^[Rr][0-9]*[Cc][0-9]*$/.test(nom)) {
    return `${libelle} ressemble à une référence de cellule : choisissez-en un autre.`;
  }
  return undefined;
}

function problemeCellule(c: Cellule, ou: string): string | undefined {
  if (c === null || typeof c === "boolean") return undefined;
  if (typeof c === "number") return Number.isFinite(c) ? undefined : `${ou} : ${c} n'est pas un nombre fini.`;
  if (typeof c !== "string") return `${ou} : valeur de type ${typeof c} impossible à écrire.`;
  if (c.startsWith("=") && c.length > LONGUEUR_FORMULE) return `${ou} : la formule dépasse ${LONGUEUR_FORMULE} caractères.`;
  if (c.length > LONGUEUR_TEXTE) return `${ou} : le texte dépasse ${LONGUEUR_TEXTE} caractères.`;
  return undefined;
}

/** Vérifie une grille rectangulaire de valeurs ; rend ses dimensions. */
function verifierGrille(valeurs: readonly (readonly Cellule[])[], quoi: string, problemes: string[]): { lignes: number; colonnes: number } {
  const lignes = valeurs.length;
  const colonnes = valeurs[0]?.length ?? 0;
  if (lignes === 0 || colonnes === 0) {
    problemes.push(`${quoi} : aucune valeur à écrire.`);
    return { lignes, colonnes };
  }
  for (let i = 0; i < lignes; i++) {
    const ligne = valeurs[i];
    if (!Array.isArray(ligne) || ligne.length !== colonnes) {
      problemes.push(`${quoi} : la ligne ${i + 1} a ${Array.isArray(ligne) ? ligne.length : 0} valeurs au lieu de ${colonnes}.`);
      return { lignes, colonnes };
    }
    for (let j = 0; j < colonnes; j++) {
      const p = problemeCellule(ligne[j], `${quoi}, ligne ${i + 1}, colonne ${j + 1}`);
      if (p) {
        problemes.push(p);
        return { lignes, colonnes };
      }
    }
  }
  return { lignes, colonnes };
}

/** La zone écrite à partir de `adresse` (une cellule, ou une plage qui doit avoir la taille des données). */
function zone(adresse: string, lignes: number, colonnes: number, quoi: string, problemes: string[]): Rectangle | undefined {
  let r: Rectangle;
  try {
    r = lirePlageA1(adresse);
  } catch (e) {
    problemes.push(`${quoi} : ${(e as Error).message}`);
    return undefined;
  }
  const d = dimensions(r);
  if ((d.lignes > 1 || d.colonnes > 1) && (d.lignes !== lignes || d.colonnes !== colonnes)) {
    problemes.push(`${quoi} : la plage ${adresse} a ${d.lignes} × ${d.colonnes} cellules, les données ${lignes} × ${colonnes}.`);
    return undefined;
  }
  const fin = { ligne: r.debut.ligne + lignes - 1, colonne: r.debut.colonne + colonnes - 1 };
  if (fin.ligne >= MAX_LIGNES || fin.colonne >= MAX_COLONNES) {
    problemes.push(`${quoi} : ${lignes} × ${colonnes} cellules à partir de ${formaterCellule(r.debut)} dépassent les limites de la feuille.`);
    return undefined;
  }
  return { debut: r.debut, fin };
}

function chevauche(a: Rectangle, b: Rectangle): boolean {
  return a.debut.ligne <= b.fin.ligne && b.debut.ligne <= a.fin.ligne && a.debut.colonne <= b.fin.colonne && b.debut.colonne <= a.fin.colonne;
}

interface FeuilleSimulee {
  nom: string;
  protegee: boolean;
  tables: string[];
  graphiques: string[];
}

/**
 * Simule le plan sur `etat` et rend une décision par modification, ou lève une ErreurAgora (code valeur)
 * qui liste les problèmes. Sans `etat`, seules les vérifications qui ne dépendent pas du classeur sont faites.
 */
export function verifierPlan(plan: readonly Modification[], etat?: EtatClasseur): Decision[] {
  const problemes: string[] = [];
  const feuilles = new Map<string, FeuilleSimulee>();
  const tables = new Map<string, string>(); // clé du nom → clé de la feuille
  const noms = new Set<string>();
  for (const f of etat?.feuilles ?? []) {
    feuilles.set(cle(f.nom), { nom: f.nom, protegee: f.protegee ?? false, tables: [...(f.tables ?? [])], graphiques: [...(f.graphiques ?? [])] });
    for (const t of f.tables ?? []) tables.set(cle(t), cle(f.nom));
  }
  for (const n of etat?.noms ?? []) noms.add(cle(n));
  const creees = new Set<string>();
  const nomsDuPlan = new Set<string>();
  const zonesTables: { feuille: string; zone: Rectangle; nom: string }[] = [];

  /** La feuille visée doit exister (ou être créée plus tôt dans le plan) et ne pas être protégée. */
  const cible = (nom: string, quoi: string): string => {
    if (!etat) return nom;
    const f = feuilles.get(cle(nom));
    if (!f) {
      problemes.push(`${quoi} : la feuille « ${nom} » n'existe pas.`);
      return nom;
    }
    if (f.protegee) problemes.push(`La feuille « ${f.nom} » est protégée : ôtez la protection (Révision › Ôter la protection de la feuille), puis recommencez.`);
    return f.nom;
  };

  const decisions = plan.map((m): Decision => {
    switch (m.type) {
      case "feuille": {
        const p = problemeNomFeuille(m.nom);
        if (p) problemes.push(p);
        if (creees.has(cle(m.nom))) problemes.push(`Le plan crée deux fois la feuille « ${m.nom} ».`);
        creees.add(cle(m.nom));
        const existante = feuilles.get(cle(m.nom));
        if (existante && !m.remplacer) {
          problemes.push(`La feuille « ${existante.nom} » existe déjà : renommez-la ou supprimez-la, puis recommencez.`);
        }
        if (existante) {
          if (existante.protegee) problemes.push(`La feuille « ${existante.nom} » est protégée : elle ne peut pas être remplacée.`);
          const decision: Decision = { type: "feuille", action: "vider", nom: existante.nom, tables: existante.tables, graphiques: existante.graphiques };
          for (const t of existante.tables) tables.delete(cle(t));
          feuilles.set(cle(m.nom), { ...existante, tables: [], graphiques: [] });
          return decision;
        }
        feuilles.set(cle(m.nom), { nom: m.nom, protegee: false, tables: [], graphiques: [] });
        return { type: "feuille", action: "creer", nom: m.nom };
      }
      case "valeurs": {
        const quoi = `Valeurs en ${m.feuille}!${m.adresse}`;
        const feuille = cible(m.feuille, quoi);
        const { lignes, colonnes } = verifierGrille(m.valeurs, quoi, problemes);
        if (lignes > 0 && colonnes > 0) zone(m.adresse, lignes, colonnes, quoi, problemes);
        if (m.formats) {
          const formes = m.formats.length === lignes && m.formats.every((l) => Array.isArray(l) && l.length === colonnes);
          if (!formes) problemes.push(`${quoi} : la grille des formats n'a pas la taille des valeurs (${lignes} × ${colonnes}).`);
        }
        return { type: "autre", feuille };
      }
      case "formule": {
        const quoi = `Formule en ${m.feuille}!${m.adresse}`;
        const feuille = cible(m.feuille, quoi);
        try {
          lireCellule(m.adresse);
        } catch (e) {
          problemes.push(`${quoi} : ${(e as Error).message} Une formule s'insère dans une seule cellule.`);
        }
        if (!m.formule.startsWith("=")) problemes.push(`${quoi} : « ${m.formule} » n'est pas une formule (elle commence par « = »).`);
        else if (m.formule.length > LONGUEUR_FORMULE) problemes.push(`${quoi} : la formule dépasse ${LONGUEUR_FORMULE} caractères.`);
        return { type: "autre", feuille };
      }
      case "table": {
        const quoi = `Tableau « ${m.nom} »`;
        const feuille = cible(m.feuille, quoi);
        const p = problemeNom(m.nom, "tableau");
        if (p) problemes.push(p);
        if (tables.has(cle(m.nom)) || nomsDuPlan.has(cle(m.nom))) problemes.push(`Le tableau « ${m.nom} » existe déjà dans le classeur.`);
        else if (noms.has(cle(m.nom))) problemes.push(`« ${m.nom} » est déjà un nom défini du classeur : un tableau ne peut pas porter ce nom.`);
        tables.set(cle(m.nom), cle(m.feuille));
        nomsDuPlan.add(cle(m.nom));
        const vus = new Set<string>();
        m.entetes.forEach((e, j) => {
          if (typeof e !== "string" || e.trim() === "") problemes.push(`${quoi} : l'en-tête de la colonne ${j + 1} est vide.`);
          else if (vus.has(cle(e.trim()))) problemes.push(`${quoi} : l'en-tête « ${e} » apparaît deux fois.`);
          else vus.add(cle(e.trim()));
        });
        if (m.entetes.length === 0) problemes.push(`${quoi} : aucun en-tête de colonne.`);
        else if (m.lignes.length > 0) verifierGrille([m.entetes, ...m.lignes], quoi, problemes);
        for (const col of Object.keys(m.formats ?? {})) {
          if (!m.entetes.includes(col)) problemes.push(`${quoi} : le format est donné pour la colonne « ${col} », qui n'existe pas.`);
        }
        const z = m.entetes.length > 0 ? zone(m.adresse, Math.max(m.lignes.length, 1) + 1, m.entetes.length, quoi, problemes) : undefined;
        if (z) {
          const autre = zonesTables.find((t) => t.feuille === cle(m.feuille) && chevauche(t.zone, z));
          if (autre) problemes.push(`${quoi} : il chevaucherait le tableau « ${autre.nom} ».`);
          zonesTables.push({ feuille: cle(m.feuille), zone: z, nom: m.nom });
        }
        const f = feuilles.get(cle(m.feuille));
        if (f) f.tables.push(m.nom);
        return { type: "autre", feuille };
      }
      case "nom": {
        const p = problemeNom(m.nom, "nom");
        if (p) problemes.push(p);
        if (nomsDuPlan.has(cle(m.nom))) problemes.push(`Le plan définit deux fois « ${m.nom} » (nom ou tableau).`);
        else if (tables.has(cle(m.nom))) problemes.push(`« ${m.nom} » est déjà le nom d'un tableau.`);
        nomsDuPlan.add(cle(m.nom));
        if (m.reference.trim().replace(/^=/, "") === "") problemes.push(`Le nom « ${m.nom} » ne désigne rien (référence vide).`);
        const remplace = noms.has(cle(m.nom));
        noms.add(cle(m.nom));
        return { type: "nom", remplace };
      }
      case "validation": {
        const quoi = `Liste de validation en ${m.feuille}!${m.adresse}`;
        const feuille = cible(m.feuille, quoi);
        adresseValide(m.adresse, quoi, problemes);
        if (Array.isArray(m.liste)) {
          if (m.liste.length === 0 || m.liste.some((v) => typeof v !== "string" || v.trim() === "")) problemes.push(`${quoi} : la liste contient une valeur vide.`);
          if (m.liste.some((v) => typeof v === "string" && v.includes(","))) problemes.push(`${quoi} : une valeur de liste ne peut pas contenir de virgule ; placez la liste dans une plage.`);
          if (m.liste.join(",").length > 255) problemes.push(`${quoi} : la liste dépasse 255 caractères ; placez-la dans une plage nommée.`);
        } else if (m.liste.source.trim().replace(/^=/, "") === "") problemes.push(`${quoi} : la source de la liste est vide.`);
        return { type: "autre", feuille };
      }
      case "mise-en-forme": {
        const quoi = `Mise en forme conditionnelle en ${m.feuille}!${m.adresse}`;
        const feuille = cible(m.feuille, quoi);
        adresseValide(m.adresse, quoi, problemes);
        if (!m.formule.startsWith("=")) problemes.push(`${quoi} : la règle « ${m.formule} » doit commencer par « = ».`);
        for (const couleur of [m.remplissage, m.police]) {
          if (couleur !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(couleur)) problemes.push(`${quoi} : « ${couleur} » n'est pas une couleur #RRVVBB.`);
        }
        return { type: "autre", feuille };
      }
      case "graphique": {
        const quoi = `Graphique « ${m.titre} »`;
        const feuille = cible(m.feuille, quoi);
        try {
          const { feuille: source, adresse } = separerFeuille(m.source);
          if (source !== undefined) cible(source, quoi);
          adresseValide(adresse, quoi, problemes);
        } catch (e) {
          problemes.push(`${quoi} : ${(e as Error).message}`);
        }
        if (m.position !== undefined) adresseValide(m.position, quoi, problemes);
        const f = feuilles.get(cle(m.feuille));
        if (f) f.graphiques.push(m.titre);
        return { type: "autre", feuille };
      }
    }
  });

  if (problemes.length > 0) {
    const uniques = [...new Set(problemes)];
    const liste = uniques.slice(0, MAX_PROBLEMES);
    const reste = uniques.length - liste.length;
    const suite = reste > 0 ? ` … et ${reste} autre${reste > 1 ? "s" : ""} problème${reste > 1 ? "s" : ""}.` : "";
    throw erreurValeur(`Rien n'a été modifié dans le classeur. ${liste.join(" ")}${suite}`);
  }
  return decisions;
}

function adresseValide(adresse: string, quoi: string, problemes: string[]): void {
  try {
    lirePlageA1(adresse);
  } catch (e) {
    problemes.push(`${quoi} : ${(e as Error).message}`);
  }
}
