/**
 * Organisation A — Grain de Sel & Cie (données fictives de ../shared/reference/pedagogie.md § 6), en tableaux simples.
 * Les factures de janvier 2025 sont inventées pour l'exemple, à partir des clients et articles de la fiche.
 * Montants en euros (nombres), taux en fractions, dates en jj/mm/aaaa.
 */

export const FICHE: [string, string][] = [
  ["Raison sociale", "Grain de Sel & Cie"],
  ["Forme", "SARL au capital de 20 000 €"],
  ["Siège", "Nantes (44)"],
  ["Activité", "Épicerie fine de centre-ville : comptoir, paniers garnis, livraisons à des professionnels"],
  ["SIREN (fictif)", "000 000 117"],
  ["SIRET du siège (fictif)", "00000011700010"],
  ["N° TVA intracommunautaire (fictif)", "FR72000000117"],
  ["Code APE (fictif)", "47.29Z"],
  ["Exercice", "civil (01/01–31/12) ; bilan d'ouverture au 01/01/2025"],
];

export const ENTETES_CLIENTS = ["Code", "Nom", "Catégorie", "Ville", "Conditions de règlement", "Solde au 01/01/2025"];
export const CLIENTS: [string, string, string, string, string, number][] = [
  ["C001", "Restaurant La Marée Haute", "professionnel", "Nantes", "30 jours fin de mois", 864],
  ["C002", "CSE Atlantique Logistique", "professionnel", "Saint-Herblain", "45 jours", 1632],
  ["C003", "Hôtel Les Trois Rives", "professionnel", "Nantes", "30 jours", 0],
  ["C004", "Traiteur Bellevue", "professionnel", "Rezé", "comptant", 0],
  ["C005", "Mairie de Vertou — service fêtes", "public", "Vertou", "30 jours (mandat administratif)", 0],
  ["C006", "M. Yanis Collet", "particulier", "Nantes", "comptant", 0],
  ["C007", "Mme Aurélie Ferrand", "particulier", "Carquefou", "comptant", 0],
  ["C008", "Cave & Comptoir SAS", "professionnel", "Orvault", "30 jours", 0],
  ["C009", "Association Les Amis du Marché", "association", "Nantes", "comptant", 0],
  ["C010", "Clients divers caisse", "particulier", "—", "comptant", 0],
];

export const ENTETES_FOURNISSEURS = ["Code", "Raison sociale", "Ville", "Achats", "Conditions", "Solde au 01/01/2025"];
export const FOURNISSEURS: [string, string, string, string, string, number][] = [
  ["F001", "Conserverie du Littoral", "Les Sables-d'Olonne", "conserves, rillettes de poisson", "30 jours fin de mois", 1320],
  ["F002", "Domaine des Coteaux Blancs", "Clisson", "vins", "45 jours", 2880],
  ["F003", "Chocolaterie Maubert", "Angers", "chocolats, confiseries", "30 jours", 0],
  ["F004", "Emballages Prévert", "Cholet", "coffrets, sacs, papier", "comptant", 0],
  ["F005", "Énergie Ouest Distribution", "Nantes", "électricité (frais généraux)", "prélèvement", 0],
  ["F006", "Épices du Monde Import", "Le Havre", "épices, thés", "30 jours", 0],
];

export const ENTETES_ARTICLES = ["Réf.", "Désignation", "Unité", "Coût d'achat HT", "Prix de vente HT", "Taux TVA"];
/** Le prix TTC de la fiche (6,22 € pour P001…) est recalculé par =AGORA.TTC dans la feuille. */
export const ARTICLES: [string, string, string, number, number, number][] = [
  ["P001", "Fleur de sel de Guérande 250 g", "pot", 3.1, 5.9, 0.055],
  ["P002", "Sardines millésimées (boîte 115 g)", "boîte", 3.4, 6.5, 0.055],
  ["P003", "Rillettes de thon 90 g", "pot", 2.2, 4.5, 0.055],
  ["P004", "Huile d'olive vierge extra 50 cl", "bouteille", 7.8, 14.9, 0.055],
  ["P005", "Thé vert jasmin 100 g", "sachet", 4.1, 8.9, 0.055],
  ["P006", "Poivre de Kampot 50 g", "pot", 5.3, 11.5, 0.055],
  ["P007", "Confiture fraise-rhubarbe 320 g", "pot", 2.6, 5.4, 0.055],
  ["P008", "Biscuits au beurre salé 200 g", "paquet", 1.9, 4.2, 0.055],
  ["P009", "Jus de pomme artisanal 1 L", "bouteille", 1.8, 3.9, 0.055],
  ["P010", "Muscadet sèvre-et-maine 75 cl", "bouteille", 6.2, 12.5, 0.2],
  ["P011", "Crème de cassis 50 cl", "bouteille", 8.4, 17.9, 0.2],
  ["P012", "Ballotin de pralinés 250 g", "boîte", 9.5, 19.9, 0.2],
  ["P013", "Coffret cadeau « Terroir » (garni)", "coffret", 24, 49, 0.2],
  ["P014", "Planche à découper en olivier", "pièce", 11, 24, 0.2],
  ["P015", "Sac isotherme réutilisable", "pièce", 2.1, 4.9, 0.2],
];

export const ENTETES_SALARIES = ["Matricule", "Nom", "Poste", "Statut", "Contrat", "Brut mensuel"];
export const SALARIES: [string, string, string, string, string, number][] = [
  ["S01", "Camille Jouan", "Gérante salariée (gérante minoritaire)", "cadre", "CDI", 3600],
  ["S02", "Hugo Lemaire", "Responsable de magasin", "agent de maîtrise (non-cadre)", "CDI", 2350],
  ["S03", "Inès Barreau", "Vendeuse-conseillère", "non-cadre", "CDI", 1900],
  ["S04", "Théo Guérin", "Préparateur de commandes / livreur", "non-cadre", "CDI 28 h", 1441.44],
  ["S05", "Lina Moreau", "Apprentie vendeuse (Bac pro, 2e année : 51 % du SMIC)", "non-cadre (apprentie)", "contrat d'apprentissage", 918.92],
];

export const ENTETES_IMMOBILISATIONS = ["Bien", "Compte", "Date d'acquisition", "Valeur d'origine HT", "Durée (ans)", "Amort. cumulés au 31/12/2024"];
export const IMMOBILISATIONS: [string, string, string, number, number, number][] = [
  ["Agencement du magasin", "2181", "01/03/2021", 24000, 10, 9200],
  ["Vitrine réfrigérée", "2154", "01/07/2022", 6800, 5, 3400],
  ["Caisse enregistreuse + terminal de paiement", "2183", "01/01/2023", 2400, 3, 1600],
  ["Véhicule utilitaire", "2182", "01/10/2022", 18000, 5, 8100],
  ["Logiciel de caisse", "205", "01/01/2023", 1200, 3, 800],
];

export const ENTETES_JOURNAL = ["Journal", "Date", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"];
/** Bilan d'ouverture au 01/01/2025 (balance de la fiche) passé en écriture d'à-nouveaux : [compte, intitulé, débit, crédit]. */
export const OUVERTURE: [string, string, number, number][] = [
  ["205000", "Immobilisation 205", 1200, 0],
  ["215400", "Immobilisation 2154", 6800, 0],
  ["218100", "Immobilisation 2181", 24000, 0],
  ["218200", "Immobilisation 2182", 18000, 0],
  ["218300", "Immobilisation 2183", 2400, 0],
  ["280500", "Amortissements 205", 0, 800],
  ["281540", "Amortissements 2154", 0, 3400],
  ["281810", "Amortissements 2181", 0, 9200],
  ["281820", "Amortissements 2182", 0, 8100],
  ["281830", "Amortissements 2183", 0, 1600],
  ["370000", "Stock de marchandises", 14350, 0],
  ["530000", "Caisse", 650, 0],
  ["411000", "Clients", 2496, 0],
  ["512000", "Banque", 9362.4, 0],
  ["101000", "Capital social", 0, 20000],
  ["106100", "Réserve légale", 0, 1200],
  ["110000", "Report à nouveau (créditeur)", 0, 3480],
  ["120000", "Résultat de l'exercice 2024", 0, 9875.4],
  ["164000", "Emprunt auprès des établissements de crédit", 0, 12600],
  ["431000", "URSSAF (cotisations de décembre)", 0, 2940],
  ["445510", "TVA à décaisser (décembre)", 0, 1863],
  ["401000", "Fournisseurs", 0, 4200],
];

export const ENTETES_VENTES = ["N° facture", "Date", "Client", "Réf.", "Quantité", "PU HT", "Taux TVA"];
/** Lignes de factures de janvier 2025 (fictives). */
export const VENTES: [string, string, string, string, number, number, number][] = [
  ["F2025-001", "06/01/2025", "C001", "P010", 24, 12.5, 0.2],
  ["F2025-001", "06/01/2025", "C001", "P004", 6, 14.9, 0.055],
  ["F2025-001", "06/01/2025", "C001", "P001", 12, 5.9, 0.055],
  ["F2025-002", "13/01/2025", "C002", "P013", 20, 49, 0.2],
  ["F2025-002", "13/01/2025", "C002", "P012", 15, 19.9, 0.2],
  ["F2025-003", "20/01/2025", "C008", "P011", 12, 17.9, 0.2],
  ["F2025-003", "20/01/2025", "C008", "P002", 24, 6.5, 0.055],
];

/** Une facture détaillée (fictive) : [réf., désignation, quantité, PU HT, remise, taux TVA] ; 2 % d'escompte, 15 € de port. */
export const FACTURE_DETAILLEE = {
  numero: "F2025-004",
  date: "27/01/2025",
  client: "C005 — Mairie de Vertou — service fêtes",
  lignes: [
    ["P013", "Coffret cadeau « Terroir » (garni)", 20, 49, 0.05, 0.2],
    ["P012", "Ballotin de pralinés 250 g", 15, 19.9, null, 0.2],
    ["P005", "Thé vert jasmin 100 g", 10, 8.9, null, 0.055],
  ] as [string, string, number, number, number | null, number][],
  escompte: 0.02,
  port: 15,
};

export const ENTETES_MOUVEMENTS_STOCK = ["Date", "Libellé", "Article", "Entrée qté", "Prix unitaire", "Sortie qté"];
/**
 * Mouvements de janvier 2025 (fictifs) de trois articles, au coût d'achat HT : stock initial au 01/01, réceptions des
 * fournisseurs, sorties des factures de la feuille Ventes (F2025-001, F2025-002), de la facture F2025-004 et du comptoir.
 * [date, libellé, article, entrée qté, prix unitaire, sortie qté].
 */
export const MOUVEMENTS_STOCK: [string, string, string, number | null, number | null, number | null][] = [
  ["01/01/2025", "Stock initial", "P010", 96, 6.2, null],
  ["01/01/2025", "Stock initial", "P012", 40, 9.5, null],
  ["01/01/2025", "Stock initial", "P013", 70, 24, null],
  ["06/01/2025", "Facture F2025-001 (C001)", "P010", null, null, 24],
  ["08/01/2025", "Réception Domaine des Coteaux Blancs", "P010", 72, 6.4, null],
  ["09/01/2025", "Réception Chocolaterie Maubert", "P012", 60, 9.8, null],
  ["10/01/2025", "Réception coffrets garnis", "P013", 50, 25.2, null],
  ["13/01/2025", "Facture F2025-002 (C002)", "P013", null, null, 20],
  ["13/01/2025", "Facture F2025-002 (C002)", "P012", null, null, 15],
  ["18/01/2025", "Ventes au comptoir", "P010", null, null, 70],
  ["20/01/2025", "Réception coffrets garnis", "P013", 100, 25.5, null],
  ["25/01/2025", "Ventes au comptoir", "P012", null, null, 22],
  ["27/01/2025", "Facture F2025-004 (C005)", "P013", null, null, 20],
  ["27/01/2025", "Facture F2025-004 (C005)", "P012", null, null, 15],
  ["31/01/2025", "Ventes au comptoir du mois", "P013", null, null, 130],
  ["31/01/2025", "Ventes au comptoir", "P010", null, null, 65],
];

export const ENTETES_PREVISIONS_TRESORERIE = ["Nature", "Libellé", "Janvier 2025", "Février 2025", "Mars 2025"];
/**
 * Prévisions de trésorerie du premier trimestre 2025 (fictives), TTC : créances et dettes du bilan d'ouverture
 * (clients 864 + 1 632 ; fournisseurs 1 320 + 2 880 ; URSSAF 2 940 ; TVA 1 863), ventes, achats, salaires nets,
 * loyer, énergie, emprunt, et une vitrine neuve payée en mars. Trésorerie au 01/01/2025 : banque 9 362,40 + caisse 650,00.
 */
export const PREVISIONS_TRESORERIE: [string, string, number | null, number | null, number | null][] = [
  ["Trésorerie initiale", "Banque 9 362,40 + caisse 650,00", 10012.4, null, null],
  ["Encaissement", "Créances clients au 31/12/2024", 864, 1632, null],
  ["Encaissement", "Ventes au comptoir", 21500, 19800, 23400],
  ["Encaissement", "Factures aux professionnels", null, 4041.46, 3200],
  ["Décaissement", "Fournisseurs au 31/12/2024", 1320, 2880, null],
  ["Décaissement", "Achats de marchandises", 6400, 9800, 10900],
  ["Décaissement", "Salaires nets", 7960, 7960, 7960],
  ["Décaissement", "Charges sociales (URSSAF)", 2940, 2940, 2940],
  ["Décaissement", "TVA à décaisser", 1863, 1540, 1420],
  ["Décaissement", "Loyer", 1800, 1800, 1800],
  ["Décaissement", "Électricité (Énergie Ouest Distribution)", 420, 380, 350],
  ["Décaissement", "Remboursement de l'emprunt", 450, 450, 450],
  ["Décaissement", "Vitrine réfrigérée neuve", null, null, 8400],
];
