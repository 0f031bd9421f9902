import type { ModulePgi } from "../../types";

/** Pour l'enseignant : préparer, distribuer et corriger (pedagogie.md § 3). */
export const MODULE_CLASSE: ModulePgi = {
  id: "classe",
  titre: "Classe",
  resume: "Pour l'enseignant : préparer un sujet, générer les variantes, corriger.",
  prevu: [
    "Préparer un classeur modèle : consignes, tableaux structurés, listes de validation, cellules protégées, zones de réponse nommées.",
    "Générer une variante par élève à partir d'une graine : mêmes questions, données différentes, corrigé à part.",
    "Vérifications formatives pendant la séance, sans donner la réponse.",
    "Ramasser et corriger un lot de copies avec la commande agora, sans jamais modifier le fichier de l'élève.",
  ],
};
