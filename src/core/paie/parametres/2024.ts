/** Paramètres de paie 2024 (paie.md § 1 à § 5 ; régime général, métropole hors Alsace-Moselle). */
import { SOURCES as S, grilleTauxNeutre, v, type DonneesAnnee } from "./types";

const J = "2024-01-01";

/** Grille de taux neutre du 01/01/2024 au 30/04/2025 (loi de finances pour 2024). */
export const GRILLE_TAUX_NEUTRE_2024 = grilleTauxNeutre([
  1591, 1653, 1759, 1877, 2006, 2113, 2253, 2666, 3052, 3476, 3913, 4566, 5475, 6851, 8557, 11877, 16086, 25251, 54088,
]);
const SOURCE_GRILLE_2024 = "CGI art. 204 H III (grille de la loi de finances pour 2024, BOFiP BOI-IR-PAS-20-20-30-10)";

const PSS_2024 = "Plafond de la sécurité sociale 2024 : 3 864 € par mois (arrêté annuel ; Urssaf, « Plafonds de la Sécurité sociale »)";
const REDUCTION_2024 = "CSS art. L241-13 et D241-7 (réduction générale : T = 0,3194 en deçà de 50 salariés, 0,3234 au-delà)";

export const PAIE_2024: DonneesAnnee = {
  annee: 2024,
  valeurs: {
    smicHoraire: [
      v(J, "11.65", "Décret n° 2023-1216 du 20/12/2023 portant relèvement du SMIC (11,65 €)"),
      v("2024-11-01", "11.88", "Décret n° 2024-951 du 23/10/2024 portant relèvement du SMIC (11,88 € au 01/11/2024)"),
    ],
    heuresAnnuellesSmic: [v(J, "1820", S.heuresSmic)],
    pssMensuel: [v(J, "3864", PSS_2024)],
    dureeLegaleMensuelle: [v(J, "151.67", S.dureeLegale)],
    repasAvantageNature: [v(J, "5.35", `${S.repas} 2024 : 5,35 €`)],

    maladiePatronal: [v(J, "0.13", S.maladie)],
    maladiePatronalReduit: [v(J, "0.07", S.maladieReduit)],
    maladieSeuilTauxReduit: [
      v(J, { multipleSmic: "2.5", smicHoraireReference: "11.52" }, "CSS art. L241-2-1 et D241-3-1 : taux réduit si la rémunération ne dépasse pas 2,5 SMIC figé au 31/12/2023 (11,52 €), soit 4 368 € par mois"),
    ],
    vieillessePlafonneeSalarial: [v(J, "0.069", S.vieillesse)],
    vieillessePlafonneePatronal: [v(J, "0.0855", S.vieillesse)],
    vieillesseDeplafonneeSalarial: [v(J, "0.004", S.vieillesse)],
    vieillesseDeplafonneePatronal: [v(J, "0.0202", `${S.vieillesse} ; décret n° 2023-1329 du 29/12/2023 (2,02 %)`)],
    famillePatronal: [v(J, "0.0525", S.famille)],
    famillePatronalReduit: [v(J, "0.0345", S.familleReduit)],
    familleSeuilTauxReduit: [
      v(J, { multipleSmic: "3.5", smicHoraireReference: "11.52" }, "CSS art. L241-6-1 : taux réduit si la rémunération ne dépasse pas 3,5 SMIC figé au 31/12/2023 (11,52 €), soit 6 115,20 € par mois"),
    ],
    csaPatronal: [v(J, "0.003", S.csa)],
    fnalMoinsDe50: [v(J, "0.001", S.fnal)],
    fnalAuMoins50: [v(J, "0.005", S.fnal)],
    chomagePatronal: [v(J, "0.0405", "Convention d'assurance chômage (Unédic) : 4,05 %")],
    agsPatronal: [
      v(J, "0.002", "Conseil d'administration de l'AGS : 0,20 % au 1er semestre 2024"),
      v("2024-07-01", "0.0025", "Conseil d'administration de l'AGS : 0,25 % à compter du 01/07/2024"),
    ],
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

    reductionGenerale: [v(J, { seuilSmic: "1.6", tMoinsDe50: "0.3194", tAuMoins50: "0.3234" }, REDUCTION_2024)],
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
        "CSS art. L241-18 et D241-24 : 1,50 € par heure en deçà de 20 salariés, 0,50 € de 20 à 249 (loi n° 2022-1158 du 16/08/2022, décret n° 2022-1499 du 01/12/2022), rien à partir de 250",
      ),
    ],
    plafondAnnuelExonerationIrHs: [v(J, "7500", S.exonerationIrHs)],
    majorationHs25: [v(J, "0.25", S.majorationHs)],
    majorationHs50: [v(J, "0.50", S.majorationHs)],
    majorationHc10: [v(J, "0.10", S.majorationHc)],
    majorationHc25: [v(J, "0.25", S.majorationHc)],

    tauxNeutre: [v(J, GRILLE_TAUX_NEUTRE_2024, SOURCE_GRILLE_2024)],

    congesAcquisParMois: [v(J, "2.5", S.conges)],
    congesAcquisMaximum: [v(J, "30", S.conges)],
    congesDixieme: [v(J, "0.10", S.conges)],
  },
};
