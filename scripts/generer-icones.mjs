// Dessine les icônes du complément (assets/icone-16.png … icone-128.png) avec les seuls modules de Node :
// un carré arrondi vert sapin portant un « A » blanc, suréchantillonné 4 × 4 pour lisser les bords.
//   node scripts/generer-icones.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

export const TAILLES = [16, 32, 64, 80, 128];
const FOND = [0x0b, 0x5d, 0x4b];
const LETTRE = [0xff, 0xff, 0xff];
const SUR = 4;

const TABLE_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(octets) {
  let c = 0xffffffff;
  for (const o of octets) c = TABLE_CRC[(c ^ o) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function bloc(type, donnees) {
  const longueur = Buffer.alloc(4);
  longueur.writeUInt32BE(donnees.length);
  const corps = Buffer.concat([Buffer.from(type, "ascii"), donnees]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(corps));
  return Buffer.concat([longueur, corps, crc]);
}

/** PNG RGBA 8 bits à partir d'une fonction pixel(x, y) → [r, g, b, a]. */
export function png(taille, pixel) {
  const lignes = Buffer.alloc(taille * (taille * 4 + 1));
  for (let y = 0; y < taille; y++) {
    const debut = y * (taille * 4 + 1);
    lignes[debut] = 0; // filtre « aucun »
    for (let x = 0; x < taille; x++) lignes.set(pixel(x, y), debut + 1 + x * 4);
  }
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(taille, 0);
  entete.writeUInt32BE(taille, 4);
  entete.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, bloc("IHDR", entete), bloc("IDAT", deflateSync(lignes, { level: 9 })), bloc("IEND", Buffer.alloc(0))]);
}

/** Distance d'un point au segment [a, b]. */
function distanceSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Forme en coordonnées unitaires (0..1) : 0 dehors, 1 fond, 2 lettre. */
function forme(u, v) {
  const r = 0.2; // rayon des coins
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return 0;
  const epaisseur = 0.065;
  const sommet = [0.5, 0.2];
  const traits = [
    [sommet, [0.25, 0.8]],
    [sommet, [0.75, 0.8]],
    [[0.35, 0.58], [0.65, 0.58]],
  ];
  return traits.some(([a, b]) => distanceSegment(u, v, a, b) < epaisseur) ? 2 : 1;
}

export function icone(taille) {
  return png(taille, (x, y) => {
    let fond = 0;
    let lettre = 0;
    for (let i = 0; i < SUR; i++) {
      for (let j = 0; j < SUR; j++) {
        const f = forme((x + (i + 0.5) / SUR) / taille, (y + (j + 0.5) / SUR) / taille);
        if (f === 1) fond++;
        if (f === 2) lettre++;
      }
    }
    const couvert = fond + lettre;
    if (couvert === 0) return [0, 0, 0, 0];
    const part = lettre / couvert;
    const couleur = FOND.map((c, k) => Math.round(c * (1 - part) + LETTRE[k] * part));
    return [...couleur, Math.round((255 * couvert) / (SUR * SUR))];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync("assets", { recursive: true });
  for (const t of TAILLES) writeFileSync(`assets/icone-${t}.png`, icone(t));
  console.log(`Icônes écrites : ${TAILLES.map((t) => `assets/icone-${t}.png`).join(", ")}`);
}
