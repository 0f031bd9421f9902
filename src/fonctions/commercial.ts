/** Fonctions AGORA : marges, prix de vente, remises, escompte. */
import { lireTaux } from "../core/nombres";
import * as commercial from "../core/commercial";
import { facultatif, fonction, montant, resultatNombre, taux, tauxLibre, texte, valeur } from "./dsl";

const remise = (rang: number) =>
  taux(`remise${rang}`, `Taux de la remise n° ${rang} : 10\u202f%, 0,1 ou 10 (un nombre supérieur à 1 est lu comme un pourcentage).`);

const tauxDeMarge = () => tauxLibre("taux_marge", "Taux de marge (marge ÷ coût d'achat) : 50\u202f% ou 0,5 ; un nombre est toujours une fraction (1,5 = 150\u202f%).");

export const NET_COMMERCIAL = fonction({
  nom: "NET.COMMERCIAL",
  categorie: "Commercial",
  description:
    "Net commercial après une à trois remises en cascade : chaque remise s'applique au net précédent et s'arrondit au centime ; les taux ne s'additionnent pas.",
  arguments: [
    montant("prix_brut", "Prix ou montant brut hors taxes avant remises, en euros."),
    remise(1),
    facultatif(remise(2)),
    facultatif(remise(3)),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: "=AGORA.NET.COMMERCIAL(450;10%;5%)", resultat: 384.75, source: "comptabilite.md § 5.2 (ligne A)" },
    { formule: "=AGORA.NET.COMMERCIAL(480;8%)", resultat: 441.6, source: "comptabilite.md § 5.2 (ligne B)" },
  ],
  aide:
    "Remise n = arrondi(net précédent × taux) ; net = net précédent − remise. 450,00 avec 10\u202f% puis 5\u202f% donne 405,00 puis 384,75, " +
    "et non 450,00 × (1 − 15\u202f%) = 382,50. Une remise négative ou supérieure à 100\u202f% renvoie #NOMBRE!.",
  calcul: ({ prix_brut, remise1, remise2, remise3 }, trace) => {
    const remises = [remise1, remise2, remise3].filter((r) => r !== undefined);
    return resultatNombre(commercial.netCommercial(prix_brut, remises, trace));
  },
});

export const NET_FINANCIER = fonction({
  nom: "NET.FINANCIER",
  categorie: "Commercial",
  description: "Net financier : net commercial moins l'escompte pour paiement anticipé, l'escompte étant arrondi au centime.",
  arguments: [
    montant("net_commercial", "Net commercial hors taxes (après remises), en euros."),
    taux("taux_escompte", "Taux d'escompte : 2\u202f%, 0,02 ou 2 (un nombre supérieur à 1 est lu comme un pourcentage)."),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: "=AGORA.NET.FINANCIER(826,35;2%)", resultat: 809.82, source: "comptabilite.md § 5.2 (escompte 16,527 → 16,53)" },
    { formule: "=AGORA.NET.FINANCIER(160;2%)", resultat: 156.8, source: "comptabilite.md § 5.2 (taux 5,5\u202f%)" },
  ],
  calcul: ({ net_commercial, taux_escompte }, trace) => resultatNombre(commercial.netFinancier(net_commercial, taux_escompte, trace)),
});

const prixVenteHt = () => montant("prix_vente_ht", "Prix de vente hors taxes, en euros.");
const coutAchat = () => montant("cout", "Coût d'achat hors taxes, en euros.");

export const MARGE = fonction({
  nom: "MARGE",
  categorie: "Commercial",
  description: "Marge brute : prix de vente HT − coût d'achat HT. Une marge négative (vente en dessous du coût) est rendue et signalée par AGORA.EXPLIQUE.",
  arguments: [prixVenteHt(), coutAchat()],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.MARGE(120;80)", resultat: 40, source: "comptabilite.md § 11.1" }],
  calcul: ({ prix_vente_ht, cout }, trace) => resultatNombre(commercial.marge(prix_vente_ht, cout, trace)),
});

export const TAUX_MARGE = fonction({
  nom: "TAUX.MARGE",
  categorie: "Commercial",
  description: "Taux de marge : marge ÷ coût d'achat HT, non arrondi (à afficher au format pourcentage). Coût nul : #DIV/0!.",
  arguments: [prixVenteHt(), coutAchat()],
  resultat: "nombre",
  format: "pourcentage",
  exemples: [{ formule: "=AGORA.TAUX.MARGE(120;80)", resultat: 0.5, source: "comptabilite.md § 11.1 (40 / 80 = 50\u202f%)" }],
  calcul: ({ prix_vente_ht, cout }, trace) => resultatNombre(commercial.tauxMarge(prix_vente_ht, cout, trace)),
});

export const TAUX_MARQUE = fonction({
  nom: "TAUX.MARQUE",
  categorie: "Commercial",
  description: "Taux de marque : marge ÷ prix de vente HT, non arrondi (à afficher au format pourcentage). Prix de vente nul : #DIV/0!.",
  arguments: [prixVenteHt(), coutAchat()],
  resultat: "nombre",
  format: "pourcentage",
  exemples: [{ formule: "=AGORA.TAUX.MARQUE(120;80)", resultat: 40 / 120, source: "comptabilite.md § 11.1 (40 / 120 = 33,33\u202f%)" }],
  calcul: ({ prix_vente_ht, cout }, trace) => resultatNombre(commercial.tauxMarque(prix_vente_ht, cout, trace)),
});

export const COEF_MULTIPLICATEUR = fonction({
  nom: "COEF.MULTIPLICATEUR",
  categorie: "Commercial",
  description:
    "Coefficient multiplicateur HT → TTC : prix de vente TTC ÷ coût d'achat HT (usage du commerce). Avec le prix de vente HT, on obtient le coefficient HT → HT (= 1 + taux de marge).",
  arguments: [
    montant("prix_vente_ttc", "Prix de vente toutes taxes comprises, en euros (ou hors taxes pour le coefficient HT → HT)."),
    montant("cout_achat_ht", "Coût d'achat hors taxes, en euros."),
  ],
  resultat: "nombre",
  format: "nombre",
  exemples: [
    { formule: "=AGORA.COEF.MULTIPLICATEUR(144;80)", resultat: 1.8, source: "comptabilite.md § 11.1 (144 / 80)" },
    { formule: "=AGORA.COEF.MULTIPLICATEUR(120;80)", resultat: 1.5, source: "comptabilite.md § 11.1 (HT → HT)" },
  ],
  calcul: ({ prix_vente_ttc, cout_achat_ht }, trace) => resultatNombre(commercial.coefMultiplicateur(prix_vente_ttc, cout_achat_ht, trace)),
});

/** Le taux de PV.HT se lit selon la base : taux de marge non borné (1,5 = 150 %), taux de marque borné (20 = 20 %). */
const tauxSelonBase = {
  ...valeur(
    "taux",
    "Taux de marge ou de marque selon la base. Taux de marge : 50\u202f% ou 0,5 (un nombre est une fraction, 1,5 = 150\u202f%). " +
      "Taux de marque : 25\u202f%, 0,25 ou 25, toujours inférieur à 100\u202f%.",
  ),
  nature: "taux" as const,
};

export const PV_HT = fonction({
  nom: "PV.HT",
  categorie: "Commercial",
  description:
    "Prix de vente hors taxes, arrondi au centime, à partir du coût d'achat et d'un taux de marge (coût × (1 + taux)) ou de marque (coût ÷ (1 − taux)).",
  arguments: [
    coutAchat(),
    tauxSelonBase,
    facultatif(texte("base", "« marge » (taux rapporté au coût d'achat, par défaut) ou « marque » (taux rapporté au prix de vente)."), "marge"),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: "=AGORA.PV.HT(80;50%)", resultat: 120, source: "comptabilite.md § 11.1" },
    { formule: '=AGORA.PV.HT(90;25%;"marque")', resultat: 120, source: "calcul : 90 ÷ (1 − 0,25) = 120 ; marge 30 = 25\u202f% de 120" },
  ],
  calcul: ({ cout, taux: brut, base }, trace) => {
    const b = commercial.lireBasePrix(base);
    const t = lireTaux(brut, "taux", { borne: b === "marque" });
    return resultatNombre(commercial.prixVenteHt(cout, t, b, trace));
  },
});

export const PV_TTC = fonction({
  nom: "PV.TTC",
  categorie: "Commercial",
  description:
    "Prix de vente toutes taxes comprises à partir du coût d'achat HT, du taux de marge et du taux de TVA : PV HT arrondi au centime, puis TTC = HT + TVA arrondie.",
  arguments: [
    coutAchat(),
    tauxDeMarge(),
    taux("taux_tva", "Taux de TVA : 20\u202f%, 0,2 ou 20 (un nombre supérieur à 1 est lu comme un pourcentage)."),
  ],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.PV.TTC(80;50%;20%)", resultat: 144, source: "comptabilite.md § 11.1" }],
  calcul: ({ cout, taux_marge, taux_tva }, trace) => resultatNombre(commercial.prixVenteTtc(cout, taux_marge, taux_tva, trace)),
});

export const FONCTIONS_COMMERCIALES = [NET_COMMERCIAL, NET_FINANCIER, MARGE, TAUX_MARGE, TAUX_MARQUE, COEF_MULTIPLICATEUR, PV_HT, PV_TTC];
