/**
 * Dolibarr (exports-pgi.md § 3) : le module Comptabilité exporte le grand livre en FEC / FEC2 (lus par le lecteur FEC)
 * ou au format « Configurable » : 10 colonnes sans en-tête — n° de pièce (numéro de l'écriture), date (AAAA-MM-JJ par
 * défaut), référence du document, libellé, compte, compte auxiliaire, débit, crédit, montant (débit − crédit), journal ;
 * séparateur paramétrable (virgule par défaut), nombres au point décimal. Un libellé qui contient le séparateur est
 * entouré d'apostrophes (et non de guillemets) : ses morceaux sont recollés ici.
 * Le module « Exports » (CSV à en-têtes) passe par le CSV générique.
 */
import { decouperCsv } from "../compta/csv-journal";
import { enregistrementsCsv } from "./enregistrements";
import type { Echantillon, ModuleFormat, PlanLecture } from "./plan";
import type { Enregistrement, ValeurSource } from "./types";
import { lireMontantSource, resoudreFormatDate, texteSource } from "./valeurs";

const CHAMPS_CONFIGURABLE = 10;

/** Le texte tel quel (les espaces d'un libellé coupé comptent au recollement). */
const brut = (v: ValeurSource): string => (v === null ? "" : String(v));

/** Recolle un libellé entouré d'apostrophes que le séparateur a coupé (Dolibarr ne l'entoure pas de guillemets). */
export function recollerLibelle(champs: string[], separateur: string): string[] {
  const exces = champs.length - CHAMPS_CONFIGURABLE;
  if (exces <= 0 || !champs[3]?.startsWith("'") || !champs[3 + exces]?.endsWith("'")) return champs;
  return [...champs.slice(0, 3), champs.slice(3, 4 + exces).join(separateur).slice(1, -1), ...champs.slice(4 + exces)];
}

function ligneConfigurable(e: Enregistrement): boolean {
  const ch = e.champs;
  if (ch.length < CHAMPS_CONFIGURABLE) return false;
  const piece = texteSource(ch[0]);
  const date = texteSource(ch[1]);
  return (
    /^\d+$/.test(piece) &&
    /\d/.test(date) &&
    texteSource(ch[4]) !== "" &&
    [6, 7, 8].every((i) => lireMontantSource(ch[i], ".") !== undefined) &&
    texteSource(ch[ch.length - 1]) !== ""
  );
}

export function reconnaitreDolibarrConfigurable(e: Echantillon): PlanLecture | undefined {
  const separateur = e.separateur;
  const premiers = e.premiers.slice(0, 20).map((x) => ({ ...x, champs: recollerLibelle(x.champs.map(brut), separateur ?? ",") }));
  if (premiers.length === 0 || !premiers.every(ligneConfigurable)) return undefined;
  const format = resoudreFormatDate(premiers.map((x) => x.champs[1]), "AAAA-MM-JJ").format;
  return {
    reconnaissance: {
      format: "dolibarr",
      libelle: "Dolibarr — export comptable « Configurable » (10 colonnes sans en-tête)",
      raison: "pas d'en-tête ; n° de pièce, date, référence, libellé, compte, auxiliaire, débit, crédit, montant, journal",
    },
    disposition: {
      colonnes: { numero: 0, date: 1, piece: 2, libelle: 3, compte: 4, tiers: 5, debit: 6, credit: 7, journal: 9 },
      sauter: 0,
      formatDate: format,
      montants: "debit-credit",
      numerotation: "colonne",
      decimale: ".",
    },
    separateur,
    decouper: separateur
      ? (lignes) => enregistrementsCsv(lignes, separateur).enregistrements.map((x) => ({ ...x, champs: recollerLibelle(x.champs.map(brut), separateur) }))
      : undefined,
  };
}

export const dolibarr: ModuleFormat = { reconnaitre: reconnaitreDolibarrConfigurable };

/** Pour les tests : un enregistrement « Configurable » découpé comme le fait l'import. */
export const decouperConfigurable = (ligne: string, separateur = ","): string[] => recollerLibelle(decouperCsv(ligne, separateur), separateur);
