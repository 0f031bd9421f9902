/**
 * Les lignes visibles de la grille : numéro de ligne (figé à gauche) et cellules, affichées comme Excel en français.
 * Un texte déborde sur les cellules vides à sa droite ; un nombre trop large s'affiche « ### ».
 */
import { memo, type CSSProperties, type JSX } from "react";
import { formaterCellule } from "../../src/classeur/adresses";
import type { ClasseurApercu } from "../../src/classeur/apercu";
import type { CelluleAffichee, Decor } from "../../src/classeur/apercu";
import { largeurTexte } from "./edition";
import { HAUTEUR_LIGNE, LARGEUR_NUMEROS, type Colonnes } from "./geometrie";
import { useStylesGrille } from "./styles";

const DEBORD_MAX = 900;
const MARGE = 8;

interface Props {
  classeur: ClasseurApercu;
  feuille: string;
  premiere: number;
  derniere: number;
  cols: Colonnes;
  /** Version du contenu : les lignes ne se redessinent que si elle change. */
  version: number;
  /** Lignes de la sélection (numéros mis en évidence). */
  selection: { debut: number; fin: number };
}

function styleCellule(aff: CelluleAffichee, decor: Decor, largeur: number): CSSProperties {
  const s: CSSProperties = { width: largeur };
  if (decor.entete) {
    s.backgroundColor = "#4472c4";
    s.color = "#ffffff";
    s.fontWeight = 600;
  } else if (decor.bande) s.backgroundColor = "#d9e1f2";
  if (decor.remplissage) s.backgroundColor = decor.remplissage;
  if (decor.police) s.color = decor.police;
  if (aff.couleur) s.color = aff.couleur;
  if (aff.genre === "erreur") s.color = "#c50f1f";
  return s;
}

interface PropsLigne {
  classeur: ClasseurApercu;
  feuille: string;
  ligne: number;
  cols: Colonnes;
  version: number;
  active: boolean;
}

const Ligne = memo(function Ligne({ classeur, feuille, ligne, cols, active }: PropsLigne): JSX.Element {
  const styles = useStylesGrille();
  const n = cols.largeurs.length;
  const cellules = Array.from({ length: n }, (_, c) => ({ aff: classeur.cellule(feuille, { ligne, colonne: c }), decor: classeur.decor(feuille, { ligne, colonne: c }) }));
  return (
    <div role="row" aria-rowindex={ligne + 2} className={styles.ligne} style={{ height: HAUTEUR_LIGNE }}>
      <div role="rowheader" className={`${styles.numero} ${active ? styles.numeroActif : ""}`} style={{ width: LARGEUR_NUMEROS }} data-numero={ligne}>
        {ligne + 1}
      </div>
      {cellules.map(({ aff, decor }, c) => {
        const largeur = cols.largeurs[c];
        const adresse = formaterCellule({ ligne, colonne: c });
        let texte = aff.texte;
        let debord = 0;
        if (aff.genre === "texte" && texte && !decor.entete) {
          // Le texte passe sur les cellules vides voisines, comme dans Excel.
          const besoin = largeurTexte(texte) + MARGE;
          for (let k = c + 1; k < n && largeur + debord < Math.min(besoin, DEBORD_MAX); k++) {
            if (cellules[k].aff.genre !== "vide") break;
            debord += cols.largeurs[k];
          }
        } else if (aff.genre === "nombre" && largeurTexte(texte) + MARGE > largeur) {
          texte = "#".repeat(Math.max(1, Math.floor((largeur - MARGE) / 7)));
        }
        const alignement = aff.alignement === "droite" ? styles.droite : aff.alignement === "centre" ? styles.centre : styles.gauche;
        return (
          <div
            key={c}
            id={`cellule-${adresse}`}
            role="gridcell"
            aria-colindex={c + 2}
            data-l={ligne}
            data-c={c}
            data-adresse={adresse}
            className={`${styles.cellule} ${alignement}`}
            style={styleCellule(aff, decor, largeur)}
            title={aff.message || (texte !== aff.texte ? aff.texte : undefined)}
          >
            {texte && (
              <span className={debord > 0 ? styles.deborde : styles.texte} style={debord > 0 ? { width: largeur + debord - MARGE } : undefined}>
                {texte}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
});

export function Lignes({ classeur, feuille, premiere, derniere, cols, version, selection }: Props): JSX.Element {
  const styles = useStylesGrille();
  const lignes: JSX.Element[] = [];
  for (let l = premiere; l <= derniere; l++) {
    const active = l >= selection.debut && l <= selection.fin;
    lignes.push(<Ligne key={l} classeur={classeur} feuille={feuille} ligne={l} cols={cols} version={version} active={active} />);
  }
  return <div className={styles.corps}>{lignes}</div>;
}
