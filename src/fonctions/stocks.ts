/** Fonctions AGORA de stocks : CUMP, fiche de stock, stock d'alerte, quantité économique, stock moyen, rotation (comptabilite.md § 10). */
import type Decimal from "decimal.js";
import { erreurValeur } from "../core/erreurs";
import { lireNombresPlage, lireTexte } from "../core/nombres";
import { ENTETE_FICHE, cump, ficheStock, lireMethode, lireMouvements, rotation, stockAlerte, stockMoyen, tableauFiche, wilson } from "../core/stocks";
import { facultatif, fonction, nombre, plage, resultatNombre, resultatTableau, texte, type Exemple } from "./dsl";

const SOURCE_FICHE = "comptabilite.md § 10.1 (article X, mars 2026)";
const SOURCE_INDICATEURS = "comptabilite.md § 10.2";

export const CUMP = fonction({
  nom: "CUMP",
  categorie: "Stocks",
  description: "Coût unitaire moyen pondéré : Σ (quantité × prix) ÷ Σ quantités, arrondi au centime (convention scolaire).",
  arguments: [
    plage("quantites", "Quantités du stock initial et des entrées (une plage d'une ligne ou d'une colonne)."),
    plage("prix", "Coûts unitaires correspondants, dans le même ordre que les quantités."),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    {
      formule: "=AGORA.CUMP(A2:A3;B2:B3)",
      donnees: [
        ["Quantité", "Coût unitaire"],
        [100, 12],
        [200, 12.6],
      ],
      resultat: 12.4,
      source: `${SOURCE_FICHE} : 3 720 / 300`,
    },
    {
      formule: "=AGORA.CUMP(A2:A4;B2:B4)",
      donnees: [
        ["Quantité", "Coût unitaire"],
        [100, 12],
        [200, 12.6],
        [100, 13.2],
      ],
      resultat: 12.6,
      source: `${SOURCE_FICHE} : CUMP de période 5 040 / 400`,
    },
  ],
  calcul: ({ quantites, prix }, trace) => {
    const q = lireNombresPlage(quantites, "quantites", { positifs: true });
    const p = lireNombresPlage(prix, "prix", { positifs: true });
    if (q.length !== p.length) throw erreurValeur(`quantites, prix : les deux plages doivent avoir autant de cellules (${q.length} et ${p.length}).`);
    const paires: [Decimal, Decimal][] = [];
    q.forEach((qi, i) => {
      const pi = p[i];
      if (qi === undefined && pi === undefined) return;
      if (qi === undefined || pi === undefined) {
        const [vide, rempli] = qi === undefined ? ["la quantité", "le prix"] : ["le prix", "la quantité"];
        throw erreurValeur(`quantites, prix : ${vide} n° ${i + 1} est vide alors que ${rempli} ne l'est pas.`);
      }
      paires.push([qi, pi]);
    });
    return resultatNombre(cump(paires.map(([a]) => a), paires.map(([, b]) => b), trace));
  },
});

const MOUVEMENTS: Exemple["donnees"] = [
  ["Date", "Libellé", "Entrée qté", "Prix unitaire", "Sortie qté"],
  ["01/03/2026", "Stock initial", 100, 12, null],
  ["05/03/2026", "Entrée", 200, 12.6, null],
  ["10/03/2026", "Sortie", null, null, 150],
  ["18/03/2026", "Entrée", 100, 13.2, null],
  ["25/03/2026", "Sortie", null, null, 180],
];

const ENTETE: string[] = [...ENTETE_FICHE];
const _ = "";

export const FICHE_STOCK = fonction({
  nom: "FICHE.STOCK",
  categorie: "Stocks",
  description:
    "Fiche de stock d'un article en tableau avec en-tête (entrées, sorties, stock : quantité, coût unitaire, montant), valorisée au CUMP après chaque entrée, " +
    "au CUMP de période ou en PEPS.",
  arguments: [
    plage("mouvements", "Mouvements dans l'ordre chronologique, cinq colonnes : date | libellé | entrée qté | prix unitaire | sortie qté ; le stock initial est la première entrée."),
    facultatif(
      { ...texte("methode", "Méthode de valorisation : « CUMP » (après chaque entrée), « CUMP période » ou « PEPS » (premier entré, premier sorti)."), lire: (b: unknown, c: string) => lireMethode(lireTexte(b, c), c) },
      "CUMP",
      "« CUMP »",
    ),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: ([m]) => ({ lignes: 1 + 2 * (m?.lignes ?? 1), colonnes: ENTETE_FICHE.length }),
  exemples: [
    {
      // Dates en numéros de série Excel : 01/03/2026 = 46082, 05/03 = 46086, 10/03 = 46091, 18/03 = 46099, 25/03 = 46106.
      formule: "=AGORA.FICHE.STOCK(A1:E6)",
      donnees: MOUVEMENTS,
      resultat: [
        ENTETE,
        [46082, "Stock initial", 100, 12, 1200, _, _, _, 100, 12, 1200],
        [46086, "Entrée", 200, 12.6, 2520, _, _, _, 300, 12.4, 3720],
        [46091, "Sortie", _, _, _, 150, 12.4, 1860, 150, 12.4, 1860],
        [46099, "Entrée", 100, 13.2, 1320, _, _, _, 250, 12.72, 3180],
        [46106, "Sortie", _, _, _, 180, 12.72, 2289.6, 70, 12.72, 890.4],
      ],
      source: `${SOURCE_FICHE}, CUMP après chaque entrée`,
    },
    {
      formule: '=AGORA.FICHE.STOCK(A1:E6;"CUMP période")',
      donnees: MOUVEMENTS,
      resultat: [
        ENTETE,
        [46082, "Stock initial", 100, 12, 1200, _, _, _, 100, _, _],
        [46086, "Entrée", 200, 12.6, 2520, _, _, _, 300, _, _],
        [46091, "Sortie", _, _, _, 150, 12.6, 1890, 150, _, _],
        [46099, "Entrée", 100, 13.2, 1320, _, _, _, 250, _, _],
        [46106, "Sortie", _, _, _, 180, 12.6, 2268, 70, 12.6, 882],
      ],
      source: `${SOURCE_FICHE}, CUMP de période 12,60`,
    },
    {
      formule: '=AGORA.FICHE.STOCK(A1:E6;"PEPS")',
      donnees: MOUVEMENTS,
      resultat: [
        ENTETE,
        [46082, "Stock initial", 100, 12, 1200, _, _, _, 100, 12, 1200],
        [46086, "Entrée", 200, 12.6, 2520, _, _, _, 300, _, 3720],
        [46091, "Sortie", _, _, _, 100, 12, 1200, _, _, _],
        [46091, "Sortie", _, _, _, 50, 12.6, 630, 150, 12.6, 1890],
        [46099, "Entrée", 100, 13.2, 1320, _, _, _, 250, _, 3210],
        [46106, "Sortie", _, _, _, 150, 12.6, 1890, _, _, _],
        [46106, "Sortie", _, _, _, 30, 13.2, 396, 70, 13.2, 924],
      ],
      source: `${SOURCE_FICHE}, PEPS`,
    },
  ],
  aide: [
    "Une ligne d'en-tête et les lignes vides sont ignorées ; une quantité nulle vaut une cellule vide. Une sortie supérieure au stock donne #NOMBRE! (stock négatif interdit).",
    "CUMP après chaque entrée : (valeur du stock + valeur de l'entrée) ÷ (quantité en stock + quantité entrée), arrondi au centime ; sorties et stock au dernier CUMP.",
    "CUMP de période : toutes les sorties au coût moyen de la période ; le stock n'est valorisé que sur la dernière ligne.",
    "PEPS : une sortie qui prend plusieurs lots occupe une ligne par lot ; le coût unitaire du stock n'est affiché que s'il ne reste qu'un lot.",
    "La colonne Date contient des dates : donnez-lui le format Date courte.",
  ].join("\n"),
  calcul: ({ mouvements, methode }, trace) => resultatTableau(tableauFiche(ficheStock(lireMouvements(mouvements), methode, trace))),
});

export const STOCK_ALERTE = fonction({
  nom: "STOCK.ALERTE",
  categorie: "Stocks",
  description: "Stock d'alerte (point de commande) : consommation journalière × délai de livraison + stock de sécurité, en unités.",
  arguments: [
    nombre("consommation_journaliere", "Consommation moyenne par jour d'activité (consommation annuelle ÷ jours d'activité), en unités."),
    nombre("delai_jours", "Délai de livraison du fournisseur, en jours d'activité."),
    nombre("stock_securite", "Stock de sécurité, en unités (consommation journalière × jours de sécurité)."),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [{ formule: "=AGORA.STOCK.ALERTE(40;6;160)", resultat: 400, source: `${SOURCE_INDICATEURS} : 40 × 6 + 160` }],
  calcul: ({ consommation_journaliere, delai_jours, stock_securite }, trace) => resultatNombre(stockAlerte(consommation_journaliere, delai_jours, stock_securite, trace)),
});

export const WILSON = fonction({
  nom: "WILSON",
  categorie: "Stocks",
  description:
    "Quantité économique de commande (modèle de Wilson) : √(2 × demande annuelle × coût d'une commande ÷ coût de possession d'une unité par an), non arrondie. " +
    "Nombre de commandes par an : =demande_annuelle/AGORA.WILSON(…) ; quantités entières : =ARRONDI.SUP(AGORA.WILSON(…);0).",
  arguments: [
    nombre("demande_annuelle", "Demande (ou consommation) annuelle, en unités."),
    nombre("cout_commande", "Coût de passation d'une commande, en euros."),
    nombre("cout_possession_unitaire", "Coût de possession d'une unité pendant un an, en euros (taux de possession × coût unitaire)."),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [{ formule: "=AGORA.WILSON(12000;60;1)", resultat: 1200, source: `${SOURCE_INDICATEURS} : √1 440 000` }],
  aide: "Au point optimal, le coût de passation (N × Cp) égale le coût de possession (Q/2 × Cs) ; périodicité des commandes = 360 ÷ N jours. AGORA.EXPLIQUE affiche N, la périodicité et le coût de gestion.",
  calcul: ({ demande_annuelle, cout_commande, cout_possession_unitaire }, trace) => resultatNombre(wilson(demande_annuelle, cout_commande, cout_possession_unitaire, trace)),
});

export const STOCK_MOYEN = fonction({
  nom: "STOCK.MOYEN",
  categorie: "Stocks",
  description: "Stock moyen : (stock initial + stock final) ÷ 2, en valeur (au coût d'achat) ou en quantité.",
  arguments: [
    nombre("stock_initial", "Stock au début de la période, au coût d'achat (ou en quantité)."),
    nombre("stock_final", "Stock à la fin de la période, dans la même unité que le stock initial."),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [{ formule: "=AGORA.STOCK.MOYEN(18000;22000)", resultat: 20000, source: SOURCE_INDICATEURS }],
  calcul: ({ stock_initial, stock_final }, trace) => resultatNombre(stockMoyen(stock_initial, stock_final, trace)),
});

export const ROTATION = fonction({
  nom: "ROTATION",
  categorie: "Stocks",
  description:
    "Rotation des stocks : coût d'achat des marchandises vendues ÷ stock moyen, le stock moyen étant (stock initial + stock final) ÷ 2 au coût d'achat. " +
    "Durée moyenne de stockage : =360/AGORA.ROTATION(…) jours.",
  arguments: [
    nombre("cout_achat_marchandises_vendues", "Coût d'achat des marchandises vendues (achats + stock initial − stock final), en euros."),
    nombre("stock_initial", "Stock initial au coût d'achat, en euros."),
    nombre("stock_final", "Stock final au coût d'achat, en euros."),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [{ formule: "=AGORA.ROTATION(240000;18000;22000)", resultat: 12, source: `${SOURCE_INDICATEURS} : 240 000 / 20 000` }],
  calcul: ({ cout_achat_marchandises_vendues, stock_initial, stock_final }, trace) =>
    resultatNombre(rotation(cout_achat_marchandises_vendues, stock_initial, stock_final, trace)),
});

export const FONCTIONS_STOCKS = [CUMP, FICHE_STOCK, STOCK_ALERTE, WILSON, STOCK_MOYEN, ROTATION];
