/** Fonctions AGORA de comptabilité, sur un journal saisi dans la feuille (table `Journal` ou plage aux mêmes colonnes). */
import { depuisCentimes } from "../core/compta/centimes";
import { CumulBalance, soldeCrediteur, soldeDebiteur } from "../core/compta/balance";
import { lireJournalPlage } from "../core/compta/plage-journal";
import { comptePcg, normaliserCompte } from "../core/compta/pcg";
import { lireSelectionComptes } from "../core/compta/selection-comptes";
import { cumuler, resultat, tracerCumul } from "../core/compta/soldes";
import type { Jour } from "../core/dates";
import { erreurNA } from "../core/erreurs";
import type { Trace } from "../core/trace";
import { date, entier, facultatif, fonction, plage, resultatNombre, resultatTableau, resultatTexte, texte, type CelluleResultat, type Exemple, type Matrice } from "./dsl";

const argJournal = () =>
  plage(
    "journal",
    "Le journal, avec sa ligne d'en-tête : Date, Journal, N° pièce, Compte, Tiers, Libellé, Débit, Crédit (noms reconnus sans tenir compte des accents ni de la casse ; Montant et Sens acceptés à la place de Débit et Crédit).",
  );
const argComptes = () =>
  texte("comptes", "Comptes retenus, par le début de leur numéro : « 512 », « 6;7 » (classes 6 et 7), « 401-408 » (de 401 à 408), « 411,401 ».");
const argDu = () => facultatif(date("du", "Première date retenue (comprise). Par défaut : depuis la première écriture."), undefined, "toutes dates");
const argAu = () => facultatif(date("au", "Dernière date retenue (comprise). Par défaut : jusqu'à la dernière écriture."), undefined, "toutes dates");

/** Le journal des exemples : les quatre premières écritures de comptabilite.md § 6 (achat, vente, règlements). */
const JOURNAL_EXEMPLE: Exemple["donnees"] = [
  ["Date", "Journal", "N° pièce", "Compte", "Tiers", "Libellé", "Débit", "Crédit"],
  ["05/03/2026", "ACH", "FF-301", 607, null, "Achat de marchandises", 1000, null],
  ["05/03/2026", "ACH", "FF-301", 44566, null, "Achat de marchandises", 200, null],
  ["05/03/2026", "ACH", "FF-301", 401, "F0012", "Achat de marchandises", null, 1200],
  ["10/03/2026", "VTE", "FA-101", 411, "C0042", "Vente de marchandises", 2400, null],
  ["10/03/2026", "VTE", "FA-101", 707, null, "Vente de marchandises", null, 2000],
  ["10/03/2026", "VTE", "FA-101", 44571, null, "Vente de marchandises", null, 400],
  ["20/03/2026", "BQ", "VIR-101", 512, null, "Règlement client par virement", 2400, null],
  ["20/03/2026", "BQ", "VIR-101", 411, "C0042", "Règlement client par virement", null, 2400],
  ["25/03/2026", "BQ", "CHQ-301", 401, "F0012", "Règlement fournisseur par chèque", 1200, null],
  ["25/03/2026", "BQ", "CHQ-301", 512, null, "Règlement fournisseur par chèque", null, 1200],
];
const SOURCE_EXEMPLE = "comptabilite.md § 1.6 et § 6";
const exemple = (formule: string, resultat: Exemple["resultat"]): Exemple => ({ formule, resultat, donnees: JOURNAL_EXEMPLE, source: SOURCE_EXEMPLE });

const AIDE_JOURNAL = [
  "Le journal est une plage dont la première ligne porte les en-têtes : Date, Journal, N° pièce (ou N° d'écriture), Compte, Tiers, Libellé, Débit, Crédit ; les noms usuels des exports (EcritureDate, CompteNum, Montant et Sens…) sont reconnus.",
  "Les lignes vides et les lignes sans montant (en cours de saisie) sont ignorées. Une valeur illisible, un montant négatif, un débit et un crédit sur la même ligne ou un compte qui ne commence pas par un numéro du PCG donnent #VALEUR! avec la ligne fautive.",
  "Une écriture déséquilibrée ne bloque pas le calcul : AGORA.EXPLIQUE la signale.",
];

function cumulComptes(nom: string, journal: Matrice, comptes: string, du: Jour | undefined, au: Jour | undefined, trace: Trace) {
  const selection = lireSelectionComptes(comptes, "comptes");
  const lignes = lireJournalPlage(journal, "journal", trace);
  const c = cumuler(lignes, (l) => selection.contient(l.compte), { du, au });
  tracerCumul(`${nom} des comptes ${selection.description}`, c, { du, au }, trace);
  return c;
}

export const SOLDE = fonction({
  nom: "SOLDE",
  categorie: "Comptabilité",
  description: "Solde de comptes d'un journal : débit − crédit (positif = débiteur, négatif = créditeur), sur une période.",
  arguments: [argJournal(), argComptes(), argDu(), argAu()],
  resultat: "nombre",
  format: "euros",
  exemples: [exemple('=AGORA.SOLDE(A1:H11;"512")', 1200), exemple('=AGORA.SOLDE(A1:H11;"6;7")', -1000), exemple('=AGORA.SOLDE(A1:H11;"44566-44571")', -200)],
  aide: [...AIDE_JOURNAL, "Le solde d'un compte de produits (classe 7) est donc négatif : =-AGORA.SOLDE(Journal;\"7\") donne le chiffre d'affaires."].join("\n"),
  calcul: ({ journal, comptes, du, au }, trace) => {
    const c = cumulComptes("Solde", journal, comptes, du, au, trace);
    return resultatNombre(depuisCentimes(c.debit - c.credit));
  },
});

export const DEBIT = fonction({
  nom: "DEBIT",
  categorie: "Comptabilité",
  description: "Total des débits de comptes d'un journal, sur une période.",
  arguments: [argJournal(), argComptes(), argDu(), argAu()],
  resultat: "nombre",
  format: "euros",
  exemples: [exemple('=AGORA.DEBIT(A1:H11;"4")', 3800), exemple('=AGORA.DEBIT(A1:H11;"4";"01/03/2026";"10/03/2026")', 2600)],
  aide: AIDE_JOURNAL.join("\n"),
  calcul: ({ journal, comptes, du, au }, trace) => resultatNombre(depuisCentimes(cumulComptes("Débit", journal, comptes, du, au, trace).debit)),
});

export const CREDIT = fonction({
  nom: "CREDIT",
  categorie: "Comptabilité",
  description: "Total des crédits de comptes d'un journal, sur une période.",
  arguments: [argJournal(), argComptes(), argDu(), argAu()],
  resultat: "nombre",
  format: "euros",
  exemples: [exemple('=AGORA.CREDIT(A1:H11;"7")', 2000), exemple('=AGORA.CREDIT(A1:H11;"401-411")', 3600)],
  aide: AIDE_JOURNAL.join("\n"),
  calcul: ({ journal, comptes, du, au }, trace) => resultatNombre(depuisCentimes(cumulComptes("Crédit", journal, comptes, du, au, trace).credit)),
});

export const SOLDE_TIERS = fonction({
  nom: "SOLDE.TIERS",
  categorie: "Comptabilité",
  description: "Solde d'un client ou d'un fournisseur (compte auxiliaire) à une date : débit − crédit (un client qui doit de l'argent a un solde positif).",
  arguments: [
    argJournal(),
    texte("tiers", "Code du tiers (colonne Tiers, par exemple « C0042 »), ou son compte auxiliaire s'il est dans la colonne Compte (« 411DUPONT »)."),
    argAu(),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [exemple('=AGORA.SOLDE.TIERS(A1:H11;"C0042";"15/03/2026")', 2400), exemple('=AGORA.SOLDE.TIERS(A1:H11;"F0012")', 0)],
  aide: AIDE_JOURNAL.join("\n"),
  calcul: ({ journal, tiers, au }, trace) => {
    const lignes = lireJournalPlage(journal, "journal", trace);
    const code = normaliserCompte(tiers).toUpperCase();
    const retenir = (l: { tiers?: string; compte: string }) => (l.tiers ?? "").toUpperCase() === code || l.compte.toUpperCase() === code;
    if (!lignes.some(retenir)) throw erreurNA(`tiers : « ${tiers} » n'apparaît pas dans le journal (colonne Tiers ou Compte).`);
    const c = cumuler(lignes, retenir, { au });
    tracerCumul(`Tiers ${tiers}`, c, { au }, trace);
    return resultatNombre(depuisCentimes(c.debit - c.credit));
  },
});

export const LIBELLE_COMPTE = fonction({
  nom: "LIBELLE.COMPTE",
  categorie: "Comptabilité",
  description: "Intitulé d'un compte dans le plan comptable général 2025 (celui du compte du PCG le plus précis dont le numéro commence le compte).",
  arguments: [texte("numero", "Numéro de compte : 411, 411000, 41100000 ou 401DUPONT.")],
  resultat: "texte",
  exemples: [
    { formule: "=AGORA.LIBELLE.COMPTE(411000)", resultat: "Clients", source: "pcg.tsv" },
    { formule: '=AGORA.LIBELLE.COMPTE("44571")', resultat: "TVA collectée", source: "pcg.tsv" },
  ],
  calcul: ({ numero }, trace) => {
    const c = comptePcg(numero);
    if (!c) {
      throw erreurNA(`numero : le compte « ${numero} » ne commence par aucun numéro du plan comptable général 2025.`);
    }
    trace.etape(`${normaliserCompte(numero)} commence par ${c.numero} : ${c.libelle}.`);
    trace.regle("Plan comptable général, règlement ANC n° 2014-03 modifié (version applicable au 1er janvier 2025).");
    return resultatTexte(c.libelle);
  },
});

const ENTETE_BALANCE = ["Compte", "Libellé", "Débit", "Crédit", "Solde débiteur", "Solde créditeur"];

export const BALANCE = fonction({
  nom: "BALANCE",
  categorie: "Comptabilité",
  description: "Balance d'un journal : par compte, total débit, total crédit, solde débiteur ou créditeur, et la ligne des totaux (tableau).",
  arguments: [
    argJournal(),
    facultatif(entier("niveau", "Regrouper les comptes par leurs premiers chiffres : 3 donne 401, 411, 445… (par défaut : les comptes tels qu'écrits).", 1), undefined, "comptes détaillés"),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: ([journal]) => ({ lignes: (journal?.lignes ?? 1) + 1, colonnes: ENTETE_BALANCE.length }),
  exemples: [
    exemple("=AGORA.BALANCE(A1:H11)", [
      ENTETE_BALANCE,
      ["401", "Fournisseurs", 1200, 1200, 0, 0],
      ["411", "Clients", 2400, 2400, 0, 0],
      ["44566", "TVA sur autres biens et services", 200, 0, 200, 0],
      ["44571", "TVA collectée", 0, 400, 0, 400],
      ["512", "Banques", 2400, 1200, 1200, 0],
      ["607", "Achats de marchandises", 1000, 0, 1000, 0],
      ["707", "Ventes de marchandises", 0, 2000, 0, 2000],
      ["Total", "", 7200, 7200, 2400, 2400],
    ]),
    exemple("=AGORA.BALANCE(A1:H11;3)", [
      ENTETE_BALANCE,
      ["401", "Fournisseurs", 1200, 1200, 0, 0],
      ["411", "Clients", 2400, 2400, 0, 0],
      ["445", "État - Taxes sur le chiffre d'affaires", 200, 400, 0, 200],
      ["512", "Banques", 2400, 1200, 1200, 0],
      ["607", "Achats de marchandises", 1000, 0, 1000, 0],
      ["707", "Ventes de marchandises", 0, 2000, 0, 2000],
      ["Total", "", 7200, 7200, 2200, 2200],
    ]),
  ],
  aide: [
    ...AIDE_JOURNAL,
    "Contrôles (comptabilite.md § 1.6) : total des débits = total des crédits, total des soldes débiteurs = total des soldes créditeurs ; AGORA.EXPLIQUE signale une balance déséquilibrée.",
  ].join("\n"),
  calcul: ({ journal, niveau }, trace) => {
    const cumul = new CumulBalance({ niveau });
    for (const l of lireJournalPlage(journal, "journal", trace)) cumul.ajouter(l);
    const b = cumul.generale(trace);
    const euros = depuisCentimes;
    const lignes: CelluleResultat[][] = b.comptes.map((c) => [c.compte, c.libelle, euros(c.debit), euros(c.credit), euros(soldeDebiteur(c)), euros(soldeCrediteur(c))]);
    const t = b.totaux;
    return resultatTableau([ENTETE_BALANCE, ...lignes, ["Total", "", euros(t.debit), euros(t.credit), euros(t.soldeDebiteur), euros(t.soldeCrediteur)]]);
  },
});

export const RESULTAT = fonction({
  nom: "RESULTAT",
  categorie: "Comptabilité",
  description: "Résultat d'un journal sur une période : produits (classe 7) − charges (classe 6) ; positif = bénéfice, négatif = perte.",
  arguments: [argJournal(), argDu(), argAu()],
  resultat: "nombre",
  format: "euros",
  exemples: [exemple("=AGORA.RESULTAT(A1:H11)", 1000)],
  aide: AIDE_JOURNAL.join("\n"),
  calcul: ({ journal, du, au }, trace) => resultatNombre(depuisCentimes(resultat(lireJournalPlage(journal, "journal", trace), { du, au }, trace))),
});

export const FONCTIONS_COMPTA = [SOLDE, DEBIT, CREDIT, SOLDE_TIERS, LIBELLE_COMPTE, BALANCE, RESULTAT];
