/**
 * Liste des anomalies ou remarques d'un journal : la cellule à retrouver (en chasse fixe), puis le message ; et le
 * compte rendu d'une écriture réussie (message, puis ce qui reste à vérifier).
 */
import type { JSX } from "react";
import { MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Remarque } from "../../../src/actions/compta";
import { useStylesEtape } from "../../composants/CadreEtape";
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
});

export function ListeRemarques(props: { remarques: readonly Remarque[]; genre: "erreurs" | "alertes"; titre: string }): JSX.Element | null {
  const styles = useStyles();
  const commun = useStylesEtape();
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
              <span className={commun.cellule} title="Cellule à vérifier">
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

/** Compte rendu d'une écriture réussie : le message, puis les remarques non bloquantes. */
export function Reussite(props: { message: string; remarques: readonly Remarque[] }): JSX.Element {
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{props.message}</MessageBarBody>
      </MessageBar>
      <ListeRemarques remarques={props.remarques} genre="alertes" titre="À vérifier (non bloquant)" />
    </>
  );
}
