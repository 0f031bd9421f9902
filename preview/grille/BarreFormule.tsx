/**
 * Zone Nom (adresse de la sélection, on peut y taper « B12 » pour y aller) et barre de formule (formule française
 * de la cellule active ; celle d'un résultat renversé est montrée grisée, comme dans Excel).
 */
import { useState, type JSX, type KeyboardEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formaterCellule, formaterRectangle } from "../../src/classeur/adresses";
import type { ClasseurApercu } from "../../src/classeur/apercu";
import type { Edition } from "./edition";

const useStyles = makeStyles({
  barre: {
    display: "flex",
    alignItems: "stretch",
    columnGap: "6px",
    padding: "4px 6px",
    backgroundColor: "#ffffff",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
  },
  nom: {
    width: "96px",
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: "2px 6px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
  },
  fx: { alignSelf: "center", color: tokens.colorNeutralForeground3, fontStyle: "italic", fontWeight: 600, padding: "0 4px", fontFamily: "Cambria, Georgia, serif" },
  formule: {
    flexGrow: 1,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: "2px 6px",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "13px",
  },
  heritee: { color: tokens.colorNeutralForeground4 },
});

interface Props {
  classeur: ClasseurApercu;
  feuille: string;
  edition: Edition | null;
  editerDansBarre(): void;
  changerTexte(texte: string): void;
  valider(deplacement: [number, number] | null): boolean;
  annulerEdition(): void;
  allerA(adresse: string): boolean;
}

export function BarreFormule(props: Props): JSX.Element {
  const styles = useStyles();
  const { classeur, feuille, edition } = props;
  const selection = classeur.selectionCourante();
  const contenu = classeur.contenu(feuille, selection.active);
  const adresse = selection.zone.debut.ligne === selection.zone.fin.ligne && selection.zone.debut.colonne === selection.zone.fin.colonne
    ? formaterCellule(selection.active)
    : formaterRectangle(selection.zone);
  // Texte tapé dans la zone Nom (null : elle montre l'adresse de la sélection).
  const [saisi, setSaisi] = useState<string | null>(null);
  const nom = saisi ?? adresse;

  const surToucheNom = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      props.allerA(nom);
      setSaisi(null);
    } else if (e.key === "Escape") setSaisi(null);
  };

  const surToucheFormule = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!edition) return;
    if (e.key === "Enter") {
      e.preventDefault();
      props.valider([e.shiftKey ? -1 : 1, 0]);
    } else if (e.key === "Tab") {
      e.preventDefault();
      props.valider([0, e.shiftKey ? -1 : 1]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      props.annulerEdition();
    }
  };

  return (
    <div className={styles.barre}>
      <input className={styles.nom} aria-label="Zone Nom : adresse de la sélection" value={nom} onChange={(e) => setSaisi(e.target.value)} onKeyDown={surToucheNom} onFocus={(e) => e.target.select()} onBlur={() => setSaisi(null)} spellCheck={false} />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <input
        className={`${styles.formule} ${!edition && contenu.heritee ? styles.heritee : ""}`}
        aria-label="Barre de formule"
        value={edition ? edition.texte : contenu.texte}
        readOnly={!edition && contenu.heritee}
        title={contenu.heritee && !edition ? "Cette cellule reçoit une partie du résultat de la formule ci-dessus (résultat renversé)." : undefined}
        spellCheck={false}
        autoComplete="off"
        onFocus={() => {
          if (!edition && !contenu.heritee) props.editerDansBarre();
        }}
        onChange={(e) => props.changerTexte(e.target.value)}
        onKeyDown={surToucheFormule}
      />
    </div>
  );
}
