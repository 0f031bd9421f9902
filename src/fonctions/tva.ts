/** Fonctions AGORA de TVA. */
import { aujourdhui } from "../core/dates";
import * as tva from "../core/tva";
import { date, facultatif, fonction, montant, nombre, resultatNombre, taux, texte } from "./dsl";

const tauxTva = () => taux("taux", "Taux de TVA : 20 %, 0,2 ou 20 (un nombre supérieur à 1 est lu comme un pourcentage).");

export const TVA = fonction({
  nom: "TVA",
  categorie: "TVA",
  description: "Montant de TVA d'un montant hors taxes, arrondi au centime.",
  arguments: [montant("montant_ht", "Montant hors taxes, en euros."), tauxTva()],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.TVA(839,82;20%)", resultat: 167.96, source: "comptabilite.md § 5.2" }],
  calcul: ({ montant_ht, taux }, trace) => resultatNombre(tva.montantTva(montant_ht, taux, trace)),
});

export const TTC = fonction({
  nom: "TTC",
  categorie: "TVA",
  description: "Montant toutes taxes comprises à partir du hors taxes : HT + TVA arrondie au centime.",
  arguments: [montant("montant_ht", "Montant hors taxes, en euros."), tauxTva()],
  resultat: "nombre",
  format: "euros",
  exemples: [
    { formule: "=AGORA.TTC(100;20%)", resultat: 120 },
    { formule: "=AGORA.TTC(120;20%)", resultat: 144, source: "comptabilite.md § 11.1" },
  ],
  calcul: ({ montant_ht, taux }, trace) => resultatNombre(tva.ttc(montant_ht, taux, trace)),
});

export const MONTANT_HT = fonction({
  nom: "MONTANT.HT",
  categorie: "TVA",
  description: "Montant hors taxes contenu dans un montant TTC : TTC ÷ (1 + taux), arrondi au centime.",
  aide: "Le nom est MONTANT.HT et non HT : Excel exige au moins trois caractères pour le nom d'une fonction.",
  arguments: [nombre("montant_ttc", "Montant toutes taxes comprises, en euros."), tauxTva()],
  resultat: "nombre",
  format: "euros",
  exemples: [{ formule: "=AGORA.MONTANT.HT(200;20%)", resultat: 166.67, source: "comptabilite.md § 5.2 (acompte)" }],
  calcul: ({ montant_ttc, taux }, trace) => resultatNombre(tva.ht(montant_ttc, taux, trace)),
});

export const TAUX_TVA = fonction({
  nom: "TAUX.TVA",
  categorie: "TVA",
  description: "Taux de TVA en vigueur à une date : normal, intermédiaire, réduit ou particulier.",
  arguments: [
    texte("nature", "« normal » (20 %), « intermédiaire » (10 %), « réduit » (5,5 %) ou « particulier » (2,1 %)."),
    facultatif(date("date", "Date de l'opération (aujourd'hui si omise)."), undefined, "aujourd'hui"),
  ],
  resultat: "nombre",
  format: "pourcentage",
  exemples: [
    { formule: '=AGORA.TAUX.TVA("réduit";"15/03/2026")', resultat: 0.055, source: "comptabilite.md § 4.1" },
    { formule: '=AGORA.TAUX.TVA("normal";"31/12/2013")', resultat: 0.196 },
  ],
  calcul: ({ nature, date: jour }, trace) => resultatNombre(tva.tauxTva(tva.lireNature(nature), jour ?? aujourdhui(), trace)),
});

export const FONCTIONS_TVA = [TVA, TTC, MONTANT_HT, TAUX_TVA];
