/**
 * Le journal d'un fichier pour `agora compta` : un FEC (reconnu à son en-tête, lu par le lecteur FEC), un journal
 * CSV aux colonnes françaises (Date, Journal, N° pièce, Compte, Tiers, Libellé, Débit, Crédit…), lus en flux, ou le
 * tableau Journal d'un classeur .xlsx (lu par le lecteur du volet : lecture-classeur.ts).
 * Les lignes illisibles sont écartées et rendues par `rejets()` : un état calculé sans elles serait faux.
 */
import { Anomalies, trierAnomalies, type Anomalie } from "../core/compta/anomalie";
import { LecteurCsvJournal } from "../core/compta/csv-journal";
import type { LigneEcriture } from "../core/compta/ecriture";
import { ErreurAgora } from "../core/erreurs";
import { analyserEntete, Constats, creerLecteurFec } from "../core/fec";
import { lignesEcartees } from "../actions/compta/fec";
import type { JournalDuClasseur } from "../actions/compta/source";
import { estClasseur, lireJournalClasseur } from "./lecture-classeur";
import { ErreurFichierIllisible, lignesFichier } from "./lecture-fichier";

/** Lignes rejetées dont on garde le détail (les suivantes sont comptées). */
const LIMITE_REJETS = 1000;

export interface SourceJournal {
  format: "FEC" | "CSV" | "XLSX";
  /**
   * Lit tout le fichier et donne chaque ligne d'écriture lisible, dans l'ordre du fichier, à `ajouter` (appel
   * synchrone : pas de promesse par ligne, c'est la boucle chaude d'un FEC d'un million de lignes).
   */
  parcourir(ajouter: (l: LigneEcriture) => void): Promise<void>;
  /** Après la lecture : les lignes écartées, avec la raison, triées par ligne. */
  rejets(): { liste: Anomalie[]; nombre: number };
}

/** Ouvre un journal ; lève ErreurFichierIllisible (code 2) si le fichier ne peut pas être lu comme un journal. */
export async function ouvrirJournal(chemin: string): Promise<SourceJournal> {
  if (estClasseur(chemin)) return sourceClasseur(await lireJournalClasseur(chemin));
  const flux = lignesFichier(chemin);
  const premiere = await flux.next();
  if (premiere.done) throw new ErreurFichierIllisible(`Le fichier « ${chemin} » est vide.`);
  return analyserEntete(premiere.value.texte, new Constats()).estFec ? sourceFec(flux, premiere.value.texte) : sourceCsv(chemin, flux, premiere.value);
}

type FluxLignes = AsyncGenerator<{ texte: string; numero: number }>;

function sourceFec(flux: FluxLignes, entete: string): SourceJournal {
  const lecteur = creerLecteurFec({ constats: new Constats() });
  lecteur.entete(entete);
  const rejetees = new Set<number>();
  let nombre = 0;
  const rejeter = (numero: number) => {
    nombre++;
    if (rejetees.size < LIMITE_REJETS) rejetees.add(numero);
  };
  async function parcourir(ajouter: (l: LigneEcriture) => void): Promise<void> {
    const premiere = lecteur.premiereLigne;
    if (premiere) {
      if (premiere.ligne) ajouter(premiere.ligne);
      else rejeter(1);
    }
    for await (const { texte, numero } of flux) {
      const a = lecteur.analyser(texte, numero);
      if (a?.ligne) ajouter(a.ligne);
      else if (a) rejeter(numero);
    }
  }
  return {
    format: "FEC",
    parcourir,
    rejets() {
      const diagnostics = lecteur.constats.trier().filter((d) => d.severite === "erreur" && rejetees.has(d.ligne));
      const expliquees = new Set(diagnostics.map((d) => d.ligne));
      const liste: Anomalie[] = [
        ...diagnostics.map((d) => ({ origine: d.ligne, message: `Ligne ${d.ligne} (${d.regle}) : ${d.message}` })),
        ...[...rejetees].filter((n) => !expliquees.has(n)).map((n) => ({ origine: n, message: `Ligne ${n} : ligne d'écriture illisible.` })),
      ];
      return { liste: trierAnomalies(liste), nombre };
    },
  };
}

function sourceCsv(chemin: string, flux: FluxLignes, premiere: { texte: string; numero: number }): SourceJournal {
  const anomalies = new Anomalies(LIMITE_REJETS);
  const lecteur = new LecteurCsvJournal(anomalies);
  const illisible = (e: unknown): never => {
    if (e instanceof ErreurAgora) throw new ErreurFichierIllisible(`« ${chemin} » n'est ni un FEC ni un journal CSV lisible. ${e.message}`);
    throw e;
  };
  async function parcourir(ajouter: (l: LigneEcriture) => void): Promise<void> {
    try {
      const l = lecteur.ligne(premiere.texte, premiere.numero);
      if (l) ajouter(l);
      for await (const { texte, numero } of flux) {
        const ligne = lecteur.ligne(texte, numero);
        if (ligne) ajouter(ligne);
      }
      lecteur.terminer();
    } catch (e) {
      illisible(e);
    }
  }
  return {
    format: "CSV",
    parcourir,
    rejets: () => ({ liste: trierAnomalies(anomalies.liste), nombre: anomalies.nombre }),
  };
}

/**
 * Le tableau Journal d'un classeur, déjà lu : les lignes lisibles, et pour rejets les lignes illisibles avec leur
 * cellule. Les autres remarques du lecteur (compte hors PCG…) portent sur des lignes gardées : `agora compta` les
 * refait lui-même et les signale sans bloquer, comme pour un CSV.
 */
function sourceClasseur(journal: JournalDuClasseur): SourceJournal {
  const { lecture } = journal;
  return {
    format: "XLSX",
    async parcourir(ajouter) {
      for (const l of lecture.lignes) ajouter(l);
    },
    rejets() {
      const { anomalies, nombre } = lignesEcartees(lecture);
      const liste = anomalies.map((a) => ({ message: a.cellule ? `${a.cellule} — ${a.message}` : a.message }));
      return { liste, nombre };
    },
  };
}
