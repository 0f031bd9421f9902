/**
 * Le tableau des mouvements de stock lu dans le classeur : date, libellé, article, entrée qté, prix unitaire,
 * sortie qté (en-têtes reconnus sans accents ni majuscules). Les mouvements sont regroupés par article, dans l'ordre
 * du tableau ; chaque erreur nomme la feuille, la ligne et la colonne, et rien n'est écrit tant qu'il en reste une.
 */
import type Decimal from "decimal.js";
import { enFrancais } from "../../core/argent";
import { comparerJours, jourFr, lireDate, type Jour } from "../../core/dates";
import { erreurNombre, erreurValeur } from "../../core/erreurs";
import { estVide, lireNombre, lireTexte } from "../../core/nombres";
import type { Mouvement } from "../../core/stocks";
import type { Classeur } from "../../classeur/port";
import { lieu, lireSource, Problemes, valeurDe, type ColonneAttendue, type LigneSource, type Source, type TableauSource } from "../commun/source";

export type ChampMouvement = "date" | "libelle" | "article" | "nomArticle" | "entree" | "prix" | "sortie";

export const COLONNES_MOUVEMENTS: readonly ColonneAttendue<ChampMouvement>[] = [
  { champ: "date", nom: "Date", cles: ["date", "jour", "datemouvement", "dateoperation"] },
  { champ: "libelle", nom: "Libellé", cles: ["libelle", "operation", "libellemouvement", "mouvement", "nature", "intitule", "piece", "observation", "observations"] },
  { champ: "article", nom: "Article", cles: ["article", "ref", "reference", "refarticle", "referencearticle", "codearticle", "code", "produit", "refproduit"] },
  { champ: "nomArticle", nom: "Désignation", cles: ["designation", "designationarticle", "nomarticle", "libellearticle"] },
  {
    champ: "entree",
    nom: "Entrée qté",
    obligatoire: true,
    cles: ["entreeqte", "entree", "entrees", "entreesqte", "quantiteentree", "qteentree", "entreequantite", "qteentrees", "quantitesentrees", "quantiteentrees"],
  },
  {
    champ: "prix",
    nom: "Prix unitaire",
    obligatoire: true,
    cles: ["prixunitaire", "pu", "entreepu", "puentree", "coutunitaire", "coutachatunitaire", "coutunitaireachat", "prixachat", "coutachat", "prix", "cout", "prixunitaireachat"],
  },
  {
    champ: "sortie",
    nom: "Sortie qté",
    obligatoire: true,
    cles: ["sortieqte", "sortie", "sorties", "sortiesqte", "quantitesortie", "qtesortie", "sortiequantite", "qtesorties", "quantitessorties", "quantitesorties"],
  },
];

export const QUOI_MOUVEMENTS = "le tableau des mouvements de stock";

/** Les mouvements d'un article, dans l'ordre du tableau (`Mouvement.ligne` est la ligne de la feuille). */
export interface ArticleStock {
  article: string;
  /** Désignation, si le tableau a une colonne Désignation. */
  nom?: string;
  mouvements: Mouvement[];
}

export interface MouvementsLus {
  tableau: TableauSource<ChampMouvement>;
  articles: ArticleStock[];
}

function lireLigne(t: TableauSource<ChampMouvement>, ligne: LigneSource, problemes: Problemes): { article: string; nom?: string; mouvement: Mouvement } | undefined {
  const v = (c: ChampMouvement) => valeurDe(t, ligne, c);
  const ou = (c?: ChampMouvement) => lieu(t, ligne, c);
  const avant = problemes.nombre;
  const article = t.colonnes.article === undefined ? "Article" : problemes.essayer(() => lireTexte(v("article"), ou("article")));
  const nom = estVide(v("nomArticle")) ? undefined : String(v("nomArticle")).trim();
  const date = estVide(v("date")) ? undefined : problemes.essayer(() => lireDate(v("date"), ou("date")));
  const libelle = estVide(v("libelle")) ? "" : String(v("libelle")).trim();
  const quantite = (c: "entree" | "sortie"): Decimal | undefined =>
    problemes.essayer(() => {
      if (estVide(v(c))) return undefined;
      const q = lireNombre(v(c), ou(c));
      if (q.isNeg() && !q.isZero()) throw erreurNombre(`${ou(c)} : la quantité ${enFrancais(q)} est négative ; une sortie s'écrit dans la colonne des sorties.`);
      return q.isZero() ? undefined : q;
    });
  const entree = quantite("entree");
  const sortie = quantite("sortie");
  if (problemes.nombre > avant || article === undefined) return undefined;
  if (entree && sortie) {
    problemes.ajouter(`${ou()} : une entrée et une sortie sur la même ligne ; écrivez-les sur deux lignes.`);
    return undefined;
  }
  if (!entree && !sortie) {
    problemes.ajouter(`${ou()} : ni quantité entrée (colonne ${t.entetes[t.colonnes.entree!]}) ni quantité sortie (colonne ${t.entetes[t.colonnes.sortie!]}).`);
    return undefined;
  }
  const base = { ligne: ligne.numero, ...(date ? { date } : {}), libelle };
  if (sortie) return { article, ...(nom ? { nom } : {}), mouvement: { ...base, genre: "sortie", quantite: sortie } };
  const prix = problemes.essayer(() => {
    if (estVide(v("prix"))) throw erreurValeur(`${ou("prix")} : le coût unitaire de l'entrée est vide.`);
    const p = lireNombre(v("prix"), ou("prix"));
    if (p.isNeg() && !p.isZero()) throw erreurNombre(`${ou("prix")} : le coût unitaire ${enFrancais(p)} est négatif.`);
    return p;
  });
  if (!prix) return undefined;
  return { article, ...(nom ? { nom } : {}), mouvement: { ...base, genre: "entree", quantite: entree!, prix } };
}

/** Lit, valide et regroupe par article tous les mouvements ; les dates d'un article doivent se suivre. */
export async function lireMouvementsStock(classeur: Classeur, source: Source): Promise<MouvementsLus> {
  const tableau = await lireSource(classeur, source, COLONNES_MOUVEMENTS, QUOI_MOUVEMENTS);
  const problemes = new Problemes();
  const parArticle = new Map<string, ArticleStock>();
  const derniereDate = new Map<string, { date: Jour; ligne: number }>();
  for (const ligne of tableau.lignes) {
    const lu = lireLigne(tableau, ligne, problemes);
    if (!lu) continue;
    const { article, mouvement } = lu;
    const precedente = derniereDate.get(article);
    if (mouvement.date && precedente && comparerJours(mouvement.date, precedente.date) < 0) {
      problemes.ajouter(
        `${lieu(tableau, ligne, "date")} : le ${jourFr(mouvement.date)} précède le mouvement de la ligne ${precedente.ligne} (${jourFr(precedente.date)}) ` +
          `pour l'article ${article} ; classez les mouvements par date.`,
      );
      continue;
    }
    if (mouvement.date) derniereDate.set(article, { date: mouvement.date, ligne: ligne.numero });
    const a = parArticle.get(article) ?? { article, mouvements: [] };
    if (lu.nom && !a.nom) a.nom = lu.nom;
    a.mouvements.push(mouvement);
    parArticle.set(article, a);
  }
  problemes.verifier(`${QUOI_MOUVEMENTS} (feuille « ${tableau.feuille} »)`);
  return { tableau, articles: [...parArticle.values()] };
}
