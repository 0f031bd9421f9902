/**
 * EBP (exports-pgi.md § 4) : le format d'import d'EBP n'est pas documenté publiquement. Forme reconnue : celle que
 * produit l'export « EBP » de Dolibarr (§ 3.2), sans en-tête, séparée par des virgules — n° de ligne, date JJMMAAAA,
 * journal, compte (ou compte auxiliaire), libellé (40 car.), n° de pièce (15 car.), montant en valeur absolue au point
 * décimal, sens D/C, date. Un export EBP à en-têtes, ou « paramétrable », passe par le CSV générique ou une
 * correspondance de colonnes.
 */
import type { Echantillon, ModuleFormat, PlanLecture } from "./plan";
import type { Enregistrement } from "./types";
import { lireSens } from "../compta/lecture-ligne";
import { lireDateSource, lireMontantSource, texteSource } from "./valeurs";

function ligneEbp(e: Enregistrement): boolean {
  const ch = e.champs;
  if (ch.length < 8 || ch.length > 11) return false;
  return (
    /^\d+$/.test(texteSource(ch[0])) &&
    !("erreur" in lireDateSource(ch[1], "JJMMAAAA")) &&
    texteSource(ch[3]) !== "" &&
    lireMontantSource(ch[6], ".") !== undefined &&
    lireSens(ch[7]) !== undefined
  );
}

export function reconnaitreEbp(e: Echantillon): PlanLecture | undefined {
  const premiers = e.premiers.slice(0, 20);
  if (premiers.length === 0 || !premiers.every(ligneEbp)) return undefined;
  return {
    reconnaissance: {
      format: "ebp",
      libelle: "EBP — import ASCII (forme de l'export EBP de Dolibarr, sans en-tête)",
      raison: "pas d'en-tête ; n° de ligne, date JJMMAAAA, journal, compte, libellé, pièce, montant, sens D/C",
    },
    disposition: {
      colonnes: { date: 1, journal: 2, compte: 3, libelle: 4, numero: 5, piece: 5, montant: 6, sens: 7 },
      sauter: 0,
      formatDate: "JJMMAAAA",
      montants: "montant-sens",
      numerotation: "colonne",
      decimale: ".",
    },
    separateur: e.separateur,
  };
}

export const ebp: ModuleFormat = { reconnaitre: reconnaitreEbp };
