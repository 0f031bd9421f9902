/**
 * Une étape du module Comptabilité : numéro, titre, explication, réglages, puis « préparer » (lecture, contrôles,
 * résumé du plan), « appliquer » (confirmation si des feuilles sont remplacées, barre de progression, annulation)
 * et le compte rendu (MessageBar de succès ou d'erreur, anomalies avec leur cellule).
 */
import { useRef, useState, type JSX, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { appliquerPreparation, type IssuePreparation, type Lecture, type Preparation, type Remarque } from "../../../src/actions/commun/preparation";
import type { Classeur, Progres } from "../../../src/classeur/port";
import { CadreEtape, Progression, useStylesEtape } from "../../composants/CadreEtape";
import { Confirmation } from "../../composants/Confirmation";
import { useTypographie } from "../../composants/typographie";
import { ListeRemarques, Reussite } from "./ListeRemarques";

type Etat =
  | { genre: "repos" }
  | { genre: "analyse" }
  | { genre: "prete"; preparation: Preparation }
  | { genre: "question"; preparation: Preparation }
  | { genre: "application"; preparation: Preparation; fraction: number; libelle: string; annulation: boolean }
  | { genre: "fait"; message: string; remarques: Remarque[] }
  | { genre: "refus"; message: string; anomalies: Remarque[]; lecture?: Lecture };

const useStyles = makeStyles({
  points: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export interface ProprietesEtape {
  numero: number;
  titre: string;
  explication: ReactNode;
  /** Libellé du bouton qui lit et contrôle : « Analyser le journal ». */
  preparerLibelle: string;
  /** Libellé du bouton qui écrit, selon le plan (par défaut libelleApplication). */
  appliquerLibelle?: (p: Preparation) => string;
  preparer: () => Promise<IssuePreparation>;
  classeur: Classeur;
  /** Réglages de l'étape (source, nom de feuille), au-dessus du bouton. */
  children?: ReactNode;
}

/** Le libellé habituel du bouton qui écrit : « Créer la feuille », « Remplacer les feuilles »… */
export const libelleApplication = (p: Preparation): string => `${p.remplacees.length ? "Remplacer" : "Créer"} ${(p.feuilles?.length ?? 0) > 1 ? "les feuilles" : "la feuille"}`;

/** « 22 lignes lues dans la feuille « Journal » (A1:G26), 1 écriture. » */
function phraseLecture(l: Lecture): string {
  const n = (x: number) => x.toLocaleString("fr-FR");
  return `${n(l.lignes)} ligne${l.lignes > 1 ? "s" : ""} d'écriture lue${l.lignes > 1 ? "s" : ""} dans la feuille « ${l.feuille} » (${l.zone}), ${n(l.ecritures)} écriture${l.ecritures > 1 ? "s" : ""}.`;
}

export function Etape(props: ProprietesEtape): JSX.Element {
  const styles = useStyles();
  const commun = useStylesEtape();
  const t = useTypographie();
  const [etat, setEtat] = useState<Etat>({ genre: "repos" });
  const progres = useRef<(Progres & { annule: boolean }) | undefined>(undefined);
  const boutonPreparer = useRef<HTMLButtonElement>(null);
  const idTitre = `etape-compta-${props.numero}`;

  const preparer = async (): Promise<void> => {
    setEtat({ genre: "analyse" });
    const issue = await props.preparer();
    setEtat(issue.ok ? { genre: "prete", preparation: issue.preparation } : { genre: "refus", message: issue.message, anomalies: issue.anomalies, lecture: issue.lecture });
  };

  const appliquer = async (preparation: Preparation, confirme: boolean): Promise<void> => {
    const suivi = {
      annule: false,
      avancer(fraction: number, libelle?: string) {
        setEtat((e) => (e.genre === "application" ? { ...e, fraction, libelle: libelle ?? e.libelle } : e));
      },
    };
    progres.current = suivi;
    setEtat({ genre: "application", preparation, fraction: 0, libelle: "Préparation de l'écriture…", annulation: false });
    const issue = await appliquerPreparation(props.classeur, preparation, { confirme, progres: suivi });
    progres.current = undefined;
    setEtat(
      issue.ok
        ? { genre: "fait", message: issue.message, remarques: preparation.remarques }
        : { genre: "refus", message: issue.message, anomalies: [], lecture: preparation.lecture },
    );
    boutonPreparer.current?.focus();
  };

  const demanderApplication = (p: Preparation): void => {
    if (p.remplacees.length || p.confirmation) setEtat({ genre: "question", preparation: p });
    else void appliquer(p, false);
  };

  const annuler = (): void => {
    if (progres.current) progres.current.annule = true;
    setEtat((e) => (e.genre === "application" ? { ...e, annulation: true, libelle: "Annulation demandée…" } : e));
  };

  const occupe = etat.genre === "analyse" || etat.genre === "application";
  const preparation = etat.genre === "prete" || etat.genre === "question" ? etat.preparation : undefined;
  const remplacees = etat.genre === "question" ? etat.preparation.remplacees : [];
  const confirmation = etat.genre === "question" ? etat.preparation.confirmation : undefined;

  return (
    <CadreEtape numero={props.numero} titre={props.titre} explication={props.explication} id={idTitre}>
      {props.children}
      <div className={commun.boutons}>
        <Button ref={boutonPreparer} appearance={preparation ? "secondary" : "primary"} disabledFocusable={occupe} onClick={() => void preparer()}>
          {etat.genre === "analyse" ? "Analyse…" : props.preparerLibelle}
        </Button>
      </div>

      <div aria-live="polite" className={commun.progression}>
        {preparation && (
          <div className={commun.encadre}>
            {preparation.titre && <p className={t.fort}>{preparation.titre}</p>}
            {preparation.lecture && <p className={t.legende}>{phraseLecture(preparation.lecture)}</p>}
            <ul className={mergeClasses(styles.points, t.legende)}>
              {preparation.resume.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <ListeRemarques remarques={preparation.remarques} genre="alertes" titre="À vérifier (non bloquant)" />
            <div className={commun.boutons}>
              <Button appearance="primary" onClick={() => demanderApplication(preparation)}>
                {(props.appliquerLibelle ?? libelleApplication)(preparation)}
              </Button>
              <Button appearance="subtle" onClick={() => setEtat({ genre: "repos" })}>
                Abandonner
              </Button>
            </div>
          </div>
        )}

        {etat.genre === "application" && <Progression {...etat} quoi="Écriture" annuler={annuler} />}

        {etat.genre === "fait" && <Reussite message={etat.message} remarques={etat.remarques} />}

        {etat.genre === "refus" && (
          <>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {etat.lecture && <MessageBarTitle>{phraseLecture(etat.lecture)}</MessageBarTitle>} {etat.message}
              </MessageBarBody>
            </MessageBar>
            <ListeRemarques remarques={etat.anomalies} genre="erreurs" titre="Anomalies" />
          </>
        )}
      </div>

      <Confirmation
        ouvert={etat.genre === "question"}
        titre={confirmation ? confirmation.titre : remplacees.length > 1 ? "Remplacer les feuilles ?" : "Remplacer la feuille ?"}
        bouton={confirmation ? confirmation.bouton : "Remplacer"}
        renoncer={() => setEtat((e) => (e.genre === "question" ? { genre: "prete", preparation: e.preparation } : e))}
        confirmer={() => etat.genre === "question" && void appliquer(etat.preparation, true)}
      >
        {confirmation && <p>{confirmation.message}</p>}
        {remplacees.length > 0 && (
          <>
            {remplacees.length > 1 ? "Les feuilles " : "La feuille "}
            {remplacees.map((f) => `« ${f} »`).join(", ")} {remplacees.length > 1 ? "existent" : "existe"} déjà. {remplacees.length > 1 ? "Elles seront vidées" : "Elle sera vidée"} puis
            régénérée{remplacees.length > 1 ? "s" : ""} : ce que vous y avez saisi sera perdu.
          </>
        )}
      </Confirmation>
    </CadreEtape>
  );
}
