/**
 * Sélection de comptes par préfixe, comme on les désigne en classe : « 6 » (toute la classe 6), « 6;7 »,
 * « 401,411 », « 401-408 » (de 401 à 408 : 401, 4011, 404, 408…), « 60-62;64 ».
 */
import { erreurValeur } from "../erreurs";
import { normaliserCompte } from "./pcg";

export interface SelectionComptes {
  /** Le compte est-il retenu ? */
  contient(compte: string): boolean;
  /** Description française : « 6, 7 », « de 401 à 408 ». */
  description: string;
}

const ELEMENT = /^[0-9A-Za-z]+$/;

/** Lit une sélection ; `champ` nomme l'argument dans le message d'erreur. */
export function lireSelectionComptes(texte: string | number, champ: string): SelectionComptes {
  const s = normaliserCompte(texte);
  const elements = s.split(/[;,]/).map((e) => e.trim()).filter(Boolean);
  if (!elements.length) throw erreurValeur(`${champ} : aucun compte donné (exemples : « 512 » ; « 6;7 » ; « 401-408 »).`);
  const prefixes: string[] = [];
  const intervalles: [string, string][] = [];
  for (const e of elements) {
    const m = /^([^\s\-–]+)(?:\s*[-–]\s*|\s+à\s+)([^\s\-–]+)$/.exec(e);
    if (m && ELEMENT.test(m[1]) && ELEMENT.test(m[2])) {
      if (m[1] > m[2]) throw erreurValeur(`${champ} : l'intervalle « ${e} » est à l'envers (${m[2]}-${m[1]} ?).`);
      intervalles.push([m[1], m[2]]);
      continue;
    }
    for (const p of e.split(/\s+/)) {
      if (!ELEMENT.test(p)) throw erreurValeur(`${champ} : « ${e} » n'est pas un compte ni un intervalle de comptes (exemples : « 512 » ; « 6;7 » ; « 401-408 »).`);
      prefixes.push(p);
    }
  }
  const contient = (compte: string): boolean => {
    for (const p of prefixes) if (compte.startsWith(p)) return true;
    for (const [bas, haut] of intervalles) if (compte.slice(0, bas.length) >= bas && compte.slice(0, haut.length) <= haut) return true;
    return false;
  };
  const description = [...prefixes, ...intervalles.map(([b, h]) => `de ${b} à ${h}`)].join(", ");
  return { contient, description };
}
