/** @jest-environment node */
// Modules « Immobilisations », « Trésorerie » et « Stocks » du volet (rendu serveur) : titres, champs et boutons en français.
import { renduModule } from "../outils/volet";

describe("modules du pôle 2 dans le volet", () => {
  it("Immobilisations : registre, clôture, génération, cession", () => {
    const t = renduModule("immobilisations");
    for (const s of [
      "Registre des immobilisations",
      "La plage sélectionnée (en-têtes compris)",
      "Clôture de l'exercice",
      "Générer les plans et les dotations",
      "Céder un bien",
      "Bien cédé",
      "Date de cession",
      "Prix HT (€)",
      "TVA sur le prix",
      "Préparer les écritures de cession",
    ])
      expect(t).toContain(s);
  });

  it("Stocks : mouvements, article, méthode (CUMP, CUMP de période, PEPS), stock d'alerte", () => {
    const t = renduModule("stocks");
    for (const s of ["Mouvements de stock", "Tous les articles", "Méthode de valorisation des sorties", "Stock d'alerte (facultatif)", "Générer les fiches de stock"])
      expect(t).toContain(s);
    for (const m of ["CUMP après chaque entrée", "CUMP de période", "PEPS (premier entré, premier sorti)"]) expect(t).toContain(m);
  });

  it("Trésorerie : prévisions, trésorerie de départ, génération du budget", () => {
    const t = renduModule("tresorerie");
    for (const s of ["Opérations ou prévisions", "Trésorerie au début du premier mois (€)", "Générer le budget de trésorerie"]) expect(t).toContain(s);
  });
});
