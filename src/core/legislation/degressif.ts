/**
 * Coefficients de l'amortissement dégressif fiscal, datés par la date d'acquisition du bien (CGI art. 39 A ;
 * ann. II art. 22 à 25). Le coefficient en vigueur à l'acquisition s'applique pendant toute la durée du plan.
 * Valeurs : décimaux écrits en texte, pour rester exacts.
 */
import type { Parametre } from "./parametres";

export interface CoefficientsDegressifs {
  /** Durée normale d'utilisation de 3 ou 4 ans. */
  troisOuQuatreAns: string;
  /** Durée de 5 ou 6 ans. */
  cinqOuSixAns: string;
  /** Durée supérieure à 6 ans. */
  plusDeSixAns: string;
}

export const COEFFICIENTS_DEGRESSIFS: Parametre<CoefficientsDegressifs> = {
  cle: "amortissement.degressif.coefficients",
  libelle: "Coefficients de l'amortissement dégressif fiscal",
  historique: [
    {
      depuis: "1996-02-01",
      valeur: { troisOuQuatreAns: "2.5", cinqOuSixAns: "3", plusDeSixAns: "3.5" },
      source: "CGI art. 39 AA bis (loi n° 96-314 du 12 avril 1996, art. 30) : biens acquis ou fabriqués du 1er février 1996 au 31 janvier 1997 (texte de l'article relu sur admi.net/code/CGIMPOT0-39aabis.html, abrogé en 2022)",
    },
    {
      depuis: "1997-02-01",
      valeur: { troisOuQuatreAns: "1.5", cinqOuSixAns: "2", plusDeSixAns: "2.5" },
      source: "CGI art. 39 A, 1 (rédaction antérieure à la loi n° 2000-1352 du 30 décembre 2000) : coefficients de 1,5 à 2,5 selon la durée (fiche « Amortissement dégressif » du guide Évariste, admi.net/evariste/aides/g22.html)",
    },
    {
      depuis: "2001-01-01",
      valeur: { troisOuQuatreAns: "1.25", cinqOuSixAns: "1.75", plusDeSixAns: "2.25" },
      source: "CGI art. 39 A, 1 (loi n° 2000-1352 du 30 décembre 2000 de finances pour 2001, art. 9)",
    },
    {
      depuis: "2008-12-04",
      valeur: { troisOuQuatreAns: "1.75", cinqOuSixAns: "2.25", plusDeSixAns: "2.75" },
      source:
        "CGI art. 39 A, 1 bis (loi n° 2008-1443 du 30 décembre 2008 de finances rectificative pour 2008, art. 29) : " +
        "coefficients majorés de 0,5 pour les biens acquis ou fabriqués du 4 décembre 2008 au 31 décembre 2009 " +
        "(amendement n° 334 du Gouvernement au PLFR 2008, séance de l'Assemblée nationale du 10 décembre 2008 : 1,75, 2,25 et 2,75)",
    },
    {
      depuis: "2010-01-01",
      valeur: { troisOuQuatreAns: "1.25", cinqOuSixAns: "1.75", plusDeSixAns: "2.25" },
      source: "CGI art. 39 A, 1 (fin de la majoration temporaire de l'art. 39 A, 1 bis)",
    },
  ],
};
