/**
 * Les constats (diagnostics) d'une lecture ou d'une validation : chaque règle signale avec son id, sa ligne et son
 * message. Mémoire bornée : au-delà de `limiteParRegle` constats d'une même règle, on ne garde que leur nombre
 * (un fichier d'un million de lignes toutes fautives ne doit pas remplir la mémoire) ; la liste finale le dit.
 */
import { detacher } from "./detacher";
import { REGLES_FEC, type Diagnostic, type IdRegle, type ParametresRegle, type Severite } from "./regles";

export const LIMITE_PAR_REGLE = 10_000;

interface Omis {
  nombre: number;
  premiereLigne: number;
  severite: Severite;
}

export class Constats {
  /** Les constats dans l'ordre où ils ont été faits ; `trier()` les range par ligne. */
  readonly diagnostics: Diagnostic[] = [];
  private readonly parRegle = new Map<string, number>();
  private readonly omis = new Map<string, Omis>();
  private erreurs = 0;

  constructor(private readonly limiteParRegle = LIMITE_PAR_REGLE) {}

  signaler<K extends IdRegle>(id: K, ligne: number, parametres: ParametresRegle<K>, severite?: Severite): void {
    const regle = REGLES_FEC[id];
    const s = severite ?? regle.severite;
    if (s === "erreur") this.erreurs++;
    const deja = this.parRegle.get(id) ?? 0;
    this.parRegle.set(id, deja + 1);
    if (deja >= this.limiteParRegle) {
      const o = this.omis.get(id);
      if (o) o.nombre++;
      else this.omis.set(id, { nombre: 1, premiereLigne: ligne, severite: s });
      return;
    }
    const message = detacher((regle.message as (p: ParametresRegle<K>) => string)(parametres));
    this.diagnostics.push({ regle: id, ligne, message, severite: s });
  }

  /** Nombre de constats de sévérité « erreur », y compris ceux qui ne sont pas détaillés. */
  get nombreErreurs(): number {
    return this.erreurs;
  }

  /** Combien de fois une règle a été signalée. */
  nombre(id: IdRegle): number {
    return this.parRegle.get(id) ?? 0;
  }

  /** Liste complète triée par ligne (tri stable : à ligne égale, l'ordre des contrôles), avec les constats résumés. */
  trier(): Diagnostic[] {
    const liste = [...this.diagnostics];
    for (const [id, o] of this.omis) {
      liste.push({
        regle: id,
        ligne: o.premiereLigne,
        message: `… et ${o.nombre} autre${o.nombre > 1 ? "s" : ""} constat${o.nombre > 1 ? "s" : ""} de la règle ${id} à partir de la ligne ${o.premiereLigne}, non détaillé${o.nombre > 1 ? "s" : ""}`,
        severite: o.severite,
      });
    }
    return liste.sort((a, b) => a.ligne - b.ligne);
  }
}
