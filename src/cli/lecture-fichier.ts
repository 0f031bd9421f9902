/**
 * Lecture d'un fichier texte en flux, pour les gros fichiers (un FEC d'un million de lignes) : les octets arrivent par
 * blocs, l'encodage est détecté sur le premier bloc qui contient autre chose que de l'ASCII (exports-pgi.md § 7.1),
 * le texte est découpé en lignes (CRLF, LF, CR, mélangés) avec leur numéro physique. La mémoire ne dépend pas de la
 * taille du fichier.
 */
import { open } from "node:fs/promises";
import type { LigneEcriture } from "../core/compta/ecriture";
import { contientOctetNul, creerDecodeur, detecterEncodage, estAscii, type Decodeur, type InfoEncodage } from "../core/encodage";
import { Constats, creerLecteurFec, type Diagnostic, type FormatFec } from "../core/fec";

export const TAILLE_BLOC = 1 << 20;

/** Le fichier ne peut pas être lu (absent, dossier, binaire, pas un FEC) : la CLI rend le code 2. */
export class ErreurFichierIllisible extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ErreurFichierIllisible";
  }
}

/** Ce que la lecture a appris du fichier ; rempli au fil de la lecture. */
export interface SuiviLecture {
  /** Encodage détecté (provisoire, `certain: false`, tant que seuls des caractères ASCII ont été lus). */
  encodageDetecte?: InfoEncodage;
  octets: number;
}

/** Le message français d'une erreur du système de fichiers (absent, dossier, droits…) en lisant `chemin`. */
export function messageSysteme(e: unknown, chemin: string): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return `Le fichier « ${chemin} » est introuvable.`;
  if (code === "EISDIR") return `« ${chemin} » est un dossier, pas un fichier.`;
  if (code === "EACCES" || code === "EPERM") return `Le fichier « ${chemin} » ne peut pas être lu : droits insuffisants.`;
  return `Le fichier « ${chemin} » ne peut pas être lu (${code ?? (e instanceof Error ? e.message : String(e))}).`;
}

const FIN_DE_LIGNE = /\r\n|\r|\n/;

/** Les lignes d'un fichier texte, numérotées à partir de 1 ; un saut de ligne final n'ajoute pas de ligne vide. */
export async function* lignesFichier(chemin: string, suivi: SuiviLecture = { octets: 0 }): AsyncGenerator<{ texte: string; numero: number }> {
  let fichier;
  try {
    fichier = await open(chemin, "r");
  } catch (e) {
    throw new ErreurFichierIllisible(messageSysteme(e, chemin));
  }
  try {
    const tampon = Buffer.allocUnsafe(TAILLE_BLOC);
    let decodeur: Decodeur | undefined;
    let premier = true;
    let reste = "";
    /** Le bloc précédent finissait par CR : un LF en tête de ce bloc appartient au même saut de ligne (CRLF coupé). */
    let sauterLF = false;
    let numero = 0;
    for (;;) {
      let lus: number;
      try {
        ({ bytesRead: lus } = await fichier.read(tampon, 0, TAILLE_BLOC, null));
      } catch (e) {
        throw new ErreurFichierIllisible(messageSysteme(e, chemin));
      }
      const fin = lus === 0;
      let texte: string;
      if (fin) texte = decodeur ? decodeur.terminer() : "";
      else {
        const octets = tampon.subarray(0, lus);
        suivi.octets += lus;
        if (premier) {
          premier = false;
          const info = detecterEncodage(octets);
          if (!info.encodage.startsWith("utf-16") && contientOctetNul(octets)) {
            throw new ErreurFichierIllisible(`Le fichier « ${chemin} » n'est pas un fichier texte (octets nuls : fichier binaire, classeur, archive ou PDF ?).`);
          }
          suivi.encodageDetecte = info;
          if (info.certain) decodeur = creerDecodeur(info.encodage);
        } else if (!decodeur && !estAscii(octets)) {
          // Jusqu'ici que de l'ASCII : le premier bloc accentué décide de l'encodage.
          suivi.encodageDetecte = detecterEncodage(octets);
          decodeur = creerDecodeur(suivi.encodageDetecte.encodage);
        }
        texte = decodeur ? decodeur.decoder(octets) : octets.toString("latin1");
        if (numero === 0 && reste === "" && texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
      }
      if (texte.length > 0) {
        if (sauterLF && texte.charCodeAt(0) === 10) texte = texte.slice(1);
        sauterLF = texte.charCodeAt(texte.length - 1) === 13;
      }
      // Le début du bloc complète la ligne commencée au bloc précédent (sans recopier tout le bloc).
      const morceaux = texte.split(FIN_DE_LIGNE);
      morceaux[0] = reste + morceaux[0];
      reste = morceaux.pop() ?? "";
      for (const m of morceaux) yield { texte: m, numero: ++numero };
      if (fin) {
        if (reste !== "") yield { texte: reste, numero: ++numero };
        return;
      }
    }
  } finally {
    await fichier.close();
  }
}

export interface OptionsJournalFichier {
  /** Collecteur des constats de lecture (règles de forme du FEC) ; lisible pendant et après la lecture. */
  constats?: Constats;
  suivi?: SuiviLecture;
}

export interface BilanLectureJournal {
  lignes: number;
  format: FormatFec | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Les lignes d'écriture d'un fichier FEC (reconnu à son en-tête), en flux : un million de lignes en mémoire bornée.
 * Les lignes inutilisables sont sautées et notées dans les constats. Lève ErreurFichierIllisible si le fichier ne
 * peut pas être lu ou n'est pas un FEC.
 */
export async function* lireJournalFichier(chemin: string, options: OptionsJournalFichier = {}): AsyncGenerator<LigneEcriture, BilanLectureJournal> {
  const constats = options.constats ?? new Constats();
  const lecteur = creerLecteurFec({ constats });
  let entete = true;
  for await (const { texte, numero } of lignesFichier(chemin, options.suivi)) {
    if (entete) {
      entete = false;
      if (!lecteur.entete(texte)) {
        throw new ErreurFichierIllisible(`Le fichier « ${chemin} » n'est pas un FEC : sa première ligne ne contient pas les noms des champs (JournalCode, JournalLib, EcritureNum…).`);
      }
      const premiere = lecteur.premiereLigne?.ligne;
      if (premiere) yield premiere;
      continue;
    }
    const l = lecteur.ligne(texte, numero);
    if (l) yield l;
  }
  if (entete) throw new ErreurFichierIllisible(`Le fichier « ${chemin} » est vide.`);
  return { lignes: lecteur.lignesLues, format: lecteur.format, diagnostics: constats.trier() };
}
