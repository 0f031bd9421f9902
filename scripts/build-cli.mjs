// Construit la commande `agora` (bin/agora.js appelle build/agora.cjs) avec esbuild : un seul fichier, démarrage rapide.
import { build } from "esbuild";
import { existsSync } from "node:fs";

if (!existsSync("src/cli/index.ts")) process.exit(0);
await build({
  entryPoints: ["src/cli/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "build/agora.cjs",
  logLevel: "warning",
  legalComments: "none",
});
