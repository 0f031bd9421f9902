import type { Command } from "commander";
import { evaluerFormule, valeurEnTexte } from "../hotes/hyperformula/evaluer";

export function commandeEval(programme: Command): void {
  programme
    .command("eval")
    .description("évalue une formule française, par exemple \"=AGORA.TTC(100;20%)\"")
    .argument("<formule>", "formule à évaluer (séparateur « ; », virgule décimale)")
    .option("--json", "sortie JSON : {\"valeur\": …} ou {\"erreur\": …, \"message\": …}")
    .action((formule: string, options: { json?: boolean }) => {
      const r = evaluerFormule(formule);
      if (options.json) {
        const sortie = r.ok ? { valeur: r.valeur } : { erreur: r.erreurInvariante, message: r.message };
        process.stdout.write(JSON.stringify(sortie) + "\n");
      } else if (r.ok) {
        const texte = Array.isArray(r.valeur)
          ? r.valeur.map((ligne) => ligne.map((c) => valeurEnTexte(c)).join("\t")).join("\n")
          : valeurEnTexte(r.valeur, r.estDate);
        process.stdout.write(texte + "\n");
      } else {
        process.stderr.write(`${r.erreur}${r.message ? ` ${r.message}` : ""}\n`);
      }
      process.exitCode = r.ok ? 0 : 1;
    });
}
