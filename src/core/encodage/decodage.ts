/**
 * Décodage et encodage des fichiers texte : UTF-8 et UTF-16 par TextDecoder/TextEncoder, les encodages d'un octet
 * (Windows-1252, ISO-8859-15, CP850) par tables (octets.ts : sans Buffer, le volet et l'aperçu s'en servent). Des octets en entrée, une chaîne en sortie (ou l'inverse) ;
 * le BOM est retiré à la lecture. Le décodeur par blocs garde les séquences coupées entre deux blocs.
 */
import { detecterEncodage, type InfoEncodage, type NomEncodage } from "./detection";
import { decoderOctets, encoderOctets, encoderUtf16 } from "./octets";

export interface Decodeur {
  /** Décode un bloc ; les octets d'un caractère coupé en fin de bloc attendent le bloc suivant. */
  decoder(octets: Uint8Array): string;
  /** Fin du flux : ce qui restait en attente (un caractère incomplet devient « � »). */
  terminer(): string;
}

/** Nombre d'octets en fin de bloc qui commencent un caractère UTF-8 encore incomplet (0 à 3). */
function incompletUtf8(o: Uint8Array): number {
  const n = o.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = o[n - k];
    if ((b & 0xc0) === 0x80) continue; // octet de suite : on remonte vers l'octet de tête
    const taille = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return taille > k ? k : 0;
  }
  return 0;
}

/**
 * Décodeur UTF-8 par blocs : chaque bloc est coupé à la dernière frontière de caractère et décodé d'un coup
 * (le décodage « stream » de TextDecoder est deux fois plus lent sous Node) ; les octets coupés attendent le suivant.
 */
function decodeurUtf8(): Decodeur {
  const d = new TextDecoder("utf-8", { ignoreBOM: true });
  let attente: Uint8Array = new Uint8Array(0);
  let debut = true;
  const bom = (s: string): string => {
    if (!debut) return s;
    if (s === "") return s;
    debut = false;
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  };
  return {
    decoder(o) {
      let octets = o;
      if (attente.length > 0) {
        octets = new Uint8Array(attente.length + o.length);
        octets.set(attente);
        octets.set(o, attente.length);
      }
      const coupe = incompletUtf8(octets);
      // Copie : l'appelant réutilise son tampon (et Buffer#slice ne copie pas), les octets en attente doivent survivre.
      attente = coupe > 0 ? new Uint8Array(octets.subarray(octets.length - coupe)) : new Uint8Array(0);
      return bom(d.decode(coupe > 0 ? octets.subarray(0, octets.length - coupe) : octets));
    },
    terminer() {
      const reste = attente.length > 0 ? d.decode(attente) : "";
      attente = new Uint8Array(0);
      return bom(reste);
    },
  };
}

export function creerDecodeur(encodage: NomEncodage): Decodeur {
  if (encodage === "utf-8") return decodeurUtf8();
  if (encodage === "utf-16le" || encodage === "utf-16be") {
    const d = new TextDecoder(encodage);
    return { decoder: (o) => d.decode(o, { stream: true }), terminer: () => d.decode() };
  }
  // Un octet = un caractère : pas d'état entre les blocs.
  return { decoder: (o) => decoderOctets(o, encodage), terminer: () => "" };
}

/** Décode un texte entier ; l'encodage est détecté s'il n'est pas donné. */
export function decoderTexte(octets: Uint8Array, encodage?: NomEncodage): { texte: string; encodage: InfoEncodage } {
  const detecte = detecterEncodage(octets);
  const choisi: InfoEncodage = encodage && encodage !== detecte.encodage ? { ...detecte, encodage, certain: true, raison: "encodage imposé" } : detecte;
  const d = creerDecodeur(choisi.encodage);
  let texte = d.decoder(octets) + d.terminer();
  // TextDecoder retire le BOM ; un BOM décodé par un encodage imposé resterait en tête.
  if (texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
  return { texte, encodage: choisi };
}

/**
 * Encode un texte. En ISO-8859-15, Windows-1252 ou CP850, un caractère absent de la table devient « ? » :
 * l'appelant qui veut l'éviter remplace d'abord les caractères typographiques (apostrophe courbe, points de suspension).
 */
export function encoderTexte(texte: string, encodage: NomEncodage, options: { bom?: boolean } = {}): Uint8Array {
  if (encodage === "utf-8") {
    const corps = new TextEncoder().encode(texte);
    if (!options.bom) return corps;
    const avecBom = new Uint8Array(corps.length + 3);
    avecBom.set([0xef, 0xbb, 0xbf]);
    avecBom.set(corps, 3);
    return avecBom;
  }
  if (encodage === "utf-16le" || encodage === "utf-16be") {
    const corps = encoderUtf16(texte, encodage === "utf-16be");
    if (!options.bom) return corps;
    const avecBom = new Uint8Array(corps.length + 2);
    avecBom.set(encodage === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]);
    avecBom.set(corps, 2);
    return avecBom;
  }
  return encoderOctets(texte, encodage);
}
