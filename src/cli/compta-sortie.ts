/**
 * Présentation des états comptables pour `agora compta` : JSON (montants en nombres à deux décimales, écrits
 * directement depuis les centimes, sans passer par un flottant) et tableaux français alignés pour le terminal.
 */
import { soldeCrediteur, soldeDebiteur, type Balance } from "../core/compta/balance";
import { centimesFr, type Centimes } from "../core/compta/centimes";
import type { CompteGrandLivre, GrandLivre } from "../core/compta/grand-livre";
import { ligneCsv } from "../core/csv";
import { isoJour, jourFr } from "../core/dates";

/** Montant JSON exact à deux décimales : 120000 → 1200.00, −5 → -0.05. */
export function montantJson(c: Centimes): string {
  const a = Math.abs(c);
  return `${c < 0 ? "-" : ""}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

const texteJson = (s: string): string => JSON.stringify(s);

/** `{"comptes":[{"compte","libelle","debit","credit","solde"}],"totaux":{"debit","credit"}}` ; `tiers` en balance auxiliaire. */
export function balanceJson(b: Balance): string {
  const comptes = b.comptes.map(
    (c) =>
      `{"compte":${texteJson(c.compte)},${c.tiers !== undefined ? `"tiers":${texteJson(c.tiers)},` : ""}"libelle":${texteJson(c.libelle)},` +
      `"debit":${montantJson(c.debit)},"credit":${montantJson(c.credit)},"solde":${montantJson(c.debit - c.credit)}}`,
  );
  return `{"comptes":[${comptes.join(",")}],"totaux":{"debit":${montantJson(b.totaux.debit)},"credit":${montantJson(b.totaux.credit)}}}\n`;
}

function couper(s: string, largeur: number): string {
  return s.length > largeur ? `${s.slice(0, largeur - 1)}…` : s;
}

/** Tableau aligné : colonnes de texte à gauche, montants à droite. */
function tableau(entetes: string[], lignes: string[][], aDroite: boolean[]): string[] {
  const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i].length)));
  const ligne = (cellules: string[]) =>
    cellules
      .map((c, i) => (aDroite[i] ? c.padStart(largeurs[i]) : c.padEnd(largeurs[i])))
      .join("  ")
      .trimEnd();
  return [ligne(entetes), ...lignes.map(ligne)];
}

const montantOuVide = (c: Centimes): string => (c === 0 ? "" : centimesFr(c));

export function balanceTexte(b: Balance, titre: string): string {
  const auxiliaire = b.comptes.some((c) => c.tiers !== undefined);
  const entetes = [...(auxiliaire ? ["Compte", "Tiers"] : ["Compte"]), "Libellé", "Débit", "Crédit", "Solde débiteur", "Solde créditeur"];
  const t = b.totaux;
  const lignes = b.comptes.map((c) => [
    c.compte,
    ...(auxiliaire ? [c.tiers ?? ""] : []),
    couper(c.libelle, 40),
    centimesFr(c.debit),
    centimesFr(c.credit),
    montantOuVide(soldeDebiteur(c)),
    montantOuVide(soldeCrediteur(c)),
  ]);
  lignes.push(["Total", ...(auxiliaire ? [""] : []), "", centimesFr(t.debit), centimesFr(t.credit), centimesFr(t.soldeDebiteur), centimesFr(t.soldeCrediteur)]);
  const aDroite = entetes.map((_, i) => i >= entetes.length - 4);
  const controle = (a: Centimes, b: Centimes) => (a === b ? "vérifié" : `ÉCART de ${centimesFr(Math.abs(a - b))}`);
  return [
    titre,
    "",
    ...tableau(entetes, lignes, aDroite),
    "",
    `Contrôles : total des débits = total des crédits : ${controle(t.debit, t.credit)} ; total des soldes débiteurs = total des soldes créditeurs : ${controle(t.soldeDebiteur, t.soldeCrediteur)}.`,
    "",
  ].join("\n");
}

/** Solde affiché avec son sens : « 1 200,00 D », « 60,00 C », « 0,00 ». */
export const soldeSens = (s: Centimes): string => (s === 0 ? "0,00" : `${centimesFr(Math.abs(s))} ${s > 0 ? "D" : "C"}`);

/** Un compte du grand livre en JSON (voir docs/cli-compta.md). */
export function compteGrandLivreJson(c: CompteGrandLivre): string {
  const lignes = c.lignes.map(
    (l) =>
      `{"date":"${isoJour(l.date)}","journal":${texteJson(l.journal)},"numero":${texteJson(l.numero)},"piece":${texteJson(l.piece)},` +
      `"libelle":${texteJson(l.libelle)},${l.tiers !== undefined ? `"tiers":${texteJson(l.tiers)},` : ""}${l.lettrage !== undefined ? `"lettrage":${texteJson(l.lettrage)},` : ""}` +
      `"debit":${montantJson(l.debit)},"credit":${montantJson(l.credit)},"solde":${montantJson(l.solde)}${l.origine !== undefined ? `,"ligne":${l.origine}` : ""}}`,
  );
  return (
    `{"compte":${texteJson(c.compte)},"libelle":${texteJson(c.libelle)},"lignes":[${lignes.join(",")}],` +
    `"debit":${montantJson(c.debit)},"credit":${montantJson(c.credit)},"solde":${montantJson(c.solde)}}`
  );
}

export function* grandLivreJson(g: GrandLivre): Generator<string> {
  yield '{"comptes":[';
  let premier = true;
  for (const c of g.comptes) {
    yield (premier ? "" : ",") + compteGrandLivreJson(c);
    premier = false;
  }
  yield `],"totaux":{"debit":${montantJson(g.totaux.debit)},"credit":${montantJson(g.totaux.credit)}}}\n`;
}

export function* grandLivreTexte(g: GrandLivre, titre: string): Generator<string> {
  yield `${titre}\n`;
  for (const c of g.comptes) {
    const lignes = c.lignes.map((l) => [jourFr(l.date), l.journal, l.numero, l.piece, couper(l.libelle, 36), montantOuVide(l.debit), montantOuVide(l.credit), soldeSens(l.solde)]);
    lignes.push(["", "", "", "", `Total ${c.compte}`, centimesFr(c.debit), centimesFr(c.credit), soldeSens(c.solde)]);
    const t = tableau(["Date", "Journal", "N°", "Pièce", "Libellé", "Débit", "Crédit", "Solde"], lignes, [false, false, false, false, false, true, true, true]);
    yield `\n${c.compte} — ${c.libelle}\n${t.join("\n")}\n`;
  }
  yield `\nTotal général : débit ${centimesFr(g.totaux.debit)}, crédit ${centimesFr(g.totaux.credit)}.\n`;
}

/** Montant CSV à la française, sans séparateur de milliers (« -1234,56 ») : un tableur le relit comme un nombre. */
const montantCsv = (c: Centimes): string => montantJson(c).replace(".", ",");

/**
 * Balance en CSV pour un tableur (séparateur « ; », virgule décimale, BOM UTF-8 pour Excel) : chaque cellule est
 * neutralisée (un libellé « =… » ne devient pas une formule).
 */
export function balanceCsv(b: Balance): string {
  const auxiliaire = b.comptes.some((c) => c.tiers !== undefined);
  const lignes = [
    ligneCsv([...(auxiliaire ? ["Compte", "Tiers"] : ["Compte"]), "Libellé", "Débit", "Crédit", "Solde"]),
    ...b.comptes.map((c) => ligneCsv([c.compte, ...(auxiliaire ? [c.tiers ?? ""] : []), c.libelle, montantCsv(c.debit), montantCsv(c.credit), montantCsv(c.debit - c.credit)])),
    ligneCsv(["Total", ...(auxiliaire ? [""] : []), "", montantCsv(b.totaux.debit), montantCsv(b.totaux.credit), montantCsv(b.totaux.debit - b.totaux.credit)]),
  ];
  return `\ufeff${lignes.join("\r\n")}\r\n`;
}

/** Grand livre en CSV : une ligne par mouvement, le compte répété, solde progressif signé (débit − crédit). */
export function* grandLivreCsv(g: GrandLivre): Generator<string> {
  yield `\ufeff${ligneCsv(["Compte", "Intitulé", "Date", "Journal", "N°", "Pièce", "Libellé", "Débit", "Crédit", "Solde"])}\r\n`;
  for (const c of g.comptes) {
    yield c.lignes
      .map((l) => `${ligneCsv([c.compte, c.libelle, jourFr(l.date), l.journal, l.numero, l.piece, l.libelle, montantCsv(l.debit), montantCsv(l.credit), montantCsv(l.solde)])}\r\n`)
      .join("");
  }
}
