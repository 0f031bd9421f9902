/** Paramètres de paie 2025 (paie.md § 1 à § 5 ; régime général, métropole hors Alsace-Moselle). */
import { GRILLE_TAUX_NEUTRE_2024 } from "./2024";
import { SOURCES as S, grilleTauxNeutre, v, type DonneesAnnee } from "./types";

const J = "2025-01-01";

/** Grille de taux neutre du 01/05/2025 au 30/04/2026 (loi de finances pour 2025, promulguée en février 2025). */
export const GRILLE_TAUX_NEUTRE_2025 = grilleTauxNeutre([
  1620, 1683, 1791, 1911, 2042, 2151, 2294, 2714, 3107, 3539, 3983, 4648, 5574, 6974, 8711, 12091, 16376, 25706, 55062,
]);
const SOURCE_GRILLE_2024 = "CGI art. 204 H III : grille de la loi de finances pour 2024, encore applicable jusqu'au 30/04/2025";
const SOURCE_GRILLE_2025 =
  "CGI art. 204 H III (grille de la loi de finances pour 2025, applicable aux revenus versés à compter du 1er jour du 3e mois suivant la promulgation : 01/05/2025)";

const PSS_2025 = "Plafond de la sécurité sociale 2025 : 3 925 € par mois (arrêté annuel ; Urssaf, « Plafonds de la Sécurité sociale »)";
const REDUCTION_2025 = "CSS art. L241-13 et D241-7 (réduction générale : T = 0,3194 en deçà de 50 salariés, 0,3234 au-delà)";
const REDUCTION_MAI_2025 =
  "CSS art. D241-7 modifié par le décret n° 2025-318 du 04/04/2025 (T = 0,3193 et 0,3233 à compter du 01/05/2025, baisse de la contribution chômage)";

export const PAIE_2025: DonneesAnnee = {
  annee: 2025,
  valeurs: {
    smicHoraire: [v(J, "11.88", "Décret n° 2024-951 du 23/10/2024 portant relèvement du SMIC (11,88 € depuis le 01/11/2024)")],
    heuresAnnuellesSmic: [v(J, "1820", S.heuresSmic)],
    pssMensuel: [v(J, "3925", PSS_2025)],
    dureeLegaleMensuelle: [v(J, "151.67", S.dureeLegale)],
    repasAvantageNature: [v(J, "5.45", `${S.repas} 2025 : 5,45 €`)],

    maladiePatronal: [v(J, "0.13", S.maladie)],
    maladiePatronalReduit: [v(J, "0.07", S.maladieReduit)],
    maladieSeuilTauxReduit: [
      v(J, { multipleSmic: "2.25", smicHoraireReference: "11.88" }, "CSS art. L241-2-1 modifié par la LFSS 2025, art. 18 : taux réduit si la rémunération ne dépasse pas 2,25 SMIC au 01/01/2025 (11,88 €), soit 4 054,05 € par mois"),
    ],
    vieillessePlafonneeSalarial: [v(J, "0.069", S.vieillesse)],
    vieillessePlafonneePatronal: [v(J, "0.0855", S.vieillesse)],
    vieillesseDeplafonneeSalarial: [v(J, "0.004", S.vieillesse)],
    vieillesseDeplafonneePatronal: [v(J, "0.0202", `${S.vieillesse} ; décret n° 2023-1329 du 29/12/2023 (2,02 %)`)],
    famillePatronal: [v(J, "0.0525", S.famille)],
    famillePatronalReduit: [v(J, "0.0345", S.familleReduit)],
    familleSeuilTauxReduit: [
      v(J, { multipleSmic: "3.3", smicHoraireReference: "11.88" }, "CSS art. L241-6-1 modifié par la LFSS 2025, art. 18 : taux réduit si la rémunération ne dépasse pas 3,3 SMIC au 01/01/2025 (11,88 €), soit 5 945,94 € par mois"),
    ],
    csaPatronal: [v(J, "0.003", S.csa)],
    fnalMoinsDe50: [v(J, "0.001", S.fnal)],
    fnalAuMoins50: [v(J, "0.005", S.fnal)],
    chomagePatronal: [
      v(J, "0.0405", "Convention d'assurance chômage (Unédic) : 4,05 %"),
      v("2025-05-01", "0.04", "Convention d'assurance chômage (Unédic) et son arrêté d'agrément : 4,00 % à compter du 01/05/2025"),
    ],
    agsPatronal: [v(J, "0.0025", "Conseil d'administration de l'AGS : 0,25 % (depuis le 01/07/2024)")],
    retraiteT1Salarial: [v(J, "0.0315", S.agircArrco)],
    retraiteT1Patronal: [v(J, "0.0472", S.agircArrco)],
    retraiteT2Salarial: [v(J, "0.0864", S.agircArrco)],
    retraiteT2Patronal: [v(J, "0.1295", S.agircArrco)],
    cegT1Salarial: [v(J, "0.0086", S.agircArrco)],
    cegT1Patronal: [v(J, "0.0129", S.agircArrco)],
    cegT2Salarial: [v(J, "0.0108", S.agircArrco)],
    cegT2Patronal: [v(J, "0.0162", S.agircArrco)],
    cetSalarial: [v(J, "0.0014", S.agircArrco)],
    cetPatronal: [v(J, "0.0021", S.agircArrco)],
    apecSalarial: [v(J, "0.00024", S.apec)],
    apecPatronal: [v(J, "0.00036", S.apec)],
    prevoyanceCadrePatronal: [v(J, "0.015", S.prevoyanceCadre)],

    csgDeductible: [v(J, "0.068", S.csg)],
    csgNonDeductible: [v(J, "0.024", S.csg)],
    crds: [v(J, "0.005", S.csg)],
    csgHeuresSup: [v(J, "0.092", S.csgHs)],
    abattementCsg: [v(J, "0.0175", S.csg)],

    dialogueSocialPatronal: [v(J, "0.00016", S.dialogueSocial)],
    formationMoinsDe11: [v(J, "0.0055", S.formation)],
    formationAuMoins11: [v(J, "0.01", S.formation)],
    taxeApprentissage: [v(J, "0.0059", S.taxeApprentissage)],
    forfaitSocialPrevoyance: [v(J, "0.08", S.forfaitSocial)],

    reductionGenerale: [
      v(J, { seuilSmic: "1.6", tMoinsDe50: "0.3194", tAuMoins50: "0.3234" }, REDUCTION_2025),
      v("2025-05-01", { seuilSmic: "1.6", tMoinsDe50: "0.3193", tAuMoins50: "0.3233" }, REDUCTION_MAI_2025),
    ],
    rgdu: [v(J, null, "La réduction générale dégressive unique n'existe qu'à partir du 01/01/2026 (LFSS 2025, art. 18).")],

    reductionSalarialeHsMax: [v(J, "0.1131", S.reductionSalarialeHs)],
    deductionForfaitaireHs: [
      v(
        J,
        [
          { effectifMin: 0, montantParHeure: "1.50" },
          { effectifMin: 20, montantParHeure: "0.50" },
          { effectifMin: 250, montantParHeure: "0" },
        ],
        "CSS art. L241-18 et D241-24 : 1,50 € par heure en deçà de 20 salariés, 0,50 € de 20 à 249 (maintenu en 2025 selon l'Urssaf ; modele-social le juge inapplicable, voir docs/paie.md), rien à partir de 250",
      ),
    ],
    plafondAnnuelExonerationIrHs: [v(J, "7500", S.exonerationIrHs)],
    majorationHs25: [v(J, "0.25", S.majorationHs)],
    majorationHs50: [v(J, "0.50", S.majorationHs)],
    majorationHc10: [v(J, "0.10", S.majorationHc)],
    majorationHc25: [v(J, "0.25", S.majorationHc)],

    tauxNeutre: [v(J, GRILLE_TAUX_NEUTRE_2024, SOURCE_GRILLE_2024), v("2025-05-01", GRILLE_TAUX_NEUTRE_2025, SOURCE_GRILLE_2025)],

    congesAcquisParMois: [v(J, "2.5", S.conges)],
    congesAcquisMaximum: [v(J, "30", S.conges)],
    congesDixieme: [v(J, "0.10", S.conges)],
  },
};
