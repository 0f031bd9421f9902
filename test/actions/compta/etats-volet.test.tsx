/** @jest-environment node */
// Les étapes « états de synthèse », « TVA » et « rapprochement » du module Comptabilité (rendu serveur) : numéros,
// explications courtes en français, boutons et réglages (mois déclaré, relevé bancaire).
import type { JSX } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import { EtapesEtats } from "../../../taskpane/modules/comptabilite/EtapesEtats";
import { MODULE_COMPTABILITE } from "../../../taskpane/modules/comptabilite";

const texte = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

const rendu = (element: JSX.Element) => texte(renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>));

describe("étapes des états de fin de période", () => {
  const visible = rendu(<EtapesEtats classeur={new ClasseurMemoire({ feuilles: { "Relevé bancaire": [] } })} feuilleJournal="Journal structuré" premier={4} />);

  it("trois étapes numérotées à partir de `premier`, chacune avec son bouton", () => {
    expect(visible).toMatch(/4 Générer les états de synthèse .* 5 Préparer la déclaration de TVA .* 6 État de rapprochement bancaire/);
    for (const bouton of ["Préparer les états", "Préparer la CA3", "Pointer et rapprocher"]) expect(visible).toContain(bouton);
    expect(visible).toContain("« Compte de résultat », « Bilan » et « SIG et CAF »");
    expect(visible).toContain("le résultat est le même dans les trois");
  });

  it("réglages : le mois déclaré (dernier mois du journal par défaut) et le relevé bancaire", () => {
    expect(visible).toContain("Mois déclaré");
    expect(visible).toContain("Dernier mois du journal");
    expect(visible).toContain("Relevé bancaire");
  });

  it("rendues par le module Comptabilité après le grand livre", () => {
    const Composant = MODULE_COMPTABILITE.Composant!;
    const tout = rendu(<Composant classeur={new ClasseurMemoire({ feuilles: { Journal: [] } })} hote="apercu" />);
    expect(tout).toMatch(/3 Générer le grand livre .* 4 Générer les états de synthèse/);
  });
});
