/**
 * Classeur en mémoire : l'adaptateur du port pour les tests (et pour un hôte qui tient ses données en objets).
 * Même sémantique que l'adaptateur Office : le plan est vérifié entièrement avant d'écrire, tout ou rien.
 * Les formules ne sont pas calculées : une cellule à formule a une valeur vide (null).
 */
import { erreurValeur } from "../../core/erreurs";
import { dimensions, formaterPlage, formaterRectangle, lireCellule, lirePlageA1, normaliserAdresse, separerFeuille, type Rectangle } from "../adresses";
import type { Cellule, Classeur, Grille, Modification, Plage, Progres, Table } from "../port";
import { verifierPlan, type Decision, type EtatClasseur } from "../verifier-plan";
import { FeuilleMemoire } from "./feuille";

export interface TableMemoire {
  nom: string;
  feuille: string;
  /** En-têtes et lignes (au moins une ligne de données, vide, comme dans Excel). */
  zone: Rectangle;
  entetes: string[];
  lignes: number;
  formats?: Record<string, string>;
}

export interface NomMemoire {
  nom: string;
  /** Formule de la référence, avec « = » : « =Paramètres!$B$1 ». */
  reference: string;
  commentaire?: string;
}

type Enregistrement<T extends Modification["type"]> = Extract<Modification, { type: T }>;

export interface OptionsClasseurMemoire {
  /** Feuilles initiales et leur contenu à partir de A1 (par défaut une feuille « Feuil1 » vide). */
  feuilles?: Record<string, Cellule[][]>;
  /** Sélection initiale : « Feuil1!B3 » (par défaut A1 de la première feuille). */
  selection?: string;
}

const cle = (nom: string): string => nom.toLowerCase();

export class ClasseurMemoire implements Classeur {
  readonly feuilles: FeuilleMemoire[] = [];
  readonly tables: TableMemoire[] = [];
  readonly noms = new Map<string, NomMemoire>();
  readonly validations: Enregistrement<"validation">[] = [];
  readonly misesEnForme: Enregistrement<"mise-en-forme">[] = [];
  readonly graphiques: Enregistrement<"graphique">[] = [];
  readonly protegees = new Set<string>();
  feuilleActive: string;
  private choix: { feuille: string; adresse: string };
  private readonly ecouteurs = new Set<(plan: readonly Modification[]) => void>();

  constructor(options: OptionsClasseurMemoire = {}) {
    const initiales = options.feuilles ?? { Feuil1: [] };
    for (const [nom, valeurs] of Object.entries(initiales)) {
      const f = new FeuilleMemoire(nom);
      f.ecrireGrille({ ligne: 0, colonne: 0 }, valeurs);
      this.feuilles.push(f);
    }
    if (this.feuilles.length === 0) throw erreurValeur("Un classeur contient au moins une feuille.");
    this.feuilleActive = this.feuilles[0].nom;
    this.choix = { feuille: this.feuilleActive, adresse: "A1" };
    if (options.selection) {
      const { feuille, adresse } = separerFeuille(options.selection);
      this.selectionner(feuille ?? this.feuilleActive, adresse);
    }
  }

  /* ---------- Outils de test et d'hôte ---------- */

  feuille(nom: string): FeuilleMemoire | undefined {
    return this.feuilles.find((f) => cle(f.nom) === cle(nom));
  }

  private feuilleExistante(nom: string): FeuilleMemoire {
    const f = this.feuille(nom);
    if (!f) throw erreurValeur(`La feuille « ${nom} » n'existe pas.`);
    return f;
  }

  /** Change la sélection (comme un clic de l'utilisateur). */
  selectionner(feuille: string, adresse: string): void {
    const f = this.feuilleExistante(feuille);
    this.choix = { feuille: f.nom, adresse: normaliserAdresse(adresse) };
    this.feuilleActive = f.nom;
  }

  /** Contenu d'une cellule : valeur, formule, format. */
  cellule(feuille: string, adresse: string) {
    return this.feuilleExistante(feuille).lire(lireCellule(adresse));
  }

  /** Protège une feuille : tout plan qui l'écrit est refusé. */
  proteger(feuille: string): void {
    this.protegees.add(cle(this.feuilleExistante(feuille).nom));
  }

  /** Prévient l'hôte après chaque plan appliqué (pour rafraîchir une grille). Rend la fonction de désabonnement. */
  abonner(ecouteur: (plan: readonly Modification[]) => void): () => void {
    this.ecouteurs.add(ecouteur);
    return () => this.ecouteurs.delete(ecouteur);
  }

  /** Ce que la vérification du plan doit savoir. */
  etat(): EtatClasseur {
    return {
      feuilles: this.feuilles.map((f) => ({
        nom: f.nom,
        protegee: this.protegees.has(cle(f.nom)),
        tables: this.tables.filter((t) => cle(t.feuille) === cle(f.nom)).map((t) => t.nom),
        graphiques: this.graphiques.filter((g) => cle(g.feuille) === cle(f.nom)).map((g) => g.titre),
      })),
      noms: [...this.noms.values()].map((n) => n.nom),
    };
  }

  /* ---------- Le port ---------- */

  async selection(): Promise<Plage> {
    const { lignes, colonnes } = dimensions(lirePlageA1(this.choix.adresse));
    return { feuille: this.choix.feuille, adresse: this.choix.adresse, lignes, colonnes };
  }

  async lirePlage(feuille: string, adresse?: string): Promise<Grille> {
    const f = this.feuilleExistante(feuille);
    const r = adresse !== undefined ? lirePlageA1(adresse) : f.etendue();
    if (!r) return { plage: { feuille: f.nom, adresse: "A1", lignes: 0, colonnes: 0 }, valeurs: [], formules: [] };
    const { lignes, colonnes } = dimensions(r);
    if (lignes * colonnes > 5_000_000) throw erreurValeur(`La plage ${formaterRectangle(r)} dépasse 5 000 000 de cellules.`);
    const valeurs: Cellule[][] = [];
    const formules: string[][] = [];
    for (let i = 0; i < lignes; i++) {
      const v: Cellule[] = [];
      const fo: string[] = [];
      for (let j = 0; j < colonnes; j++) {
        const c = f.lire({ ligne: r.debut.ligne + i, colonne: r.debut.colonne + j });
        v.push(c?.valeur ?? null);
        fo.push(c?.formule ?? "");
      }
      valeurs.push(v);
      formules.push(fo);
    }
    return { plage: { feuille: f.nom, adresse: formaterRectangle(r), lignes, colonnes }, valeurs, formules };
  }

  async lireTable(nom: string): Promise<Table | undefined> {
    const t = this.tables.find((x) => cle(x.nom) === cle(nom));
    if (!t) return undefined;
    const debut = { ligne: t.zone.debut.ligne + 1, colonne: t.zone.debut.colonne };
    const lignes = t.lignes === 0 ? [] : (await this.lirePlage(t.feuille, formaterPlage(debut, t.lignes, t.entetes.length))).valeurs;
    return { nom: t.nom, feuille: t.feuille, entetes: [...t.entetes], lignes };
  }

  async nomsFeuilles(): Promise<string[]> {
    return this.feuilles.map((f) => f.nom);
  }

  async atteindre(feuille: string, adresse: string): Promise<void> {
    this.selectionner(feuille, adresse);
  }

  async appliquer(plan: readonly Modification[], progres?: Progres): Promise<void> {
    progres?.avancer(0, "Vérification des modifications…");
    const decisions = verifierPlan(plan, this.etat());
    if (progres?.annule) throw erreurValeur("Opération annulée : rien n'a été modifié dans le classeur.");
    plan.forEach((m, i) => {
      this.ecrire(m, decisions[i]);
      progres?.avancer((i + 1) / plan.length, "Écriture dans le classeur…");
    });
    for (const e of this.ecouteurs) e(plan);
  }

  /* ---------- Écriture d'une modification déjà vérifiée ---------- */

  private ecrire(m: Modification, d: Decision): void {
    switch (m.type) {
      case "feuille": {
        if (d.type === "feuille" && d.action === "vider") this.vider(d.nom);
        else this.feuilles.push(new FeuilleMemoire(m.nom));
        if (m.activer) this.feuilleActive = this.feuilleExistante(m.nom).nom;
        return;
      }
      case "valeurs": {
        const f = this.feuilleExistante(m.feuille);
        f.ecrireGrille(lirePlageA1(m.adresse).debut, m.valeurs, m.formats);
        return;
      }
      case "formule": {
        const f = this.feuilleExistante(m.feuille);
        f.ecrire(lireCellule(m.adresse), m.formule, m.format);
        if (m.selectionner) this.selectionner(f.nom, m.adresse);
        return;
      }
      case "table": {
        const f = this.feuilleExistante(m.feuille);
        const debut = lirePlageA1(m.adresse).debut;
        const parColonne = m.entetes.map((e) => m.formats?.[e]);
        f.ecrireGrille(debut, [m.entetes, ...m.lignes], [m.entetes.map(() => undefined), ...m.lignes.map(() => parColonne)]);
        const zone = { debut, fin: { ligne: debut.ligne + Math.max(m.lignes.length, 1), colonne: debut.colonne + m.entetes.length - 1 } };
        this.tables.push({ nom: m.nom, feuille: f.nom, zone, entetes: [...m.entetes], lignes: m.lignes.length, ...(m.formats ? { formats: { ...m.formats } } : {}) });
        return;
      }
      case "nom": {
        const reference = m.reference.startsWith("=") ? m.reference : `=${m.reference}`;
        this.noms.set(cle(m.nom), { nom: m.nom, reference, ...(m.commentaire ? { commentaire: m.commentaire } : {}) });
        return;
      }
      case "validation":
        this.validations.push({ ...m, feuille: this.feuilleExistante(m.feuille).nom });
        return;
      case "mise-en-forme":
        this.misesEnForme.push({ ...m, feuille: this.feuilleExistante(m.feuille).nom });
        return;
      case "graphique":
        this.graphiques.push({ ...m, feuille: this.feuilleExistante(m.feuille).nom });
        return;
    }
  }

  /** Remplacement d'une feuille : elle est vidée (contenu, formats, tableaux, validations, graphiques), pas supprimée. */
  private vider(nom: string): void {
    this.feuilleExistante(nom).vider();
    const autre = <T extends { feuille: string }>(x: T) => cle(x.feuille) !== cle(nom);
    const garder = <T extends { feuille: string }>(liste: T[]) => liste.splice(0, liste.length, ...liste.filter(autre));
    garder(this.tables);
    garder(this.validations);
    garder(this.misesEnForme);
    garder(this.graphiques);
  }
}
