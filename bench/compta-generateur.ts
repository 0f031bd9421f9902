/**
 * Journaux équilibrés tirés au hasard (graine fixe : reproductibles), écrits à la fois en FEC (par le rédacteur FEC
 * du projet) et en journal hledger (comptes auxiliaires en sous-comptes « 411000:CLI001 »), pour l'oracle hledger
 * (test/oracle/hledger.test.ts) et le banc d'essai (bench/compta.ts). Écriture en flux, par paquets.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import type { LigneEcriture } from "../src/core/compta/ecriture";
import { libelleCompte } from "../src/core/compta/pcg";
import { ajouterJours, isoJour, type Jour } from "../src/core/dates";
import { ecrireFec } from "../src/core/fec";

/** Générateur pseudo-aléatoire mulberry32 : rapide et reproductible. */
export function aleatoire(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Comptes généraux (les numéros courts, longs ou alphanumériques d'un vrai plan d'entreprise). */
const COMPTES = [
  "101000", "106100", "164000", "2154000", "2183000", "28154", "370000", "404000", "421000", "431000", "437000",
  "44551", "44562", "44566", "44571", "4455100", "467000", "512000", "512100", "530000", "601000", "6064000", "607000",
  "611000", "613200", "622600", "625100", "626000", "627000", "641000", "645000", "6811", "661100", "701000", "706000",
  "707000", "708500", "709000", "765000", "758000", "401DUPONT", "41100000",
];
const JOURNAUX = ["ACH", "VTE", "BQ1", "BQ2", "OD"];

export interface OptionsGeneration {
  graine: number;
  /** Nombre de lignes visé (la dernière écriture peut le dépasser de quelques lignes). */
  lignes: number;
  clients?: number;
  fournisseurs?: number;
}

/** Les écritures, une à une : 2 à 5 lignes, dates croissantes sur l'année 2026, numéros continus. */
export function* ecrituresAleatoires(o: OptionsGeneration): Generator<LigneEcriture[]> {
  const hasard = aleatoire(o.graine);
  const entier = (n: number) => Math.floor(hasard() * n);
  const clients = o.clients ?? 500;
  const fournisseurs = o.fournisseurs ?? 200;
  const ecritures = Math.max(1, Math.round(o.lignes / 3.5));
  const debut: Jour = { annee: 2026, mois: 1, jour: 1 };
  let produites = 0;
  for (let n = 1; produites < o.lignes; n++) {
    const date = ajouterJours(debut, Math.min(364, Math.floor(((n - 1) * 365) / ecritures)));
    const journal = JOURNAUX[entier(JOURNAUX.length)];
    const numero = String(n).padStart(7, "0");
    const base = { journal, journalLibelle: `Journal ${journal}`, numero, date, piece: `P${numero}`, libelle: `Écriture ${n}` };
    const compte = (): Pick<LigneEcriture, "compte" | "tiers" | "tiersLibelle"> => {
      const r = hasard();
      if (r < 0.2) {
        const c = `CLI${String(1 + entier(clients)).padStart(4, "0")}`;
        return { compte: "411000", tiers: c, tiersLibelle: `Client ${c}` };
      }
      if (r < 0.3) {
        const f = `FRS${String(1 + entier(fournisseurs)).padStart(4, "0")}`;
        return { compte: "401000", tiers: f, tiersLibelle: `Fournisseur ${f}` };
      }
      if (r < 0.32) return { compte: "411000" }; // collectif sans tiers
      return { compte: COMPTES[entier(COMPTES.length)] };
    };
    const avecLibelle = (c: Pick<LigneEcriture, "compte" | "tiers" | "tiersLibelle">) => ({ ...c, compteLibelle: libelleCompte(c.compte) });
    const montant = () => 1 + Math.floor(hasard() ** 3 * 100_000_000);
    const mouvements = 1 + entier(4);
    const auDebit = hasard() < 0.5;
    const lignes: LigneEcriture[] = [];
    let total = 0;
    for (let i = 0; i < mouvements; i++) {
      const m = montant();
      total += m;
      lignes.push({ ...base, ...avecLibelle(compte()), debit: auDebit ? m : 0, credit: auDebit ? 0 : m });
    }
    lignes.push({ ...base, ...avecLibelle(compte()), debit: auDebit ? 0 : total, credit: auDebit ? total : 0 });
    produites += lignes.length;
    yield lignes;
  }
}

/** Montant hledger : 1200.00, -0.05 (deux décimales, point décimal, sans séparateur de milliers). */
export function montantHledger(c: number): string {
  const a = Math.abs(c);
  return `${c < 0 ? "-" : ""}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

/** Une écriture au format journal de hledger ; un compte auxiliaire devient le sous-compte « compte:tiers ». */
export function transactionHledger(lignes: LigneEcriture[]): string {
  const [p] = lignes;
  const postes = lignes.map((l) => `    ${l.tiers ? `${l.compte}:${l.tiers}` : l.compte}  ${montantHledger(l.debit - l.credit)}`);
  return `${isoJour(p.date)} (${p.journal} ${p.numero}) ${p.libelle}\n${postes.join("\n")}\n\n`;
}

export interface Fichiers {
  fec: string;
  hledger: string;
  lignes: number;
}

/** Écrit le même journal en FEC (tabulation, UTF-8) et en journal hledger, par paquets. */
export function ecrireJournaux(o: OptionsGeneration, cheminFec: string, cheminHledger: string): Fichiers {
  const fec = openSync(cheminFec, "w");
  const hl = openSync(cheminHledger, "w");
  let lignes = 0;
  let paquet: LigneEcriture[] = [];
  let texteHledger: string[] = [];
  let premier = true;
  const vider = () => {
    if (!paquet.length) return;
    const texte = ecrireFec(paquet);
    writeSync(fec, premier ? texte : texte.slice(texte.indexOf("\n") + 1));
    writeSync(hl, texteHledger.join(""));
    premier = false;
    paquet = [];
    texteHledger = [];
  };
  try {
    for (const e of ecrituresAleatoires(o)) {
      for (const l of e) paquet.push(l);
      texteHledger.push(transactionHledger(e));
      lignes += e.length;
      if (paquet.length >= 20_000) vider();
    }
    vider();
  } finally {
    closeSync(fec);
    closeSync(hl);
  }
  return { fec: cheminFec, hledger: cheminHledger, lignes };
}
