/**
 * Étape 0 du module Comptabilité, « Importer un fichier » : un export de PGI (FEC, Odoo, Dolibarr, EBP, Sage, CSV)
 * choisi ou déposé, lu par le noyau d'import (barre de progression, « Annuler »), montré (LectureImport.tsx), puis
 * écrit en un lot dans le tableau Journal de la feuille de l'étape 1, que les étapes suivantes relisent. Tout ou
 * rien : un fichier qui contient une erreur n'est pas importé. Action : src/actions/compta/importer.ts.
 */
import { useRef, useState, type DragEvent, type JSX } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  appliquerPreparation,
  correspondanceDe,
  modeleCorrespondance,
  preparerImport,
  TABLE_JOURNAL,
  type Remarque,
  type IssueImport,
  type ModeleCorrespondance,
  type Preparation,
} from "../../../src/actions/compta";
import type { Classeur } from "../../../src/classeur/port";
import type { FormatImport } from "../../../src/core/imports";
import { CadreEtape, Progression, useStylesEtape } from "../../composants/CadreEtape";
import { Confirmation } from "../../composants/Confirmation";
import { ListeDeroulante } from "../../composants/Formulaire";
import { useTypographie } from "../../composants/typographie";
import { LectureImport, type Colonnes } from "./LectureImport";
import { Reussite } from "./ListeRemarques";

const FORMATS: { valeur: FormatImport | "auto"; texte: string }[] = [
  { valeur: "auto", texte: "Automatique (reconnu à l'en-tête)" },
  { valeur: "fec", texte: "FEC (fichier des écritures comptables)" },
  { valeur: "odoo", texte: "Odoo" },
  { valeur: "dolibarr", texte: "Dolibarr" },
  { valeur: "ebp", texte: "EBP" },
  { valeur: "sage", texte: "Sage" },
  { valeur: "csv", texte: "CSV (Date, Compte, Débit, Crédit…)" },
];

interface Fichier {
  nom: string;
  octets: Uint8Array;
}

type Etat =
  | { genre: "repos" }
  | { genre: "lecture"; fraction: number; libelle: string; annulation: boolean }
  | { genre: "lu"; issue: IssueImport }
  | { genre: "question"; issue: IssueImport & { ok: true } }
  | { genre: "ecriture"; fraction: number; libelle: string; annulation: boolean }
  | { genre: "fait"; message: string; remarques: Remarque[] }
  | { genre: "echec"; message: string };

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  survol: { borderTopColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  cache: { display: "none" },
});

export function EtapeImport(props: { classeur: Classeur; feuille: string; numero?: number }): JSX.Element {
  const styles = useStyles();
  const commun = useStylesEtape();
  const t = useTypographie();
  const [fichier, setFichier] = useState<Fichier | undefined>(undefined);
  const [format, setFormat] = useState<FormatImport | "auto">("auto");
  const [colonnes, setColonnes] = useState<Colonnes | undefined>(undefined);
  const [modele, setModele] = useState<ModeleCorrespondance | undefined>(undefined);
  const [etat, setEtat] = useState<Etat>({ genre: "repos" });
  const [survol, setSurvol] = useState(false);
  const entree = useRef<HTMLInputElement>(null);
  const suivi = useRef<{ aborted: boolean; annule: boolean } | undefined>(undefined);
  const numero = props.numero ?? 0;
  const idTitre = `etape-compta-${numero}`;

  const lire = async (f: Fichier, fmt: FormatImport | "auto", cols: Colonnes | undefined): Promise<void> => {
    if (suivi.current) suivi.current.aborted = true;
    const s = { aborted: false, annule: false };
    suivi.current = s;
    setEtat({ genre: "lecture", fraction: 0, libelle: "Lecture du fichier…", annulation: false });
    let m: ModeleCorrespondance | undefined;
    try {
      m = fmt === "fec" || fmt === "sage" ? undefined : modeleCorrespondance(f.octets, { format: fmt });
    } catch {
      m = undefined;
    }
    const issue = await preparerImport(props.classeur, f.octets, {
      format: fmt,
      nomFichier: f.nom,
      feuille: props.feuille,
      signal: s,
      ...(cols && m ? { correspondance: correspondanceDe(m, cols) } : {}),
      progres: (fraction, libelle) => {
        if (suivi.current === s) setEtat((e) => (e.genre === "lecture" ? { ...e, fraction, libelle: e.annulation ? e.libelle : `${libelle}…` } : e));
      },
    });
    if (suivi.current !== s) return; // une lecture plus récente a pris le relais
    suivi.current = undefined;
    setModele(m);
    setEtat(!issue.ok && issue.annule ? { genre: "repos" } : { genre: "lu", issue });
  };

  const choisir = (f: File | undefined): void => {
    if (!f) return;
    void f.arrayBuffer().then((b) => {
      const nouveau = { nom: f.name, octets: new Uint8Array(b) };
      setFichier(nouveau);
      setColonnes(undefined);
      void lire(nouveau, format, undefined);
    });
  };

  const annuler = (): void => {
    if (suivi.current) suivi.current.aborted = suivi.current.annule = true;
    setEtat((e) => (e.genre === "lecture" || e.genre === "ecriture" ? { ...e, annulation: true, libelle: "Annulation demandée…" } : e));
  };

  const ecrire = async (issue: IssueImport & { ok: true }, confirme: boolean): Promise<void> => {
    const s = {
      aborted: false,
      annule: false,
      avancer(fraction: number, libelle?: string) {
        setEtat((e) => (e.genre === "ecriture" ? { ...e, fraction, libelle: libelle ?? e.libelle } : e));
      },
    };
    suivi.current = s;
    setEtat({ genre: "ecriture", fraction: 0, libelle: "Écriture du tableau…", annulation: false });
    const fait = await appliquerPreparation(props.classeur, issue.preparation, { confirme, progres: s });
    suivi.current = undefined;
    setEtat(fait.ok ? { genre: "fait", message: fait.message, remarques: issue.preparation.remarques } : { genre: "echec", message: fait.message });
  };

  const demanderEcriture = (issue: IssueImport & { ok: true }): void => {
    if (issue.preparation.remplacees.length) setEtat({ genre: "question", issue });
    else void ecrire(issue, false);
  };

  const deposer = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setSurvol(false);
    choisir(e.dataTransfer.files[0]);
  };

  const occupe = etat.genre === "lecture" || etat.genre === "ecriture";
  const issue = etat.genre === "lu" || etat.genre === "question" ? etat.issue : undefined;
  const preparation: Preparation | undefined = issue?.ok ? issue.preparation : undefined;

  return (
    <CadreEtape
      numero={numero}
      titre="Importer un fichier"
      id={idTitre}
      explication={
        <>
          Lit un export de PGI (FEC, Odoo, Dolibarr, EBP, Sage, CSV) et crée le tableau {TABLE_JOURNAL} sur la feuille « {props.feuille} », que les étapes suivantes
          relisent. Tout ou rien : une erreur dans le fichier, et rien n'est écrit. Journal déjà dans le classeur ? Passez à l'étape 1.
        </>
      }
    >
      <div
        className={mergeClasses(styles.zone, survol && styles.survol)}
        onDragOver={(e) => {
          e.preventDefault();
          setSurvol(true);
        }}
        onDragLeave={() => setSurvol(false)}
        onDrop={deposer}
      >
        <input
          ref={entree}
          className={styles.cache}
          type="file"
          accept=".txt,.csv,.tsv,.tab,.prn,.dat,text/plain,text/csv"
          aria-label="Fichier à importer"
          onChange={(e) => {
            choisir(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button appearance={fichier ? "secondary" : "primary"} disabledFocusable={occupe} onClick={() => entree.current?.click()}>
          {fichier ? "Choisir un autre fichier…" : "Choisir un fichier…"}
        </Button>
        <span className={mergeClasses(t.legende, t.secondaire)}>{fichier ? `Fichier : ${fichier.nom} (${(fichier.octets.length / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Kio)` : "ou déposez-le ici (.txt, .csv)."}</span>
      </div>

      <ListeDeroulante
        libelle="Format du fichier"
        valeur={format}
        options={FORMATS}
        desactivee={occupe}
        changer={(v) => {
          const f = v as FormatImport | "auto";
          setFormat(f);
          setColonnes(undefined);
          if (fichier) void lire(fichier, f, undefined);
        }}
      />

      <div aria-live="polite" className={commun.progression}>
        {etat.genre === "lecture" && <Progression {...etat} quoi="Lecture" annuler={annuler} />}

        {issue && fichier && (
          <>
            {!issue.ok && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{issue.message}</MessageBarBody>
              </MessageBar>
            )}
            <LectureImport
              key={`${fichier.nom}-${format}-${JSON.stringify(colonnes ?? null)}`}
              issue={issue}
              modele={modele}
              colonnes={colonnes}
              occupe={occupe}
              relire={(c) => {
                setColonnes(c);
                void lire(fichier, format, c);
              }}
            />
            {preparation && (
              <>
                <p className={t.legende}>{preparation.resume[0]}</p>
                <div className={commun.boutons}>
                  <Button appearance="primary" onClick={() => issue.ok && demanderEcriture(issue)}>
                    {preparation.remplacees.length ? "Remplacer la feuille" : "Créer la feuille"}
                  </Button>
                </div>
              </>
            )}
          </>
        )}

        {etat.genre === "ecriture" && <Progression {...etat} quoi="Écriture" annuler={annuler} />}

        {etat.genre === "fait" && <Reussite message={etat.message} remarques={etat.remarques} />}
        {etat.genre === "echec" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{etat.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Confirmation
        ouvert={etat.genre === "question"}
        titre="Remplacer la feuille ?"
        bouton="Remplacer"
        renoncer={() => setEtat((e) => (e.genre === "question" ? { genre: "lu", issue: e.issue } : e))}
        confirmer={() => etat.genre === "question" && void ecrire(etat.issue, true)}
      >
        La feuille « {props.feuille} » existe déjà. Elle sera vidée puis remplacée par le journal importé : ce que vous y avez saisi sera perdu.
      </Confirmation>
    </CadreEtape>
  );
}
