/**
 * Reconnaissance du format d'un fichier d'écritures à partir de ses premières lignes (exports-pgi.md § 7) : relevé
 * CFONB 120, Sage à balises (refusé), XIMPORT à largeur fixe, FEC (en-tête aux noms des champs), puis, une fois le
 * séparateur choisi, export de liste d'Odoo, CSV à en-têtes, CSV générique d'Akretion, EBP, Dolibarr « Configurable ».
 * Un format imposé par l'utilisateur limite la recherche à ses variantes.
 */
import { analyserEntete, Constats } from "../fec";
import { reconnaitreCsv } from "./csv";
import { estCfonb } from "./cfonb";
import { reconnaitreDolibarrConfigurable } from "./dolibarr";
import { reconnaitreEbp } from "./ebp";
import { choisirSeparateur, enregistrementsCsv, lignesPhysiques } from "./enregistrements";
import { reconnaitreAkretion, reconnaitreOdooListe } from "./odoo";
import type { Echantillon, PlanLecture } from "./plan";
import { estSageBalises, MESSAGE_SAGE_BALISES, reconnaitreXimport } from "./sage";
import type { Enregistrement, FormatImport, Reconnaissance } from "./types";
import { abreger } from "./valeurs";

/** Nombre de lignes physiques regardées pour reconnaître un format. */
const LIGNES_ECHANTILLON = 40;

export interface Detection {
  /** Ce qui a été reconnu (même quand le format est refusé, comme Sage à balises). */
  reconnaissance?: Reconnaissance;
  /** Pour un format tabulaire ou à largeur fixe : comment lire le fichier. Absent pour le FEC et le CFONB. */
  plan?: PlanLecture;
  /** Pourquoi rien n'a été reconnu (ou pourquoi le format reconnu est refusé). */
  erreur?: string;
  echantillon: Echantillon;
}

const NOMS: Record<FormatImport, string> = {
  fec: "un FEC",
  odoo: "un export Odoo",
  dolibarr: "un export Dolibarr",
  ebp: "un export EBP",
  sage: "un export Sage",
  csv: "un CSV à en-têtes",
};

/** L'échantillon d'un texte : premières lignes, séparateur choisi, premiers enregistrements. */
export function echantillonTexte(lignes: readonly string[], separateur?: string): Echantillon {
  const debut = lignes.slice(0, LIGNES_ECHANTILLON);
  const choix = separateur ? { separateur, raison: "séparateur imposé" } : choisirSeparateur(debut);
  const premiers = choix.separateur ? enregistrementsCsv(debut, choix.separateur).enregistrements : [];
  return { lignes, separateur: choix.separateur, raisonSeparateur: choix.separateur ? undefined : choix.raison, premiers };
}

/** L'échantillon d'une grille de classeur (lignes de cellules). */
export function echantillonGrille(premiers: Enregistrement[]): Echantillon {
  return { lignes: [], premiers: premiers.slice(0, LIGNES_ECHANTILLON) };
}

/** Les variantes tabulaires (CSV ou classeur) d'un format, dans l'ordre où elles sont essayées. */
export function reconnaitreTableau(e: Echantillon, format: FormatImport | "auto"): PlanLecture | undefined {
  switch (format) {
    case "odoo":
      return reconnaitreOdooListe(e) ?? reconnaitreAkretion(e) ?? reconnaitreCsv(e, "odoo", "Odoo — export d'éléments de journal (avec en-têtes)");
    case "dolibarr":
      return reconnaitreDolibarrConfigurable(e) ?? reconnaitreCsv(e, "dolibarr", "Dolibarr — export CSV avec en-têtes");
    case "ebp":
      return reconnaitreEbp(e) ?? reconnaitreCsv(e, "ebp", "EBP — export CSV avec en-têtes");
    case "sage":
      return reconnaitreCsv(e, "sage", "Sage — export CSV avec en-têtes");
    case "csv":
      return reconnaitreCsv(e);
    case "fec":
      return undefined;
    default:
      return reconnaitreOdooListe(e) ?? reconnaitreCsv(e) ?? reconnaitreAkretion(e) ?? reconnaitreEbp(e) ?? reconnaitreDolibarrConfigurable(e);
  }
}

/** Message quand rien n'est reconnu. */
export function messageNonReconnu(e: Echantillon, format: FormatImport | "auto"): string {
  const premiere = e.lignes.find((l) => l.trim() !== "") ?? "";
  const cite = premiere ? ` La première ligne est « ${abreger(premiere, 80)} ».` : "";
  const separateur = e.raisonSeparateur && format !== "fec" ? ` Séparateur : ${e.raisonSeparateur}` : "";
  const quoi = format === "auto" ? "format non reconnu : ni FEC, ni relevé CFONB 120, ni export connu (Odoo, Dolibarr, EBP, Sage), ni CSV dont l'en-tête nomme au moins Date, Compte et Débit/Crédit (ou Montant)." : `le fichier n'a pas la forme attendue d'${NOMS[format]}.`;
  return `${quoi}${separateur}${cite} Indiquez les colonnes avec une correspondance de colonnes (voir docs/imports.md).`;
}

/** Reconnaît le format d'un texte décodé. */
export function detecterFormat(texte: string, format: FormatImport | "auto" = "auto"): Detection {
  const lignes = lignesPhysiques(texte);
  const premiere = lignes.find((l) => l.trim() !== "");
  const vide: Echantillon = { lignes, premiers: [] };
  if (premiere === undefined) return { erreur: "le fichier est vide.", echantillon: vide };

  if (format === "auto" && estCfonb(lignes)) {
    return { reconnaissance: { format: "cfonb", libelle: "relevé bancaire CFONB 120", raison: "enregistrements de 120 caractères, le premier de code 01 (ancien solde)" }, echantillon: vide };
  }
  if ((format === "auto" || format === "sage") && estSageBalises(premiere)) {
    return { reconnaissance: { format: "sage", libelle: "Sage 100 — format texte à balises", raison: `première ligne « ${abreger(premiere.trim(), 20)} »` }, erreur: MESSAGE_SAGE_BALISES, echantillon: vide };
  }
  if (format === "auto" || format === "sage") {
    const plan = reconnaitreXimport({ lignes, premiers: [] });
    if (plan) return { reconnaissance: plan.reconnaissance, plan, echantillon: vide };
  }
  const fec = analyserEntete(premiere, new Constats());
  if (fec.estFec && (fec.complet || format === "fec") && format !== "csv" && format !== "ebp") {
    const origine = format === "odoo" ? "FEC d'Odoo" : format === "dolibarr" ? "FEC de Dolibarr" : format === "sage" ? "FEC de Sage" : "FEC";
    return { reconnaissance: { format: "fec", libelle: origine, raison: "en-tête aux noms des champs du FEC" }, echantillon: vide };
  }
  if (format === "fec") return { erreur: messageNonReconnu({ lignes, premiers: [] }, "fec"), echantillon: vide };

  const e = echantillonTexte(lignes);
  const plan = reconnaitreTableau(e, format);
  if (plan) return { reconnaissance: plan.reconnaissance, plan, echantillon: e };
  return { erreur: messageNonReconnu(e, format), echantillon: e };
}
