/**
 * Les variables du mois (paie.md § 2) : une grille « Variables AAAA-MM » avec, par matricule, les heures
 * supplémentaires à 25 % et 50 %, les heures complémentaires (temps partiel), une absence non rémunérée (un nombre
 * d'heures, ou une période du … au …, et son motif), une prime (montant et libellé) et les heures de formation (pour
 * information). Un matricule peut occuper plusieurs lignes : une absence ou une prime par ligne, les heures s'ajoutent.
 */
import type Decimal from "decimal.js";
import { ZERO } from "../../core/argent";
import { lireDate, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { estVide, lireMontantPositif, lireTexte, normaliserMotCle } from "../../core/nombres";
import type { Absence, Prime } from "../../core/paie";
import { FORMATS, type Cellule, type Classeur, type Modification } from "../../classeur/port";
import { compte, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type LigneSource, type TableauSource } from "../commun/source";
import { nomComplet, type SalarieRegistre } from "./registre";
import { codePeriode, type Periode } from "./periode";

export type ChampVariables = "matricule" | "nom" | "hs25" | "hs50" | "hc10" | "hc25" | "absenceHeures" | "debut" | "fin" | "motif" | "prime" | "libellePrime" | "formation";

export const COLONNES_VARIABLES: readonly ColonneAttendue<ChampVariables>[] = [
  { champ: "matricule", nom: "Matricule", obligatoire: true, cles: ["matricule", "mat", "nmatricule", "code", "codesalarie"] },
  { champ: "nom", nom: "Nom", cles: ["nom", "salarie", "nomprenom", "prenomnom"] },
  { champ: "hs25", nom: "Heures sup. 25 %", cles: ["heuressup25", "heuressupplementaires25", "hs25", "heuressupplementairesa25", "heuressupa25"] },
  { champ: "hs50", nom: "Heures sup. 50 %", cles: ["heuressup50", "heuressupplementaires50", "hs50", "heuressupplementairesa50", "heuressupa50"] },
  { champ: "hc10", nom: "Heures compl. 10 %", cles: ["heurescompl10", "heurescomp10", "heurescomplementaires10", "hc10", "heurescomplementairesa10"] },
  { champ: "hc25", nom: "Heures compl. 25 %", cles: ["heurescompl25", "heurescomp25", "heurescomplementaires25", "hc25", "heurescomplementairesa25"] },
  { champ: "absenceHeures", nom: "Absence (heures)", cles: ["absenceheures", "heuresabsence", "absencesheures", "absence", "absences"] },
  { champ: "debut", nom: "Début d'absence", cles: ["debutabsence", "absencedebut", "absencele", "debut"] },
  { champ: "fin", nom: "Fin d'absence", cles: ["finabsence", "absencefin", "absenceau", "fin"] },
  { champ: "motif", nom: "Motif d'absence", cles: ["motifabsence", "motif", "motifs"] },
  { champ: "prime", nom: "Prime", cles: ["prime", "primes", "montantprime", "primemontant"] },
  { champ: "libellePrime", nom: "Libellé de la prime", cles: ["libelleprime", "natureprime", "libelle"] },
  { champ: "formation", nom: "Formation (heures)", cles: ["formationheures", "formation", "heuresformation"] },
];

export const ENTETES_VARIABLES = COLONNES_VARIABLES.map((c) => c.nom);

export interface VariablesSalarie {
  heuresSup25: Decimal;
  heuresSup50: Decimal;
  heuresComp10: Decimal;
  heuresComp25: Decimal;
  absences: Absence[];
  primes: Prime[];
  /** Heures de formation du mois : pour information, sans effet sur la paie. */
  formation: Decimal;
}

export const AUCUNE_VARIABLE: VariablesSalarie = {
  heuresSup25: ZERO,
  heuresSup50: ZERO,
  heuresComp10: ZERO,
  heuresComp25: ZERO,
  absences: [],
  primes: [],
  formation: ZERO,
};

export const QUOI_VARIABLES = "la grille des variables du mois";
export const feuilleVariables = (p: Periode): string => `Variables ${codePeriode(p)}`;
export const tableVariables = (p: Periode): string => `Variables_${codePeriode(p).replace("-", "_")}`;

export interface GrilleVariables {
  tableau: TableauSource<ChampVariables>;
  /** Variables par matricule (forme réduite : sans accents ni majuscules). */
  parMatricule: Map<string, VariablesSalarie>;
}

export const cleMatricule = (m: string): string => normaliserMotCle(m);

function ajouterLigne(t: TableauSource<ChampVariables>, ligne: LigneSource, v: VariablesSalarie, problemes: Problemes): void {
  const val = (c: ChampVariables) => valeurDe(t, ligne, c);
  const ou = (c: ChampVariables) => lieu(t, ligne, c);
  const heures = (c: ChampVariables): Decimal => (estVide(val(c)) ? ZERO : (problemes.essayer(() => lireMontantPositif(val(c), ou(c))) ?? ZERO));
  v.heuresSup25 = v.heuresSup25.plus(heures("hs25"));
  v.heuresSup50 = v.heuresSup50.plus(heures("hs50"));
  v.heuresComp10 = v.heuresComp10.plus(heures("hc10"));
  v.heuresComp25 = v.heuresComp25.plus(heures("hc25"));
  v.formation = v.formation.plus(heures("formation"));
  const motif = estVide(val("motif")) ? undefined : problemes.essayer(() => lireTexte(val("motif"), ou("motif")));
  const h = estVide(val("absenceHeures")) ? undefined : heures("absenceHeures");
  const jour = (c: ChampVariables): Jour | undefined => (estVide(val(c)) ? undefined : problemes.essayer(() => lireDate(val(c), ou(c))));
  const du = jour("debut");
  const au = jour("fin") ?? du;
  if (h !== undefined && !h.isZero() && (du || !estVide(val("fin")))) {
    problemes.ajouter(`${ou("absenceHeures")} : donnez soit le nombre d'heures d'absence, soit la période (début et fin), pas les deux.`);
  } else if (h !== undefined && !h.isZero()) {
    v.absences.push({ motif: motif ?? "Absence non rémunérée", heures: h });
  } else if (du && au) {
    v.absences.push({ motif: motif ?? "Absence non rémunérée", du, au });
  } else if (!estVide(val("fin")) && !du) {
    problemes.ajouter(`${ou("debut")} : la fin de l'absence est donnée, pas son début.`);
  } else if (motif) {
    problemes.ajouter(`${ou("motif")} : motif « ${motif} » sans absence ; indiquez les heures, ou le début et la fin de l'absence.`);
  }
  if (!estVide(val("prime"))) {
    const montant = problemes.essayer(() => lireMontantPositif(val("prime"), ou("prime")));
    const libelle = estVide(val("libellePrime")) ? "Prime" : problemes.essayer(() => lireTexte(val("libellePrime"), ou("libellePrime")));
    if (montant && !montant.isZero() && libelle) v.primes.push({ libelle, montant });
  } else if (!estVide(val("libellePrime"))) {
    problemes.ajouter(`${ou("prime")} : la prime « ${String(val("libellePrime"))} » n'a pas de montant.`);
  }
}

/**
 * Lit la grille du mois ; chaque matricule doit être au registre (`connus`, par forme réduite). Une feuille absente
 * rend undefined : la paie se fait alors sans variables.
 */
export async function lireVariables(classeur: Classeur, periode: Periode, connus: ReadonlySet<string>): Promise<GrilleVariables | undefined> {
  const noms = await classeur.nomsFeuilles();
  const attendu = feuilleVariables(periode).toLowerCase();
  const nom = noms.find((n) => n.toLowerCase() === attendu);
  if (!nom) return undefined;
  const grille = await classeur.lirePlage(nom);
  if (grille.valeurs.every((l) => l.every(estVide))) return undefined;
  const tableau = await lireSource(classeur, { genre: "feuille", feuille: nom }, COLONNES_VARIABLES, QUOI_VARIABLES);
  const problemes = new Problemes();
  const parMatricule = new Map<string, VariablesSalarie>();
  for (const ligne of tableau.lignes) {
    const brut = valeurDe(tableau, ligne, "matricule");
    const matricule = problemes.essayer(() => lireTexte(brut, lieu(tableau, ligne, "matricule")));
    if (!matricule) continue;
    const cle = cleMatricule(matricule);
    if (!connus.has(cle)) {
      problemes.ajouter(`${lieu(tableau, ligne, "matricule")} : le matricule « ${matricule} » n'est pas au registre du personnel.`);
      continue;
    }
    const v = parMatricule.get(cle) ?? { ...AUCUNE_VARIABLE, absences: [], primes: [] };
    ajouterLigne(tableau, ligne, v, problemes);
    parMatricule.set(cle, v);
  }
  problemes.verifier(`${QUOI_VARIABLES} (feuille « ${nom} »)`);
  return { tableau, parMatricule };
}

/** La grille vide du mois, une ligne par salarié payé ce mois-là (matricule et nom déjà remplis). */
export function feuilleGrilleVariables(salaries: readonly SalarieRegistre[], periode: Periode, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string } {
  if (salaries.length === 0) throw erreurValeur("Aucun salarié du registre n'est présent ce mois-là : pas de grille de variables à créer.");
  const nom = feuilleVariables(periode);
  const vides = ENTETES_VARIABLES.length - 2;
  const lignes: Cellule[][] = salaries.map((s) => [s.matricule, nomComplet(s), ...Array.from({ length: vides }, (): Cellule => null)]);
  const heures = "#,##0.00";
  const modifs: Modification[] = [
    feuilles.feuille(nom),
    {
      type: "table",
      feuille: nom,
      nom: tableVariables(periode),
      adresse: "A1",
      entetes: [...ENTETES_VARIABLES],
      lignes,
      formats: {
        Matricule: FORMATS.texte,
        "Heures sup. 25 %": heures,
        "Heures sup. 50 %": heures,
        "Heures compl. 10 %": heures,
        "Heures compl. 25 %": heures,
        "Absence (heures)": heures,
        "Début d'absence": FORMATS.date,
        "Fin d'absence": FORMATS.date,
        Prime: FORMATS.euros,
        "Formation (heures)": heures,
      },
    },
    {
      type: "valeurs",
      feuille: nom,
      adresse: `A${lignes.length + 3}`,
      valeurs: [
        ["Une absence : soit ses heures, soit sa période (début et fin, dans le mois). Pour une deuxième absence ou une deuxième prime, ajoutez une ligne au même matricule."],
        ["Heures complémentaires : salariés à temps partiel seulement. Formation : pour information, sans effet sur le bulletin."],
      ],
    },
  ];
  return { modifs, resume: phraseFeuille(feuilles, nom, `grille des variables de ${compte(salaries.length, "salarié")}`) };
}
