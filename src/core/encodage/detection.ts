/**
 * Détection de l'encodage d'un fichier texte à partir de ses premiers octets (exports-pgi.md § 7.1) :
 * BOM, UTF-8 strict, puis Windows-1252, ISO-8859-15 ou CP850 (DOS) selon les octets accentués.
 * Pur : des octets en entrée, une conclusion motivée en sortie.
 */

export type NomEncodage = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-15" | "cp850";

export interface InfoEncodage {
  encodage: NomEncodage;
  /** Le fichier commence par une marque d'ordre des octets (BOM), retirée au décodage. */
  bom: boolean;
  /** Faux quand les octets lus ne sont que de l'ASCII : tous les encodages donnent alors le même texte. */
  certain: boolean;
  /** Nom affiché : « UTF-8 avec BOM », « Windows-1252 »… */
  libelle: string;
  /** Pourquoi cet encodage, en français. */
  raison: string;
}

export const LIBELLES_ENCODAGE: Record<NomEncodage, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
  "iso-8859-15": "ISO-8859-15",
  cp850: "CP850 (DOS)",
};

function info(encodage: NomEncodage, raison: string, bom = false, certain = true): InfoEncodage {
  const libelle = LIBELLES_ENCODAGE[encodage] + (bom ? " avec BOM" : "");
  return { encodage, bom, certain, libelle, raison };
}

/** Lettres françaises de CP850 : Ç ü é â ä à ç ê ë è ï î É ô ö û ù. */
const LETTRES_CP850 = new Set([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x90, 0x93, 0x94, 0x96, 0x97]);

const estLettreAscii = (o: number | undefined): boolean => o !== undefined && ((o >= 0x41 && o <= 0x5a) || (o >= 0x61 && o <= 0x7a));

/** Lettre accentuée en Windows-1252 / ISO-8859-15 : À…ÿ sauf × et ÷, plus Œ œ. */
const estLettre1252 = (o: number): boolean => (o >= 0xc0 && o !== 0xd7 && o !== 0xf7) || o === 0x8c || o === 0x9c;

/** Le texte contient-il un octet nul (fichier binaire), hors UTF-16 ? */
export function contientOctetNul(octets: Uint8Array): boolean {
  return octets.indexOf(0) !== -1;
}

/** Vrai si aucun octet n'est ≥ 0x80. */
export function estAscii(octets: Uint8Array): boolean {
  for (let i = 0; i < octets.length; i++) if (octets[i] >= 0x80) return false;
  return true;
}

function estUtf8(octets: Uint8Array): boolean {
  try {
    // stream: true : une séquence coupée en fin de bloc n'est pas une faute (la suite est dans le bloc suivant).
    new TextDecoder("utf-8", { fatal: true }).decode(octets, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Encodage probable de ces octets (le début d'un fichier suffit).
 * Règles : BOM ; UTF-8 strict réussi ; lettres accentuées placées comme en CP850 plutôt qu'en Windows-1252 ;
 * octets 0x80–0x9F (dont « € » = 0x80) → Windows-1252 ; « € » en 0xA4 → ISO-8859-15 ; sinon Windows-1252.
 */
export function detecterEncodage(octets: Uint8Array): InfoEncodage {
  if (octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf) return info("utf-8", "le fichier commence par le BOM UTF-8 (EF BB BF)", true);
  if (octets[0] === 0xff && octets[1] === 0xfe) return info("utf-16le", "le fichier commence par le BOM UTF-16 (FF FE)", true);
  if (octets[0] === 0xfe && octets[1] === 0xff) return info("utf-16be", "le fichier commence par le BOM UTF-16 (FE FF)", true);
  if (estAscii(octets)) return info("utf-8", "uniquement des caractères ASCII", false, false);
  if (estUtf8(octets)) return info("utf-8", "les caractères accentués sont en UTF-8 valide");

  let score850 = 0;
  let score1252 = 0;
  let controles1252 = false;
  let euroA4 = false;
  for (let i = 0; i < octets.length; i++) {
    const o = octets[i];
    if (o < 0x80) continue;
    const voisinLettre = estLettreAscii(octets[i - 1]) || estLettreAscii(octets[i + 1]);
    if (voisinLettre && LETTRES_CP850.has(o)) score850++;
    if (voisinLettre && estLettre1252(o)) score1252++;
    if (o <= 0x9f) controles1252 = true;
    if (o === 0xa4) euroA4 = true;
  }
  if (score850 > score1252) return info("cp850", "lettres accentuées codées comme sous DOS (é = 0x82, è = 0x8A, à = 0x85)");
  if (controles1252) return info("windows-1252", "octets 0x80 à 0x9F (« € », guillemets, œ…) propres à Windows-1252");
  if (euroA4) return info("iso-8859-15", "« € » codé 0xA4 comme en ISO-8859-15");
  return info("windows-1252", "texte accentué qui n'est pas de l'UTF-8 : Windows-1252 par défaut (sur-ensemble de l'ISO-8859-1)");
}
