/**
 * Lecture d'un journal au format CSV (export de tableur ou de PGI) : en-têtes français reconnus (voir colonnes.ts),
 * séparateur « ; », « , », tabulation ou « | » détecté sur l'en-tête, champs entre guillemets (« "1 200,50" »,
 * guillemets doublés, retours à la ligne dans un champ), lignes de titre avant l'en-tête ignorées.
 * Pur : des lignes de texte en entrée, des `LigneEcriture` en sortie, et des anomalies qui nomment ligne et colonne.
 */
import { erreurValeur } from "../erreurs";
import type { Anomalies } from "./anomalie";
import { colonnesManquantes, estEnteteJournal, messageColonnesManquantes, reconnaitreColonnes, type StructureJournal } from "./colonnes";
import type { LigneEcriture } from "./ecriture";
import { lireLigneJournal } from "./lecture-ligne";

const SEPARATEURS = [";", "\t", "|", ","] as const;
/** Nombre de lignes non vides parcourues au plus pour trouver l'en-tête (titres d'un export). */
const LIGNES_AVANT_ENTETE = 20;

/** Séparateur le plus fréquent hors guillemets (à égalité : « ; », tabulation, « | », « , »). */
export function detecterSeparateur(ligne: string): string {
  const comptes = new Map<string, number>(SEPARATEURS.map((s) => [s, 0]));
  let entreGuillemets = false;
  for (const car of ligne) {
    if (car === '"') entreGuillemets = !entreGuillemets;
    else if (!entreGuillemets && comptes.has(car)) comptes.set(car, comptes.get(car)! + 1);
  }
  let meilleur: string = ";";
  for (const s of SEPARATEURS) if (comptes.get(s)! > comptes.get(meilleur)!) meilleur = s;
  return meilleur;
}

/** Découpe un enregistrement CSV (guillemets doublés, séparateur dans un champ entre guillemets). */
export function decouperCsv(enregistrement: string, separateur: string): string[] {
  if (!enregistrement.includes('"')) return enregistrement.split(separateur);
  const champs: string[] = [];
  let champ = "";
  let entreGuillemets = false;
  for (let i = 0; i < enregistrement.length; i++) {
    const car = enregistrement[i];
    if (entreGuillemets) {
      if (car === '"') {
        if (enregistrement[i + 1] === '"') {
          champ += '"';
          i++;
        } else entreGuillemets = false;
      } else champ += car;
    } else if (car === '"') entreGuillemets = true;
    else if (car === separateur) {
      champs.push(champ);
      champ = "";
    } else champ += car;
  }
  champs.push(champ);
  return champs;
}

const nombreGuillemets = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/** Lecteur ligne à ligne (flux) : `ligne()` pour chaque ligne physique, puis `terminer()`. */
export class LecteurCsvJournal {
  structure?: StructureJournal;
  separateur = ";";
  private enAttente = "";
  private origineEnAttente = 0;
  private lignesVues = 0;
  private premiereLigne?: number;

  constructor(private readonly anomalies: Anomalies) {}

  /** Une ligne physique (sans fin de ligne) et son numéro (à partir de 1). Lève une ErreurAgora si aucun en-tête n'est reconnu. */
  ligne(texte: string, numero: number): LigneEcriture | undefined {
    let t = texte.endsWith("\r") ? texte.slice(0, -1) : texte;
    if (numero === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    if (this.enAttente) {
      t = `${this.enAttente}\n${t}`;
      numero = this.origineEnAttente;
      this.enAttente = "";
    }
    if (t.includes('"') && nombreGuillemets(t) % 2 === 1) {
      this.enAttente = t;
      this.origineEnAttente = numero;
      return undefined;
    }
    if (!this.structure) {
      this.chercherEntete(t, numero);
      return undefined;
    }
    if (t.trim() === "") return undefined;
    const champs = decouperCsv(t, this.separateur);
    const attendus = this.structure.entetes.length;
    if (champs.length > attendus && champs.slice(attendus).some((c) => c.trim() !== "")) {
      this.anomalies.ajouter({
        origine: numero,
        message: `Ligne ${numero} : ${champs.length} champs au lieu des ${attendus} de l'en-tête (un montant à virgule décimale non entouré de guillemets dans un fichier séparé par des virgules ?).`,
      });
      return undefined;
    }
    return lireLigneJournal(champs, this.structure, numero, this.anomalies);
  }

  private chercherEntete(t: string, numero: number): void {
    if (t.trim() === "") return;
    this.premiereLigne ??= numero;
    this.lignesVues++;
    const separateur = detecterSeparateur(t);
    const structure = reconnaitreColonnes(decouperCsv(t, separateur));
    if (estEnteteJournal(structure)) {
      const manque = colonnesManquantes(structure, { identifiant: true });
      if (manque.length) throw erreurValeur(`Ligne ${numero} : ${messageColonnesManquantes(manque, structure)}`);
      this.structure = structure;
      this.separateur = separateur;
      return;
    }
    if (this.lignesVues >= LIGNES_AVANT_ENTETE) this.echec();
  }

  private echec(): never {
    throw erreurValeur(
      `Ligne ${this.premiereLigne ?? 1} : aucune ligne d'en-tête de journal reconnue (il faut au moins les colonnes Date, Compte, Débit et Crédit, ou Montant et Sens, et un N° d'écriture ou une Pièce).`,
    );
  }

  /** Fin du fichier : un champ entre guillemets jamais refermé, ou un fichier sans en-tête. */
  terminer(): void {
    if (this.enAttente) {
      this.anomalies.ajouter({ origine: this.origineEnAttente, message: `Ligne ${this.origineEnAttente} : guillemet ouvert jamais refermé.` });
      this.enAttente = "";
    }
    if (!this.structure) this.echec();
  }
}

/** Lit un journal CSV ligne à ligne (flux d'un fichier). */
export async function* lireJournalCsv(lignes: AsyncIterable<string> | Iterable<string>, anomalies: Anomalies): AsyncGenerator<LigneEcriture> {
  const lecteur = new LecteurCsvJournal(anomalies);
  let numero = 0;
  for await (const texte of lignes) {
    const l = lecteur.ligne(texte, ++numero);
    if (l) yield l;
  }
  lecteur.terminer();
}

/** Lit un journal CSV donné en entier (tests, petits fichiers). */
export function lireJournalCsvTexte(texte: string, anomalies: Anomalies): LigneEcriture[] {
  const lecteur = new LecteurCsvJournal(anomalies);
  const resultat: LigneEcriture[] = [];
  texte.split(/\r?\n|\r/).forEach((t, i) => {
    const l = lecteur.ligne(t, i + 1);
    if (l) resultat.push(l);
  });
  lecteur.terminer();
  return resultat;
}
