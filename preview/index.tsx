/**
 * Point d'entrée de l'aperçu : le produit dans une page web ordinaire, sans Excel.
 * `?vide` dans l'adresse (ou `npm start -- --vide`) ouvre un classeur vide au lieu de l'entreprise d'exemple.
 */
import { createRoot } from "react-dom/client";
import { ClasseurApercu } from "../src/classeur/apercu";
import { Apercu } from "./Apercu";
import { PREMIERE_FEUILLE } from "./donnees/exemple";
import { largeurTexte } from "./grille/edition";

const racine = document.getElementById("racine");
if (!racine) throw new Error("Aperçu Agora : l'élément #racine est absent de la page.");
const parametres = new URLSearchParams(window.location.search);
const exemple = !parametres.has("vide");
const classeur = new ClasseurApercu(exemple ? PREMIERE_FEUILLE : "Feuil1", { mesurer: largeurTexte });
createRoot(racine).render(<Apercu classeur={classeur} exemple={exemple} />);
