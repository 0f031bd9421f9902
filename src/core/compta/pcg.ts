/**
 * Le plan comptable général 2025 : intitulé d'un compte, validité d'un numéro, classe et sens normal du solde.
 * Un compte d'entreprise est une subdivision d'un compte du PCG (411000, 41100000, 401DUPONT, 6064000) :
 * on cherche le plus long numéro du PCG qui en est le début (comptabilite.md § 3.1, pcg-README.md).
 */
import { PCG_2025 } from "./pcg-liste";

const LIBELLES = new Map<string, string>(PCG_2025);
/** Longueur du plus long numéro du PCG (5 chiffres en 2025). */
const LONGUEUR_MAX = Math.max(...PCG_2025.map(([n]) => n.length));

export interface ComptePcg {
  numero: string;
  libelle: string;
}

/** Numéro d'un compte tel qu'on le compare : sans espaces autour (un nombre d'une cellule devient sa chaîne). */
export const normaliserCompte = (numero: string | number): string => String(numero).trim();

/**
 * Compte du PCG dont `numero` est le numéro ou une subdivision : le plus long préfixe de la liste.
 * Une classe seule (« 6 ») ne rattache pas un compte : il faut au moins un compte principal à deux chiffres,
 * sauf si le numéro est exactement celui de la classe.
 */
export function comptePcg(numero: string | number): ComptePcg | undefined {
  const n = normaliserCompte(numero);
  if (n.length === 1 && LIBELLES.has(n)) return { numero: n, libelle: LIBELLES.get(n)! };
  for (let longueur = Math.min(LONGUEUR_MAX, n.length); longueur >= 2; longueur--) {
    const prefixe = n.slice(0, longueur);
    const libelle = LIBELLES.get(prefixe);
    if (libelle !== undefined) return { numero: prefixe, libelle };
  }
  return undefined;
}

/** Intitulé du compte du PCG le plus précis dont le numéro est le début de `numero` (« Clients » pour 411000). */
export function libelleCompte(numero: string | number): string | undefined {
  return comptePcg(numero)?.libelle;
}

/** Classe du compte (1 à 8 ; 9 et 0 ne sont pas des classes de la comptabilité générale). */
export function classeCompte(numero: string | number): number | undefined {
  const c = normaliserCompte(numero).charCodeAt(0) - 48;
  return c >= 1 && c <= 8 ? c : undefined;
}

/**
 * Un numéro de compte est valide s'il commence par trois chiffres (FEC-012) et par un numéro du PCG de classe 1 à 7
 * (la classe 8, comptes spéciaux, est tolérée) : 411000, 401DUPONT, 6064000. 791000 (transferts de charges,
 * supprimés en 2025) ou 190 ne le sont pas.
 */
export function estCompteValide(numero: string | number): boolean {
  const n = normaliserCompte(numero);
  return /^[1-8]\d\d/.test(n) && comptePcg(n) !== undefined;
}

export type SensNormal = "debiteur" | "crediteur" | "variable";

/**
 * Exceptions au sens normal de la classe (comptabilite.md § 3.1 ; 409 et 419 : § 1.4, fournisseurs débiteurs et
 * clients créditeurs). Le préfixe le plus long l'emporte. « variable » : le solde peut être de l'un ou l'autre sens.
 */
const EXCEPTIONS: Record<string, SensNormal> = {
  // Classe 1 : créditeur sauf…
  "109": "debiteur", "119": "debiteur", "129": "debiteur", "139": "debiteur", "169": "debiteur", "1209": "debiteur",
  // Classe 2 : débiteur sauf amortissements et dépréciations, en déduction de l'actif.
  "28": "crediteur", "29": "crediteur", "269": "crediteur", "279": "crediteur",
  // Classe 3
  "39": "crediteur",
  // Classe 4 : selon le compte ; les autres se classent selon le signe de leur solde.
  "401": "crediteur", "404": "crediteur", "421": "crediteur", "431": "crediteur", "437": "crediteur",
  "44551": "crediteur", "44571": "crediteur", "411": "debiteur", "4091": "debiteur", "44566": "debiteur",
  "44562": "debiteur", "44567": "debiteur", "49": "crediteur", "409": "debiteur", "419": "crediteur",
  // Classe 5
  "519": "crediteur", "59": "crediteur",
  // Classe 6 : débiteur sauf les comptes de rabais obtenus, remboursements et reports en diminution.
  "603": "variable", "609": "crediteur", "619": "crediteur", "629": "crediteur", "649": "crediteur", "6989": "crediteur", "699": "crediteur",
  // Classe 7 : créditeur sauf rabais accordés (709) et variation de stocks (713).
  "709": "debiteur", "713": "variable",
};

const SENS_CLASSE: Record<number, SensNormal> = { 1: "crediteur", 2: "debiteur", 3: "debiteur", 4: "variable", 5: "debiteur", 6: "debiteur", 7: "crediteur", 8: "variable" };

/** Sens normal du solde d'un compte (comptabilite.md § 3.1) ; undefined si le numéro n'a pas de classe. */
export function sensNormal(numero: string | number): SensNormal | undefined {
  const n = normaliserCompte(numero);
  const classe = classeCompte(n);
  if (classe === undefined) return undefined;
  for (let longueur = Math.min(5, n.length); longueur >= 2; longueur--) {
    const sens = EXCEPTIONS[n.slice(0, longueur)];
    if (sens) return sens;
  }
  return SENS_CLASSE[classe];
}
