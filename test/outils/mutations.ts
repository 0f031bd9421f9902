/**
 * Fuzz des lecteurs de fichiers (FEC, imports de PGI) : les mutations communes d'un texte découpé en lignes (ligne
 * tronquée, déplacée, octets insérés, mauvais encodage, binaire pur), leur application en chaîne, et la vérification
 * commune des messages (français, courts, sans exception JavaScript ni « undefined » ou « NaN » venus du code).
 */
import fc from "fast-check";
import { decoderTexte, encoderTexte } from "../../src/core/encodage";

/** Une mutation part des lignes d'un texte et rend des lignes, ou directement des octets. */
export type Mutation = (lignes: string[]) => string[] | Uint8Array;

export const entier = (max: number) => fc.integer({ min: 0, max });

/** Une ligne (rang ≤ maxLigne, modulo le nombre de lignes) tronquée à une position ≤ maxPosition. */
export const tronquer = (maxLigne: number, maxPosition: number): fc.Arbitrary<Mutation> =>
  fc.tuple(entier(maxLigne), entier(maxPosition)).map(([i, p]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.slice(0, p) : x)));

/** Une ligne supprimée, et une autre dupliquée ailleurs. */
export const deplacer = (maxLigne: number): fc.Arbitrary<Mutation> =>
  fc.tuple(entier(maxLigne), entier(maxLigne)).map(([i, j]): Mutation => (l) => {
    const c = [...l];
    c.splice(i % c.length, 1);
    c.splice(j % (c.length + 1), 0, l[j % l.length]);
    return c;
  });

/** Des octets au hasard insérés dans le texte encodé en UTF-8. */
export const insererOctets = (octets: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Mutation> =>
  fc.tuple(octets, entier(2000)).map(([o, p]): Mutation => (l) => {
    const t = new TextEncoder().encode(l.join("\n"));
    const q = p % (t.length + 1);
    const r = new Uint8Array(t.length + o.length);
    r.set(t.subarray(0, q));
    r.set(o, q);
    r.set(t.subarray(q), q + o.length);
    return r;
  });

type Encodage = "windows-1252" | "iso-8859-15" | "cp850" | "utf-16le" | "utf-16be";

/** Le texte dans un autre encodage (avec ou sans BOM), parfois coupé en plein caractère UTF-16. */
export const reencoder: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom("windows-1252", "iso-8859-15", "cp850", "utf-16le", "utf-16be") as fc.Arbitrary<Encodage>, fc.boolean(), entier(3000))
  .map(
    ([e, bom, coupe]): Mutation =>
      (l) => {
        const o = encoderTexte(l.join("\r\n"), e, { bom });
        return coupe % 3 === 0 ? o.subarray(0, coupe % (o.length + 1)) : o;
      },
  );

/** Du binaire pur à la place du fichier. */
export const binaire = (octets: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Mutation> => octets.map((o): Mutation => () => o);

/** Applique les mutations en chaîne à partir de `base` (des octets sont redécodés en lignes) : les octets et le texte obtenus. */
export function muter(base: string[], mutations: readonly Mutation[]): { octets: Uint8Array; texte: string } {
  let contenu: string[] | Uint8Array = base;
  for (const m of mutations) {
    const lignes = Array.isArray(contenu) ? contenu : decoderTexte(contenu).texte.split(/\r\n|\r|\n/);
    contenu = m(lignes.length > 0 ? lignes : [""]);
  }
  const octets = Array.isArray(contenu) ? new TextEncoder().encode(contenu.join("\n")) : contenu;
  return { octets, texte: decoderTexte(octets).texte };
}

export const FRANCAIS = /[a-zàâçéèêëîïôûù]{3,}/i;

/**
 * Le défaut d'un message produit sur l'entrée `texte`, ou undefined : absent, sans mot français, trop long (valeur non
 * abrégée), exception JavaScript, « undefined » ou « NaN » que l'entrée ne contient pas. Sans `expect` : les fuzz
 * passent des milliers d'entrées, il faut aller vite.
 */
export function defautMessage(message: unknown, texte: string, longueurMax: number): string | undefined {
  return (
    typeof message !== "string" ? "message absent"
    : !FRANCAIS.test(message) ? "message sans mot français"
    : message.length >= longueurMax ? "message trop long (valeur non abrégée)"
    : /\[object|TypeError|RangeError|Error:/.test(message) ? "exception JavaScript dans le message"
    : !texte.includes("undefined") && /undefined/.test(message) ? "« undefined » dans le message"
    : !texte.includes("NaN") && /NaN/.test(message) ? "« NaN » dans le message"
    : undefined
  );
}
