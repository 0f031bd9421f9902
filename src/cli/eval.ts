import type { Command } from "commander";
import { evaluerFormule, valeurEnTexte } from "../hotes/hyperformula/evaluer";

export function commandeEval(programme: Command): void {
  programme
    .command("eval")
    .description("évalue une formule française, par exemple \"=AGORA.TTC(100;20%)\"")
    .argument("<formule>", "formule à évaluer (séparateur « ; », virgule décimale)")
    .option("--json", "sortie JSON : {\"valeur\": …} ou {\"erreur\": …, \"message\": …}")
    .option("--explique", "montre les étapes du calcul de la fonction AGORA la plus extérieure")
    .action((formule: string, options: { json?: boolean; explique?: boolean }) => {
      const r = evaluerFormule(options.explique ? formuleExplique(formule) : formule);
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

/** « =AGORA.TTC(100;20%) » devient « =AGORA.EXPLIQUE("TTC";100;20%) ». */
export function formuleExplique(formule: string): string {
  const m = /^=?\s*AGORA\.([A-Z][A-Z0-9.]*)\s*\((.*)\)\s*$/is.exec(formule.trim());
  if (!m) throw new Error("--explique attend une formule de la forme =AGORA.FONCTION(…).");
  const args = m[2].trim();
  return `=AGORA.EXPLIQUE("${m[1].toUpperCase()}"${args ? `;${args}` : ""})`;
}
