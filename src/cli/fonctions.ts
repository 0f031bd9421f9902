import type { Command } from "commander";
import { catalogue } from "../fonctions/catalogue";

export function commandeFonctions(programme: Command): void {
  programme
    .command("fonctions")
    .description("liste les fonctions AGORA avec leur description, leurs arguments et un exemple")
    .option("--json", "sortie JSON")
    .action((options: { json?: boolean }) => {
      const liste = catalogue();
      if (options.json) {
        process.stdout.write(JSON.stringify(liste, null, 2) + "\n");
        return;
      }
      for (const f of liste) {
        process.stdout.write(`${f.nom}(${f.arguments.map((a) => (a.facultatif ? `[${a.nom}]` : a.nom)).join(" ; ")})\n`);
        process.stdout.write(`  ${f.description}\n`);
        for (const a of f.arguments) process.stdout.write(`    ${a.nom} : ${a.description}\n`);
        if (f.exemple) process.stdout.write(`  Exemple : ${f.exemple}\n`);
        process.stdout.write("\n");
      }
    });
}
