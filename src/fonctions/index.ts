/** Le registre des fonctions AGORA : la seule liste que lisent tous les hôtes. */
import { erreurValeur } from "../core/erreurs";
import { normaliserMotCle } from "../core/nombres";
import type { Fonction } from "./dsl";
import { fonction, repete, resultatTableau, texte, valeur } from "./dsl";
import { expliquer } from "./executer";
import { FONCTIONS_COMMERCIALES } from "./commercial";
import { FONCTIONS_COMPTA } from "./compta";
import { FONCTIONS_FACTURE } from "./facture";
import { FONCTIONS_GESTION } from "./gestion";
import { FONCTIONS_IMMOBILISATIONS } from "./immobilisations";
import { FONCTIONS_PAIE } from "./paie";
import { FONCTIONS_STOCKS } from "./stocks";
import { FONCTIONS_TRESORERIE } from "./tresorerie";
import { FONCTIONS_TVA } from "./tva";

export const ESPACE_DE_NOMS = "AGORA";

/** Nombre maximal de lignes d'une explication (au-delà, elle est tronquée). */
export const LIGNES_EXPLICATION = 40;

const EXPLIQUE = fonction({
  nom: "EXPLIQUE",
  categorie: "Explication",
  description: "Montre, étape par étape, comment une fonction AGORA obtient son résultat.",
  arguments: [
    texte("fonction", "Nom de la fonction AGORA à expliquer, par exemple « TTC »."),
    repete(valeur("arguments", "Les arguments de cette fonction, dans le même ordre.")),
  ],
  resultat: "tableau",
  tailleMax: () => ({ lignes: LIGNES_EXPLICATION, colonnes: 1 }),
  exemples: [
    {
      formule: '=AGORA.EXPLIQUE("TTC";100;20%)',
      resultat: [["TVA = 100,00 × 20\u202f% = 20,00"], ["TTC = HT + TVA = 100,00 + 20,00 = 120,00"], ["Résultat : 120,00\u00a0€"]],
    },
  ],
  calcul: ({ fonction: nom, arguments: args }) => {
    const cible = trouverFonction(nom);
    if (!cible) throw erreurValeur(`fonction : « ${nom} » n'est pas une fonction AGORA.`);
    if (cible.nom === "EXPLIQUE") throw erreurValeur("fonction : AGORA.EXPLIQUE ne s'explique pas elle-même.");
    const { etapes } = expliquer(cible, args);
    // Trop d'étapes : on garde le début et la dernière ligne (le résultat ou l'erreur), jamais coupée.
    const omises = etapes.length - (LIGNES_EXPLICATION - 1);
    const lignes =
      omises > 0
        ? [...etapes.slice(0, LIGNES_EXPLICATION - 2), `… ${omises} étape${omises > 1 ? "s" : ""} de plus (la commande agora eval --explique les montre toutes)`, etapes[etapes.length - 1]]
        : etapes;
    return resultatTableau(lignes.map((l) => [l]));
  },
});

export const FONCTIONS: readonly Fonction[] = [
  ...FONCTIONS_TVA,
  ...FONCTIONS_COMMERCIALES,
  ...FONCTIONS_FACTURE,
  ...FONCTIONS_GESTION,
  ...FONCTIONS_COMPTA,
  ...FONCTIONS_IMMOBILISATIONS,
  ...FONCTIONS_TRESORERIE,
  ...FONCTIONS_STOCKS,
  ...FONCTIONS_PAIE,
  EXPLIQUE,
] as readonly Fonction[];

const PAR_NOM = new Map(FONCTIONS.map((f) => [f.nom, f]));

/** Retrouve une fonction par son nom, avec ou sans « AGORA. », sans tenir compte de la casse ni des accents. */
export function trouverFonction(nom: string): Fonction | undefined {
  const n = normaliserMotCle(nom).toUpperCase().replace(/^AGORA\./, "");
  return PAR_NOM.get(n);
}
