/**
 * Le classeur d'exemple de l'aperçu (Grain de Sel & Cie), construit comme un plan de modifications du port :
 * il passe par le même chemin que les actions du volet. Formules en syntaxe invariante.
 */
import { FORMATS, type Cellule, type Modification } from "../../src/classeur/port";
import * as d from "./grain-de-sel";
import { planJanvier } from "./janvier";
import { feuille, serie, table } from "./outils";
import { paie } from "./paie";
import { planOperationsTresorerie } from "./tresorerie";

/** Première feuille du classeur d'exemple (celle qu'on crée vide avant d'appliquer le plan). */
export const PREMIERE_FEUILLE = "Entreprise";

const TAUX = "0.0%";

function entreprise(): Modification[] {
  return [
    {
      type: "valeurs",
      feuille: PREMIERE_FEUILLE,
      adresse: "A1",
      valeurs: [["Grain de Sel & Cie", null], ["Entreprise fictive du Bac Pro AGOrA (organisation A)", null], [null, null], ...d.FICHE],
    },
    {
      type: "valeurs",
      feuille: PREMIERE_FEUILLE,
      adresse: "A14",
      valeurs: [
        ["Paramètres", null],
        ["Taux de TVA normal", 0.2],
        ["Taux de TVA réduit", 0.055],
        [null, null],
        ["Essayez : tapez =AGORA.TTC(100;20%) dans une cellule vide, ou ouvrez le module « Fonctions » du volet.", null],
      ],
      formats: [["", ""], ["", TAUX], ["", TAUX], ["", ""], ["", ""]],
    },
    { type: "nom", nom: "TauxNormal", reference: `=${PREMIERE_FEUILLE}!$B$15`, commentaire: "Taux normal de TVA" },
    { type: "nom", nom: "TauxReduit", reference: `=${PREMIERE_FEUILLE}!$B$16`, commentaire: "Taux réduit de TVA" },
  ];
}

function tiers(): Modification[] {
  return [
    feuille("Clients"),
    table("Clients", "TabClients", d.ENTETES_CLIENTS, d.CLIENTS, { "Solde au 01/01/2025": FORMATS.euros }),
    // Les clients qui nous doivent de l'argent à l'ouverture, en jaune.
    { type: "mise-en-forme", feuille: "Clients", adresse: `A2:F${d.CLIENTS.length + 1}`, formule: "=$F2>0", remplissage: "#FFF4CE" },
    feuille("Fournisseurs"),
    table("Fournisseurs", "TabFournisseurs", d.ENTETES_FOURNISSEURS, d.FOURNISSEURS, { "Solde au 01/01/2025": FORMATS.euros }),
  ];
}

function articles(): Modification[] {
  const ht = "[@[Prix de vente HT]]";
  const cout = "[@[Coût d''achat HT]]";
  const lignes = d.ARTICLES.map((a) => [...a, `=AGORA.TTC(${ht},[@[Taux TVA]])`, `=AGORA.MARGE(${ht},${cout})`, `=AGORA.TAUX.MARQUE(${ht},${cout})`]);
  return [
    feuille("Articles"),
    table("Articles", "TabArticles", [...d.ENTETES_ARTICLES, "Prix TTC", "Marge", "Taux de marque"], lignes, {
      "Coût d'achat HT": FORMATS.euros,
      "Prix de vente HT": FORMATS.euros,
      "Taux TVA": TAUX,
      "Prix TTC": FORMATS.euros,
      Marge: FORMATS.euros,
      "Taux de marque": "0.00%",
    }),
  ];
}

function ventes(): Modification[] {
  const n = d.VENTES.length;
  const lignes = d.VENTES.map(([num, date, client, ref, qte, pu, taux]) => [
    num,
    serie(date),
    client,
    ref,
    qte,
    pu,
    taux,
    "=[@Quantité]*[@[PU HT]]",
    "=AGORA.TVA([@[Montant HT]],[@[Taux TVA]])",
    "=AGORA.TTC([@[Montant HT]],[@[Taux TVA]])",
  ]);
  const factures = [...new Set(d.VENTES.map((v) => v[0]))];
  return [
    feuille("Ventes"),
    table("Ventes", "TabVentes", [...d.ENTETES_VENTES, "Montant HT", "TVA", "TTC"], lignes, {
      Date: FORMATS.date,
      "PU HT": FORMATS.euros,
      "Taux TVA": TAUX,
      "Montant HT": FORMATS.euros,
      TVA: FORMATS.euros,
      TTC: FORMATS.euros,
    }),
    {
      type: "valeurs",
      feuille: "Ventes",
      adresse: `I${n + 3}`,
      valeurs: [["Total", "=SUM(TabVentes[TTC])"]],
      formats: [["", FORMATS.euros]],
    },
    // Sous le tableau : le chiffre d'affaires HT de chaque facture (SOMME.SI) et son graphique.
    table(
      "Ventes",
      "TabCAFactures",
      ["Facture", "Montant HT"],
      factures.map((f) => [f, "=SUMIF(TabVentes[[N° facture]],[@Facture],TabVentes[[Montant HT]])"]),
      { "Montant HT": FORMATS.euros },
      `A${n + 5}`,
    ),
    {
      type: "graphique",
      feuille: "Ventes",
      source: `Ventes!$A$${n + 5}:$B$${n + 5 + factures.length}`,
      genre: "colonnes",
      titre: "Chiffre d'affaires HT par facture",
      position: `D${n + 5}`,
    },
    { type: "validation", feuille: "Ventes", adresse: `C2:C${n + 1}`, liste: { source: `=Clients!$A$2:$A$${d.CLIENTS.length + 1}` }, message: "Choisissez un code client de la feuille Clients." },
    { type: "validation", feuille: "Ventes", adresse: `D2:D${n + 1}`, liste: { source: `=Articles!$A$2:$A$${d.ARTICLES.length + 1}` }, message: "Choisissez une référence de la feuille Articles." },
  ];
}

function facture(): Modification[] {
  const f = d.FACTURE_DETAILLEE;
  const debut = 6;
  const fin = debut + f.lignes.length;
  return [
    feuille("Facture"),
    {
      type: "valeurs",
      feuille: "Facture",
      adresse: "A1",
      valeurs: [[`Facture ${f.numero}`, null], ["Client", f.client], ["Date", serie(f.date)]],
      formats: [["", ""], ["", ""], ["", FORMATS.date]],
    },
    table("Facture", "TabFacture", ["Réf.", "Désignation", "Quantité", "PU HT", "Remise", "Taux TVA"], f.lignes, { "PU HT": FORMATS.euros, Remise: TAUX, "Taux TVA": TAUX }, `A${debut}`),
    {
      type: "valeurs",
      feuille: "Facture",
      adresse: `A${fin + 2}`,
      valeurs: [["Escompte", f.escompte], ["Port HT", f.port]],
      formats: [["", TAUX], ["", FORMATS.euros]],
    },
    // Le tableau renvoyé par AGORA.FACTURE : libellés en A, montants en B (au format euros).
    {
      type: "valeurs",
      feuille: "Facture",
      adresse: `A${fin + 5}`,
      valeurs: [["Calcul de la facture avec AGORA.FACTURE", null], ...Array.from({ length: 16 }, (): Cellule[] => [null, null])],
      formats: [["", ""], ...Array.from({ length: 16 }, () => ["", FORMATS.euros])],
    },
    { type: "formule", feuille: "Facture", adresse: `A${fin + 6}`, formule: `=AGORA.FACTURE(C${debut}:F${fin},,B${fin + 2},B${fin + 3})` },
    { type: "valeurs", feuille: "Facture", adresse: "H1", valeurs: [["Le détail du calcul (AGORA.EXPLIQUE) :"]] },
    { type: "formule", feuille: "Facture", adresse: "H2", formule: `=AGORA.EXPLIQUE("FACTURE",C${debut}:F${fin},,B${fin + 2},B${fin + 3})` },
  ];
}

function comptabilite(): Modification[] {
  const an = serie("01/01/2025");
  const lignes: Cellule[][] = d.OUVERTURE.map(([compte, libelle, debit, credit]) => ["AN", an, "AN2025-001", compte, libelle, debit || null, credit || null]);
  const n = lignes.length;
  return [
    feuille("Journal"),
    table("Journal", "TabJournal", d.ENTETES_JOURNAL, lignes, { Date: FORMATS.date, Débit: FORMATS.euros, Crédit: FORMATS.euros }),
    {
      type: "valeurs",
      feuille: "Journal",
      adresse: `E${n + 3}`,
      valeurs: [["Totaux", "=SUM(TabJournal[Débit])", "=SUM(TabJournal[Crédit])"], ["Écart (doit être nul)", `=F${n + 3}-G${n + 3}`, null]],
      formats: [["", FORMATS.euros, FORMATS.euros], ["", FORMATS.euros, ""]],
    },
  ];
}

function personnelEtImmobilisations(): Modification[] {
  const s = d.SALARIES.length;
  const immos = d.IMMOBILISATIONS.map(([bien, compte, date, valeur, duree, cumul]) => [bien, compte, serie(date), valeur, duree, cumul, "=[@[Valeur d''origine HT]]-[@[Amort. cumulés au 31/12/2024]]"]);
  const i = immos.length;
  return [
    feuille("Salariés"),
    table("Salariés", "TabSalaries", d.ENTETES_SALARIES, d.SALARIES, { "Brut mensuel": FORMATS.euros }),
    { type: "valeurs", feuille: "Salariés", adresse: `E${s + 3}`, valeurs: [["Masse salariale brute", "=SUM(TabSalaries[Brut mensuel])"]], formats: [["", FORMATS.euros]] },
    feuille("Immobilisations"),
    table("Immobilisations", "TabImmobilisations", [...d.ENTETES_IMMOBILISATIONS, "VNC au 01/01/2025"], immos, {
      "Date d'acquisition": FORMATS.date,
      "Valeur d'origine HT": FORMATS.euros,
      "Amort. cumulés au 31/12/2024": FORMATS.euros,
      "VNC au 01/01/2025": FORMATS.euros,
    }),
    {
      type: "valeurs",
      feuille: "Immobilisations",
      adresse: `C${i + 3}`,
      valeurs: [["Total", "=SUM(TabImmobilisations[[Valeur d''origine HT]])", null, "=SUM(TabImmobilisations[[Amort. cumulés au 31/12/2024]])", "=SUM(TabImmobilisations[[VNC au 01/01/2025]])"]],
      formats: [["", FORMATS.euros, "", FORMATS.euros, FORMATS.euros]],
    },
  ];
}

/** Les mouvements de stock de janvier (module « Stocks ») et les prévisions de trésorerie du trimestre (module « Trésorerie »). */
function stocksEtTresorerie(): Modification[] {
  const mouvements = d.MOUVEMENTS_STOCK.map(([date, ...reste]) => [serie(date), ...reste]);
  const n = d.PREVISIONS_TRESORERIE.length;
  const mois = d.ENTETES_PREVISIONS_TRESORERIE.slice(2);
  return [
    feuille("Mouvements de stock"),
    table("Mouvements de stock", "TabMouvementsStock", d.ENTETES_MOUVEMENTS_STOCK, mouvements, { Date: FORMATS.date, "Prix unitaire": FORMATS.euros }),
    feuille("Prévisions de trésorerie"),
    table("Prévisions de trésorerie", "TabPrevisionsTresorerie", d.ENTETES_PREVISIONS_TRESORERIE, d.PREVISIONS_TRESORERIE, Object.fromEntries(mois.map((m) => [m, FORMATS.euros]))),
    {
      type: "valeurs",
      feuille: "Prévisions de trésorerie",
      adresse: `A${n + 3}`,
      valeurs: [["Essayez : module « Trésorerie » du volet, « Générer le budget de trésorerie »."]],
    },
  ];
}

/** Feuille montrée à l'ouverture : des lignes de factures calculées par les fonctions AGORA, et un graphique. */
export const FEUILLE_OUVERTE = "Ventes";

/** Le plan complet, à appliquer sur un classeur dont la seule feuille est « Entreprise ». */
export function planExemple(): Modification[] {
  return [
    ...entreprise(),
    ...tiers(),
    ...articles(),
    ...ventes(),
    ...facture(),
    ...comptabilite(),
    ...personnelEtImmobilisations(),
    ...stocksEtTresorerie(),
    ...planOperationsTresorerie(),
    ...paie(),
    ...planJanvier(),
  ];
}
