/**
 * Comptes des écritures d'immobilisations (PCG 2025, comptabilite.md § 6 et § 9) : compte d'immobilisation
 * amortissable (20…, 21…, sauf terrains et fonds commercial), compte d'amortissement correspondant (2154 → 28154),
 * dotation 6811, cession 657 / 757, créance 462, TVA collectée 44571.
 */
import { erreurValeur } from "../../core/erreurs";
import { estCompteValide, libelleCompte, normaliserCompte } from "../../core/compta/pcg";
import { lireTexte } from "../../core/nombres";

export const COMPTE_DOTATION = "6811";
export const COMPTE_VNC_CEDEE = "657";
export const COMPTE_PRIX_CESSION = "757";
export const COMPTE_CREANCE_CESSION = "462";
export const COMPTE_TVA_COLLECTEE = "44571";

/**
 * Lit un compte d'immobilisation amortissable : un nombre (2154) ou un texte (« 218300 »), du PCG, de la classe 20 ou 21 ;
 * les terrains (211) et le fonds commercial (207) ne s'amortissent pas.
 */
export function lireCompteImmobilisation(v: unknown, champ: string): string {
  const compte = normaliserCompte(lireTexte(v, champ));
  if (!estCompteValide(compte)) throw erreurValeur(`${champ} : « ${compte} » n'est pas un compte du plan comptable (exemples : 2154, 2183, 205).`);
  if (!/^2[01]/.test(compte)) {
    throw erreurValeur(
      `${champ} : le compte ${compte} (${libelleCompte(compte)}) n'est pas une immobilisation amortissable ; les comptes 20… (incorporelles) et 21… (corporelles) s'amortissent.`,
    );
  }
  if (/^21[1]/.test(compte) || /^207/.test(compte)) {
    throw erreurValeur(`${champ} : le compte ${compte} (${libelleCompte(compte)}) ne s'amortit pas.`);
  }
  return compte;
}

/**
 * Compte d'amortissement : « 28 » suivi du compte sans son premier chiffre (2154 → 28154, 205 → 2805) ; un compte
 * à longueur fixe finissant par 0 garde sa longueur (218100 → 281810, comme au bilan d'ouverture de pedagogie.md § 6).
 */
export function compteAmortissement(compte: string): string {
  const brut = `28${compte.slice(1)}`;
  return compte.length >= 6 && brut.endsWith("0") ? brut.slice(0, -1) : brut;
}
