/** La fiche d'une fonction : syntaxe, arguments, exemple, bouton « Insérer » (avec confirmation) et essai. */
import { useRef, useState, type JSX } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { insererFonction, type Cible } from "../../../src/actions/inserer-fonction";
import type { Classeur } from "../../../src/classeur/port";
import type { EntreeCatalogue } from "../../../src/fonctions/catalogue";
import { Confirmation } from "../../composants/Confirmation";
import { useTypographie } from "../../composants/typographie";
import { Essai } from "./Essai";

type EtatInsertion =
  | { genre: "repos" }
  | { genre: "en-cours" }
  | { genre: "question"; question: string; cible: Cible }
  | { genre: "fait"; message: string }
  | { genre: "erreur"; message: string };

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
    display: "block",
  },
  bloc: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  arguments: { marginTop: 0, marginBottom: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  argument: { margin: 0 },
  nomArgument: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  detail: { marginLeft: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Ce que rend la fonction, en mots. */
function natureResultat(e: EntreeCatalogue): string {
  if (e.resultat === "tableau") return "un tableau de valeurs, sur plusieurs cellules";
  if (e.resultat === "date") return "une date";
  if (e.resultat === "texte") return "un texte";
  if (e.format === "euros") return "un montant en euros";
  if (e.format === "pourcentage") return "un taux (pourcentage)";
  return "un nombre";
}

export function FicheFonction(props: { entree: EntreeCatalogue; classeur: Classeur; avecDescription?: boolean }): JSX.Element {
  const { entree, classeur, avecDescription = true } = props;
  const styles = useStyles();
  const t = useTypographie();
  const [etat, setEtat] = useState<EtatInsertion>({ genre: "repos" });
  /** Le focus revient sur « Insérer » quand le dialogue se ferme (clavier). */
  const boutonInserer = useRef<HTMLButtonElement>(null);

  const inserer = async (remplacer?: Cible): Promise<void> => {
    setEtat({ genre: "en-cours" });
    const issue = await insererFonction(classeur, entree, remplacer ? { remplacer } : {});
    if (issue.etat === "a-confirmer") setEtat({ genre: "question", question: issue.question, cible: issue.cible });
    else if (issue.etat === "insere") setEtat({ genre: "fait", message: issue.message });
    else setEtat({ genre: "erreur", message: issue.message });
    if (issue.etat !== "a-confirmer") boutonInserer.current?.focus();
  };

  return (
    <div className={styles.racine}>
      {avecDescription && <p className={t.corps}>{entree.description}</p>}

      <div className={styles.bloc}>
        <h5 className={t.intertitre}>Syntaxe</h5>
        <code className={styles.code}>{entree.syntaxe}</code>
        <p className={mergeClasses(t.legende, t.secondaire)}>Résultat : {natureResultat(entree)}.</p>
      </div>

      {entree.arguments.length > 0 && (
        <div className={styles.bloc}>
          <h5 className={t.intertitre}>Arguments</h5>
          <dl className={styles.arguments}>
            {entree.arguments.map((a) => (
              <div key={a.nom} className={styles.argument}>
                <dt className={styles.nomArgument}>
                  {a.nom}
                  {a.repete ? "…" : ""}
                </dt>
                <dd className={mergeClasses(styles.detail, t.legende)}>
                  {a.description}
                  {a.repete ? " Plusieurs valeurs possibles (facultatif)." : ""}
                  {!a.repete && a.facultatif ? ` Facultatif${a.defaut ? `, par défaut : ${a.defaut}` : ""}.` : ""}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {entree.exemple && (
        <div className={styles.bloc}>
          <h5 className={t.intertitre}>Exemple</h5>
          <code className={styles.code}>{entree.exemple}</code>
          <div className={styles.actions}>
            <Button
              ref={boutonInserer}
              appearance="primary"
              disabledFocusable={etat.genre === "en-cours"}
              onClick={() => void inserer()}
              aria-label={`Insérer ${entree.exemple} dans la cellule sélectionnée`}
            >
              {etat.genre === "en-cours" ? "Insertion…" : "Insérer"}
            </Button>
            <span className={mergeClasses(t.legende, t.secondaire)}>dans la cellule sélectionnée</span>
          </div>
          {etat.genre === "fait" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{etat.message}</MessageBarBody>
            </MessageBar>
          )}
          {etat.genre === "erreur" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{etat.message}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}

      <Essai entree={entree} />

      <Confirmation
        ouvert={etat.genre === "question"}
        titre="Remplacer le contenu de la cellule ?"
        bouton="Remplacer"
        renoncer={() => {
          setEtat({ genre: "repos" });
          boutonInserer.current?.focus();
        }}
        confirmer={() => etat.genre === "question" && void inserer(etat.cible)}
      >
        {etat.genre === "question" ? etat.question : ""}
      </Confirmation>
    </div>
  );
}
