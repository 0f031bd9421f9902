/** @jest-environment node */
// Module « Paie » du volet (rendu serveur) : titres, champs et boutons en français, même identifiant de module.
import { MODULES } from "../../../taskpane/modules";
import { renduModule } from "../../outils/volet";

describe("module « Paie » du volet", () => {
  it("registre, mois, les trois étapes et leurs boutons", () => {
    expect(MODULES.find((m) => m.id === "paie")?.titre).toBe("Paie");
    const t = renduModule("paie");
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
