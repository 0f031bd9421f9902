/**
 * Ce que partagent les étapes des modules du volet (Comptabilité, Paie) : le cadre (filet au-dessus), l'en-tête
 * (pastille numérotée, titre, phrase d'explication), la barre de progression avec son bouton « Annuler », et les
 * styles communs (rangée de boutons, encadré de résumé, cellule citée en chasse fixe).
 */
import type { JSX, ReactNode } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTypographie } from "./typographie";

export const useStylesEtape = makeStyles({
  cadre: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** Module qui espace lui-même ses étapes (Paie) : pas de marge basse. */
  cadreCompact: { paddingBottom: 0 },
  titre: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  pastille: {
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
  pastilleCompacte: { width: "20px", height: "20px" },
  boutons: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap", alignItems: "center" },
  /** Encadré grisé (résumé d'un plan, fiche d'un fichier lu). */
  encadre: {
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
  /** Une cellule citée (« Journal!C7 ») dans une liste d'anomalies ou de constats. */
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

export interface ProprietesCadreEtape {
  /** Numéro de la pastille ; sans numéro, le titre seul (étape hors séquence, comme le FEC). */
  numero?: number;
  titre: string;
  explication: ReactNode;
  /** Identifiant du titre : le cadre devient une région (section) nommée par lui ; sans identifiant, un simple bloc. */
  id?: string;
  /** Présentation du module Paie : pastille de 20 px et pas de marge basse. */
  compact?: boolean;
  children?: ReactNode;
}

/** Le cadre d'une étape : filet, pastille numérotée, titre, explication, puis le contenu. */
export function CadreEtape(props: ProprietesCadreEtape): JSX.Element {
  const styles = useStylesEtape();
  const t = useTypographie();
  const Balise = props.id ? "section" : "div";
  return (
    <Balise className={mergeClasses(styles.cadre, props.compact && styles.cadreCompact)} aria-labelledby={props.id}>
      <h3 className={props.numero === undefined ? t.sousSection : mergeClasses(t.sousSection, styles.titre)} id={props.id}>
        {props.numero !== undefined && (
          <span className={mergeClasses(styles.pastille, props.compact && styles.pastilleCompacte)} aria-hidden="true">
            {props.numero}
          </span>
        )}
        {props.titre}
      </h3>
      <p className={mergeClasses(t.legende, t.secondaire)}>{props.explication}</p>
      {props.children}
    </Balise>
  );
}

/** La barre de progression d'une lecture ou d'une écriture, son libellé et le bouton « Annuler ». */
export function Progression(props: { fraction: number; libelle: string; annulation: boolean; annuler: () => void; quoi: string }): JSX.Element {
  const styles = useStylesEtape();
  const t = useTypographie();
  return (
    <div className={styles.progression}>
      <progress className={styles.barre} value={props.fraction} max={1} aria-label={`${props.quoi} : ${Math.round(props.fraction * 100)} %`} />
      <div className={styles.boutons}>
        <span className={mergeClasses(t.legende, t.secondaire)}>{props.libelle}</span>
        <Button appearance="subtle" size="small" disabledFocusable={props.annulation} onClick={props.annuler}>
          Annuler
        </Button>
      </div>
    </div>
  );
}
