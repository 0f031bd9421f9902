/**
 * Le FEC dans le module Comptabilité : « Contrôler le journal (règles du FEC) » liste les erreurs et remarques du
 * validateur (règle, message) sur le tableau Journal — un clic sur un constat sélectionne sa ligne dans le classeur —
 * et « Télécharger le FEC » produit <SIREN>FEC<AAAAMMJJ>.txt (Blob et lien de téléchargement). Rien n'est écrit dans
 * le classeur. Actions : src/actions/compta/fec.ts.
 */
import type { JSX } from "react";
import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { atteindreConstat, controlerJournalFec, exporterJournalFec, TABLE_JOURNAL, type ConstatFec } from "../../../src/actions/compta";
import type { Classeur } from "../../../src/classeur/port";
import { CadreEtape, useStylesEtape } from "../../composants/CadreEtape";
import { ChampTexte } from "../../composants/Formulaire";
import { useTypographie } from "../../composants/typographie";

/** Au-delà, la liste dit combien d'autres constats il y a. */
const AFFICHES = 100;

const useStyles = makeStyles({
  resultats: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  champs: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  liste: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "260px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  constat: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
    fontFamily: "inherit",
    ":enabled": { cursor: "pointer" },
    ":enabled:hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  erreur: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  alerte: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  regle: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

const SEVERITES: Record<ConstatFec["severite"], string> = { erreur: "erreur", alerte: "alerte", info: "information" };

type Resultat =
  | { genre: "repos" }
  | { genre: "travail"; quoi: "controle" | "export" }
  | { genre: "controle"; valide: boolean; message: string; constats: ConstatFec[] }
  | { genre: "fichier"; nom: string; url: string; message: string; constats: ConstatFec[] }
  | { genre: "refus"; message: string; constats: ConstatFec[] };

/** Les constats, chacun cliquable quand il nomme une ligne : la ligne est alors sélectionnée dans le classeur. */
function ListeConstats(props: { constats: readonly ConstatFec[]; classeur: Classeur; signaler: (m: string) => void }): JSX.Element | null {
  const styles = useStyles();
  const commun = useStylesEtape();
  const t = useTypographie();
  if (props.constats.length === 0) return null;
  const reste = props.constats.length - AFFICHES;
  return (
    <ul className={styles.liste} aria-label="Constats du contrôle FEC">
      {props.constats.slice(0, AFFICHES).map((c, i) => (
        <li key={i}>
          <button
            type="button"
            className={mergeClasses(styles.constat, styles[c.severite], t.legende)}
            disabled={!c.adresse}
            title={c.cellule ? `Sélectionner ${c.cellule} dans le classeur` : undefined}
            onClick={() => void atteindreConstat(props.classeur, c).then((m) => m && props.signaler(m))}
          >
            <span className={styles.regle}>
              {c.regle} ({SEVERITES[c.severite]})
            </span>
            {c.cellule && <span className={commun.cellule}>{c.cellule}</span>}
            {c.message}
          </button>
        </li>
      ))}
      {reste > 0 && <li className={mergeClasses(t.legende, t.secondaire)}>… et {reste} autres.</li>}
    </ul>
  );
}

export function EtapesFec(props: { classeur: Classeur; feuilleJournal: string }): JSX.Element {
  const styles = useStyles();
  const commun = useStylesEtape();
  const [siren, setSiren] = useState("");
  const [cloture, setCloture] = useState("");
  const [resultat, setResultat] = useState<Resultat>({ genre: "repos" });
  const [probleme, setProbleme] = useState<string | undefined>(undefined);
  const url = useRef<string | undefined>(undefined);
  const lien = useRef<HTMLAnchorElement>(null);

  const liberer = (): void => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  };
  useEffect(() => liberer, []);

  const options = { siren, cloture, feuilleJournal: props.feuilleJournal };

  const controler = async (): Promise<void> => {
    setProbleme(undefined);
    setResultat({ genre: "travail", quoi: "controle" });
    const r = await controlerJournalFec(props.classeur, options);
    setResultat(r.ok ? { genre: "controle", valide: r.valide, message: r.message, constats: r.constats } : { genre: "refus", message: r.message, constats: [] });
  };

  const telecharger = async (): Promise<void> => {
    setProbleme(undefined);
    setResultat({ genre: "travail", quoi: "export" });
    const r = await exporterJournalFec(props.classeur, options);
    if (!r.ok) {
      setResultat({ genre: "refus", message: r.message, constats: r.constats });
      return;
    }
    liberer();
    const type = r.encodage === "utf-8" ? "text/plain;charset=utf-8" : "text/plain;charset=iso-8859-15";
    url.current = URL.createObjectURL(new Blob([r.octets as BlobPart], { type }));
    setResultat({ genre: "fichier", nom: r.nom, url: url.current, message: r.message, constats: r.avertissements });
  };

  // Le lien apparaît avec le fichier : il est suivi une fois (téléchargement), puis reste pour recommencer.
  useEffect(() => {
    if (resultat.genre === "fichier") lien.current?.click();
  }, [resultat]);

  const occupe = resultat.genre === "travail";
  const avecConstats = resultat.genre === "controle" || resultat.genre === "fichier" || resultat.genre === "refus" ? resultat.constats : [];

  return (
    <CadreEtape
      titre="Fichier des écritures comptables (FEC)"
      id="titre-fec"
      explication={
        <>
          Contrôle le tableau {TABLE_JOURNAL} avec les règles du FEC (FEC-001 à FEC-034 : équilibre, dates dans l'exercice, numérotation, champs
          obligatoires…), puis produit le fichier à remettre à l'administration fiscale : un clic sur un constat sélectionne sa ligne.
        </>
      }
    >
      <div className={styles.champs}>
        <ChampTexte libelle="SIREN" valeur={siren} changer={setSiren} mode="numeric" placeholder="000 000 117" aide="9 chiffres, clé contrôlée." />
        <ChampTexte libelle="Date de clôture" valeur={cloture} changer={setCloture} placeholder="31/12/2025" aide="Fin de l'exercice." />
      </div>
      <div className={commun.boutons}>
        <Button appearance="primary" disabledFocusable={occupe} onClick={() => void controler()}>
          {resultat.genre === "travail" && resultat.quoi === "controle" ? "Contrôle…" : "Contrôler le journal (règles du FEC)"}
        </Button>
        <Button appearance="secondary" disabledFocusable={occupe} onClick={() => void telecharger()}>
          {resultat.genre === "travail" && resultat.quoi === "export" ? "Préparation…" : "Télécharger le FEC"}
        </Button>
      </div>

      <div aria-live="polite" className={styles.resultats}>
        {resultat.genre === "controle" && (
          <MessageBar intent={resultat.valide ? (resultat.constats.length ? "warning" : "success") : "error"} layout="multiline">
            <MessageBarBody>{resultat.message}</MessageBarBody>
          </MessageBar>
        )}
        {resultat.genre === "fichier" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {resultat.message}{" "}
              <a ref={lien} href={resultat.url} download={resultat.nom}>
                Enregistrer {resultat.nom}
              </a>
            </MessageBarBody>
          </MessageBar>
        )}
        {resultat.genre === "refus" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{resultat.message}</MessageBarBody>
          </MessageBar>
        )}
        {probleme && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{probleme}</MessageBarBody>
          </MessageBar>
        )}
        <ListeConstats constats={avecConstats} classeur={props.classeur} signaler={setProbleme} />
      </div>
    </CadreEtape>
  );
}
