/** @jest-environment node */
/** Rendu serveur du volet (sans DOM) : libellés français, modules, catalogue ; fiche d'une fonction. */
import { renderToString } from "react-dom/server";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { catalogue } from "../../src/fonctions/catalogue";
import { App } from "../../taskpane/App";
import { ModuleAVenir } from "../../taskpane/composants/ModuleAVenir";
import { MODULES } from "../../taskpane/modules";
import { FicheFonction } from "../../taskpane/modules/fonctions/FicheFonction";
import { html as rendreHtml, rendu, texte } from "../outils/volet";

describe("volet Agora (rendu serveur)", () => {
  const html = renderToString(<App classeur={new ClasseurMemoire()} hote="apercu" />);
  const visible = texte(html);

  it("en-tête, sélecteur des 9 modules, badge de l'aperçu", () => {
    expect(visible).toContain("Agora");
    expect(visible).toContain("Aperçu");
    expect(visible).toContain("Module");
    expect(MODULES.map((m) => m.titre)).toEqual([
      "Fonctions",
      "Commercial",
      "Comptabilité",
      "Immobilisations",
      "Trésorerie",
      "Stocks",
      "Paie",
      "Tableaux de bord",
      "Classe",
    ]);
    for (const m of MODULES.filter((x) => !x.Composant)) expect(visible).toContain(`${m.titre} (bientôt)`);
    expect(new Set(MODULES.map((m) => m.id)).size).toBe(9);
  });

  it("module Fonctions : recherche, compte, catégories et toutes les fonctions du catalogue", () => {
    expect(visible).toContain("Fonctions AGORA");
    expect(html).toContain('placeholder="Rechercher : TVA, remise, échéance…"');
    expect(visible).toContain(`${catalogue().length} fonctions`);
    for (const e of catalogue()) {
      expect(visible).toContain(e.nom);
      expect(visible).toContain(e.categorie);
    }
  });

  it("dans Excel, pas de badge « Aperçu »", () => {
    expect(texte(renderToString(<App classeur={new ClasseurMemoire()} hote="excel" />))).not.toContain("Aperçu");
  });

  it("fiche d'une fonction : syntaxe, arguments, facultatif et défaut, exemple, Insérer, essai pré-rempli", () => {
    const e = catalogue().find((x) => x.nom === "AGORA.TAUX.TVA");
    if (!e) throw new Error("AGORA.TAUX.TVA absente");
    const fiche = rendreHtml(<FicheFonction entree={e} classeur={new ClasseurMemoire()} />);
    const t = texte(fiche);
    expect(t).toContain("Syntaxe");
    expect(t).toContain(e.syntaxe);
    expect(t).toContain("Résultat : un taux (pourcentage).");
    expect(t).toContain("Facultatif, par défaut : aujourd'hui.");
    expect(t).toContain(`Exemple ${e.exemple}`);
    expect(t).toContain("Insérer");
    expect(t).toContain("Essayer : comment est-ce calculé ?");
    expect(fiche).toContain('value="réduit"');
    expect(fiche).toContain('value="15/03/2026"');
    expect(t).toContain("Calculer");
  });

  it("module à venir : ce qu'il apportera", () => {
    const compta = MODULES.find((m) => m.id === "comptabilite");
    if (!compta) throw new Error("module Comptabilité absent");
    const t = rendu(<ModuleAVenir module={compta} versFonctions={() => undefined} />);
    expect(t).toContain("Ce module arrive bientôt.");
    expect(t).toContain("Ce qu'il apportera");
    expect(t).toContain("FEC");
    expect(t).toContain("Voir les fonctions");
  });
});
