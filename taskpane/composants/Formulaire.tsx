/**
 * Champs des formulaires des modules : liste déroulante native habillée comme le choix du module (clavier, lecteurs
 * d'écran, bundle léger), champ de texte avec son étiquette et son aide, et le choix du tableau à lire — une feuille
 * du classeur (la liste est relue à chaque ouverture) ou la plage sélectionnée.
 */
import { useCallback, useEffect, useId, useState, type JSX } from "react";
import { Input, Label, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { Source } from "../../src/actions/commun/source";
import type { Classeur } from "../../src/classeur/port";
import { normaliserMotCle } from "../../src/core/nombres";

export const useStylesListe = makeStyles({
  champ: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  cadre: { position: "relative", display: "flex" },
  liste: {
    ...typographyStyles.body1,
    appearance: "none",
    width: "100%",
    minWidth: 0,
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
    textOverflow: "ellipsis",
    ":hover": { borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover },
  },
  focus: createFocusOutlineStyle(),
  aide: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  saisie: { width: "100%", minWidth: 0 },
  chevron: {
    position: "absolute",
    right: tokens.spacingHorizontalS,
    top: "50%",
    transform: "translateY(-50%)",
    pointerEvents: "none",
    color: tokens.colorNeutralForeground3,
  },
});

export function Chevron({ className }: { className: string }): JSX.Element {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Une liste déroulante native avec son étiquette. */
export function ListeDeroulante(props: {
  libelle: string;
  valeur: string;
  options: readonly { valeur: string; texte: string }[];
  changer: (valeur: string) => void;
  auFocus?: () => void;
  desactivee?: boolean;
}): JSX.Element {
  const styles = useStylesListe();
  const id = useId();
  return (
    <div className={styles.champ}>
      <Label htmlFor={id}>{props.libelle}</Label>
      <span className={styles.cadre}>
        <select
          id={id}
          className={mergeClasses(styles.liste, styles.focus)}
          value={props.valeur}
          disabled={props.desactivee}
          onChange={(e) => props.changer(e.target.value)}
          onFocus={props.auFocus}
        >
          {props.options.map((o) => (
            <option key={o.valeur} value={o.valeur}>
              {o.texte}
            </option>
          ))}
        </select>
        <Chevron className={styles.chevron} />
      </span>
    </div>
  );
}

const SELECTION = "\u0000selection";

/** Clé d'une source, pour comparer et mémoriser le choix. */
export const cleSource = (s: Source | undefined): string => (!s ? "" : s.genre === "selection" ? SELECTION : `feuille:${s.feuille}`);

/**
 * Le choix de la source. La première fois, la feuille dont le nom contient le premier des `motsCles` trouvé (sans
 * accents ni majuscules) est proposée, sinon la première feuille.
 */
export function ChoixSource(props: {
  classeur: Classeur;
  libelle: string;
  motsCles: readonly string[];
  valeur: Source | undefined;
  changer: (s: Source) => void;
}): JSX.Element {
  const { classeur, motsCles, valeur, changer } = props;
  const [feuilles, setFeuilles] = useState<string[]>([]);

  const relire = useCallback(async () => {
    const noms = await classeur.nomsFeuilles().catch(() => [] as string[]);
    setFeuilles(noms);
    return noms;
  }, [classeur]);

  useEffect(() => {
    let actif = true;
    void relire().then((noms) => {
      if (!actif || valeur) return;
      // Le premier mot-clé l'emporte : « mouvement » avant « stock » (sinon « Fiche de stock P013 » pourrait passer devant).
      const trouvee = motsCles.map((m) => noms.find((n) => normaliserMotCle(n).includes(m))).find((n) => n !== undefined);
      if (trouvee ?? noms[0]) changer({ genre: "feuille", feuille: trouvee ?? noms[0] });
    });
    return () => {
      actif = false;
    };
    // Au montage seulement : ensuite la liste est relue quand on ouvre la liste déroulante.
  }, []);

  const options = [
    ...feuilles.map((f) => ({ valeur: `feuille:${f}`, texte: `Feuille « ${f} »` })),
    ...(valeur?.genre === "feuille" && !feuilles.includes(valeur.feuille) ? [{ valeur: cleSource(valeur), texte: `Feuille « ${valeur.feuille} »` }] : []),
    { valeur: SELECTION, texte: "La plage sélectionnée (en-têtes compris)" },
  ];
  return (
    <ListeDeroulante
      libelle={props.libelle}
      valeur={cleSource(valeur)}
      options={options}
      auFocus={() => void relire()}
      changer={(v) => changer(v === SELECTION ? { genre: "selection" } : { genre: "feuille", feuille: v.slice("feuille:".length) })}
    />
  );
}

/** Un champ de texte avec son étiquette et, dessous, une aide discrète. */
export function ChampTexte(props: {
  libelle: string;
  valeur: string;
  changer: (v: string) => void;
  aide?: string;
  placeholder?: string;
  mode?: "decimal" | "numeric" | "text";
}): JSX.Element {
  const styles = useStylesListe();
  const id = useId();
  return (
    <div className={styles.champ}>
      <Label htmlFor={id}>{props.libelle}</Label>
      <Input
        id={id}
        className={styles.saisie}
        value={props.valeur}
        onChange={(_, d) => props.changer(d.value)}
        placeholder={props.placeholder}
        inputMode={props.mode}
        aria-describedby={props.aide ? `${id}-aide` : undefined}
      />
      {props.aide && (
        <span id={`${id}-aide`} className={styles.aide}>
          {props.aide}
        </span>
      )}
    </div>
  );
}
