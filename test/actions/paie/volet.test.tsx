/** @jest-environment node */
// Module « Paie » du volet (rendu serveur) : titres, champs et boutons en français, même identifiant de module.
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import { MODULES } from "../../../taskpane/modules";

const texte = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("module « Paie » du volet", () => {
  it("registre, mois, les trois étapes et leurs boutons", () => {
    const module = MODULES.find((m) => m.id === "paie");
    expect(module?.titre).toBe("Paie");
    const Composant = module?.Composant;
    if (!Composant) throw new Error("module paie sans composant");
    const t = texte(
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <Composant classeur={new ClasseurMemoire()} hote="apercu" />
        </FluentProvider>,
      ),
    );
    for (const s of [
      "Registre du personnel",
      "Mois de paie",
      "Paramètres de paie",
      "Variables du mois",
      "Créer la grille des variables",
      "Bulletins et livre de paie",
      "Générer les bulletins",
      "Écriture de paie",
      "Préparer l'écriture de paie",
      "Tableau de bord social",
      "Générer le tableau de bord social",
      "Déclarations (pédagogiques)",
      "DSN du mois",
      "Fiches DPAE",
    ])
      expect(t).toContain(s);
  });
});
