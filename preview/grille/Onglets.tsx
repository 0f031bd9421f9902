/** Onglets des feuilles (flèches gauche/droite pour passer de l'un à l'autre), nouvelle feuille, barre d'état. */
import { useRef, type JSX, type KeyboardEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ClasseurApercu } from "../../src/classeur/apercu";
import { formaterNombre } from "../../src/classeur/apercu/formats-nombre";
import { VERT_EXCEL } from "./styles";

const useStyles = makeStyles({
  barre: {
    display: "flex",
    alignItems: "stretch",
    minHeight: "32px",
    backgroundColor: "#f3f3f3",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
  },
  onglets: { display: "flex", overflowX: "auto", minWidth: 0, flexShrink: 1, scrollbarWidth: "thin" },
  onglet: {
    border: "none",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    padding: "0 14px",
    cursor: "pointer",
    whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
    color: "#333",
    ":hover": { backgroundColor: "#e6e6e6" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  actif: {
    backgroundColor: "#ffffff",
    color: VERT_EXCEL,
    fontWeight: 600,
    borderBottom: `3px solid ${VERT_EXCEL}`,
    ":hover": { backgroundColor: "#ffffff" },
  },
  ajout: { border: "none", backgroundColor: "transparent", fontSize: "18px", padding: "0 12px", cursor: "pointer", color: "#555", ":hover": { backgroundColor: "#e6e6e6" } },
  etat: { marginLeft: "auto", display: "flex", alignItems: "center", columnGap: "16px", padding: "0 12px", color: "#444", whiteSpace: "nowrap" },
});

export function Onglets({ classeur, feuille }: { classeur: ClasseurApercu; feuille: string }): JSX.Element {
  const styles = useStyles();
  const feuilles = classeur.feuilles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selection = classeur.selectionCourante();
  const stats = classeur.statistiques(feuille, selection.zone);

  const surTouche = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const suivant = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? feuilles.length - 1 : undefined;
    if (suivant === undefined) return;
    e.preventDefault();
    const j = (suivant + feuilles.length) % feuilles.length;
    classeur.activerFeuille(feuilles[j]);
    refs.current[j]?.focus();
  };

  const nouvelle = () => {
    let n = feuilles.length + 1;
    while (feuilles.some((f) => f.toLowerCase() === `feuil${n}`)) n++;
    void classeur.appliquer([{ type: "feuille", nom: `Feuil${n}`, remplacer: false, activer: true }]);
  };

  return (
    <div className={styles.barre}>
      <div role="tablist" aria-label="Feuilles du classeur" className={styles.onglets}>
        {feuilles.map((f, i) => (
          <button
            key={f}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={f === feuille}
            tabIndex={f === feuille ? 0 : -1}
            className={`${styles.onglet} ${f === feuille ? styles.actif : ""}`}
            onClick={() => classeur.activerFeuille(f)}
            onKeyDown={(e) => surTouche(e, i)}
          >
            {f}
          </button>
        ))}
      </div>
      <button type="button" className={styles.ajout} onClick={nouvelle} aria-label="Nouvelle feuille" title="Nouvelle feuille">
        +
      </button>
      <div className={styles.etat} aria-live="polite">
        {stats.nombres > 1 && <span>Moyenne : {formaterNombre(stats.moyenne ?? 0).texte}</span>}
        {stats.valeurs > 1 && <span>Nb (non vides) : {stats.valeurs}</span>}
        {stats.nombres > 1 && <span>Somme : {formaterNombre(stats.somme, "#,##0.##").texte.replace(/,$/, "")}</span>}
      </div>
    </div>
  );
}
