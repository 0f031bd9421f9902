/**
 * Une feuille « Fiche de stock … » par article (comptabilite.md § 10.1) : la fiche du noyau (entrées, sorties, stock
 * en quantité, coût unitaire et valeur), ses totaux et le contrôle stock initial + entrées = sorties + stock final,
 * puis le niveau du stock après chaque mouvement, en courbe avec la ligne du stock d'alerte (§ 10.2).
 */
import type Decimal from "decimal.js";
import { enFrancais, montantFr } from "../../core/argent";
import { jourFr, versSerie } from "../../core/dates";
import { ErreurAgora, versErreurAgora } from "../../core/erreurs";
import { ENTETE_FICHE, ficheStock, tableauFiche, type FicheStock, type MethodeStock } from "../../core/stocks";
import { FORMATS, type Cellule, type Modification } from "../../classeur/port";
import { adresseComplete } from "../../classeur/adresses";
import { cellMontant, compte, feuilleTitree, nomFeuille, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { ArticleStock } from "./mouvements";

export const METHODES: Record<MethodeStock, string> = {
  cump: "CUMP après chaque entrée",
  cumpPeriode: "CUMP de période",
  peps: "PEPS (premier entré, premier sorti)",
};

/** Remplissage des lignes où le stock est au niveau d'alerte ou dessous. */
export const REMPLISSAGE_ALERTE = "#FDE7E9";

/** « Fiche de stock P013 » ; `numero` distingue deux articles dont les noms coupés à 31 caractères se confondent. */
export const feuilleFiche = (article: string, numero?: number): string => nomFeuille(`Fiche de stock ${article}`, numero ? ` (${numero})` : "");
/** Nom de tableau Excel : lettres, chiffres et « _ » seulement. */
export const tableFiche = (article: string): string => `Fiche_${article.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9_]/g, "_")}`;

const qte = (d: Decimal): string => enFrancais(d);

/** La fiche calculée par le noyau ; ses erreurs nomment la feuille et la ligne des mouvements. */
export function calculerFiche(a: ArticleStock, methode: MethodeStock, feuilleSource: string): FicheStock {
  try {
    return ficheStock(a.mouvements, methode);
  } catch (e) {
    const err = versErreurAgora(e);
    const message = err.message
      .replace(/^mouvements, ligne (\d+) :/, `Feuille « ${feuilleSource} », ligne $1 (article ${a.article}) :`)
      .replace(/^mouvements :/, `Article ${a.article} (feuille « ${feuilleSource} ») :`);
    throw new ErreurAgora(err.code, message);
  }
}

/** Les points de la courbe : le stock après chaque mouvement (les lignes intermédiaires d'une sortie PEPS sont sautées). */
export function niveaux(f: FicheStock): { etiquette: string; quantite: Decimal }[] {
  return f.lignes.flatMap((l, i) => {
    if (!l.stock) return [];
    const etiquette = l.date ? jourFr(l.date).slice(0, 5) : l.libelle || `Mouvement ${i + 1}`;
    return [{ etiquette, quantite: l.stock.quantite }];
  });
}

/** Première date (ou premier libellé) où le stock est au niveau d'alerte ou dessous. */
function sousAlerte(f: FicheStock, alerte: Decimal): string | undefined {
  const l = f.lignes.find((x) => x.stock && x.stock.quantite.lte(alerte));
  if (!l) return undefined;
  return l.date ? `le ${jourFr(l.date)}` : `au mouvement « ${l.libelle} »`;
}

export interface OptionsFiche {
  methode: MethodeStock;
  /** Nom du tableau Excel de la fiche (par défaut `tableFiche(article)`). */
  table?: string;
  /** Stock d'alerte en unités (AGORA.STOCK.ALERTE), ou rien. */
  alerte?: Decimal;
  /** Pour nommer la source dans les messages. */
  feuilleSource: string;
}

/** Les modifications de la feuille d'un article, la phrase du résumé et l'alerte éventuelle. */
export function feuilleDeFiche(
  a: ArticleStock,
  nom: string,
  options: OptionsFiche,
  feuilles: FeuillesGenerees,
): { modifs: Modification[]; resume: string; alerte?: string } {
  const { methode, alerte } = options;
  const f = calculerFiche(a, methode, options.feuilleSource);
  const corps = tableauFiche(f).slice(1);
  const lignes: Cellule[][] = corps.map((l) => l.map((v) => (v === null || typeof v === "string" ? v : "annee" in v ? versSerie(v) : cellMontant(v))));
  const debut = 4;
  const fin = debut + lignes.length;
  const euros = FORMATS.euros;
  const titre = `Fiche de stock : ${a.article}${a.nom ? ` — ${a.nom}` : ""}`;
  const note =
    `Méthode : ${METHODES[methode]} (comptabilite.md § 10.1 : coût unitaire arrondi au centime)` +
    (alerte ? `. Stock d'alerte : ${qte(alerte)} unités ; en rouge, les lignes où le stock l'atteint ou passe dessous.` : ".");
  const ecart = f.totalEntrees.minus(f.totalSorties).minus(f.stockFinal.valeur);
  const controle =
    `Contrôle : stock initial + entrées (${montantFr(f.totalEntrees)} €) = sorties (${montantFr(f.totalSorties)} €) + stock final (${montantFr(f.stockFinal.valeur)} €)` +
    (ecart.isZero() ? "." : ` ; écart de ${montantFr(ecart)} € dû au coût moyen arrondi au centime.`);
  const modifs: Modification[] = [
    ...feuilleTitree(feuilles, nom, titre, note),
    {
      type: "table",
      feuille: nom,
      nom: options.table ?? tableFiche(a.article),
      adresse: `A${debut}`,
      entetes: [...ENTETE_FICHE],
      lignes,
      formats: { Date: FORMATS.date, "Entrée PU": euros, "Entrée montant": euros, "Sortie PU": euros, "Sortie montant": euros, "Stock PU": euros, "Stock valeur": euros },
    },
    {
      type: "valeurs",
      feuille: nom,
      adresse: `D${fin + 2}`,
      valeurs: [["Totaux", cellMontant(f.totalEntrees), null, null, cellMontant(f.totalSorties), cellMontant(f.stockFinal.quantite), null, cellMontant(f.stockFinal.valeur)]],
      formats: [["", euros, "", "", euros, "", "", euros]],
    },
    { type: "valeurs", feuille: nom, adresse: `A${fin + 3}`, valeurs: [[controle]] },
  ];
  if (alerte) {
    modifs.push({
      type: "mise-en-forme",
      feuille: nom,
      adresse: `A${debut + 1}:K${fin}`,
      formule: `=AND(ISNUMBER($I${debut + 1}),$I${debut + 1}<=${alerte.toString()})`,
      remplissage: REMPLISSAGE_ALERTE,
    });
  }
  // Le niveau du stock, sous la fiche : une ligne par mouvement, et sa courbe à droite.
  const points = niveaux(f);
  const haut = fin + 6;
  const donnees: Cellule[][] = [
    ["Date", "Stock (quantité)", ...(alerte ? ["Stock d'alerte"] : [])],
    ...points.map((p) => [p.etiquette, cellMontant(p.quantite), ...(alerte ? [cellMontant(alerte)] : [])]),
  ];
  const derniereColonne = alerte ? "C" : "B";
  modifs.push(
    { type: "valeurs", feuille: nom, adresse: `A${haut - 1}`, valeurs: [["Niveau du stock après chaque mouvement"]] },
    { type: "valeurs", feuille: nom, adresse: `A${haut}`, valeurs: donnees },
    {
      type: "graphique",
      feuille: nom,
      source: adresseComplete(nom, `$A$${haut}:$${derniereColonne}$${haut + points.length}`),
      genre: "courbe",
      titre: `Stock de ${a.article}${alerte ? " et stock d'alerte" : ""}`,
      position: `E${haut - 1}`,
    },
  );
  const quand = alerte ? sousAlerte(f, alerte) : undefined;
  return {
    modifs,
    resume: phraseFeuille(
      feuilles,
      nom,
      `${compte(a.mouvements.length, "mouvement")}, ${METHODES[methode]}, stock final ${qte(f.stockFinal.quantite)} u pour ${montantFr(f.stockFinal.valeur)} €`,
    ),
    ...(alerte && quand ? { alerte: `${a.article} : le stock atteint le stock d'alerte (${qte(alerte)} u) ${quand} : il est temps de commander.` } : {}),
  };
}
