/** Liste des anomalies ou remarques d'un journal : la cellule à retrouver (en chasse fixe), puis le message. */
import type { JSX } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AnomalieJournal } from "../../../src/actions/compta";
import { useTypographie } from "../../composants/typographie";

/** Au-delà, la liste dit combien d'autres il y a (le volet reste lisible). */
const AFFICHEES = 50;

const useStyles = makeStyles({
  liste: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "220px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  erreurs: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  alertes: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  item: { overflowWrap: "anywhere" },
  cellule: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    marginRight: tokens.spacingHorizontalXS,
  },
});

export function ListeRemarques(props: { remarques: readonly AnomalieJournal[]; genre: "erreurs" | "alertes"; titre: string }): JSX.Element | null {
  const styles = useStyles();
  const t = useTypographie();
  const { remarques, genre } = props;
  if (remarques.length === 0) return null;
  const reste = remarques.length - AFFICHEES;
  return (
    <div>
      <p className={t.fort}>{props.titre}</p>
      <ul className={mergeClasses(styles.liste, styles[genre])} aria-label={props.titre}>
        {remarques.slice(0, AFFICHEES).map((r, i) => (
          <li key={i} className={mergeClasses(t.legende, styles.item)}>
            {r.cellule && (
              <span className={styles.cellule} title="Cellule à vérifier">
                {r.cellule}
              </span>
            )}
            {r.message}
          </li>
        ))}
        {reste > 0 && <li className={mergeClasses(t.legende, t.secondaire)}>… et {reste} autres.</li>}
      </ul>
    </div>
  );
}
