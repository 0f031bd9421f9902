// Génère src/core/compta/pcg-liste.ts à partir de ../shared/reference/pcg.tsv (PCG 2025).
// Le module généré est versionné : le produit ne lit jamais ../shared à l'exécution.
//   node scripts/generer-pcg.mjs
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.resolve(racine, "../shared/reference/pcg.tsv");
const cible = path.join(racine, "src/core/compta/pcg-liste.ts");

if (!existsSync(source)) {
  console.log(`generer-pcg : ${source} absent, ${path.relative(racine, cible)} reste tel quel.`);
  process.exit(0);
}

const lignes = readFileSync(source, "utf8").split("\n").filter((l) => l.trim() !== "");
const [entete, ...corps] = lignes;
if (entete !== "numero\tlibelle\tclasse\tniveau") throw new Error(`pcg.tsv : en-tête inattendu « ${entete} »`);
const comptes = corps.map((l, i) => {
  const [numero, libelle, classe, niveau] = l.split("\t");
  if (!/^[1-8]\d*$/.test(numero) || classe !== numero[0] || Number(niveau) !== numero.length || !libelle) {
    throw new Error(`pcg.tsv, ligne ${i + 2} : ligne incohérente « ${l} »`);
  }
  return [numero, libelle];
});

const texte = `/**
 * Plan comptable général 2025 (règlement ANC n° 2014-03 modifié, notamment par le règlement n° 2022-06) :
 * ${comptes.length} comptes, numéro et intitulé, triés comme des chaînes.
 * FICHIER GÉNÉRÉ par scripts/generer-pcg.mjs à partir de ../shared/reference/pcg.tsv : ne pas le modifier à la main.
 */
export const PCG_2025: readonly (readonly [numero: string, libelle: string])[] = [
${comptes.map(([n, l]) => `  [${JSON.stringify(n)}, ${JSON.stringify(l)}],`).join("\n")}
];
`;
writeFileSync(cible, texte);
console.log(`generer-pcg : ${comptes.length} comptes écrits dans ${path.relative(racine, cible)}.`);
