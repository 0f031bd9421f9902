/** Une étape du module « Paie » : pastille numérotée, titre, phrase d'explication, puis ses commandes. */
import type { JSX, ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTypographie } from "../../composants/typographie";

const useStyles = makeStyles({
  etape: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  titre: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  pastille: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function Etape(props: { numero: number; titre: string; texte: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  return (
    <div className={styles.etape}>
      <h3 className={mergeClasses(t.sousSection, styles.titre)}>
        <span className={styles.pastille} aria-hidden="true">
          {props.numero}
        </span>
        {props.titre}
      </h3>
      <p className={mergeClasses(t.legende, t.secondaire)}>{props.texte}</p>
      {props.children}
    </div>
  );
}
