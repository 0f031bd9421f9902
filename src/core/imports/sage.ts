/**
 * Sage (exports-pgi.md § 5).
 * - Sage 50 / Ciel Compta, import « XIMPORT » à largeur fixe, dans la forme que produit l'export Ciel de Dolibarr
 *   (§ 3.2) : n° de pièce 5, journal 2, date AAAAMMJJ 8, échéance 8, référence 12, compte 11, libellé 25, montant 13
 *   (virgule décimale, cadré à droite), sens 1, analytique 18, libellé 34, marqueur « O2003 » : 142 caractères.
 *   Positions comptées en caractères après décodage (un accent ne décale rien), longueur de chaque ligne vérifiée.
 * - Sage 100, format texte à balises (#FLG, #VER, #MECG…) et format PNM : description officielle non publique ; ces
 *   fichiers sont reconnus et refusés avec un message (exporter un FEC depuis Sage).
 */
import type { CollecteErreurs } from "./erreurs";
import type { Echantillon, ModuleFormat, PlanLecture } from "./plan";
import type { Enregistrement } from "./types";
import { lireDateFec } from "../fec/valeurs";

/** Début et fin (exclue) de chaque zone, à partir de 0. */
const ZONES = {
  piece: [0, 5],
  journal: [5, 7],
  date: [7, 15],
  echeance: [15, 23],
  reference: [23, 35],
  compte: [35, 46],
  libelle: [46, 71],
  montant: [71, 84],
  sens: [84, 85],
  analytique: [85, 103],
  libelleLong: [103, 137],
} as const;

export const LONGUEUR_XIMPORT = 142;
/** Une ligne doit au moins aller jusqu'au sens (les zones suivantes sont facultatives). */
const LONGUEUR_MIN = ZONES.sens[1];

const zone = (ligne: string, z: keyof typeof ZONES): string => ligne.slice(ZONES[z][0], ZONES[z][1]).trim();

function ligneXimport(ligne: string): boolean {
  return ligne.length >= LONGUEUR_MIN && ligne.length <= LONGUEUR_XIMPORT + 2 && lireDateFec(zone(ligne, "date")) > 0 && /^[DC]$/.test(ligne[ZONES.sens[0]]);
}

/** Découpe les lignes XIMPORT en enregistrements : pièce, journal, date, échéance, référence, compte, libellé, montant, sens. */
export function decouperXimport(lignes: readonly string[], erreurs: CollecteErreurs): Enregistrement[] {
  const resultat: Enregistrement[] = [];
  lignes.forEach((ligne, i) => {
    if (ligne.trim() === "") return;
    if (ligne.length < LONGUEUR_MIN || ligne.length > LONGUEUR_XIMPORT) {
      erreurs.ajouter(i + 1, `${ligne.length} caractères au lieu de ${LONGUEUR_XIMPORT} (format XIMPORT à largeur fixe ; au moins ${LONGUEUR_MIN} jusqu'au sens D/C).`);
      return;
    }
    const champs = [
      zone(ligne, "piece"),
      zone(ligne, "journal"),
      zone(ligne, "date"),
      zone(ligne, "echeance"),
      zone(ligne, "reference"),
      zone(ligne, "compte"),
      zone(ligne, "libelleLong") || zone(ligne, "libelle"),
      zone(ligne, "montant"),
      zone(ligne, "sens"),
    ];
    resultat.push({ ligne: i + 1, champs });
  });
  return resultat;
}

const ENTETES_XIMPORT = ["Pièce (1-5)", "Journal (6-7)", "Date (8-15)", "Échéance (16-23)", "Référence (24-35)", "Compte (36-46)", "Libellé (47-71 ou 104-137)", "Montant (72-84)", "Sens (85)"];

export function reconnaitreXimport(e: Echantillon): PlanLecture | undefined {
  const lignes = e.lignes.filter((l) => l.trim() !== "").slice(0, 20);
  // Une ligne tronquée ne doit pas empêcher la reconnaissance : elle sera une erreur nommée au découpage.
  if (lignes.length === 0 || !ligneXimport(lignes[0]) || lignes.filter(ligneXimport).length < 0.5 * lignes.length) return undefined;
  return {
    reconnaissance: {
      format: "sage",
      libelle: "Sage 50 / Ciel — XIMPORT à largeur fixe",
      raison: "lignes de 142 caractères : date AAAAMMJJ en positions 8 à 15, sens D/C en position 85",
    },
    disposition: {
      colonnes: { numero: 0, journal: 1, date: 2, echeance: 3, piece: 4, compte: 5, libelle: 6, montant: 7, sens: 8 },
      entetes: ENTETES_XIMPORT,
      sauter: 0,
      formatDate: "AAAAMMJJ",
      montants: "montant-sens",
      numerotation: "colonne",
      decimale: ",",
    },
    decouper: decouperXimport,
  };
}

/** Première ligne d'un fichier Sage 100 à balises (#FLG, #VER, #MECG…). */
export const estSageBalises = (premiere: string): boolean => /^#(FLG|VER|DEV|MECG|CPTG|CPTA)\b/.test(premiere.trim());

export const MESSAGE_SAGE_BALISES =
  "fichier Sage 100 au format texte à balises (#FLG, #VER, #MECG…) : sa description officielle n'est pas publique et ce format n'est pas lu ; exportez plutôt le FEC depuis Sage (Fichier des écritures comptables), ou un CSV à en-têtes.";

export const sage: ModuleFormat = { reconnaitre: reconnaitreXimport };
