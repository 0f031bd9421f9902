/**
 * Module « Stocks » : à partir du tableau des mouvements de stock, une fiche de stock par article (CUMP après chaque
 * entrée, CUMP de période ou PEPS) et la courbe du stock avec la ligne du stock d'alerte (AGORA.FICHE.STOCK,
 * AGORA.STOCK.ALERTE ; comptabilite.md § 10).
 */
import { useCallback, useEffect, useMemo, useState, type JSX } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { listerArticles, METHODES, preparerFichesStock } from "../../../src/actions/stocks";
import type { Source } from "../../../src/actions/commun/source";
import { erreurValeur, versErreurAgora } from "../../../src/core/erreurs";
import { estVide, lireNombre } from "../../../src/core/nombres";
import { stockAlerte, type MethodeStock } from "../../../src/core/stocks";
import { TraceEnregistree } from "../../../src/core/trace";
import { ChampTexte, ChoixSource, ListeDeroulante, cleSource } from "../../composants/Formulaire";
import { SuiviGeneration, useGeneration } from "../../composants/Generation";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  trois: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  bouton: { alignSelf: "flex-start" },
  intertitre: { marginTop: tokens.spacingVerticalS },
});

const TOUS = "\u0000tous";

type Alerte = { etat: "aucune" } | { etat: "ok"; valeur: ReturnType<typeof stockAlerte>; detail: string } | { etat: "erreur"; message: string };

/** Le stock d'alerte des trois champs : rien s'ils sont vides, l'explication d'AGORA.STOCK.ALERTE sinon. */
function calculerAlerte(conso: string, delai: string, securite: string): Alerte {
  if ([conso, delai, securite].every((v) => estVide(v))) return { etat: "aucune" };
  try {
    const lire = (v: string, champ: string) => {
      if (estVide(v)) throw erreurValeur(`${champ} : remplissez les trois champs du stock d'alerte, ou aucun.`);
      return lireNombre(v, champ);
    };
    const trace = new TraceEnregistree();
    const valeur = stockAlerte(lire(conso, "Consommation par jour"), lire(delai, "Délai de livraison"), lire(securite, "Stock de sécurité"), trace);
    return { etat: "ok", valeur, detail: trace.lignes()[0] ?? "" };
  } catch (e) {
    return { etat: "erreur", message: versErreurAgora(e).message };
  }
}

export function ModuleStocks({ classeur }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [source, setSource] = useState<Source | undefined>(undefined);
  const [articles, setArticles] = useState<{ article: string; nom?: string }[]>([]);
  const [erreurArticles, setErreurArticles] = useState<string | undefined>(undefined);
  const [article, setArticle] = useState<string>(TOUS);
  const [methode, setMethode] = useState<MethodeStock>("cump");
  const [conso, setConso] = useState("");
  const [delai, setDelai] = useState("");
  const [securite, setSecurite] = useState("");
  const alerte = useMemo(() => calculerAlerte(conso, delai, securite), [conso, delai, securite]);

  const relireArticles = useCallback(async () => {
    if (!source) return;
    const issue = await listerArticles(classeur, source);
    if (issue.etat === "ok") {
      setArticles(issue.articles);
      setErreurArticles(undefined);
      setArticle((a) => (a === TOUS || issue.articles.some((x) => x.article === a) ? a : TOUS));
    } else {
      setArticles([]);
      setErreurArticles(issue.message);
    }
  }, [classeur, source]);

  useEffect(() => {
    void relireArticles();
  }, [cleSource(source)]);

  const generation = useGeneration(classeur);
  const generer = () =>
    generation.lancer(async () => {
      if (!source) throw erreurValeur("Choisissez la feuille des mouvements de stock.");
      if (alerte.etat === "erreur") throw erreurValeur(alerte.message);
      return preparerFichesStock(classeur, {
        source,
        methode,
        ...(article === TOUS ? {} : { article }),
        ...(alerte.etat === "ok" ? { alerte: alerte.valeur } : {}),
      });
    });

  return (
    <section className={styles.racine} aria-labelledby="titre-stocks">
      <h2 className={t.section} id="titre-stocks">
        Stocks
      </h2>
      <p className={mergeClasses(t.corps, t.secondaire)}>
        À partir des mouvements de stock : la fiche de stock de chaque article, valorisée au coût moyen ou en PEPS, et la courbe du stock avec son
        stock d'alerte.
      </p>
      <ChoixSource classeur={classeur} libelle="Mouvements de stock" motsCles={["mouvement", "stock"]} valeur={source} changer={setSource} />
      <p className={mergeClasses(t.legende, t.discret)}>
        Colonnes reconnues : Date, Libellé, Article (ou Réf.), Entrée qté, Prix unitaire, Sortie qté ; le stock initial est la première entrée de
        chaque article.
      </p>
      <ListeDeroulante
        libelle="Article"
        valeur={article}
        options={[
          { valeur: TOUS, texte: articles.length ? `Tous les articles (${articles.length} fiches)` : "Tous les articles" },
          ...articles.map((a) => ({ valeur: a.article, texte: a.nom ? `${a.article} — ${a.nom}` : a.article })),
        ]}
        changer={setArticle}
        auFocus={() => void relireArticles()}
      />
      {erreurArticles && <p className={mergeClasses(t.legende, t.discret)}>{erreurArticles}</p>}
      <ListeDeroulante
        libelle="Méthode de valorisation des sorties"
        valeur={methode}
        options={(Object.keys(METHODES) as MethodeStock[]).map((m) => ({ valeur: m, texte: METHODES[m] }))}
        changer={(v) => setMethode(v as MethodeStock)}
      />
      <h3 className={mergeClasses(t.sousSection, styles.intertitre)}>Stock d'alerte (facultatif)</h3>
      <div className={styles.trois}>
        <ChampTexte libelle="Conso. par jour" valeur={conso} changer={setConso} mode="decimal" />
        <ChampTexte libelle="Délai (jours)" valeur={delai} changer={setDelai} mode="decimal" />
        <ChampTexte libelle="Sécurité (u)" valeur={securite} changer={setSecurite} mode="decimal" />
      </div>
      <p className={mergeClasses(t.legende, alerte.etat === "ok" ? t.secondaire : t.discret)} aria-live="polite">
        {alerte.etat === "ok"
          ? `${alerte.detail} unités (AGORA.STOCK.ALERTE).`
          : alerte.etat === "erreur"
            ? alerte.message
            : "Consommation journalière × délai de livraison + stock de sécurité : la ligne d'alerte de la courbe."}
      </p>
      <Button className={styles.bouton} appearance="primary" disabledFocusable={generation.occupe} onClick={() => void generer()}>
        {article === TOUS ? "Générer les fiches de stock" : "Générer la fiche de stock"}
      </Button>
      <SuiviGeneration generation={generation} titreFait="Fiches de stock générées" />
    </section>
  );
}
