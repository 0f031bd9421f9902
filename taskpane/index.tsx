/** Point d'entrée du volet dans Excel : le volet est rendu quand Office.js est prêt, avec l'adaptateur Office. */
import { createRoot } from "react-dom/client";
import { ClasseurOffice } from "../src/classeur/office";
import { App } from "./App";

Office.onReady(() => {
  const racine = document.getElementById("racine");
  if (!racine) throw new Error("Agora : l'élément #racine est absent de taskpane.html.");
  createRoot(racine).render(<App classeur={new ClasseurOffice()} hote="excel" />);
});
