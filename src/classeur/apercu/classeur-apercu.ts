/**
 * Adaptateur « aperçu » du port Classeur : un classeur HyperFormula (frFR, fonctions AGORA) dans le navigateur.
 * Le volet appelle le port (selection, lirePlage, lireTable, nomsFeuilles, appliquer) exactement comme dans Excel ;
 * la grille utilise en plus les méthodes synchrones d'affichage et de saisie, et s'abonne aux changements.
 */
import { DetailedCellError } from "hyperformula";
import { Dec } from "../../core/argent";
import { erreurValeur } from "../../core/erreurs";
import { depuisFlottant } from "../../core/nombres";
import { dimensions, formaterRectangle, lirePlageA1, separerFeuille, type Position, type Rectangle } from "../adresses";
import type { Cellule, Classeur, Grille, Modification, Plage, Progres, Table } from "../port";
import type { InstantaneClasseur } from "../fichier/instantane";
import { LARGEUR_COLONNE } from "../fichier/instantane";
import { appliquerPlan, ordreFeuilles, tablesPourFormules, idFeuille, idFeuilleOuErreur, nomExact, type Moteur } from "./application";
import { decorCellule, graphiquesDe, type Decor, type GraphiqueAffiche } from "./decor";
import { cleFeuille, meta, trouverTable, type SelectionApercu } from "./etat";
import { depuisHf, erreurInvariante } from "./formules-hf";
import { charger, exporter } from "./instantanes";
import { afficherCellule, ancreRenversement, contenuSaisie, partieUtilisee, plageRenversee, type CelluleAffichee, type ContenuSaisie } from "./lecture";
import { ajusterLargeurs, LARGEUR_MAX, mesureEstimee, type Mesure } from "./largeurs";
import { cle } from "./plages";
import { effacer, saisir, type IssueSaisie } from "./saisie";
import { moteurVide, restaurer, sauvegarder, type Sauvegarde } from "./sauvegarde";
import { verifierFormules } from "./verification";
import { verifierPlan, type EtatClasseur } from "../verifier-plan";

/** Nombre d'états gardés pour Ctrl+Z. */
const ANNULATIONS = 30;

export class ClasseurApercu implements Classeur {
  private moteur: Moteur;
  private readonly abonnes = new Set<() => void>();
  private version_ = 0;
  private versionSelection_ = 0;
  private cacheDecor = new Map<string, unknown>();
  private cacheVersion = -1;
  private readonly annulations: Sauvegarde[] = [];
  private readonly retablissements: Sauvegarde[] = [];

  private readonly mesurer: Mesure;

  /** `mesurer` : largeur en pixels d'un texte dans la police de la grille (par défaut, une estimation). */
  constructor(feuille = "Feuil1", options: { mesurer?: Mesure } = {}) {
    this.moteur = moteurVide(feuille);
    this.mesurer = options.mesurer ?? mesureEstimee;
  }

  // ——— Port ———

  async selection(): Promise<Plage> {
    const s = this.moteur.etat.selection;
    return { feuille: s.feuille, adresse: formaterRectangle(s.zone), ...dimensions(s.zone) };
  }

  async lirePlage(feuille: string, adresse?: string): Promise<Grille> {
    const ref = adresse ? separerFeuille(adresse) : { adresse: "" };
    const nom = nomExact(this.moteur.hf, ref.feuille ?? feuille);
    const sheet = idFeuilleOuErreur(this.moteur.hf, nom);
    const zone = ref.adresse ? lirePlageA1(ref.adresse) : (partieUtilisee(this.moteur.hf, sheet) ?? lirePlageA1("A1"));
    const mf = meta(this.moteur.etat, nom);
    const { lignes, colonnes } = dimensions(zone);
    const valeurs: Cellule[][] = [];
    const formules: string[][] = [];
    for (let l = 0; l < lignes; l++) {
      const ligneV: Cellule[] = [];
      const ligneF: string[] = [];
      for (let c = 0; c < colonnes; c++) {
        const a = { sheet, row: zone.debut.ligne + l, col: zone.debut.colonne + c };
        ligneV.push(this.valeurPort(a));
        const formule = this.moteur.hf.getCellFormula(a);
        ligneF.push(mf.origines.get(cle(a.row, a.col)) ?? (formule ? depuisHf(formule) : ""));
      }
      valeurs.push(ligneV);
      formules.push(ligneF);
    }
    return { plage: { feuille: nom, adresse: formaterRectangle(zone), lignes, colonnes }, valeurs, formules };
  }

  async atteindre(feuille: string, adresse: string): Promise<void> {
    const zone = lirePlageA1(adresse);
    this.activerFeuille(feuille);
    this.selectionner(zone);
  }

  async lireTable(nom: string): Promise<Table | undefined> {
    const t = trouverTable(this.moteur.etat, nom);
    if (!t) return undefined;
    const sheet = idFeuilleOuErreur(this.moteur.hf, t.feuille);
    const ligne = (row: number) => t.colonnes.map((_, j) => this.valeurPort({ sheet, row, col: t.debut.colonne + j }));
    const entetes = ligne(t.debut.ligne).map((v, j) => (v === null ? t.colonnes[j] : String(v)));
    const lignes = Array.from({ length: t.lignes }, (_, i) => ligne(t.debut.ligne + 1 + i));
    return { nom: t.nom, feuille: t.feuille, entetes, lignes };
  }

  async nomsFeuilles(): Promise<string[]> {
    return this.feuilles();
  }

  async appliquer(plan: readonly Modification[], progres?: Progres): Promise<void> {
    progres?.avancer(0, "Vérification des modifications…");
    const { hf, etat } = this.moteur;
    verifierPlan(plan, this.etatPourVerification());
    verifierFormules(plan, tablesPourFormules(etat, plan), (f) => hf.validateFormula(f));
    if (progres?.annule) throw erreurValeur("Opération annulée : rien n'a été modifié dans le classeur.");
    if (plan.length === 0) return;
    const avant = sauvegarder(this.moteur);
    try {
      const touchees = appliquerPlan(this.moteur, plan, progres);
      for (const [feuille, colonnes] of touchees) ajusterLargeurs(this.moteur, feuille, colonnes, this.mesurer);
    } catch (e) {
      this.remplacerMoteur(restaurer(avant));
      throw erreurValeur(`Rien n'a été modifié dans le classeur. ${e instanceof Error ? e.message : String(e)}`);
    }
    this.memoriser(avant);
    this.changer();
  }

  /** Ce que la vérification commune des plans doit savoir du classeur. */
  private etatPourVerification(): EtatClasseur {
    const { etat } = this.moteur;
    return {
      feuilles: ordreFeuilles(this.moteur).map((nom) => ({
        nom,
        tables: etat.tables.filter((t) => cleFeuille(t.feuille) === cleFeuille(nom)).map((t) => t.nom),
        graphiques: etat.graphiques.filter((g) => cleFeuille(g.feuille) === cleFeuille(nom)).map((g) => g.titre),
      })),
      noms: [...etat.noms.values()].map((n) => n.nom),
    };
  }

  // ——— Abonnement (grille React) ———

  /** Version du contenu : change à chaque écriture (pas à chaque déplacement de la sélection). */
  get version(): number {
    return this.version_;
  }

  /** Instantané pour useSyncExternalStore : contenu et sélection. */
  get etiquette(): string {
    return `${this.version_}:${this.versionSelection_}`;
  }

  abonner(f: () => void): () => void {
    this.abonnes.add(f);
    return () => this.abonnes.delete(f);
  }

  private changer(contenu = true): void {
    if (contenu) this.version_++;
    else this.versionSelection_++;
    for (const f of this.abonnes) f();
  }

  /** Oublie l'historique d'annulation (après le chargement d'un classeur d'exemple). */
  oublierHistorique(): void {
    this.annulations.length = 0;
    this.retablissements.length = 0;
  }

  private remplacerMoteur(m: Moteur): void {
    this.moteur.hf.destroy();
    this.moteur = m;
  }

  private memoriser(avant: Sauvegarde): void {
    this.annulations.push(avant);
    if (this.annulations.length > ANNULATIONS) this.annulations.shift();
    this.retablissements.length = 0;
  }

  // ——— Feuilles et sélection ———

  feuilles(): string[] {
    return ordreFeuilles(this.moteur);
  }

  feuilleActive(): string {
    const nom = this.moteur.etat.feuilleActive;
    return idFeuille(this.moteur.hf, nom) === undefined ? this.feuilles()[0] : nomExact(this.moteur.hf, nom);
  }

  activerFeuille(nom: string): void {
    const exact = nomExact(this.moteur.hf, nom);
    if (exact === this.moteur.etat.feuilleActive) return;
    this.moteur.etat.feuilleActive = exact;
    const a1 = { ligne: 0, colonne: 0 };
    this.moteur.etat.selection = { feuille: exact, zone: { debut: a1, fin: a1 }, active: a1 };
    this.changer();
  }

  selectionCourante(): SelectionApercu {
    return this.moteur.etat.selection;
  }

  selectionner(zone: Rectangle, active: Position = zone.debut): void {
    this.moteur.etat.selection = { feuille: this.feuilleActive(), zone, active };
    this.changer(false);
  }

  // ——— Lecture pour la grille ———

  private valeurPort(a: { sheet: number; row: number; col: number }): Cellule {
    const v = this.moteur.hf.getCellValue(a);
    if (v instanceof DetailedCellError) return erreurInvariante(v.type);
    return v === null || v === undefined ? null : (v as Cellule);
  }

  cellule(feuille: string, p: Position): CelluleAffichee {
    const sheet = idFeuilleOuErreur(this.moteur.hf, feuille);
    return afficherCellule(this.moteur.hf, this.moteur.etat.feuilles.get(cleFeuille(feuille)), { sheet, row: p.ligne, col: p.colonne });
  }

  contenu(feuille: string, p: Position): ContenuSaisie {
    const sheet = idFeuilleOuErreur(this.moteur.hf, feuille);
    return contenuSaisie(this.moteur.hf, this.moteur.etat.feuilles.get(cleFeuille(feuille)), { sheet, row: p.ligne, col: p.colonne });
  }

  decor(feuille: string, p: Position): Decor {
    if (this.cacheVersion !== this.version_) {
      this.cacheDecor = new Map();
      this.cacheVersion = this.version_;
    }
    return decorCellule(this.moteur, feuille, p, this.cacheDecor);
  }

  /** Plage du résultat renversé qui couvre la cellule (pour l'encadrer comme Excel). */
  renversement(feuille: string, p: Position): Rectangle | undefined {
    const sheet = idFeuilleOuErreur(this.moteur.hf, feuille);
    const ancre = ancreRenversement(this.moteur.hf, { sheet, row: p.ligne, col: p.colonne });
    return ancre ? plageRenversee(this.moteur.hf, ancre) : undefined;
  }

  /** Nombre de lignes et de colonnes utilisées (depuis A1). */
  etendue(feuille: string): { lignes: number; colonnes: number } {
    const sheet = idFeuilleOuErreur(this.moteur.hf, feuille);
    const u = partieUtilisee(this.moteur.hf, sheet);
    const graphiques = graphiquesDe(this.moteur, feuille);
    const colGraphiques = Math.max(0, ...graphiques.map((g) => g.position.colonne + 7));
    const ligGraphiques = Math.max(0, ...graphiques.map((g) => g.position.ligne + 15));
    return { lignes: Math.max(u ? u.fin.ligne + 1 : 0, ligGraphiques), colonnes: Math.max(u ? u.fin.colonne + 1 : 0, colGraphiques) };
  }

  /** Élargit ou rétrécit une colonne (Excel élargit une colonne trop étroite pour un nombre ou une date saisis). */
  definirLargeur(feuille: string, colonne: number, px: number): void {
    meta(this.moteur.etat, nomExact(this.moteur.hf, feuille)).largeurs.set(colonne, Math.round(Math.min(LARGEUR_MAX, Math.max(16, px))));
    this.changer();
  }

  largeur(feuille: string, colonne: number): number {
    return this.moteur.etat.feuilles.get(cleFeuille(feuille))?.largeurs.get(colonne) ?? LARGEUR_COLONNE;
  }

  /** Barre d'état : somme, moyenne et nombre de valeurs de la sélection (sur 100 000 cellules au plus). */
  statistiques(feuille: string, zone: Rectangle): { valeurs: number; nombres: number; somme: number; moyenne?: number } {
    const sheet = idFeuilleOuErreur(this.moteur.hf, feuille);
    const u = partieUtilisee(this.moteur.hf, sheet);
    if (!u) return { valeurs: 0, nombres: 0, somme: 0 };
    const fin = { ligne: Math.min(zone.fin.ligne, u.fin.ligne), colonne: Math.min(zone.fin.colonne, u.fin.colonne) };
    let valeurs = 0;
    let nombres = 0;
    let somme = new Dec(0);
    for (let l = zone.debut.ligne; l <= fin.ligne && valeurs < 100_000; l++)
      for (let c = zone.debut.colonne; c <= fin.colonne; c++) {
        const v = this.moteur.hf.getCellValue({ sheet, row: l, col: c });
        if (v === null || v === "") continue;
        valeurs++;
        if (typeof v === "number") {
          nombres++;
          somme = somme.plus(depuisFlottant(v));
        }
      }
    const s = somme.toNumber();
    return nombres ? { valeurs, nombres, somme: s, moyenne: somme.dividedBy(nombres).toNumber() } : { valeurs, nombres, somme: s };
  }

  graphiques(feuille: string): GraphiqueAffiche[] {
    return graphiquesDe(this.moteur, feuille);
  }

  // ——— Saisie ———

  saisir(feuille: string, p: Position, texte: string): IssueSaisie {
    const avant = sauvegarder(this.moteur);
    const issue = saisir(this.moteur, nomExact(this.moteur.hf, feuille), p, texte);
    if (issue.ok) {
      this.memoriser(avant);
      this.changer();
    }
    return issue;
  }

  effacer(feuille: string, zone: Rectangle): void {
    const avant = sauvegarder(this.moteur);
    effacer(this.moteur, nomExact(this.moteur.hf, feuille), zone);
    this.memoriser(avant);
    this.changer();
  }

  peutAnnuler(): boolean {
    return this.annulations.length > 0;
  }

  peutRetablir(): boolean {
    return this.retablissements.length > 0;
  }

  annuler(): boolean {
    const s = this.annulations.pop();
    if (!s) return false;
    this.retablissements.push(sauvegarder(this.moteur));
    this.remplacerMoteur(restaurer(s));
    this.changer();
    return true;
  }

  retablir(): boolean {
    const s = this.retablissements.pop();
    if (!s) return false;
    this.annulations.push(sauvegarder(this.moteur));
    this.remplacerMoteur(restaurer(s));
    this.changer();
    return true;
  }

  // ——— Classeur entier ———

  exporter(): InstantaneClasseur {
    return exporter(this.moteur);
  }

  /** Remplace tout le classeur (ouverture d'un fichier) ; l'historique d'annulation est vidé. */
  charger(inst: InstantaneClasseur): void {
    this.remplacerMoteur(charger(inst));
    this.annulations.length = 0;
    this.retablissements.length = 0;
    this.changer();
  }

  vider(feuille = "Feuil1"): void {
    this.remplacerMoteur(moteurVide(feuille));
    this.annulations.length = 0;
    this.retablissements.length = 0;
    this.changer();
  }


}
