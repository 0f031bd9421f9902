/**
 * Suivi d'une action qui génère des feuilles (motif « préparer, puis appliquer ») : l'action prépare le plan ; si des
 * feuilles existent déjà (ou si l'action pose une question), un dialogue demande de confirmer ; le plan est appliqué
 * en un lot par `appliquerPreparation` avec une barre de progression (annulable) ; le résumé, les remarques ou
 * l'erreur s'affichent en français.
 */
import { useRef, useState, type JSX } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { appliquerPreparation, echec, type IssuePreparation, type Preparation } from "../../src/actions/commun/preparation";
import type { Classeur, Progres } from "../../src/classeur/port";
import { Confirmation } from "./Confirmation";
import { useTypographie } from "./typographie";

export type EtatGeneration =
  | { genre: "repos" }
  | { genre: "preparation" }
  | { genre: "question"; preparation: Preparation }
  | { genre: "ecriture"; fraction: number; libelle: string }
  | { genre: "fait"; preparation: Preparation }
  | { genre: "erreur"; message: string };

export interface Generation {
  etat: EtatGeneration;
  /** Prépare (la fonction peut lever une erreur de saisie : elle est affichée), puis applique ou pose la question. */
  lancer: (preparer: () => Promise<IssuePreparation>) => Promise<void>;
  confirmer: () => Promise<void>;
  renoncer: () => void;
  annuler: () => void;
  occupe: boolean;
}

export function useGeneration(classeur: Classeur, apres?: () => void): Generation {
  const [etat, setEtat] = useState<EtatGeneration>({ genre: "repos" });
  const annule = useRef(false);

  const appliquer = async (preparation: Preparation, confirme: boolean): Promise<void> => {
    annule.current = false;
    setEtat({ genre: "ecriture", fraction: 0, libelle: "Écriture dans le classeur…" });
    const progres: Progres = {
      avancer: (fraction, libelle) => setEtat({ genre: "ecriture", fraction, libelle: libelle ?? "Écriture dans le classeur…" }),
      get annule() {
        return annule.current;
      },
    };
    const issue = await appliquerPreparation(classeur, preparation, { confirme, progres });
    if (!issue.ok) return setEtat({ genre: "erreur", message: issue.message });
    setEtat({ genre: "fait", preparation });
    apres?.();
  };

  const lancer = async (preparer: () => Promise<IssuePreparation>): Promise<void> => {
    setEtat({ genre: "preparation" });
    let issue: IssuePreparation;
    try {
      issue = await preparer();
    } catch (e) {
      issue = echec(e);
    }
    if (!issue.ok) setEtat({ genre: "erreur", message: issue.message });
    else if (issue.preparation.remplacees.length > 0 || issue.preparation.confirmation) setEtat({ genre: "question", preparation: issue.preparation });
    else await appliquer(issue.preparation, false);
  };

  return {
    etat,
    lancer,
    confirmer: async () => {
      if (etat.genre === "question") await appliquer(etat.preparation, true);
    },
    renoncer: () => setEtat({ genre: "repos" }),
    annuler: () => {
      annule.current = true;
    },
    occupe: etat.genre === "preparation" || etat.genre === "ecriture",
  };
}

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  progres: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  barre: { flexGrow: 1, height: "6px", accentColor: tokens.colorBrandBackground },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

const liste = (lignes: readonly string[], classe: string): JSX.Element => (
  <ul className={classe}>
    {lignes.map((l) => (
      <li key={l}>{l}</li>
    ))}
  </ul>
);

/** Ce que montre le module : progression, résultat, avertissements, erreur, et le dialogue de remplacement. */
export function SuiviGeneration(props: { generation: Generation; titreFait: string }): JSX.Element | null {
  const { generation: g } = props;
  const styles = useStyles();
  const t = useTypographie();
  const e = g.etat;
  /** La question propre à l'action (écrire dans un tableau de l'utilisateur), s'il y en a une. */
  const question = e.genre === "question" ? e.preparation.confirmation : undefined;
  return (
    <div className={styles.racine} role="status" aria-live="polite">
      {e.genre === "preparation" && <p className={mergeClasses(t.legende, t.secondaire)}>Lecture et vérification du classeur…</p>}
      {e.genre === "ecriture" && (
        <div className={styles.progres}>
          <progress className={styles.barre} max={1} value={e.fraction} aria-label={e.libelle} />
          <Button size="small" appearance="subtle" onClick={g.annuler}>
            Annuler
          </Button>
        </div>
      )}
      {e.genre === "fait" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{props.titreFait}</MessageBarTitle>
            {liste(e.preparation.resume, styles.liste)}
          </MessageBarBody>
        </MessageBar>
      )}
      {e.genre === "fait" &&
        e.preparation.remarques.map((r, i) => (
          <MessageBar key={i} intent="warning" layout="multiline">
            <MessageBarBody>{r.cellule ? `${r.cellule} : ${r.message}` : r.message}</MessageBarBody>
          </MessageBar>
        ))}
      {e.genre === "erreur" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{e.message}</MessageBarBody>
        </MessageBar>
      )}
      <Confirmation
        ouvert={e.genre === "question"}
        titre={question?.titre ?? `Remplacer ${e.genre === "question" && e.preparation.remplacees.length > 1 ? "des feuilles existantes" : "une feuille existante"} ?`}
        bouton={question?.bouton ?? "Remplacer"}
        renoncer={g.renoncer}
        confirmer={() => void g.confirmer()}
      >
        {e.genre === "question" && (
          <>
            {question && <p className={t.corps}>{question.message}</p>}
            {e.preparation.remplacees.length > 0 && (
              <p className={t.corps}>
                {e.preparation.remplacees.length > 1 ? "Ces feuilles existent déjà ; leur contenu sera effacé : " : "Cette feuille existe déjà ; son contenu sera effacé : "}
                {e.preparation.remplacees.map((n) => `« ${n} »`).join(", ")}.
              </p>
            )}
            <p className={mergeClasses(t.corps, t.secondaire)}>Ce qui sera écrit :</p>
            {liste(e.preparation.resume, styles.liste)}
          </>
        )}
      </Confirmation>
    </div>
  );
}
