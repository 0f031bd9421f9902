/**
 * Une étape du module Comptabilité : numéro, titre, explication, réglages, puis « préparer » (lecture, contrôles,
 * résumé du plan), « appliquer » (confirmation si des feuilles sont remplacées, barre de progression, annulation)
 * et le compte rendu (MessageBar de succès ou d'erreur, anomalies avec leur cellule).
 */
import { useRef, useState, type JSX, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { appliquerPreparation, type AnomalieJournal, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import type { Classeur, Progres } from "../../../src/classeur/port";
import { useTypographie } from "../../composants/typographie";
import { ListeRemarques } from "./ListeRemarques";

type Etat =
  | { genre: "repos" }
  | { genre: "analyse" }
  | { genre: "prete"; preparation: Preparation }
  | { genre: "question"; preparation: Preparation }
  | { genre: "application"; preparation: Preparation; fraction: number; libelle: string; annulation: boolean }
  | { genre: "fait"; message: string; remarques: AnomalieJournal[] }
  | { genre: "refus"; message: string; anomalies: AnomalieJournal[]; lecture?: Preparation["lecture"] };

const useStyles = makeStyles({
  racine: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titre: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  numero: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "24px",
    height: "24px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  boutons: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap", alignItems: "center" },
  resume: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  points: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  progression: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  barre: {
    width: "100%",
    height: "6px",
    appearance: "none",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorBrandBackground,
    "::-webkit-progress-bar": { backgroundColor: tokens.colorNeutralBackground5, borderRadius: tokens.borderRadiusMedium },
    "::-webkit-progress-value": { backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusMedium },
    "::-moz-progress-bar": { backgroundColor: tokens.colorBrandBackground },
  },
});

export interface ProprietesEtape {
  numero: number;
  titre: string;
  explication: ReactNode;
  /** Libellé du bouton qui lit et contrôle : « Analyser le journal ». */
  preparerLibelle: string;
  /** Libellé du bouton qui écrit, selon le plan : « Créer la feuille », « Remplacer les feuilles ». */
  appliquerLibelle: (p: Preparation) => string;
  preparer: () => Promise<IssuePreparation>;
  classeur: Classeur;
  /** Réglages de l'étape (source, nom de feuille), au-dessus du bouton. */
  children?: ReactNode;
}

/** « 22 lignes lues dans la feuille « Journal » (A1:G26), 1 écriture. » */
function phraseLecture(l: Preparation["lecture"]): string {
  const n = (x: number) => x.toLocaleString("fr-FR");
  return `${n(l.lignes)} ligne${l.lignes > 1 ? "s" : ""} d'écriture lue${l.lignes > 1 ? "s" : ""} dans la feuille « ${l.feuille} » (${l.zone}), ${n(l.ecritures)} écriture${l.ecritures > 1 ? "s" : ""}.`;
}

export function Etape(props: ProprietesEtape): JSX.Element {
  const styles = useStyles();
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
    <section className={styles.racine} aria-labelledby={idTitre}>
      <h3 className={mergeClasses(t.sousSection, styles.titre)} id={idTitre}>
        <span className={styles.numero} aria-hidden="true">
          {props.numero}
        </span>
        {props.titre}
      </h3>
      <p className={mergeClasses(t.legende, t.secondaire)}>{props.explication}</p>
      {props.children}
      <div className={styles.boutons}>
        <Button ref={boutonPreparer} appearance={preparation ? "secondary" : "primary"} disabledFocusable={occupe} onClick={() => void preparer()}>
          {etat.genre === "analyse" ? "Analyse…" : props.preparerLibelle}
        </Button>
      </div>

      <div aria-live="polite" className={styles.progression}>
        {preparation && (
          <div className={styles.resume}>
            <p className={t.fort}>{preparation.titre}</p>
            <p className={t.legende}>{phraseLecture(preparation.lecture)}</p>
            <ul className={mergeClasses(styles.points, t.legende)}>
              {preparation.resume.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <ListeRemarques remarques={preparation.remarques} genre="alertes" titre="À vérifier (non bloquant)" />
            <div className={styles.boutons}>
              <Button appearance="primary" onClick={() => demanderApplication(preparation)}>
                {props.appliquerLibelle(preparation)}
              </Button>
              <Button appearance="subtle" onClick={() => setEtat({ genre: "repos" })}>
                Abandonner
              </Button>
            </div>
          </div>
        )}

        {etat.genre === "application" && (
          <div className={styles.progression}>
            <progress className={styles.barre} value={etat.fraction} max={1} aria-label={`Écriture : ${Math.round(etat.fraction * 100)} %`} />
            <div className={styles.boutons}>
              <span className={mergeClasses(t.legende, t.secondaire)}>{etat.libelle}</span>
              <Button appearance="subtle" size="small" disabledFocusable={etat.annulation} onClick={annuler}>
                Annuler
              </Button>
            </div>
          </div>
        )}

        {etat.genre === "fait" && (
          <>
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{etat.message}</MessageBarBody>
            </MessageBar>
            <ListeRemarques remarques={etat.remarques} genre="alertes" titre="À vérifier (non bloquant)" />
          </>
        )}

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

      <Dialog
        open={etat.genre === "question"}
        modalType="alert"
        onOpenChange={(_, d) => {
          if (!d.open && etat.genre === "question") setEtat({ genre: "prete", preparation: etat.preparation });
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirmation ? confirmation.titre : remplacees.length > 1 ? "Remplacer les feuilles ?" : "Remplacer la feuille ?"}</DialogTitle>
            <DialogContent>
              {confirmation && <p>{confirmation.message}</p>}
              {remplacees.length > 0 && (
                <>
                  {remplacees.length > 1 ? "Les feuilles " : "La feuille "}
                  {remplacees.map((f) => `« ${f} »`).join(", ")} {remplacees.length > 1 ? "existent" : "existe"} déjà. {remplacees.length > 1 ? "Elles seront vidées" : "Elle sera vidée"} puis
                  régénérée{remplacees.length > 1 ? "s" : ""} : ce que vous y avez saisi sera perdu.
                </>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">Annuler</Button>
              </DialogTrigger>
              <Button appearance="primary" onClick={() => etat.genre === "question" && void appliquer(etat.preparation, true)}>
                {confirmation ? confirmation.bouton : "Remplacer"}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
