/**
 * L'import d'une extraction de PGI, pour le volet (boîte « Importer ») comme pour `agora importer` : des octets (ou la
 * grille d'un classeur) et des options en entrée ; en sortie le format reconnu, l'encodage, le séparateur, un aperçu,
 * les colonnes reconnues, et des lignes d'écriture OU toutes les erreurs (tout ou rien). Pur et sans Node : le volet le
 * reprend tel quel. `importer` rend la main régulièrement (avancement, annulation) ; `importerSync` va d'une traite.
 */
import type { LigneEcriture } from "../compta/ecriture";
import { contientOctetNul, decoderTexte, type InfoEncodage } from "../encodage";
import { appliquerCorrespondance, lireCorrespondance } from "./correspondance";
import { convertir } from "./convertir";
import { detecterFormat, echantillonGrille, echantillonTexte, messageNonReconnu, reconnaitreTableau } from "./detection";
import { enregistrementsCsv, lignesPhysiques } from "./enregistrements";
import { CollecteErreurs } from "./erreurs";
import { importerFec } from "./fec";
import { colonnesReconnues, type Echantillon, type PlanLecture } from "./plan";
import type { Enregistrement, OptionsImport, OptionsSuivi, Reconnaissance, ResultatImport, ValeurSource } from "./types";
import { texteSource } from "./valeurs";

/** Étape du travail : fraction faite (0 à 1) et libellé français. */
export type Etape = [fraction: number, libelle: string];

const LIGNES_APERCU = 10;

interface Contexte {
  erreurs: CollecteErreurs;
  remarques: string[];
  encodage?: InfoEncodage;
  reconnaissance?: Reconnaissance;
  separateur?: string;
  plan?: PlanLecture;
  apercu: string[][];
  lignes: LigneEcriture[];
}

function resultat(c: Contexte): ResultatImport {
  const ok = c.erreurs.nombre === 0;
  return {
    ok,
    ...(c.reconnaissance ? { reconnaissance: c.reconnaissance } : {}),
    ...(c.encodage ? { encodage: c.encodage } : {}),
    ...(c.separateur !== undefined ? { separateur: c.separateur } : {}),
    colonnes: c.plan ? colonnesReconnues(c.plan.disposition) : [],
    apercu: c.apercu,
    lignes: ok ? c.lignes : [],
    erreurs: c.erreurs.triees(),
    nombreErreurs: c.erreurs.nombre,
    remarques: c.remarques,
  };
}

const apercuDe = (enregistrements: readonly Enregistrement[], n: number): string[][] => enregistrements.slice(0, n).map((e) => e.champs.map(texteSource));

/** Le plan de lecture d'un texte : correspondance donnée, ou format reconnu. Rend undefined (erreur notée) sinon. */
function planTexte(texte: string, options: OptionsImport, c: Contexte): { plan?: PlanLecture; fec?: boolean } {
  const format = options.format ?? "auto";
  if (options.correspondance !== undefined) {
    const lue = lireCorrespondance(options.correspondance);
    if ("erreurs" in lue) {
      for (const m of lue.erreurs) c.erreurs.ajouter(0, `correspondance de colonnes : ${m}`);
      return {};
    }
    const e = echantillonTexte(lignesPhysiques(texte), lue.correspondance.separateur);
    if (!e.separateur) {
      c.erreurs.ajouter(0, `séparateur introuvable : ${e.raisonSeparateur} Précisez « separateur » dans la correspondance.`);
      return {};
    }
    const applique = appliquerCorrespondance(lue.correspondance, e);
    if ("erreurs" in applique) {
      for (const m of applique.erreurs) c.erreurs.ajouter(0, `correspondance de colonnes : ${m}`);
      return {};
    }
    return { plan: applique.plan };
  }
  const d = detecterFormat(texte, format);
  c.reconnaissance = d.reconnaissance;
  if (d.erreur) {
    c.erreurs.ajouter(0, d.erreur);
    return {};
  }
  if (d.reconnaissance?.format === "cfonb") {
    c.erreurs.ajouter(0, "relevé bancaire CFONB 120 : ce n'est pas un journal d'écritures ; il se lit avec le relevé de banque (lireCfonb, ou `agora importer` qui l'affiche).");
    return {};
  }
  if (d.reconnaissance?.format === "fec") return { fec: true };
  return { plan: d.plan };
}

/** Le travail d'un import de fichier, étape par étape (voir `importer` et `importerSync`). */
export function* importerEtapes(source: Uint8Array | ArrayBuffer, options: OptionsImport = {}): Generator<Etape, ResultatImport> {
  const c: Contexte = { erreurs: new CollecteErreurs(options.limiteErreurs), remarques: [], apercu: [], lignes: [] };
  const octets = source instanceof Uint8Array ? source : new Uint8Array(source);
  const nApercu = options.lignesApercu ?? LIGNES_APERCU;
  if (octets.length === 0) {
    c.erreurs.ajouter(0, "le fichier est vide.");
    return resultat(c);
  }
  if (octets[0] === 0x50 && octets[1] === 0x4b && octets[2] === 0x03 && octets[3] === 0x04) {
    c.erreurs.ajouter(0, "le fichier est une archive (classeur .xlsx ou .ods ?) : ouvrez-le comme un classeur, pas comme un fichier texte.");
    return resultat(c);
  }
  const { texte, encodage } = decoderTexte(octets, options.encodage);
  if (!encodage.encodage.startsWith("utf-16") && contientOctetNul(octets)) {
    c.erreurs.ajouter(0, "le fichier n'est pas un fichier texte (octets nuls : fichier binaire, archive ou PDF ?).");
    return resultat(c);
  }
  c.encodage = encodage;
  yield [0.05, "Reconnaissance du format"];

  const { plan, fec } = planTexte(texte, options, c);
  if (fec) {
    const r = importerFec(texte, c.erreurs, c.reconnaissance?.libelle);
    c.reconnaissance = r.reconnaissance;
    c.separateur = r.format?.separateur;
    c.remarques.push(...r.remarques);
    c.lignes = r.lignes;
    c.apercu = lignesPhysiques(texte).slice(0, nApercu).map((l) => l.split(r.format?.separateur ?? "\t"));
    return resultat(c);
  }
  if (!plan) return resultat(c);
  c.plan = plan;
  c.reconnaissance = plan.reconnaissance;
  c.separateur = plan.separateur;
  const lignes = lignesPhysiques(texte);
  let enregistrements: Enregistrement[];
  if (plan.decouper) enregistrements = plan.decouper(lignes, c.erreurs);
  else {
    const d = enregistrementsCsv(lignes, plan.separateur ?? ";");
    if (d.guillemetOuvert !== undefined) c.erreurs.ajouter(d.guillemetOuvert, "guillemet ouvert jamais refermé (le champ continue jusqu'à la fin du fichier).");
    enregistrements = d.enregistrements;
  }
  c.apercu = apercuDe(enregistrements, nApercu);
  yield* convertirEtapes(enregistrements, plan, c);
  return resultat(c);
}

function* convertirEtapes(enregistrements: readonly Enregistrement[], plan: PlanLecture, c: Contexte): Generator<Etape, void> {
  const g = convertir(enregistrements, plan.disposition, c.erreurs);
  for (;;) {
    const r = g.next();
    if (r.done) {
      c.lignes = r.value.lignes;
      c.remarques.push(...r.value.remarques);
      return;
    }
    yield [0.1 + 0.85 * r.value, "Lecture des lignes"];
  }
}

/** Le travail d'un import de grille (feuille d'un classeur : lignes de cellules, dates en numéro de série). */
export function* importerGrilleEtapes(grille: readonly (readonly ValeurSource[])[], options: OptionsImport = {}): Generator<Etape, ResultatImport> {
  const c: Contexte = { erreurs: new CollecteErreurs(options.limiteErreurs), remarques: [], apercu: [], lignes: [] };
  const enregistrements: Enregistrement[] = [];
  grille.forEach((champs, i) => {
    if (champs.some((v) => texteSource(v) !== "")) enregistrements.push({ ligne: i + 1, champs: [...champs] });
  });
  if (enregistrements.length === 0) {
    c.erreurs.ajouter(0, "la feuille est vide.");
    return resultat(c);
  }
  const e: Echantillon = echantillonGrille(enregistrements);
  let plan: PlanLecture | undefined;
  if (options.correspondance !== undefined) {
    const lue = lireCorrespondance(options.correspondance);
    const applique = "erreurs" in lue ? lue : appliquerCorrespondance(lue.correspondance, e);
    if ("erreurs" in applique) for (const m of applique.erreurs) c.erreurs.ajouter(0, `correspondance de colonnes : ${m}`);
    else plan = applique.plan;
  } else {
    const format = options.format ?? "auto";
    plan = format === "fec" ? undefined : reconnaitreTableau(e, format);
    if (!plan) c.erreurs.ajouter(0, messageNonReconnu(e, format === "fec" ? "csv" : format).replace(/ La première ligne[^.]*\./, ""));
  }
  c.apercu = apercuDe(enregistrements, options.lignesApercu ?? LIGNES_APERCU);
  if (!plan) return resultat(c);
  c.plan = plan;
  c.reconnaissance = { ...plan.reconnaissance, libelle: `${plan.reconnaissance.libelle.replace(/^CSV/, "Feuille")}, lu dans un classeur` };
  yield [0.05, "Reconnaissance du format"];
  yield* convertirEtapes(enregistrements, plan, c);
  return resultat(c);
}

/** Fait tourner les étapes d'une traite (tests, CLI). */
export function executerSync(etapes: Generator<Etape, ResultatImport>, suivi: OptionsSuivi = {}): ResultatImport {
  for (;;) {
    const r = etapes.next();
    if (r.done) return r.value;
    suivi.progres?.(r.value[0], r.value[1]);
  }
}

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Fait tourner les étapes en rendant la main entre deux (le volet reste réactif) ; s'arrête si `signal.aborted`. */
export async function executer(etapes: Generator<Etape, ResultatImport>, suivi: OptionsSuivi = {}): Promise<ResultatImport> {
  for (;;) {
    if (suivi.signal?.aborted) {
      etapes.return(undefined as never);
      return { ok: false, annule: true, colonnes: [], apercu: [], lignes: [], erreurs: [], nombreErreurs: 0, remarques: ["import annulé : rien n'a été lu."] };
    }
    const r = etapes.next();
    if (r.done) {
      suivi.progres?.(1, "Terminé");
      return r.value;
    }
    suivi.progres?.(r.value[0], r.value[1]);
    await pause();
  }
}

/** Importe un fichier (octets) : voir l'en-tête du module. */
export const importer = (source: Uint8Array | ArrayBuffer, options: OptionsImport = {}): Promise<ResultatImport> => executer(importerEtapes(source, options), options);
export const importerSync = (source: Uint8Array | ArrayBuffer, options: OptionsImport = {}): ResultatImport => executerSync(importerEtapes(source, options), options);
/** Importe la grille d'une feuille de classeur. */
export const importerGrille = (grille: readonly (readonly ValeurSource[])[], options: OptionsImport = {}): Promise<ResultatImport> => executer(importerGrilleEtapes(grille, options), options);
export const importerGrilleSync = (grille: readonly (readonly ValeurSource[])[], options: OptionsImport = {}): ResultatImport => executerSync(importerGrilleEtapes(grille, options), options);
