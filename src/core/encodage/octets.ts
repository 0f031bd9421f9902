/**
 * Les encodages d'un octet (Windows-1252, ISO-8859-15, CP850) par tables, sans dépendance : le même code tourne sous
 * Node, dans le volet d'Excel et dans l'aperçu (iconv-lite demanderait le Buffer de Node, et embarquerait toutes ses
 * tables). Les octets 0x00 à 0x7F sont l'ASCII ; chaque table donne les caractères des octets 0x80 à 0xFF.
 * Un octet sans caractère (0x81 en Windows-1252) devient « � » ; un caractère absent de la table s'encode « ? ».
 */

export type EncodageOctet = "windows-1252" | "iso-8859-15" | "cp850";

/** ISO-8859-1 de 0xA0 à 0xFF (points de code identiques aux octets). */
const LATIN1_HAUT = String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i));

/** Windows-1252 : 0x80 à 0x9F (guillemets, « € », œ…), puis l'ISO-8859-1. */
const WINDOWS_1252 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ" + LATIN1_HAUT;

/** ISO-8859-15 : l'ISO-8859-1 (contrôles C1 en 0x80–0x9F) sauf huit positions (€ Š š Ž ž Œ œ Ÿ). */
const ISO_8859_15 = (() => {
  const c = [...String.fromCharCode(...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)), ...LATIN1_HAUT];
  const differences: [number, string][] = [
    [0xa4, "€"],
    [0xa6, "Š"],
    [0xa8, "š"],
    [0xb4, "Ž"],
    [0xb8, "ž"],
    [0xbc, "Œ"],
    [0xbd, "œ"],
    [0xbe, "Ÿ"],
  ];
  for (const [o, car] of differences) c[o - 0x80] = car;
  return c.join("");
})();

/** CP850 (DOS Europe de l'Ouest), 0x80 à 0xFF : lettres accentuées, puis traits de tableaux. */
const CP850 =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0";

const HAUTS: Record<EncodageOctet, string> = { "windows-1252": WINDOWS_1252, "iso-8859-15": ISO_8859_15, cp850: CP850 };

const decodages = new Map<EncodageOctet, Uint16Array>();
const encodages = new Map<EncodageOctet, Map<number, number>>();

/** Octet → point de code, pour les 256 octets. */
function tableDecodage(e: EncodageOctet): Uint16Array {
  let t = decodages.get(e);
  if (!t) {
    t = new Uint16Array(256);
    for (let o = 0; o < 0x80; o++) t[o] = o;
    const haut = HAUTS[e];
    for (let i = 0; i < 0x80; i++) t[0x80 + i] = haut.charCodeAt(i);
    decodages.set(e, t);
  }
  return t;
}

/** Point de code → octet (le caractère de remplacement « � » n'a pas d'octet). */
function tableEncodage(e: EncodageOctet): Map<number, number> {
  let t = encodages.get(e);
  if (!t) {
    t = new Map();
    const d = tableDecodage(e);
    for (let o = 0; o < 256; o++) if (d[o] !== 0xfffd) t.set(d[o], o);
    encodages.set(e, t);
  }
  return t;
}

/** Taille des morceaux passés à String.fromCharCode (la pile d'appel limite le nombre d'arguments). */
const MORCEAU = 8192;

/** Décode des octets : un octet, un caractère (pas d'état d'un bloc à l'autre). */
export function decoderOctets(octets: Uint8Array, e: EncodageOctet): string {
  const table = tableDecodage(e);
  const codes = new Uint16Array(Math.min(octets.length, MORCEAU));
  const parties: string[] = [];
  for (let debut = 0; debut < octets.length; debut += MORCEAU) {
    const n = Math.min(MORCEAU, octets.length - debut);
    for (let k = 0; k < n; k++) codes[k] = table[octets[debut + k]];
    parties.push(String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]));
  }
  return parties.join("");
}

/** Encode un texte ; un caractère absent de la table devient « ? » (un seul pour un caractère hors du plan de base). */
export function encoderOctets(texte: string, e: EncodageOctet): Uint8Array {
  const table = tableEncodage(e);
  const sortie = new Uint8Array(texte.length);
  let n = 0;
  for (const car of texte) {
    const p = car.codePointAt(0)!;
    sortie[n++] = p < 0x80 ? p : (table.get(p) ?? 0x3f);
  }
  return sortie.subarray(0, n);
}

/** UTF-16 (petit ou grand boutiste) sans BOM : deux octets par unité de code. */
export function encoderUtf16(texte: string, grandBoutiste: boolean): Uint8Array {
  const sortie = new Uint8Array(texte.length * 2);
  for (let i = 0; i < texte.length; i++) {
    const u = texte.charCodeAt(i);
    sortie[2 * i + (grandBoutiste ? 1 : 0)] = u & 0xff;
    sortie[2 * i + (grandBoutiste ? 0 : 1)] = u >> 8;
  }
  return sortie;
}
