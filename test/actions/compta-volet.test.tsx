/** @jest-environment node */
// Module « Comptabilité » du volet (rendu serveur) : les trois étapes, leurs explications et leurs boutons en français.
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { MODULES } from "../../taskpane/modules";
import { htmlModule, texte } from "../outils/volet";

describe("module Comptabilité du volet", () => {
  const html = htmlModule("comptabilite", new ClasseurMemoire({ feuilles: { Journal: [] } }));
  const visible = texte(html);

  it("est un module implémenté du sélecteur", () => {
    expect(MODULES.find((m) => m.id === "comptabilite")?.Composant).toBeDefined();
  });

  it("trois étapes numérotées, chacune expliquée, avec son bouton", () => {
    expect(visible).toMatch(/1 Structurer le journal .* 2 Générer la balance .* 3 Générer le grand livre/);
    for (const bouton of ["Analyser le journal", "Préparer la balance", "Préparer le grand livre"]) expect(visible).toContain(bouton);
    expect(visible).toContain("écritures déséquilibrées en rouge");
    expect(visible).toContain("Σ débits = Σ crédits");
    expect(visible).toContain("solde progressif");
  });

  it("réglages de l'étape 1 : journal à lire (une feuille ou la sélection) et feuille à créer « Journal structuré »", () => {
    expect(visible).toContain("Journal à lire");
    expect(visible).toContain("La plage sélectionnée");
    expect(visible).toContain("Feuille à créer");
    expect(html).toContain('value="Journal structuré"');
  });
});
