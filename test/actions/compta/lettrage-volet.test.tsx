/** @jest-environment node */
// Les étapes « lettrage » et « balance âgée » du module Comptabilité (rendu serveur) : numéros, explications,
// boutons, champ de la date d'arrêté ; rendues par le module après les états de fin de période.
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import { EtapesLettrage } from "../../../taskpane/modules/comptabilite/EtapesLettrage";
import { rendu, renduModule } from "../../outils/volet";

describe("étapes du lettrage et de la balance âgée", () => {
  const visible = rendu(<EtapesLettrage classeur={new ClasseurMemoire()} feuilleJournal="Journal structuré" premier={7} />);

  it("deux étapes numérotées à partir de `premier`, chacune avec son bouton ; la date d'arrêté", () => {
    expect(visible).toMatch(/7 Lettrer les clients et les fournisseurs .* 8 Générer la balance âgée/);
    for (const bouton of ["Proposer le lettrage", "Calculer la balance âgée"]) expect(visible).toContain(bouton);
    expect(visible).toContain("dans les cellules vides de la colonne Lettrage du tableau Journal, après votre accord");
    expect(visible).toContain("Date d'arrêté");
    expect(visible).toContain("Vide : la date de la dernière écriture du journal.");
  });

  it("rendues par le module Comptabilité", () => {
    const tout = renduModule("comptabilite", new ClasseurMemoire({ feuilles: { Journal: [] } }));
    expect(tout).toMatch(/Générer le grand livre .* Lettrer les clients et les fournisseurs .* Générer la balance âgée/);
  });
});
