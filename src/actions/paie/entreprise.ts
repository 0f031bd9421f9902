/**
 * Les données de l'employeur pour la paie, lues dans la feuille « Paramètres de paie » : une étiquette par ligne
 * (colonne de gauche) et sa valeur à droite. Effectif (obligatoire), taux AT/MP notifié, complémentaire santé,
 * méthode de retenue des absences, versement mobilité, et l'en-tête employeur du bulletin (raison sociale, adresse,
 * SIRET, code APE, convention collective, Urssaf). Les étiquettes sont reconnues sans accents ni majuscules.
 */
import type Decimal from "decimal.js";
import { Dec } from "../../core/argent";
import { erreurNombre, erreurValeur } from "../../core/erreurs";
import { cleEntete } from "../../core/compta/colonnes";
import { estVide, lireEntier, lireMontantPositif, lireTaux, lireTexte, normaliserMotCle } from "../../core/nombres";
import { METHODES_ABSENCE, type Entreprise, type MethodeAbsence } from "../../core/paie";
import { lettresColonne } from "../../classeur/adresses";
import type { Cellule, Classeur } from "../../classeur/port";
import { Problemes } from "../commun/source";

export const FEUILLE_PARAMETRES = "Paramètres de paie";

type ChampEntreprise =
  | "raisonSociale"
  | "adresse"
  | "siret"
  | "ape"
  | "convention"
  | "urssaf"
  | "effectif"
  | "tauxAT"
  | "sante"
  | "partSante"
  | "methode"
  | "mobilite";

/** Étiquettes de la feuille d'exemple, et la règle qui reconnaît chacune (forme réduite, voir `cleEntete`). */
export const ETIQUETTES_PARAMETRES: readonly { champ: ChampEntreprise; etiquette: string; reconnaitre: (cle: string) => boolean }[] = [
  { champ: "raisonSociale", etiquette: "Raison sociale", reconnaitre: (c) => ["raisonsociale", "denomination", "employeur", "entreprise"].includes(c) },
  { champ: "adresse", etiquette: "Adresse", reconnaitre: (c) => c.startsWith("adresse") || c === "siege" },
  { champ: "siret", etiquette: "SIRET", reconnaitre: (c) => c.startsWith("siret") || c.startsWith("nsiret") },
  { champ: "ape", etiquette: "Code APE", reconnaitre: (c) => c.startsWith("codeape") || c.startsWith("ape") || c.startsWith("codenaf") || c === "naf" },
  { champ: "convention", etiquette: "Convention collective", reconnaitre: (c) => c.startsWith("convention") || c === "idcc" },
  { champ: "urssaf", etiquette: "Urssaf (n° de cotisant)", reconnaitre: (c) => c.startsWith("urssaf") || c.startsWith("organismerecouvrement") },
  { champ: "effectif", etiquette: "Effectif", reconnaitre: (c) => c.startsWith("effectif") || c === "nombresalaries" },
  { champ: "tauxAT", etiquette: "Taux AT/MP", reconnaitre: (c) => c.startsWith("tauxat") || c === "atmp" || c.startsWith("tauxaccident") },
  {
    champ: "partSante",
    etiquette: "Part patronale de la complémentaire santé",
    reconnaitre: (c) => (c.includes("part") && (c.includes("sante") || c.includes("mutuelle"))),
  },
  { champ: "sante", etiquette: "Complémentaire santé (cotisation mensuelle)", reconnaitre: (c) => c.startsWith("complementairesante") || c.startsWith("mutuelle") || c.startsWith("cotisationcomplementairesante") || c.startsWith("cotisationmutuelle") },
  { champ: "methode", etiquette: "Méthode de retenue des absences", reconnaitre: (c) => c.startsWith("methode") || c.startsWith("retenueabsence") },
  { champ: "mobilite", etiquette: "Versement mobilité", reconnaitre: (c) => c.includes("mobilite") || c.includes("transport") },
];

export interface EnteteEmployeur {
  raisonSociale?: string;
  adresse?: string;
  siret?: string;
  ape?: string;
  convention?: string;
  urssaf?: string;
}

export interface ParametresPaie {
  feuille: string;
  entreprise: Entreprise;
  employeur: EnteteEmployeur;
}

/** « heures réelles », « Jours ouvrés », « trentième » → la méthode du moteur. */
export function lireMethodeAbsence(v: unknown, champ: string): MethodeAbsence {
  const m = normaliserMotCle(lireTexte(v, champ))
    .replace(/\(.*\)/g, "")
    .replace(/\b(du|des|de|mois|reels?|reelles?)\b/g, " ")
    .trim()
    .replace(/\s+/g, "-");
  const alias: Record<string, MethodeAbsence> = { heures: "heures-reelles", "30e": "trentieme", "1/30": "trentieme" };
  const trouvee = METHODES_ABSENCE.find((x) => x === m || x.replace(/-reelles$/, "") === m) ?? alias[m];
  if (!trouvee) {
    throw erreurValeur(
      `${champ} : « ${String(v)} » n'est pas une méthode de retenue (heures réelles, horaire moyen, jours ouvrés, jours ouvrables, jours calendaires, trentième, jours ouvrés moyens).`,
    );
  }
  return trouvee;
}

interface Trouvee {
  valeur: Cellule;
  ou: string;
}

/** Les paires étiquette → valeur de la feuille : la première cellule de texte reconnue, puis la cellule non vide à sa droite. */
function paires(valeurs: readonly (readonly Cellule[])[], feuille: string): Map<ChampEntreprise, Trouvee> {
  const trouvees = new Map<ChampEntreprise, Trouvee>();
  valeurs.forEach((ligne, i) => {
    const j = ligne.findIndex((c) => typeof c === "string" && c.trim() !== "");
    if (j < 0) return;
    const cle = cleEntete(String(ligne[j]));
    const e = ETIQUETTES_PARAMETRES.find((x) => x.reconnaitre(cle));
    if (!e || trouvees.has(e.champ)) return;
    const k = ligne.findIndex((c, n) => n > j && !estVide(c));
    trouvees.set(e.champ, {
      valeur: k < 0 ? null : ligne[k],
      ou: `Feuille « ${feuille} », ligne ${i + 1}, colonne ${lettresColonne(k < 0 ? j + 1 : k)} (${e.etiquette})`,
    });
  });
  return trouvees;
}

/** Lit la feuille des paramètres de paie (premier nom de feuille qui, sans accents, est « paramètres de paie »). */
export async function lireParametresPaie(classeur: Classeur, feuille = FEUILLE_PARAMETRES): Promise<ParametresPaie> {
  const noms = await classeur.nomsFeuilles();
  const nom = noms.find((n) => normaliserMotCle(n) === normaliserMotCle(feuille));
  if (!nom) {
    throw erreurValeur(
      `La feuille « ${feuille} » est introuvable : créez-la avec une étiquette par ligne et sa valeur à droite — Effectif (obligatoire), ` +
        "Taux AT/MP, Complémentaire santé (cotisation mensuelle), Part patronale de la complémentaire santé, Méthode de retenue des absences, " +
        "et pour l'en-tête des bulletins : Raison sociale, Adresse, SIRET, Code APE, Convention collective.",
    );
  }
  const grille = await classeur.lirePlage(nom);
  const p = paires(grille.valeurs, nom);
  const problemes = new Problemes();
  const lire = <T>(champ: ChampEntreprise, f: (v: Cellule, ou: string) => T): T | undefined => {
    const t = p.get(champ);
    return t && !estVide(t.valeur) ? problemes.essayer(() => f(t.valeur, t.ou)) : undefined;
  };
  const effectif = lire("effectif", (v, ou) => lireEntier(v, ou, 1));
  if (!p.get("effectif") || estVide(p.get("effectif")?.valeur)) {
    problemes.ajouter(`Feuille « ${nom} » : l'effectif de l'entreprise est introuvable ou vide (une ligne « Effectif » et sa valeur à droite) ; il fixe les taux (FNAL, formation, forfait social, réduction générale).`);
  }
  const tauxAT = lire("tauxAT", (v, ou) => lireTaux(v, ou));
  const cotisationSante = lire("sante", (v, ou) => lireMontantPositif(v, ou));
  const partSante = lire("partSante", (v, ou): Decimal => {
    const t = lireTaux(v, ou);
    if (t.lt("0.5")) throw erreurNombre(`${ou} : l'employeur finance au moins 50 % de la complémentaire santé (CSS art. L911-7).`);
    return t;
  });
  const methode = lire("methode", lireMethodeAbsence);
  const mobilite = lire("mobilite", (v, ou) => lireTaux(v, ou));
  const employeur: EnteteEmployeur = {};
  for (const champ of ["raisonSociale", "adresse", "siret", "ape", "convention", "urssaf"] as const) {
    const t = lire(champ, (v, ou) => lireTexte(v, ou));
    if (t) employeur[champ] = t;
  }
  problemes.verifier(`les paramètres de paie (feuille « ${nom} »)`);
  const entreprise: Entreprise = {
    effectif: effectif ?? 1,
    ...(tauxAT !== undefined ? { tauxAT } : {}),
    methodeAbsence: methode ?? "heures-reelles",
    ...(cotisationSante && !cotisationSante.isZero() ? { complementaireSante: { cotisation: cotisationSante, partPatronale: partSante ?? new Dec("0.5") } } : {}),
    ...(mobilite && !mobilite.isZero() ? { tauxVersementMobilite: mobilite } : {}),
  };
  return { feuille: nom, entreprise, employeur };
}
