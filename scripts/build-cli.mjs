// Construit la commande `agora` (bin/agora.js appelle build/agora.cjs) avec esbuild : un seul fichier, démarrage rapide.
// Écriture atomique (fichier temporaire puis renommage) : les tests de la CLI, lancés en parallèle, reconstruisent
// chacun la commande pendant que d'autres la lancent ; aucun ne doit lire un fichier à moitié écrit.
import { build } from "esbuild";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";

if (!existsSync("src/cli/index.ts")) process.exit(0);
const resultat = await build({
  entryPoints: ["src/cli/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "build/agora.cjs",
  logLevel: "warning",
  legalComments: "none",
  write: false,
});
mkdirSync("build", { recursive: true });
for (const fichier of resultat.outputFiles) {
  const temporaire = `${fichier.path}.${process.pid}.tmp`;
  writeFileSync(temporaire, fichier.contents);
  renameSync(temporaire, fichier.path);
}
