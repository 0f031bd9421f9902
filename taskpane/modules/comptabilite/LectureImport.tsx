/**
 * Ce que l'étape « Importer un fichier » a lu : format reconnu et pourquoi, encodage, séparateur, colonnes (modifiables
 * pour un fichier à séparateur : la correspondance relit le fichier), aperçu des premières lignes, totaux, remarques et
 * erreurs (les 20 premières, avec leur ligne, et leur nombre). Affichage seulement : l'état est dans EtapeImport.tsx.
 */
import { useState, type JSX } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { IssueImport, ModeleCorrespondance } from "../../../src/actions/compta";
import { NOM_CHAMP, type ChampJournal } from "../../../src/core/compta/colonnes";
import { nomSeparateur, resumerImport, type ResultatImport } from "../../../src/core/imports";
import { eurosFr } from "../../../src/actions/compta/preparation";
import { useStylesEtape } from "../../composants/CadreEtape";
import { ListeDeroulante } from "../../composants/Formulaire";
import { useTypographie } from "../../composants/typographie";
import { ListeRemarques } from "./ListeRemarques";

/** Erreurs citées dans le volet (toutes sont comptées). */
const ERREURS_CITEES = 20;
/** Lignes et colonnes de l'aperçu. */
const APERCU_LIGNES = 6;
const APERCU_COLONNES = 12;

/** Les champs proposés dans la correspondance modifiable, dans l'ordre des colonnes du tableau Journal. */
const CHAMPS: ChampJournal[] = ["date", "journal", "numero", "piece", "compte", "compteLibelle", "tiers", "libelle", "debit", "credit", "montant", "sens", "lettrage", "echeance"];

export type Colonnes = Partial<Record<ChampJournal, number>>;

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** Complète l'encadré commun (useStylesEtape) : lignes plus serrées. */
  fiche: { rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  colonnes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalL, rowGap: "2px" },
  editeur: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  defilement: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  apercu: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontFamily: tokens.fontFamilyMonospace,
    "& td": {
      paddingTop: "2px",
      paddingBottom: "2px",
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
      whiteSpace: "nowrap",
      maxWidth: "140px",
      overflow: "hidden",
      textOverflow: "ellipsis",
    },
    "& th": {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      color: tokens.colorNeutralForeground3,
      fontWeight: tokens.fontWeightRegular,
      textAlign: "right",
      backgroundColor: tokens.colorNeutralBackground3,
    },
  },
  equilibre: { color: tokens.colorPaletteGreenForeground1 },
  desequilibre: { color: tokens.colorPaletteRedForeground1 },
});

/** « Date ← « Date opération » ». */
const phraseColonne = (champ: ChampJournal, source: string): string => `${NOM_CHAMP[champ]} ← ${source.startsWith("colonne ") ? source : `« ${source} »`}`;

function Totaux({ resultat }: { resultat: ResultatImport }): JSX.Element | null {
  const styles = useStyles();
  const t = useTypographie();
  if (resultat.lignes.length === 0) return null;
  const s = resumerImport(resultat.lignes);
  const n = (x: number) => x.toLocaleString("fr-FR").replace(/\s/g, "\u202f");
  return (
    <p className={t.legende} aria-label="Totaux lus">
      <span className={t.fort}>
        {n(s.lignes)} ligne{s.lignes > 1 ? "s" : ""}, {n(s.ecritures)} écriture{s.ecritures > 1 ? "s" : ""}
      </span>
      {" ; "}Σ débit {eurosFr(s.debit)}, Σ crédit {eurosFr(s.credit)} :{" "}
      <span className={s.equilibre ? styles.equilibre : styles.desequilibre}>
        {s.equilibre ? "journal équilibré" : `journal déséquilibré (écart ${eurosFr(Math.abs(s.debit - s.credit))}${s.desequilibrees.length ? `, ${s.desequilibrees.length} écriture${s.desequilibrees.length > 1 ? "s" : ""} déséquilibrée${s.desequilibrees.length > 1 ? "s" : ""}` : ""})`}
      </span>
    </p>
  );
}

function Apercu({ lignes }: { lignes: readonly (readonly string[])[] }): JSX.Element | null {
  const styles = useStyles();
  const t = useTypographie();
  if (lignes.length === 0) return null;
  const montrees = lignes.slice(0, APERCU_LIGNES);
  const largeur = Math.min(APERCU_COLONNES, Math.max(...montrees.map((l) => l.length)));
  return (
    <div>
      <p className={t.fort}>Premières lignes du fichier</p>
      <div className={styles.defilement} tabIndex={0} role="region" aria-label="Aperçu des premières lignes du fichier">
        <table className={styles.apercu}>
          <tbody>
            {montrees.map((l, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {Array.from({ length: largeur }, (_, j) => (
                  <td key={j} title={l[j] ?? ""}>
                    {l[j] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** La correspondance modifiable : une liste par champ du journal, les en-têtes du fichier comme choix. */
function EditeurColonnes(props: { modele: ModeleCorrespondance; colonnes: Colonnes; relire: (c: Colonnes) => void; occupe: boolean }): JSX.Element {
  const styles = useStyles();
  const commun = useStylesEtape();
  const t = useTypographie();
  const [choix, setChoix] = useState<Colonnes>(props.colonnes);
  const options = [{ valeur: "", texte: "— aucune —" }, ...props.modele.entetes.map((e, i) => ({ valeur: String(i), texte: e.startsWith("colonne ") || e === "" ? `colonne ${i + 1}` : `${i + 1}. ${e}` }))];
  return (
    <div className={styles.racine}>
      <p className={mergeClasses(t.legende, t.secondaire)}>
        Choisissez la colonne du fichier de chaque champ : au moins Date, Compte et Débit et Crédit (ou Montant, signé, avec ou sans Sens).
      </p>
      <div className={styles.editeur}>
        {CHAMPS.map((champ) => (
          <ListeDeroulante
            key={champ}
            libelle={NOM_CHAMP[champ]}
            valeur={choix[champ] === undefined ? "" : String(choix[champ])}
            options={options}
            changer={(v) => setChoix((c) => ({ ...c, [champ]: v === "" ? undefined : Number(v) }))}
          />
        ))}
      </div>
      <div className={commun.boutons}>
        <Button appearance="primary" disabledFocusable={props.occupe} onClick={() => props.relire(choix)}>
          Relire avec ces colonnes
        </Button>
      </div>
    </div>
  );
}

export interface ProprietesLecture {
  issue: IssueImport;
  /** Correspondance modifiable (fichier à séparateur), sinon undefined. */
  modele?: ModeleCorrespondance;
  /** Colonnes imposées par l'utilisateur (undefined : reconnaissance automatique). */
  colonnes?: Colonnes;
  relire: (c: Colonnes | undefined) => void;
  occupe: boolean;
}

export function LectureImport({ issue, modele, colonnes, relire, occupe }: ProprietesLecture): JSX.Element {
  const styles = useStyles();
  const commun = useStylesEtape();
  const t = useTypographie();
  const r = issue.resultat;
  const nonReconnu = !issue.ok && !!r && r.colonnes.length === 0 && !r.reconnaissance;
  const [modifier, setModifier] = useState(false);
  const editer = modifier || (nonReconnu && !!modele);
  const erreurs = !issue.ok ? issue.anomalies : [];
  const nombreErreurs = r?.nombreErreurs ?? erreurs.length;
  const actuelles: Colonnes = colonnes ?? Object.fromEntries((r?.colonnes ?? []).map((c) => [c.champ, c.index]));
  return (
    <div className={styles.racine}>
      {r && (r.reconnaissance || r.encodage) && (
        <div className={mergeClasses(commun.encadre, styles.fiche)} aria-label="Fichier lu">
          {r.reconnaissance && (
            <p className={t.legende}>
              <span className={t.fort}>Format : {r.reconnaissance.libelle}</span> — {r.reconnaissance.raison}.
            </p>
          )}
          {r.encodage && (
            <p className={t.legende}>
              Encodage : {r.encodage.libelle} ({r.encodage.raison}){r.reconnaissance?.format !== "sage" ? ` ; séparateur : ${nomSeparateur(r.separateur)}` : ""}.
            </p>
          )}
          {r.colonnes.length > 0 && (
            <>
              <p className={t.legende}>Colonnes reconnues :</p>
              <ul className={mergeClasses(styles.colonnes, t.legende)} aria-label="Colonnes reconnues">
                {r.colonnes.map((c) => (
                  <li key={c.champ}>{phraseColonne(c.champ, c.source)}</li>
                ))}
              </ul>
            </>
          )}
          {r.reconnaissance?.format === "fec" && <p className={mergeClasses(t.legende, t.secondaire)}>Les 18 zones du FEC sont lues par leur nom (JournalCode, EcritureNum, CompteNum…).</p>}
          {modele && !editer && (
            <div className={commun.boutons}>
              <Button size="small" disabledFocusable={occupe} onClick={() => setModifier(true)}>
                Modifier les colonnes
              </Button>
              {colonnes && (
                <Button size="small" appearance="subtle" disabledFocusable={occupe} onClick={() => relire(undefined)}>
                  Reconnaissance automatique
                </Button>
              )}
            </div>
          )}
        </div>
      )}
      {editer && modele && (
        <EditeurColonnes
          modele={modele}
          colonnes={actuelles}
          occupe={occupe}
          relire={(c) => {
            setModifier(false);
            relire(c);
          }}
        />
      )}
      {r && <Apercu lignes={r.apercu} />}
      {r && <Totaux resultat={r} />}
      {issue.ok && <ListeRemarques remarques={issue.preparation.remarques} genre="alertes" titre="À vérifier (non bloquant)" />}
      {erreurs.length > 0 && (
        <>
          <ListeRemarques remarques={erreurs.slice(0, ERREURS_CITEES)} genre="erreurs" titre={`Erreurs (${nombreErreurs.toLocaleString("fr-FR")})`} />
          {nombreErreurs > ERREURS_CITEES && (
            <p className={mergeClasses(t.legende, t.secondaire)}>
              … et {(nombreErreurs - ERREURS_CITEES).toLocaleString("fr-FR")} autre{nombreErreurs - ERREURS_CITEES > 1 ? "s" : ""} : corrigez d'abord celles-ci, puis relisez le fichier.
            </p>
          )}
        </>
      )}
    </div>
  );
}
