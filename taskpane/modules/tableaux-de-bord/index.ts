import type { ModulePgi } from "../../types";

/** Indicateurs et graphiques des trois pôles. */
export const MODULE_TABLEAUX_DE_BORD: ModulePgi = {
  id: "tableaux-de-bord",
  titre: "Tableaux de bord",
  resume: "Les indicateurs en volume et en valeur, et leurs graphiques.",
  prevu: [
    "Chiffre d'affaires par type de client et par famille d'articles, évolution mensuelle, palmarès.",
    "Balance âgée et encours par client ; trésorerie prévue et réalisée.",
    "Tableau de bord social : effectifs, pyramide des âges, absentéisme, prêt à imprimer.",
    "Assistant de graphique : le type adapté à l'indicateur (évolution → courbe, répartition → secteurs).",
  ],
};
