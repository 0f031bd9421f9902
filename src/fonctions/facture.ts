/** Fonctions AGORA : la facture complète. */
import { calculerFacture, lignesReservees, lireLignesFacture, lireTauxPort, tableauFacture } from "../core/facture";
import { facultatif, fonction, montant, plage, resultatTableau, taux } from "./dsl";

/** Le taux de TVA du port accepte aussi le mot « prorata ». */
const tauxTvaPort = {
  ...taux("taux_tva_port", "Taux de TVA du port : 20 %, 0,2 ou 20 ; « prorata » pour le répartir entre les taux de la facture. Par défaut : le taux le plus élevé des lignes."),
  lire: lireTauxPort,
};

export const FACTURE = fonction({
  nom: "FACTURE",
  categorie: "Commercial",
  description:
    "Facture complète à partir de ses lignes : remises en cascade, escompte, port, TVA par taux, TTC et net à payer, en tableau (libellé, montant).",
  arguments: [
    plage(
      "lignes",
      "Lignes de la facture : quantité | prix unitaire HT | remises en cascade (0, 1 ou plusieurs colonnes) | taux de TVA (dernière colonne). En-tête et lignes vides ignorés.",
    ),
    facultatif(taux("remise_globale", "Remise sur le net commercial de chaque taux, après les remises des lignes (ajoute la ligne « Remise globale »).")),
    facultatif(taux("escompte", "Taux d'escompte pour paiement anticipé, appliqué au net commercial de chaque taux."), 0, "aucun"),
    facultatif(montant("port_ht", "Port ou frais accessoires HT, non escomptés, ajoutés à la base de TVA."), 0, "0"),
    facultatif(tauxTvaPort, undefined, "le taux le plus élevé"),
    facultatif(montant("acompte", "Acompte TTC déjà versé, déduit du total TTC."), 0, "0"),
  ],
  resultat: "tableau",
  format: "euros",
  tailleMax: ([lignes]) => ({ lignes: lignesReservees(lignes?.lignes ?? 1), colonnes: 2 }),
  exemples: [
    {
      formule: "=AGORA.FACTURE(A1:E4;;2%;30;;200)",
      donnees: [
        ["Quantité", "Prix unitaire HT", "Remise 1", "Remise 2", "Taux TVA"],
        [10, 45, 0.1, 0.05, 0.2],
        [4, 120, 0.08, null, 0.2],
        [25, 6.4, null, null, 0.055],
      ],
      resultat: [
        ["Total brut", 1090],
        ["Remises", 103.65],
        ["Net commercial", 986.35],
        ["Escompte", 19.73],
        ["Net financier", 966.62],
        ["Port HT", 30],
        ["Base HT 20\u202f%", 839.82],
        ["TVA 20\u202f%", 167.96],
        ["Base HT 5,5\u202f%", 156.8],
        ["TVA 5,5\u202f%", 8.62],
        ["Total HT", 996.62],
        ["Total TVA", 176.58],
        ["Total TTC", 1173.2],
        ["Acompte", 200],
        ["Net à payer", 973.2],
      ],
      source: "comptabilite.md § 5.2",
    },
  ],
  aide: [
    "Sélectionnez les lignes de la facture : quantité, prix unitaire HT, une colonne par remise (en cascade, une cellule vide = pas de remise), puis le taux de TVA en dernière colonne.",
    "Une ligne d'en-tête (« Qté », « PU HT »…) et les lignes entièrement vides sont ignorées : on peut sélectionner des lignes de réserve.",
    "Exemple : =AGORA.FACTURE(A2:E4;;2%;30;;200) avec en A2:E4 les lignes 10 | 45 | 10 % | 5 % | 20 % ; 4 | 120 | 8 % | | 20 % ; 25 | 6,40 | | | 5,5 %.",
    "Ordre de calcul (comptabilite.md § 5.1) : brut de ligne, remises en cascade, net commercial par taux, remise globale, escompte par taux, port (non escompté), TVA par taux sur la base du taux, total TTC, acompte, net à payer ; arrondi au centime à chaque étape.",
    "Le port va au taux le plus élevé de la facture, ou au taux donné, ou « prorata » : réparti entre les taux au prorata des nets financiers, l'écart d'arrondi sur la plus grande base.",
    "Le tableau renvoyé a toujours les mêmes lignes (Escompte, Port HT, Acompte à 0,00 s'il n'y en a pas) ; la ligne « Remise globale » n'apparaît que si l'argument remise_globale est donné. AGORA.EXPLIQUE(\"FACTURE\";…) détaille chaque étape.",
  ].join("\n"),
  calcul: ({ lignes, remise_globale, escompte, port_ht, taux_tva_port, acompte }, trace) => {
    const facture = calculerFacture(
      lireLignesFacture(lignes),
      { tauxRemiseGlobale: remise_globale, tauxEscompte: escompte, port: port_ht, tauxPort: taux_tva_port, acompte },
      trace,
    );
    return resultatTableau(tableauFacture(facture));
  },
});

export const FONCTIONS_FACTURE = [FACTURE];
