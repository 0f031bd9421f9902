/**
 * Choix du module du PGI : une liste déroulante native (clavier, lecteurs d'écran, largeur de 350 px) habillée
 * aux couleurs de Fluent, sans le composant Select (bundle du volet, office-addin.md § 5.3).
 */
import { useId, type JSX } from "react";
import { Label, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { ModulePgi } from "../types";

const useStyles = makeStyles({
  racine: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  cadre: { position: "relative", flexGrow: 1, minWidth: 0, display: "flex" },
  liste: {
    ...typographyStyles.body1,
    appearance: "none",
    width: "100%",
    height: "32px",
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: "32px",
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover },
  },
  focus: createFocusOutlineStyle(),
  chevron: {
    position: "absolute",
    right: tokens.spacingHorizontalS,
    top: "50%",
    transform: "translateY(-50%)",
    pointerEvents: "none",
    color: tokens.colorNeutralForeground3,
  },
});

export function ChoixModule(props: { modules: readonly ModulePgi[]; valeur: string; choisir: (id: string) => void }): JSX.Element {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.racine}>
      <Label htmlFor={id} weight="semibold">
        Module
      </Label>
      <span className={styles.cadre}>
        <select id={id} className={mergeClasses(styles.liste, styles.focus)} value={props.valeur} onChange={(e) => props.choisir(e.target.value)}>
          {props.modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.titre}
              {m.Composant ? "" : " (bientôt)"}
            </option>
          ))}
        </select>
        <svg className={styles.chevron} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
    </div>
  );
}
