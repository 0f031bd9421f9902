/**
 * Le registre du personnel lu dans le classeur (paie.md § 8.4) : identité (matricule, nom, prénom), contrat (CDI, CDD,
 * apprentissage), heures mensuelles (151,67 pour un temps plein), poste, statut (cadre ou non-cadre), dates d'entrée
 * et de sortie, salaire de base mensuel et taux de prélèvement à la source. Tout est validé avant de calculer ; les
 * erreurs nomment la feuille, la ligne et la colonne.
 */
import type Decimal from "decimal.js";
import { Dec, enFrancais } from "../../core/argent";
import { comparerJours, jourFr, lireDate, type Jour } from "../../core/dates";
import { erreurNombre, erreurValeur } from "../../core/erreurs";
import { estVide, lireMontantPositif, lireTaux, lireTexte, normaliserMotCle } from "../../core/nombres";
import type { Statut } from "../../core/paie";
import type { Classeur } from "../../classeur/port";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type LigneSource, type Source, type TableauSource } from "../commun/source";

export type ChampRegistre = "matricule" | "nom" | "prenom" | "contrat" | "heures" | "poste" | "statut" | "entree" | "sortie" | "salaire" | "tauxPAS";

/** Les colonnes du registre, dans l'ordre de la feuille d'exemple, et les en-têtes reconnus (forme réduite). */
export const COLONNES_REGISTRE: readonly ColonneAttendue<ChampRegistre>[] = [
  { champ: "matricule", nom: "Matricule", obligatoire: true, cles: ["matricule", "mat", "nmatricule", "numeromatricule", "code", "codesalarie", "identifiant"] },
  { champ: "nom", nom: "Nom", obligatoire: true, cles: ["nom", "nomfamille", "salarie", "nomsalarie", "nomusage"] },
  { champ: "prenom", nom: "Prénom", cles: ["prenom", "prenoms"] },
  { champ: "contrat", nom: "Contrat", cles: ["contrat", "typecontrat", "naturecontrat"] },
  { champ: "heures", nom: "Heures mensuelles", cles: ["heuresmensuelles", "heures", "heuresmois", "dureemensuelle", "horairemensuel", "tempstravail", "dureetravail"] },
  { champ: "poste", nom: "Poste", cles: ["poste", "emploi", "fonction", "qualification", "intituleposte"] },
  { champ: "statut", nom: "Statut", obligatoire: true, cles: ["statut", "categorie", "college"] },
  { champ: "entree", nom: "Date d'entrée", cles: ["dateentree", "entree", "dateembauche", "embauche", "entreele"] },
  { champ: "sortie", nom: "Date de sortie", cles: ["datesortie", "sortie", "sortiele"] },
  {
    champ: "salaire",
    nom: "Salaire de base",
    obligatoire: true,
    cles: ["salairebase", "salaire", "salairemensuel", "salairebrut", "brutmensuel", "brut", "salairebasemensuel", "remuneration"],
  },
  { champ: "tauxPAS", nom: "Taux PAS", cles: ["tauxpas", "pas", "tauxprelevementsource", "tauxprelevement", "tauximpot", "tauxir"] },
];

/** Les en-têtes du registre tels que les écrit la feuille d'exemple. */
export const ENTETES_REGISTRE = COLONNES_REGISTRE.map((c) => c.nom);

export type Contrat = "CDI" | "CDD" | "apprentissage";

export interface SalarieRegistre {
  /** Rang dans le registre (ordre des embauches) : 1, 2, 3… */
  rang: number;
  /** Ligne de la feuille. */
  ligne: number;
  matricule: string;
  nom: string;
  prenom?: string;
  contrat: Contrat;
  heuresMensuelles: Decimal;
  poste?: string;
  statut: Statut;
  entree?: Jour;
  sortie?: Jour;
  salaireBase: Decimal;
  /** Taux personnalisé transmis par la DGFiP (fraction) ; absent : taux non personnalisé. */
  tauxPAS?: Decimal;
}

export interface Registre {
  tableau: TableauSource<ChampRegistre>;
  salaries: SalarieRegistre[];
}

export const QUOI_REGISTRE = "le registre du personnel";
/** Durée légale mensuelle : 35 h × 52 ÷ 12 (paie.md § 1). */
export const TEMPS_PLEIN = new Dec("151.67");

/** « Camille Jouan », ou le nom seul sans prénom. */
export const nomComplet = (s: Pick<SalarieRegistre, "nom" | "prenom">): string => (s.prenom ? `${s.prenom} ${s.nom}` : s.nom);

export const estTempsPlein = (s: Pick<SalarieRegistre, "heuresMensuelles">): boolean => s.heuresMensuelles.gte(TEMPS_PLEIN);

/** « CDI, temps plein », « CDI, temps partiel (121,33 h par mois) ». */
export function descriptionContrat(s: SalarieRegistre): string {
  const contrat = s.contrat === "apprentissage" ? "contrat d'apprentissage" : s.contrat;
  return `${contrat}, ${estTempsPlein(s) ? "temps plein" : `temps partiel (${enFrancais(s.heuresMensuelles)} h par mois)`}`;
}

/** « cadre », « non-cadre » ; « agent de maîtrise », « employé », « ouvrier », « technicien » sont non-cadres. */
export function lireStatut(v: unknown, champ: string): Statut {
  const s = normaliserMotCle(lireTexte(v, champ));
  if (/\bnon ?cadre\b/.test(s) || /^(employe|ouvrier|agent de maitrise|technicien|etam)\b/.test(s)) return "non-cadre";
  if (/^cadre\b/.test(s)) return "cadre";
  throw erreurValeur(`${champ} : « ${String(v)} » n'est pas un statut (« cadre » ou « non-cadre »).`);
}

/** « CDI », « CDD de 6 mois », « Contrat d'apprentissage » ; vide : CDI. */
export function lireContrat(v: unknown, champ: string): Contrat {
  if (estVide(v)) return "CDI";
  const s = normaliserMotCle(lireTexte(v, champ));
  if (/^cdi\b/.test(s) || s.includes("duree indeterminee")) return "CDI";
  if (/^cdd\b/.test(s) || s.includes("duree determinee")) return "CDD";
  if (s.includes("apprenti")) return "apprentissage";
  throw erreurValeur(`${champ} : « ${String(v)} » n'est pas un contrat reconnu (« CDI », « CDD » ou « apprentissage »).`);
}

function lireSalarie(t: TableauSource<ChampRegistre>, ligne: LigneSource, rang: number, problemes: Problemes): SalarieRegistre | undefined {
  const v = (c: ChampRegistre) => valeurDe(t, ligne, c);
  const ou = (c?: ChampRegistre) => lieu(t, ligne, c);
  const facultatif = <T>(c: ChampRegistre, lire: () => T): T | undefined => (estVide(v(c)) ? undefined : problemes.essayer(lire));
  const avant = problemes.nombre;
  const matricule = problemes.essayer(() => lireTexte(v("matricule"), ou("matricule")));
  const nom = problemes.essayer(() => lireTexte(v("nom"), ou("nom")));
  const prenom = facultatif("prenom", () => lireTexte(v("prenom"), ou("prenom")));
  const contrat = problemes.essayer(() => lireContrat(v("contrat"), ou("contrat")));
  const heures = estVide(v("heures"))
    ? TEMPS_PLEIN
    : problemes.essayer(() => {
        const h = lireMontantPositif(v("heures"), ou("heures"));
        if (h.isZero()) throw erreurNombre(`${ou("heures")} : le nombre d'heures mensuelles est nul (151,67 pour un temps plein).`);
        if (h.gt(TEMPS_PLEIN.times(2))) throw erreurNombre(`${ou("heures")} : ${enFrancais(h)} h par mois, c'est plus du double d'un temps plein (151,67 h).`);
        return h;
      });
  const poste = facultatif("poste", () => lireTexte(v("poste"), ou("poste")));
  const statut = problemes.essayer(() => lireStatut(v("statut"), ou("statut")));
  const entree = facultatif("entree", () => lireDate(v("entree"), ou("entree")));
  const sortie = facultatif("sortie", () => lireDate(v("sortie"), ou("sortie")));
  if (entree && sortie && comparerJours(sortie, entree) < 0) {
    problemes.ajouter(`${ou("sortie")} : la date de sortie (${jourFr(sortie)}) précède la date d'entrée (${jourFr(entree)}).`);
  }
  const salaire = problemes.essayer(() => {
    const s = lireMontantPositif(v("salaire"), ou("salaire"));
    if (s.isZero()) throw erreurNombre(`${ou("salaire")} : le salaire de base est nul.`);
    return s;
  });
  const tauxPAS = facultatif("tauxPAS", () => lireTaux(v("tauxPAS"), ou("tauxPAS")));
  if (problemes.nombre > avant || !matricule || !nom || !contrat || !heures || !statut || !salaire) return undefined;
  return {
    rang,
    ligne: ligne.numero,
    matricule,
    nom,
    ...(prenom ? { prenom } : {}),
    contrat,
    heuresMensuelles: heures,
    ...(poste ? { poste } : {}),
    statut,
    ...(entree ? { entree } : {}),
    ...(sortie ? { sortie } : {}),
    salaireBase: salaire,
    ...(tauxPAS ? { tauxPAS } : {}),
  };
}

/** Lit et valide tout le registre : au plus cinq problèmes sont dits ensemble, et rien n'est calculé s'il y en a. */
export async function lireRegistre(classeur: Classeur, source: Source): Promise<Registre> {
  const tableau = await lireSource(classeur, source, COLONNES_REGISTRE, QUOI_REGISTRE);
  const problemes = new Problemes();
  const salaries: SalarieRegistre[] = [];
  const vus = new Map<string, number>();
  tableau.lignes.forEach((ligne, i) => {
    const s = lireSalarie(tableau, ligne, i + 1, problemes);
    if (!s) return;
    const cle = normaliserMotCle(s.matricule);
    const deja = vus.get(cle);
    if (deja !== undefined) {
      problemes.ajouter(`${lieu(tableau, ligne, "matricule")} : le matricule « ${s.matricule} » est déjà celui de la ligne ${deja} ; chaque salarié a son propre matricule.`);
      return;
    }
    vus.set(cle, ligne.numero);
    salaries.push(s);
  });
  problemes.verifier(`${QUOI_REGISTRE} (feuille « ${tableau.feuille} »)`);
  return { tableau, salaries };
}
