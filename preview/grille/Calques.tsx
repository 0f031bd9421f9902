/**
 * Ce qui se dessine par-dessus les cellules : cadre de sélection, contour d'un résultat renversé, zone de saisie,
 * bouton et liste de la liste déroulante (validation).
 */
import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from "react";
import { formaterCellule } from "../../src/classeur/adresses";
import { largeurTexte } from "./edition";
import { cadre, type Colonnes } from "./geometrie";
import type { ProprietesGrille } from "./Grille";
import { useStylesGrille } from "./styles";

interface Props extends ProprietesGrille {
  cols: Colonnes;
  premiere: number;
  derniere: number;
  listeOuverte: boolean;
  setListeOuverte(ouverte: boolean): void;
}

export function Calques(props: Props): JSX.Element {
  const { classeur, feuille, edition, cols } = props;
  const styles = useStylesGrille();
  const selection = classeur.selectionCourante();
  const active = selection.active;
  const boite = cadre(selection.zone, cols);
  const cellule = cadre({ debut: active, fin: active }, cols);
  const unique = selection.zone.debut.ligne === selection.zone.fin.ligne && selection.zone.debut.colonne === selection.zone.fin.colonne;
  const renversement = classeur.renversement(feuille, active);
  const decor = classeur.decor(feuille, active);
  const editeur = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (edition?.source === "cellule") {
      const el = editeur.current;
      if (el && document.activeElement !== el) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }
    }
  }, [edition?.source, edition?.position.ligne, edition?.position.colonne]);

  const surTouche = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!edition) return;
    const fleches: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (e.key === "Enter" && !e.altKey) {
      e.preventDefault();
      props.valider([e.shiftKey ? -1 : 1, 0]);
    } else if (e.key === "Tab") {
      e.preventDefault();
      props.valider([0, e.shiftKey ? -1 : 1]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      props.annulerEdition();
    } else if (fleches[e.key] && edition.mode === "entrer" && !edition.texte.startsWith("=")) {
      e.preventDefault();
      props.valider(fleches[e.key]);
    } else if (e.key === "F2") {
      e.preventDefault();
    }
  };

  const largeurEditeur = edition ? Math.min(600, Math.max(cellule.width + 1, largeurTexte(edition.texte) + 16)) : 0;

  return (
    <>
      {renversement && (
        <div className={styles.renversement} style={cadre(renversement, cols)} aria-hidden="true" />
      )}
      {!unique && <div className={`${styles.selection} ${styles.plage}`} style={{ ...boite, left: boite.left - 1, top: boite.top - 1, width: boite.width + 1, height: boite.height + 1 }} aria-hidden="true" />}
      <div className={styles.selection} style={{ left: cellule.left - 1, top: cellule.top - 1, width: cellule.width + 1, height: cellule.height + 1, borderWidth: unique ? 2 : 1 }} aria-hidden="true">
        {unique && <div className={styles.poignee} />}
      </div>
      {edition && (
        <input
          ref={editeur}
          className={styles.editeur}
          style={{ left: cellule.left - 1, top: cellule.top - 1, width: largeurEditeur, height: cellule.height + 1 }}
          value={edition.texte}
          readOnly={edition.source !== "cellule"}
          tabIndex={edition.source === "cellule" ? 0 : -1}
          aria-label={`Contenu de la cellule ${formaterCellule(edition.position)}`}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => props.changerTexte(e.target.value)}
          onKeyDown={surTouche}
          onMouseDown={(e) => e.stopPropagation()}
        />
      )}
      {!edition && decor.liste && (
        <button
          type="button"
          className={styles.boutonListe}
          style={{ left: cellule.left + cellule.width + 1, top: cellule.top }}
          aria-label={`Choisir une valeur pour ${formaterCellule(active)} (Alt+Bas)`}
          aria-haspopup="listbox"
          aria-expanded={props.listeOuverte}
          tabIndex={-1}
          onMouseDown={(e) => {
            e.stopPropagation();
            e.preventDefault();
            props.setListeOuverte(!props.listeOuverte);
          }}
        >
          ▼
        </button>
      )}
      {!edition && decor.liste && props.listeOuverte && (
        <ListeChoix
          choix={decor.liste}
          gauche={cellule.left}
          haut={cellule.top + cellule.height}
          largeur={cellule.width}
          fermer={() => {
            props.setListeOuverte(false);
            props.grilleRef.current?.focus();
          }}
          choisir={(v) => {
            // Une valeur de la liste est toujours acceptée par la validation.
            classeur.saisir(feuille, active, v);
            props.setListeOuverte(false);
            props.grilleRef.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ListeChoix(props: { choix: string[]; gauche: number; haut: number; largeur: number; fermer(): void; choisir(v: string): void }): JSX.Element {
  const styles = useStylesGrille();
  const [index, setIndex] = useState(0);
  const liste = useRef<HTMLUListElement>(null);
  useEffect(() => liste.current?.focus(), []);
  const surTouche = (e: KeyboardEvent<HTMLUListElement>) => {
    e.stopPropagation();
    if (e.key === "ArrowDown") setIndex((i) => Math.min(props.choix.length - 1, i + 1));
    else if (e.key === "ArrowUp") setIndex((i) => Math.max(0, i - 1));
    else if (e.key === "Enter") props.choisir(props.choix[index]);
    else if (e.key === "Escape" || e.key === "Tab") props.fermer();
    else return;
    e.preventDefault();
  };
  return (
    <ul
      ref={liste}
      role="listbox"
      aria-label="Valeurs autorisées"
      aria-activedescendant={`choix-${index}`}
      tabIndex={-1}
      className={styles.liste}
      style={{ left: props.gauche, top: props.haut + 1, minWidth: props.largeur }}
      onKeyDown={surTouche}
      onMouseDown={(e) => e.stopPropagation()}
      onBlur={props.fermer}
    >
      {props.choix.map((c, i) => (
        <li
          key={`${c}-${i}`}
          id={`choix-${i}`}
          role="option"
          aria-selected={i === index}
          className={`${styles.option} ${i === index ? styles.optionActive : ""}`}
          onMouseEnter={() => setIndex(i)}
          onMouseDown={(e) => {
            e.preventDefault();
            props.choisir(c);
          }}
        >
          {c}
        </li>
      ))}
    </ul>
  );
}
