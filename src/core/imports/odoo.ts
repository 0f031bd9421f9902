/**
 * Odoo (exports-pgi.md § 2) : deux formes.
 * 1. Export d'une liste d'éléments de journal (« Exporter », CSV ou XLSX) : colonnes choisies par l'utilisateur, libellés
 *    traduits (« Partenaire », « Numéro de lettrage »…) ou noms techniques (`account_id`, `move_id`…) ; CSV en UTF-8,
 *    virgule, point décimal, dates AAAA-MM-JJ ; le compte sous son nom d'affichage « 411100 Clients ».
 * 2. « Generic CSV » du module `account_move_csv_import` d'Akretion : 10 colonnes sans en-tête (date, journal, compte,
 *    tiers, analytique, libellé, débit, crédit, référence, lettrage), date JJ/MM/AAAA, pas de numéro d'écriture.
 */
import { champEntete, cleEntete, type ChampJournal, type StructureJournal } from "../compta/colonnes";
import { dispositionEntete, sensMontants } from "./csv";
import type { Echantillon, ModuleFormat, PlanLecture } from "./plan";
import type { Enregistrement } from "./types";
import { lireDateSource, lireMontantSource, texteSource } from "./valeurs";

/** Noms propres à Odoo (forme réduite de colonnes.ts), techniques ou traduits, et le champ qu'ils désignent. */
const NOMS_ODOO: Record<string, ChampJournal> = {
  accountid: "compte",
  accountidid: "compte",
  account: "compte",
  journalid: "journal",
  journalidid: "journal",
  moveid: "numero",
  moveidid: "numero",
  movename: "numero",
  ecriturecomptable: "numero",
  piececomptable: "numero",
  partnerid: "tiersLibelle",
  partneridid: "tiersLibelle",
  partenaire: "tiersLibelle",
  name: "libelle",
  label: "libelle",
  etiquette: "libelle",
  ref: "piece",
  matchingnumber: "lettrage",
  numerolettrage: "lettrage",
  fullreconcileid: "lettrage",
  datematurity: "echeance",
  dateecheance: "echeance",
};

/** Au moins un nom propre à Odoo doit figurer dans l'en-tête : sinon c'est un CSV générique. */
const MARQUEURS = new Set(["accountid", "accountidid", "journalid", "journalidid", "moveid", "moveidid", "movename", "partnerid", "partneridid", "partenaire", "matchingnumber", "numerolettrage", "ecriturecomptable", "fullreconcileid"]);

function structureOdoo(entetes: string[]): { structure: StructureJournal; marqueurs: number } {
  const colonnes: StructureJournal["colonnes"] = {};
  let marqueurs = 0;
  entetes.forEach((t, i) => {
    const cle = cleEntete(t);
    if (MARQUEURS.has(cle)) marqueurs++;
    const champ = NOMS_ODOO[cle] ?? champEntete(t);
    if (champ && colonnes[champ] === undefined) colonnes[champ] = i;
  });
  return { structure: { colonnes, entetes }, marqueurs };
}

/** Export de liste d'Odoo, à en-têtes. */
export function reconnaitreOdooListe(e: Echantillon): PlanLecture | undefined {
  const premier = e.premiers[0];
  if (!premier) return undefined;
  const { structure, marqueurs } = structureOdoo(premier.champs.map(texteSource));
  const c = structure.colonnes;
  const montants = sensMontants(c);
  if (marqueurs === 0 || c.compte === undefined || c.date === undefined || !montants) return undefined;
  return {
    reconnaissance: { format: "odoo", libelle: "Odoo — export d'éléments de journal (avec en-têtes)", raison: `${marqueurs} en-tête${marqueurs > 1 ? "s" : ""} propre${marqueurs > 1 ? "s" : ""} à Odoo (Partenaire, account_id, Numéro de lettrage…)` },
    disposition: { ...dispositionEntete(structure, 1, montants), compteAvecLibelle: true, decimale: "." },
    separateur: e.separateur,
  };
}

const COLONNES_AKRETION = { date: 0, journal: 1, compte: 2, tiers: 3, libelle: 5, debit: 6, credit: 7, piece: 8, lettrage: 9 } as const;

/** L'enregistrement a-t-il la forme d'une ligne du CSV générique d'Akretion ? */
function ligneAkretion(e: Enregistrement): boolean {
  const ch = e.champs;
  if (ch.length < 8 || ch.length > 11) return false;
  const date = ch[0];
  const dateOk = typeof date === "number" ? Number.isInteger(date) && date > 0 : !("erreur" in lireDateSource(date, "JJ/MM/AAAA"));
  return dateOk && texteSource(ch[2]) !== "" && lireMontantSource(ch[6]) !== undefined && lireMontantSource(ch[7]) !== undefined;
}

/** CSV (ou classeur) générique d'Akretion, sans en-tête. */
export function reconnaitreAkretion(e: Echantillon): PlanLecture | undefined {
  const premiers = e.premiers.slice(0, 20);
  if (premiers.length === 0 || !premiers.every(ligneAkretion)) return undefined;
  return {
    reconnaissance: {
      format: "odoo",
      libelle: "Odoo — CSV générique d'Akretion (10 colonnes sans en-tête)",
      raison: "pas d'en-tête ; date JJ/MM/AAAA en 1re colonne, compte en 3e, débit et crédit en 7e et 8e (module account_move_csv_import)",
    },
    disposition: { colonnes: { ...COLONNES_AKRETION }, sauter: 0, formatDate: "JJ/MM/AAAA", montants: "debit-credit", numerotation: "equilibre" },
    separateur: e.separateur,
  };
}

export const odoo: ModuleFormat = {
  reconnaitre: (e) => reconnaitreOdooListe(e) ?? reconnaitreAkretion(e),
};
