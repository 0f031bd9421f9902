/**
 * Relevé de compte bancaire au format CFONB 120 (exports-pgi.md § 6 ; brochure CFONB « Relevé de compte sur support
 * informatique ») : enregistrements de 120 caractères — 01 ancien solde, 04 opération, 05 complément de libellé,
 * 07 nouveau solde. Positions (à partir de 1) : code 1-2, banque 3-7, code opération 8-11 (04), guichet 12-16,
 * devise 17-19, nombre de décimales 20, compte 22-32, date 35-40 (JJMMAA), date de valeur 43-48 (04), libellé 49-79,
 * n° d'écriture 82-88, montant 91-104 à signe incorporé dans le dernier caractère (« { » et A…I : +0 à +9 ;
 * « } » et J…R : −0 à −9), référence 105-120 ; un 05 porte un qualifiant en 46-48 (« LIB ») et 70 caractères en 49-118.
 * Montant positif = crédit du compte (vu de la banque), négatif = débit. Tout ou rien : ancien solde + opérations doit
 * égaler le nouveau solde de chaque relevé.
 */
import { centimesFr, type Centimes } from "../compta/centimes";
import type { Jour } from "../dates";
import { jourValide } from "../dates";
import { CollecteErreurs } from "./erreurs";
import { lignesPhysiques } from "./enregistrements";
import { abreger, anneeSurDeuxChiffres } from "./valeurs";

export const LONGUEUR_CFONB = 120;

export interface OperationBancaire {
  date: Jour;
  dateValeur?: Jour;
  /** Libellé de l'enregistrement 04 suivi des compléments « LIB » des 05. */
  libelle: string;
  /** En centimes : positif = crédit (encaissement), négatif = débit (décaissement). */
  montant: Centimes;
  /** Code opération interbancaire (positions 8 à 11). */
  codeOperation: string;
  numeroEcriture: string;
  reference: string;
  /** Les compléments 05 tels quels (qualifiant + texte). */
  complements: string[];
  origine: number;
}

export interface ReleveBancaire {
  banque: string;
  guichet: string;
  compte: string;
  devise: string;
  dateAncienSolde: Jour;
  ancienSolde: Centimes;
  dateNouveauSolde?: Jour;
  nouveauSolde?: Centimes;
  operations: OperationBancaire[];
}

export interface ResultatCfonb {
  ok: boolean;
  releves: ReleveBancaire[];
  erreurs: CollecteErreurs;
}

const SIGNES: Record<string, [number, number]> = {
  "{": [1, 0], "}": [-1, 0],
  A: [1, 1], B: [1, 2], C: [1, 3], D: [1, 4], E: [1, 5], F: [1, 6], G: [1, 7], H: [1, 8], I: [1, 9],
  J: [-1, 1], K: [-1, 2], L: [-1, 3], M: [-1, 4], N: [-1, 5], O: [-1, 6], P: [-1, 7], Q: [-1, 8], R: [-1, 9],
};

/** « 0000000005607L » avec 2 décimales → −56073 centimes ; undefined si la zone est mal formée. */
export function montantCfonb(zone: string, decimales: number): Centimes | undefined {
  const m = /^(\d{13})([{}A-R])$/.exec(zone);
  if (!m || decimales < 0 || decimales > 2) return undefined;
  const [signe, chiffre] = SIGNES[m[2]];
  const entier = Number(m[1]) * 10 + chiffre;
  return signe * entier * 10 ** (2 - decimales);
}

function dateCfonb(s: string): Jour | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [j, mo, a] = [Number(m[1]), Number(m[2]), anneeSurDeuxChiffres(Number(m[3]))];
  return jourValide(a, mo, j) ? { annee: a, mois: mo, jour: j } : undefined;
}

const zone = (l: string, debut: number, fin: number): string => l.slice(debut - 1, fin);

/** Lit un relevé CFONB 120 (texte déjà décodé). Toutes les erreurs sont collectées ; `ok` faux s'il y en a une. */
export function lireCfonb(texte: string, erreurs = new CollecteErreurs()): ResultatCfonb {
  const releves: ReleveBancaire[] = [];
  let courant: ReleveBancaire | undefined;
  let derniere: OperationBancaire | undefined;
  const lignes = lignesPhysiques(texte);
  if (lignes.length === 0) erreurs.ajouter(0, "le fichier est vide.");
  lignes.forEach((brute, i) => {
    const n = i + 1;
    if (brute.trim() === "") return;
    const l = brute.length > LONGUEUR_CFONB && brute.slice(LONGUEUR_CFONB).trim() === "" ? brute.slice(0, LONGUEUR_CFONB) : brute;
    if (l.length !== LONGUEUR_CFONB) {
      erreurs.ajouter(n, `enregistrement de ${l.length} caractères au lieu de ${LONGUEUR_CFONB} (format CFONB 120).`);
      return;
    }
    const code = zone(l, 1, 2);
    const decimales = Number(zone(l, 20, 20));
    const lireMontant = (): Centimes | undefined => {
      const m = Number.isInteger(decimales) ? montantCfonb(zone(l, 91, 104), decimales) : undefined;
      if (m === undefined) erreurs.ajouter(n, `montant « ${abreger(zone(l, 91, 104))} » illisible (13 chiffres et un caractère de signe, ${zone(l, 20, 20)} décimale(s)).`, "Montant (91-104)");
      return m;
    };
    const lireDate = (debut: number, nom: string, obligatoire = true): Jour | undefined => {
      const s = zone(l, debut, debut + 5);
      if (!obligatoire && s.trim() === "") return undefined;
      const d = dateCfonb(s);
      if (!d) erreurs.ajouter(n, `date « ${abreger(s)} » impossible (JJMMAA attendu).`, `${nom} (${debut}-${debut + 5})`);
      return d;
    };
    const identite = { banque: zone(l, 3, 7), guichet: zone(l, 12, 16), compte: zone(l, 22, 32).trim(), devise: zone(l, 17, 19) };
    const memeCompte = (r: ReleveBancaire | undefined) => r && r.banque === identite.banque && r.guichet === identite.guichet && r.compte === identite.compte;
    if (code === "01") {
      if (courant) erreurs.ajouter(n, `nouveau relevé (01) alors que celui du compte ${courant.compte} n'a pas de nouveau solde (07).`);
      const date = lireDate(35, "Date");
      const solde = lireMontant();
      courant = date && solde !== undefined ? { ...identite, dateAncienSolde: date, ancienSolde: solde, operations: [] } : undefined;
      derniere = undefined;
    } else if (code === "04") {
      const date = lireDate(35, "Date");
      const dateValeur = lireDate(43, "Date de valeur", false);
      const montant = lireMontant();
      if (!courant) erreurs.ajouter(n, "opération (04) hors d'un relevé : l'ancien solde (01) manque.");
      else if (!memeCompte(courant)) erreurs.ajouter(n, `opération du compte ${identite.compte} dans le relevé du compte ${courant.compte}.`);
      if (!courant || !date || montant === undefined) {
        derniere = undefined;
        return;
      }
      derniere = {
        date,
        ...(dateValeur ? { dateValeur } : {}),
        libelle: zone(l, 49, 79).trim().replace(/\s+/g, " "),
        montant,
        codeOperation: zone(l, 8, 11),
        numeroEcriture: zone(l, 82, 88).trim(),
        reference: zone(l, 105, 120).trim(),
        complements: [],
        origine: n,
      };
      courant.operations.push(derniere);
    } else if (code === "05") {
      if (!derniere) {
        erreurs.ajouter(n, "complément (05) sans opération (04) qui le précède.");
        return;
      }
      const qualifiant = zone(l, 46, 48);
      const texteComplement = zone(l, 49, 118).trim().replace(/\s+/g, " ");
      derniere.complements.push(`${qualifiant} ${texteComplement}`.trim());
      if (qualifiant === "LIB" && texteComplement) derniere.libelle += ` ${texteComplement}`;
    } else if (code === "07") {
      const date = lireDate(35, "Date");
      const solde = lireMontant();
      if (!courant) erreurs.ajouter(n, "nouveau solde (07) sans ancien solde (01).");
      else if (!memeCompte(courant)) erreurs.ajouter(n, `nouveau solde du compte ${identite.compte} dans le relevé du compte ${courant.compte}.`);
      else if (date && solde !== undefined) {
        courant.dateNouveauSolde = date;
        courant.nouveauSolde = solde;
        const mouvements = courant.operations.reduce((s, o) => s + o.montant, 0);
        if (courant.ancienSolde + mouvements !== solde) {
          erreurs.ajouter(
            n,
            `relevé du compte ${courant.compte} incohérent : ancien solde ${centimesFr(courant.ancienSolde)} + opérations ${centimesFr(mouvements)} = ${centimesFr(courant.ancienSolde + mouvements)}, mais le nouveau solde est ${centimesFr(solde)}.`,
          );
        }
        releves.push(courant);
      }
      courant = undefined;
      derniere = undefined;
    } else {
      erreurs.ajouter(n, `code d'enregistrement « ${abreger(code)} » inconnu (01, 04, 05 ou 07 attendu).`);
    }
  });
  if (courant) erreurs.ajouter(lignes.length, `le relevé du compte ${courant.compte} n'a pas de nouveau solde (07).`);
  const ok = erreurs.nombre === 0;
  return { ok, releves: ok ? releves : [], erreurs };
}

/** Les premières lignes ressemblent-elles à un relevé CFONB 120 ? */
export function estCfonb(lignes: readonly string[]): boolean {
  const premieres = lignes.filter((l) => l.trim() !== "").slice(0, 5);
  return premieres.length > 0 && /^01\d{5}/.test(premieres[0]) && premieres.every((l) => l.trimEnd().length <= LONGUEUR_CFONB && l.length >= 104 && /^0[1457]/.test(l));
}
