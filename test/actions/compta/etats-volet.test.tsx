/** @jest-environment node */
// Les étapes « états de synthèse », « TVA » et « rapprochement » du module Comptabilité (rendu serveur) : numéros,
// explications courtes en français, boutons et réglages (mois déclaré, relevé bancaire).
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import { EtapesEtats } from "../../../taskpane/modules/comptabilite/EtapesEtats";
import { rendu, renduModule } from "../../outils/volet";

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
    const tout = renduModule("comptabilite", new ClasseurMemoire({ feuilles: { Journal: [] } }));
    expect(tout).toMatch(/3 Générer le grand livre .* 4 Générer les états de synthèse/);
  });
});
