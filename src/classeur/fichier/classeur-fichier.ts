/**
 * Le port Classeur en lecture sur un fichier .xlsx déjà lu (instantané ExcelJS) : la ligne de commande lit le tableau
 * Journal d'un classeur avec les mêmes actions que le volet. Les valeurs sont celles enregistrées dans le fichier
 * (dernier résultat des formules) ; rien n'est recalculé, et `appliquer` est refusé (lecture seule).
 */
import { erreurValeur } from "../../core/erreurs";
import { dimensions, formaterRectangle, lirePlageA1, MAX_COLONNES, normaliserAdresse, separerFeuille, type Rectangle } from "../adresses";
import type { Cellule, Classeur, Grille, Modification, Plage, Table } from "../port";
import type { CelluleInstantane, InstantaneClasseur } from "./instantane";

interface FeuilleLue {
  nom: string;
  cellules: Map<number, CelluleInstantane>;
  /** Partie utilisée : les cellules qui ont une valeur, une formule ou une erreur. */
  etendue?: Rectangle;
}

const cle = (ligne: number, colonne: number): number => ligne * MAX_COLONNES + colonne;

function indexer(nom: string, cellules: readonly CelluleInstantane[]): FeuilleLue {
  const f: FeuilleLue = { nom, cellules: new Map() };
  for (const c of cellules) {
    f.cellules.set(cle(c.ligne, c.colonne), c);
    if (c.valeur === null && !c.formule && !c.erreur) continue;
    const e = f.etendue;
    if (!e) f.etendue = { debut: { ligne: c.ligne, colonne: c.colonne }, fin: { ligne: c.ligne, colonne: c.colonne } };
    else {
      e.debut.ligne = Math.min(e.debut.ligne, c.ligne);
      e.debut.colonne = Math.min(e.debut.colonne, c.colonne);
      e.fin.ligne = Math.max(e.fin.ligne, c.ligne);
      e.fin.colonne = Math.max(e.fin.colonne, c.colonne);
    }
  }
  return f;
}

export class ClasseurFichier implements Classeur {
  private readonly feuilles: FeuilleLue[];
  private choix: { feuille: string; adresse: string };

  constructor(private readonly instantane: InstantaneClasseur) {
    this.feuilles = instantane.feuilles.map((f) => indexer(f.nom, f.cellules));
    if (this.feuilles.length === 0) throw erreurValeur("Ce classeur ne contient aucune feuille.");
    this.choix = { feuille: instantane.active ?? this.feuilles[0].nom, adresse: "A1" };
  }

  private feuille(nom: string): FeuilleLue {
    const f = this.feuilles.find((x) => x.nom.toLowerCase() === nom.toLowerCase());
    if (!f) throw erreurValeur(`La feuille « ${nom} » n'existe pas.`);
    return f;
  }

  async selection(): Promise<Plage> {
    return { feuille: this.choix.feuille, adresse: this.choix.adresse, ...dimensions(lirePlageA1(this.choix.adresse)) };
  }

  async lirePlage(feuille: string, adresse?: string): Promise<Grille> {
    const ref: { feuille?: string; adresse?: string } = adresse !== undefined ? separerFeuille(adresse) : {};
    const f = this.feuille(ref.feuille ?? feuille);
    const zone = ref.adresse !== undefined ? lirePlageA1(ref.adresse) : f.etendue;
    if (!zone) return { plage: { feuille: f.nom, adresse: "A1", lignes: 0, colonnes: 0 }, valeurs: [], formules: [] };
    const { lignes, colonnes } = dimensions(zone);
    if (lignes * colonnes > 5_000_000) throw erreurValeur(`La plage ${formaterRectangle(zone)} dépasse 5 000 000 de cellules.`);
    const valeurs: Cellule[][] = [];
    const formules: string[][] = [];
    for (let i = 0; i < lignes; i++) {
      const v: Cellule[] = new Array<Cellule>(colonnes).fill(null);
      const fo: string[] = new Array<string>(colonnes).fill("");
      for (let j = 0; j < colonnes; j++) {
        const c = f.cellules.get(cle(zone.debut.ligne + i, zone.debut.colonne + j));
        if (!c) continue;
        v[j] = c.erreur ?? c.valeur;
        fo[j] = c.formule ?? "";
      }
      valeurs.push(v);
      formules.push(fo);
    }
    return { plage: { feuille: f.nom, adresse: formaterRectangle(zone), lignes, colonnes }, valeurs, formules };
  }

  async lireTable(nom: string): Promise<Table | undefined> {
    const t = this.instantane.tables.find((x) => x.nom.toLowerCase() === nom.toLowerCase());
    if (!t) return undefined;
    const zone = lirePlageA1(t.adresse);
    const corps = zone.fin.ligne > zone.debut.ligne ? (await this.lirePlage(t.feuille, formaterRectangle({ debut: { ligne: zone.debut.ligne + 1, colonne: zone.debut.colonne }, fin: zone.fin }))).valeurs : [];
    // Une ligne entièrement vide (le tableau vide qu'Excel garde d'une ligne) n'est pas une donnée.
    const lignes = corps.length === 1 && corps[0].every((c) => c === null) ? [] : corps;
    return { nom: t.nom, feuille: this.feuille(t.feuille).nom, entetes: [...t.entetes], lignes };
  }

  async nomsFeuilles(): Promise<string[]> {
    return this.feuilles.map((f) => f.nom);
  }

  async atteindre(feuille: string, adresse: string): Promise<void> {
    this.choix = { feuille: this.feuille(feuille).nom, adresse: normaliserAdresse(adresse) };
  }

  async appliquer(_plan: readonly Modification[]): Promise<void> {
    throw erreurValeur("Ce classeur est ouvert en lecture seule (fichier .xlsx lu par la ligne de commande) : rien ne peut y être écrit.");
  }
}
