// Génère functions.json (métadonnées des fonctions personnalisées Excel) et la page d'aide que désignent ses liens
// (aide/fonctions.html) depuis le registre des descripteurs. Une seule source : src/fonctions/ ; ce script n'ajoute
// rien, il compile src/hotes/excel/metadonnees.ts et src/fonctions/guide.ts en mémoire avec esbuild.
// Utilisé par webpack.config.js et en ligne de commande :
//   node scripts/functions-json.cjs [sortie]   (par défaut dist/functions.json ; la page d'aide va dans aide/ à côté)
// L'URL de base des pages d'aide vient de AGORA_URL (par défaut https://localhost:3000).
"use strict";
const { buildSync } = require("esbuild");
const fs = require("node:fs");
const path = require("node:path");

const RACINE = path.join(__dirname, "..");
const ENTREE = `export * from "./src/hotes/excel/metadonnees"; export { guideHtml } from "./src/fonctions/guide";`;

/** Adresse où le complément est servi, sans « / » final. */
function urlProduction() {
  return (process.env.AGORA_URL || "https://localhost:3000").replace(/\/+$/, "");
}

/** Compile le module de métadonnées (et le registre qu'il importe) et le charge ; renvoie aussi ses sources. */
function chargerMetadonnees() {
  const r = buildSync({
    absWorkingDir: RACINE,
    stdin: { contents: ENTREE, resolveDir: RACINE, sourcefile: "generateur-excel.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", r.outputFiles[0].text)(module, module.exports, require);
  const sources = Object.keys(r.metafile.inputs)
    .filter((f) => !f.includes("node_modules") && f !== "generateur-excel.ts")
    .map((f) => path.resolve(RACINE, f));
  return { metadonnees: module.exports, sources };
}

/** { json, aide, refusees, avertissement, sources } ; `sources` sert à la surveillance de webpack. */
function genererFunctionsJson(base = urlProduction()) {
  const { metadonnees, sources } = chargerMetadonnees();
  const { json, refusees } = metadonnees.functionsJson(base);
  return { json, aide: metadonnees.guideHtml(), refusees, avertissement: metadonnees.avertissementRefusees(refusees), sources };
}

module.exports = { genererFunctionsJson, urlProduction };

if (require.main === module) {
  const sortie = path.resolve(process.argv[2] || path.join(RACINE, "dist", "functions.json"));
  try {
    const { json, aide, avertissement } = genererFunctionsJson();
    fs.mkdirSync(path.join(path.dirname(sortie), "aide"), { recursive: true });
    fs.writeFileSync(sortie, json);
    fs.writeFileSync(path.join(path.dirname(sortie), "aide", "fonctions.html"), aide);
    if (avertissement) console.warn(avertissement);
    console.log(`functions.json : ${JSON.parse(json).functions.length} fonctions → ${path.relative(process.cwd(), sortie)}`);
  } catch (e) {
    console.error(`functions.json n'a pas pu être généré : ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
