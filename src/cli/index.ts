/** La commande `agora` : le même noyau et les mêmes fonctions, sur des fichiers et dans le terminal. */
import { Command, CommanderError } from "commander";
import { commandeAmort } from "./amort";
import { commandeCompta } from "./compta";
import { commandeEval } from "./eval";
import { commandeFec } from "./fec";
import { commandeFonctions } from "./fonctions";
import { commandeImporter } from "./importer";
import { commandePaie } from "./paie";

const programme = new Command();
programme
  .name("agora")
  .description("agora-excel en ligne de commande : fonctions AGORA, comptabilité, paie…")
  .version("0.1.0", "-V, --version", "affiche la version")
  .helpOption("-h, --aide", "affiche l'aide")
  .addHelpCommand("aide [commande]", "affiche l'aide d'une commande")
  .configureOutput({ outputError: (texte, ecrire) => ecrire(texte.replace(/^error:/, "erreur :")) })
  .exitOverride();

commandeEval(programme);
commandeFonctions(programme);
commandeCompta(programme);
commandeFec(programme);
commandeAmort(programme);
commandePaie(programme);
commandeImporter(programme);

try {
  // « --help », le réflexe de tout terminal, vaut « --aide ».
  programme.parse(process.argv.map((a) => (a === "--help" ? "--aide" : a)));
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  console.error(`agora : ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
