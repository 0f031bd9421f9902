/**
 * Taux de TVA de France métropolitaine, datés (CGI art. 278 et suivants).
 * Corse et DOM : hors périmètre.
 */
import type { Parametre } from "./parametres";

export type NatureTaux = "normal" | "intermediaire" | "reduit" | "particulier";

export const TAUX_TVA: Record<NatureTaux, Parametre<string>> = {
  normal: {
    cle: "tva.normal",
    libelle: "Taux normal de TVA",
    historique: [
      { depuis: "2000-04-01", valeur: "0.196", source: "CGI art. 278 (loi n° 2000-656 du 13 juillet 2000, art. 6)" },
      { depuis: "2014-01-01", valeur: "0.20", source: "CGI art. 278 (loi n° 2012-1510 du 29 décembre 2012, art. 68)" },
    ],
  },
  intermediaire: {
    cle: "tva.intermediaire",
    libelle: "Taux intermédiaire de TVA",
    historique: [
      { depuis: "2012-01-01", valeur: "0.07", source: "CGI art. 279 (loi n° 2011-1978 du 28 décembre 2011, art. 13)" },
      { depuis: "2014-01-01", valeur: "0.10", source: "CGI art. 279 (loi n° 2012-1510 du 29 décembre 2012, art. 68)" },
    ],
  },
  reduit: {
    cle: "tva.reduit",
    libelle: "Taux réduit de TVA",
    historique: [{ depuis: "2000-04-01", valeur: "0.055", source: "CGI art. 278-0 bis et 278 bis" }],
  },
  particulier: {
    cle: "tva.particulier",
    libelle: "Taux particulier (super-réduit) de TVA",
    historique: [{ depuis: "2000-04-01", valeur: "0.021", source: "CGI art. 281 quater à 281 nonies" }],
  },
};
