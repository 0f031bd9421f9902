/**
 * Le guide des fonctions, généré du registre (jamais écrit à la main, donc jamais en retard) :
 * une page Markdown pour docs/ et une page HTML autonome servie avec le complément (lien « Aide » d'Excel).
 */
import { catalogue, type EntreeCatalogue } from "./catalogue";

const ORDRE_CATEGORIES = ["TVA", "Commercial", "Gestion", "Comptabilité", "Immobilisations", "Trésorerie", "Stocks", "Paie", "Dates", "Explication"];

function parCategorie(liste: EntreeCatalogue[]): [string, EntreeCatalogue[]][] {
  const groupes = new Map<string, EntreeCatalogue[]>();
  for (const f of liste) groupes.set(f.categorie, [...(groupes.get(f.categorie) ?? []), f]);
  return [...groupes.entries()].sort((a, b) => ORDRE_CATEGORIES.indexOf(a[0]) - ORDRE_CATEGORIES.indexOf(b[0]));
}

function argumentsMd(f: EntreeCatalogue): string {
  if (!f.arguments.length) return "_Aucun argument._\n";
  return (
    "| Argument | Description |\n|---|---|\n" +
    f.arguments
      .map((a) => {
        const mentions = [a.repete ? "répétable" : a.facultatif ? "facultatif" : "", a.defaut ? `par défaut : ${a.defaut}` : ""].filter(Boolean).join(", ");
        return `| \`${a.nom}\`${mentions ? ` (${mentions})` : ""} | ${a.description.replace(/\|/g, "\\|")} |`;
      })
      .join("\n") +
    "\n"
  );
}

function tableauMd(donnees: (string | number | boolean | null)[][]): string {
  const [entete, ...corps] = donnees.map((l) => l.map((c) => (c === null ? "" : typeof c === "number" ? String(c).replace(".", ",") : String(c))));
  return [`| ${entete.join(" | ")} |`, `|${entete.map(() => "---").join("|")}|`, ...corps.map((l) => `| ${l.join(" | ")} |`)].join("\n");
}

export function guideMarkdown(): string {
  const lignes: string[] = [
    "# Fonctions AGORA",
    "",
    "Page générée à partir des définitions des fonctions (`npm run build`) : ne pas la modifier à la main.",
    "",
    "Dans Excel en français, les arguments sont séparés par « ; » et la virgule est le séparateur décimal.",
    "Un taux s'écrit 20 %, 0,2 ou 20 (un nombre supérieur à 1 est lu comme un pourcentage), sauf le taux de marge,",
    "qui peut dépasser 100 % : 1,5 vaut alors 150 %.",
    "Pour voir comment un résultat est obtenu : `=AGORA.EXPLIQUE(\"TTC\";100;20%)`.",
    "",
  ];
  for (const [categorie, fonctions] of parCategorie(catalogue())) {
    lignes.push(`## ${categorie}`, "");
    for (const f of fonctions) {
      lignes.push(`### ${f.nom}`, "", f.description, "", `Syntaxe : \`${f.syntaxe}\``, "", argumentsMd(f));
      if (f.exemple) lignes.push(`Exemple : \`${f.exemple}\``, "");
      if (f.donneesExemple) lignes.push("Avec, à partir de A1 :", "", tableauMd(f.donneesExemple), "");
    }
  }
  return lignes.join("\n");
}

const echapper = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function guideHtml(): string {
  const sections = parCategorie(catalogue())
    .map(([categorie, fonctions]) => {
      const items = fonctions
        .map((f) => {
          const args = f.arguments
            .map((a) => `<dt><code>${echapper(a.nom)}</code>${a.facultatif ? " <em>(facultatif)</em>" : ""}</dt><dd>${echapper(a.description)}${a.defaut ? ` Par défaut : ${echapper(a.defaut)}.` : ""}</dd>`)
            .join("");
          return `<section id="${f.ancre}"><h3>${echapper(f.nom)}</h3><p>${echapper(f.description)}</p><p><code>${echapper(f.syntaxe)}</code></p><dl>${args}</dl>${f.exemple ? `<p>Exemple : <code>${echapper(f.exemple)}</code></p>` : ""}</section>`;
        })
        .join("\n");
      return `<h2>${echapper(categorie)}</h2>\n${items}`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fonctions AGORA — aide</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{background:#f3f3f3;padding:0 .25em;border-radius:3px}section{border-top:1px solid #e0e0e0;padding-top:.5rem}dt{font-weight:600}h2{color:#0f6cbd}</style>
</head><body><h1>Fonctions AGORA</h1>
<p>Dans Excel en français, les arguments sont séparés par « ; ». Pour voir comment un résultat est obtenu : <code>=AGORA.EXPLIQUE(&quot;TTC&quot;;100;20%)</code>.</p>
${sections}
</body></html>
`;
}
