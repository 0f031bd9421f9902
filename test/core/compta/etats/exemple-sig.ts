// Balance de l'exemple de comptabilite.md § 3.3 (SIG), en centimes, complétée par la banque pour être équilibrée.
import type { SoldeCompte } from "../../../../src/core/compta/etats/rubriques";

const D = (compte: string, euros: number): SoldeCompte => ({ compte, debit: euros * 100, credit: 0 });
const C = (compte: string, euros: number): SoldeCompte => ({ compte, debit: 0, credit: euros * 100 });

export const GESTION_SIG: SoldeCompte[] = [
  C("707000", 180000), // ventes de marchandises
  D("607000", 110000), // achats de marchandises
  C("603700", 2000), // variation des stocks de marchandises −2 000 (stock en hausse)
  C("701000", 60000), // production vendue
  C("713500", 3000), // production stockée
  D("601000", 20000), // achats de matières
  D("603100", 1000), // variation des stocks de matières +1 000
  D("613200", 10000), // autres achats et charges externes : 10 000 + 15 000 = 25 000
  D("622600", 15000),
  C("740000", 5000), // subventions d'exploitation
  D("631000", 3000), // impôts et taxes
  D("641100", 40000), // charges de personnel : 40 000 + 15 000 = 55 000
  D("645100", 15000),
  C("781500", 1000), // reprises d'exploitation
  C("758000", 2000), // autres produits de gestion
  D("681120", 12000), // dotations d'exploitation
  D("658000", 1500), // autres charges de gestion
  C("768000", 500), // produits financiers
  D("661100", 2000), // charges financières
  C("778000", 800), // produits exceptionnels
  D("678000", 300), // charges exceptionnelles
  D("695000", 5000), // impôt sur les sociétés
];

/** Σ D − Σ C des comptes de gestion, soldé par la banque. */
const ecart = GESTION_SIG.reduce((s, c) => s + c.debit - c.credit, 0);
export const BALANCE_SIG: SoldeCompte[] = [...GESTION_SIG, ecart > 0 ? { compte: "512000", debit: 0, credit: ecart } : { compte: "512000", debit: -ecart, credit: 0 }];
