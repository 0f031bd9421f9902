/**
 * Enregistrements → lignes d'écriture, selon une disposition (colonnes, format de date, sens des montants).
 * Chaque valeur illisible donne une erreur qui nomme la ligne et la colonne ; on ne s'arrête jamais à la première.
 * Numérotation « equilibre » (fichiers sans numéro d'écriture, comme le CSV générique d'Akretion) : les lignes
 * consécutives d'un même journal et d'une même date forment une écriture, close dès que Σ débits = Σ crédits.
 */
import { centimesFr, type Centimes } from "../compta/centimes";
import { NOM_CHAMP, type ChampJournal } from "../compta/colonnes";
import type { LigneEcriture } from "../compta/ecriture";
import type { Jour } from "../dates";
import type { CollecteErreurs } from "./erreurs";
import type { Disposition, Enregistrement, FormatDate, ValeurSource } from "./types";
import { lireSens } from "../compta/lecture-ligne";
import { abreger, lireDateSource, lireMontantSource, resoudreFormatDate, texteSource } from "./valeurs";

export interface Conversion {
  lignes: LigneEcriture[];
  remarques: string[];
}

/** Nom d'une colonne dans un message : l'en-tête du fichier, sinon « colonne 3 (Débit) ». */
export function nomColonne(d: Disposition, champ: ChampJournal): string {
  const i = d.colonnes[champ];
  const entete = i === undefined ? undefined : d.entetes?.[i];
  if (entete) return entete;
  return i === undefined ? NOM_CHAMP[champ] : `colonne ${i + 1} (${NOM_CHAMP[champ]})`;
}

/** Le compte et son intitulé dans une seule cellule : « 411100 Clients » → ["411100", "Clients"]. */
function separerCompte(texte: string): [string, string | undefined] {
  const m = /^([0-9][0-9A-Za-z]*)\s+(.+)$/.exec(texte);
  return m ? [m[1], m[2].trim()] : [texte, undefined];
}

const DATES_FACULTATIVES: ChampJournal[] = ["pieceDate", "echeance", "dateLettrage", "validation"];

/** Nombre d'enregistrements entre deux appels de `pas` (avancement, annulation). */
export const PAS_CONVERSION = 2000;

/**
 * Convertit les enregistrements (ceux d'avant `disposition.sauter` sont ignorés). `pas` est appelé régulièrement
 * avec la fraction faite : le générateur rend la main (le volet affiche l'avancement et peut annuler).
 */
export function* convertir(enregistrements: readonly Enregistrement[], d: Disposition, erreurs: CollecteErreurs): Generator<number, Conversion> {
  const remarques: string[] = [];
  const donnees = enregistrements.slice(d.sauter);
  const c = d.colonnes;
  const valeur = (e: Enregistrement, champ: ChampJournal): ValeurSource | undefined => {
    const i = c[champ];
    return i === undefined ? undefined : e.champs[i];
  };
  const formats = new Map<ChampJournal, Exclude<FormatDate, "auto">>();
  for (const champ of ["date", ...DATES_FACULTATIVES] as ChampJournal[]) {
    if (c[champ] === undefined) continue;
    if (d.formatDate !== "auto") formats.set(champ, d.formatDate);
    else {
      const r = resoudreFormatDate(donnees.map((e) => valeur(e, champ)));
      formats.set(champ, r.format);
      if (r.remarque && champ === "date") remarques.push(r.remarque);
    }
  }
  let negatifs = 0;
  const lignes: LigneEcriture[] = [];

  for (let k = 0; k < donnees.length; k++) {
    if (k > 0 && k % PAS_CONVERSION === 0) yield k / donnees.length;
    const e = donnees[k];
    if (e.champs.every((v) => texteSource(v) === "")) continue;
    let ok = true;
    const signaler = (champ: ChampJournal | undefined, message: string) => {
      ok = false;
      erreurs.ajouter(e.ligne, message, champ && nomColonne(d, champ));
    };
    const jour = (champ: ChampJournal, obligatoire: boolean): Jour | undefined => {
      const v = valeur(e, champ);
      if (texteSource(v) === "") {
        if (obligatoire) signaler(champ, "la date est vide.");
        return undefined;
      }
      const r = lireDateSource(v, formats.get(champ) ?? "JJ/MM/AAAA");
      if ("erreur" in r) {
        signaler(champ, r.erreur);
        return undefined;
      }
      return r;
    };
    const montant = (champ: ChampJournal): Centimes => {
      const v = valeur(e, champ);
      const m = lireMontantSource(v, d.decimale);
      if (m === undefined) {
        signaler(champ, `« ${abreger(texteSource(v))} » n'est pas un montant en euros à deux décimales au plus (exemples : 1 234,56 ; -1234.56 ; (12,00)).`);
        return 0;
      }
      return m;
    };

    let compte = texteSource(valeur(e, "compte"));
    let compteLibelle = texteSource(valeur(e, "compteLibelle")) || undefined;
    if (d.compteAvecLibelle) {
      const [numero, intitule] = separerCompte(compte);
      compte = numero;
      compteLibelle ??= intitule;
    }
    if (c.compte === undefined || compte === "") signaler("compte", "le numéro de compte est vide.");
    else if (compte.length > 40) signaler("compte", `« ${abreger(compte)} » n'est pas un numéro de compte (plus de 40 caractères).`);
    const date = c.date === undefined ? (signaler(undefined, "aucune colonne de date."), undefined) : jour("date", true);

    let debit = 0;
    let credit = 0;
    if (d.montants === "debit-credit") {
      debit = montant("debit");
      credit = montant("credit");
      if (debit < 0 || credit < 0) {
        // Un montant négatif passe dans l'autre colonne (convention « signe facultatif » du FEC) : débit et crédit restent ≥ 0.
        negatifs++;
        [debit, credit] = [Math.max(debit, 0) + Math.max(-credit, 0), Math.max(credit, 0) + Math.max(-debit, 0)];
      }
      if (debit !== 0 && credit !== 0) {
        signaler(undefined, `débit (${centimesFr(debit)}) et crédit (${centimesFr(credit)}) renseignés sur la même ligne : une ligne porte un débit ou un crédit.`);
      }
    } else if (d.montants === "montant-sens") {
      const m = montant("montant");
      const sens = lireSens(valeur(e, "sens"));
      if (sens === undefined && m !== 0) signaler("sens", `« ${abreger(texteSource(valeur(e, "sens")))} » n'est pas un sens : D ou C (ou +1, -1) attendu.`);
      const signe = sens === "C" ? -m : m;
      if (m < 0) negatifs++;
      [debit, credit] = signe >= 0 ? [signe, 0] : [0, -signe];
    } else {
      const m = montant("montant");
      [debit, credit] = m >= 0 ? [m, 0] : [0, -m];
    }
    const facultatives = DATES_FACULTATIVES.map((champ) => jour(champ, false));
    if (!ok || !date) continue;

    const numero = texteSource(valeur(e, "numero")) || texteSource(valeur(e, "piece"));
    const piece = texteSource(valeur(e, "piece"));
    const ligne: LigneEcriture = {
      journal: texteSource(valeur(e, "journal")),
      numero: d.numerotation === "colonne" ? numero : "",
      date,
      compte,
      piece,
      libelle: texteSource(valeur(e, "libelle")),
      debit,
      credit,
      origine: e.ligne,
    };
    const optionnels: [keyof LigneEcriture, string | Jour | undefined][] = [
      ["journalLibelle", texteSource(valeur(e, "journalLibelle"))],
      ["compteLibelle", compteLibelle],
      ["tiers", texteSource(valeur(e, "tiers"))],
      ["tiersLibelle", texteSource(valeur(e, "tiersLibelle"))],
      ["lettrage", texteSource(valeur(e, "lettrage"))],
      ["pieceDate", facultatives[0]],
      ["echeance", facultatives[1]],
      ["dateLettrage", facultatives[2]],
      ["validation", facultatives[3]],
    ];
    for (const [cle, v] of optionnels) if (v) (ligne as unknown as Record<string, unknown>)[cle] = v;
    lignes.push(ligne);
  }
  if (negatifs > 0) remarques.push(`${negatifs} montant${negatifs > 1 ? "s" : ""} négatif${negatifs > 1 ? "s" : ""} passé${negatifs > 1 ? "s" : ""} dans l'autre colonne (un débit négatif est un crédit).`);
  if (d.numerotation === "equilibre") numeroterParEquilibre(lignes, remarques);
  else if (lignes.some((l) => l.numero === "")) numeroterParEquilibre(lignes.filter((l) => l.numero === ""), remarques);
  for (const l of lignes) if (l.piece === "") l.piece = l.numero;
  return { lignes, remarques };
}

/** Attribue des numéros d'écriture (1, 2, 3…) aux lignes sans numéro : voir l'en-tête du module. */
export function numeroterParEquilibre(lignes: LigneEcriture[], remarques: string[]): void {
  let n = 0;
  let solde = 0;
  let journal = "";
  let date = "";
  let ouverte = false;
  for (const l of lignes) {
    const cleDate = `${l.date.annee}-${l.date.mois}-${l.date.jour}`;
    if (!ouverte || solde === 0 || l.journal !== journal || cleDate !== date) {
      n++;
      solde = 0;
      journal = l.journal;
      date = cleDate;
      ouverte = true;
    }
    l.numero = String(n);
    solde += l.debit - l.credit;
  }
  if (n > 0) remarques.push(`pas de numéro d'écriture dans le fichier : ${n} écriture${n > 1 ? "s" : ""} numérotée${n > 1 ? "s" : ""} de 1 à ${n} (lignes consécutives de même journal et de même date, jusqu'à l'équilibre).`);
}
