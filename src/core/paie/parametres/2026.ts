/** Paramètres de paie 2026 (paie.md § 1 à § 5 ; régime général, métropole hors Alsace-Moselle). */
import { GRILLE_TAUX_NEUTRE_2025 } from "./2025";
import { SOURCES as S, grilleTauxNeutre, v, type DonneesAnnee } from "./types";

const J = "2026-01-01";

/** Grille de taux neutre à compter du 01/05/2026 (loi de finances pour 2026, promulguée en février 2026). */
export const GRILLE_TAUX_NEUTRE_2026 = grilleTauxNeutre([
  1635, 1698, 1807, 1928, 2060, 2170, 2315, 2738, 3135, 3571, 4019, 4690, 5624, 7037, 8789, 12200, 16523, 25937, 55558,
]);
const SOURCE_GRILLE_2025 = "CGI art. 204 H III : grille de la loi de finances pour 2025, encore applicable jusqu'au 30/04/2026";
const SOURCE_GRILLE_2026 =
  "CGI art. 204 H III (grille de la loi de finances pour 2026, applicable au 01/05/2026 ; dépêche Fiduexpert du 03/02/2026)";

const PSS_2026 = "Plafond de la sécurité sociale 2026 : 4 005 € par mois (arrêté annuel ; Urssaf, « Plafonds de la Sécurité sociale »)";
const RGDU =
  "CSS art. L241-13 et D241-7 (LFSS 2025, art. 18 ; décret n° 2025-887 du 04/09/2025 ; décret n° 2025-1446 du 31/12/2025 : Tdelta 0,3781 / 0,3821)";
const FIN_TAUX_REDUITS = "LFSS 2025, art. 18 : taux réduit supprimé au 01/01/2026 (intégré à la RGDU), sauf dispositifs spécifiques hors périmètre";

export const PAIE_2026: DonneesAnnee = {
  annee: 2026,
  valeurs: {
    smicHoraire: [
      v(J, "12.02", "Décret n° 2025-1228 du 17/12/2025 portant relèvement du SMIC (12,02 €)"),
      v("2026-06-01", "12.31", "Arrêté du 22/05/2026 relatif au relèvement du SMIC (JO du 24/05/2026) : 12,31 € à compter du 01/06/2026"),
    ],
    heuresAnnuellesSmic: [v(J, "1820", S.heuresSmic)],
    pssMensuel: [v(J, "4005", PSS_2026)],
    dureeLegaleMensuelle: [v(J, "151.67", S.dureeLegale)],
    repasAvantageNature: [v(J, "5.50", `${S.repas} 2026 : 5,50 €`)],

    maladiePatronal: [v(J, "0.13", S.maladie)],
    maladiePatronalReduit: [v(J, "0.07", S.maladieReduit)],
    maladieSeuilTauxReduit: [v(J, null, FIN_TAUX_REDUITS)],
    vieillessePlafonneeSalarial: [v(J, "0.069", S.vieillesse)],
    vieillessePlafonneePatronal: [v(J, "0.0855", S.vieillesse)],
    vieillesseDeplafonneeSalarial: [v(J, "0.004", S.vieillesse)],
    vieillesseDeplafonneePatronal: [v(J, "0.0211", `${S.vieillesse} ; décret n° 2025-1446 du 31/12/2025 (2,11 %)`)],
    famillePatronal: [v(J, "0.0525", S.famille)],
    famillePatronalReduit: [v(J, "0.0345", S.familleReduit)],
    familleSeuilTauxReduit: [v(J, null, FIN_TAUX_REDUITS)],
    csaPatronal: [v(J, "0.003", S.csa)],
    fnalMoinsDe50: [v(J, "0.001", S.fnal)],
    fnalAuMoins50: [v(J, "0.005", S.fnal)],
    chomagePatronal: [v(J, "0.04", "Convention d'assurance chômage (Unédic) : 4,00 % (depuis le 01/05/2025)")],
    agsPatronal: [v(J, "0.0025", "Conseil d'administration de l'AGS : taux maintenu à 0,25 % au 01/01/2026")],
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

    reductionGenerale: [v(J, null, "La réduction générale de 2024-2025 est remplacée par la RGDU au 01/01/2026 (LFSS 2025, art. 18).")],
    rgdu: [v(J, { seuilSmic: "3", tmin: "0.02", tdeltaMoinsDe50: "0.3781", tdeltaAuMoins50: "0.3821", puissance: "1.75" }, RGDU)],

    reductionSalarialeHsMax: [v(J, "0.1131", S.reductionSalarialeHs)],
    deductionForfaitaireHs: [
      v(
        J,
        [
          { effectifMin: 0, montantParHeure: "1.50" },
          { effectifMin: 20, montantParHeure: "0.50" },
        ],
        "CSS art. L241-18 et L241-18-1 : 1,50 € par heure en deçà de 20 salariés, 0,50 € à partir de 20 (extension aux entreprises d'au moins 250 salariés par la LFSS 2026, loi n° 2025-1403 du 30/12/2025)",
      ),
    ],
    plafondAnnuelExonerationIrHs: [v(J, "7500", S.exonerationIrHs)],
    majorationHs25: [v(J, "0.25", S.majorationHs)],
    majorationHs50: [v(J, "0.50", S.majorationHs)],
    majorationHc10: [v(J, "0.10", S.majorationHc)],
    majorationHc25: [v(J, "0.25", S.majorationHc)],

    tauxNeutre: [v(J, GRILLE_TAUX_NEUTRE_2025, SOURCE_GRILLE_2025), v("2026-05-01", GRILLE_TAUX_NEUTRE_2026, SOURCE_GRILLE_2026)],

    congesAcquisParMois: [v(J, "2.5", S.conges)],
    congesAcquisMaximum: [v(J, "30", S.conges)],
    congesDixieme: [v(J, "0.10", S.conges)],
  },
};
