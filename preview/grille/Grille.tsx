/**
 * La grille de l'aperçu : en-têtes figés, lignes virtualisées, sélection à la souris et au clavier, saisie dans la
 * cellule, référence insérée d'un clic pendant la saisie d'une formule, listes déroulantes, graphiques.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent, type MouseEvent } from "react";
import { formaterCellule, type Position } from "../../src/classeur/adresses";
import type { ClasseurApercu } from "../../src/classeur/apercu";
import { Calques } from "./Calques";
import { actionClavier, bordDonnees, borner, type ActionClavier } from "./clavier";
import { enPointage, type Edition } from "./edition";
import { colonnes, defilementPour, HAUTEUR_LIGNE, lignesVisibles, tailleFeuille, zoneEntre } from "./geometrie";
import { Graphique } from "./Graphique";
import { Lignes } from "./Lignes";
import { useStylesGrille } from "./styles";

export interface ProprietesGrille {
  classeur: ClasseurApercu;
  feuille: string;
  edition: Edition | null;
  /** Commence une saisie dans la cellule active. */
  editer(texte: string | undefined, mode: Edition["mode"]): void;
  changerTexte(texte: string): void;
  /** Valide la saisie puis déplace la cellule active ; faux si la saisie est refusée. */
  valider(deplacement: [number, number] | null): boolean;
  annulerEdition(): void;
  /** F6 : passer au volet. */
  versVolet(): void;
  /** Élément de la grille (pour y revenir après une action). */
  grilleRef: React.RefObject<HTMLDivElement | null>;
}

export function Grille(props: ProprietesGrille): JSX.Element {
  const { classeur, feuille, edition } = props;
  const styles = useStylesGrille();
  const version = classeur.version;
  const selection = classeur.selectionCourante();
  const [vue, setVue] = useState({ haut: 0, gauche: 0, hauteur: 600, largeur: 900 });
  const [listeOuverte, setListeOuverte] = useState(false);
  const glisse = useRef<Position | null>(null);
  const defilement = props.grilleRef;

  const taille = useMemo(() => tailleFeuille(classeur.etendue(feuille)), [classeur, feuille, version]);
  const cols = useMemo(() => colonnes(taille.colonnes, (c) => classeur.largeur(feuille, c)), [classeur, feuille, taille.colonnes, version]);
  const graphiques = useMemo(() => classeur.graphiques(feuille), [classeur, feuille, version]);
  const { premiere, derniere } = lignesVisibles(vue.haut, vue.hauteur, taille.lignes);

  // Taille de la fenêtre de défilement.
  useLayoutEffect(() => {
    const el = defilement.current;
    if (!el) return;
    const mesurer = () => setVue((v) => ({ ...v, hauteur: el.clientHeight, largeur: el.clientWidth }));
    mesurer();
    const obs = new ResizeObserver(mesurer);
    obs.observe(el);
    return () => obs.disconnect();
  }, [defilement]);

  // Nouvelle feuille : retour en haut.
  useEffect(() => {
    defilement.current?.scrollTo({ top: 0, left: 0 });
    setListeOuverte(false);
  }, [feuille, defilement]);

  /** Rend la cellule visible en faisant défiler si besoin. */
  const montrer = (p: Position) => {
    const el = defilement.current;
    if (!el) return;
    const d = defilementPour(p, cols, { haut: el.scrollTop, gauche: el.scrollLeft, hauteur: el.clientHeight, largeur: el.clientWidth });
    if (d.haut !== el.scrollTop || d.gauche !== el.scrollLeft) el.scrollTo({ top: d.haut, left: d.gauche });
  };

  const choisir = (active: Position, coin: Position = active) => {
    const a = borner(active, taille);
    classeur.selectionner(zoneEntre(a, borner(coin, taille)), a);
    setListeOuverte(false);
  };

  const plein = (p: Position) => classeur.cellule(feuille, p).genre !== "vide";

  const executer = (action: ActionClavier): void => {
    const active = selection.active;
    const coin = coinMobile(selection.zone, active);
    const page = Math.max(1, Math.floor(vue.hauteur / HAUTEUR_LIGNE) - 1);
    const bouger = (cible: Position, etendre: boolean) => {
      if (etendre) {
        classeur.selectionner(zoneEntre(active, borner(cible, taille)), active);
        montrer(borner(cible, taille));
      } else {
        choisir(cible);
        montrer(borner(cible, taille));
      }
    };
    switch (action.type) {
      case "deplacer": {
        const depart = action.etendre ? coin : active;
        bouger({ ligne: depart.ligne + action.lignes, colonne: depart.colonne + action.colonnes }, action.etendre);
        return;
      }
      case "bord": {
        const depart = action.etendre ? coin : active;
        bouger(bordDonnees(depart, action.lignes, action.colonnes, taille, plein), action.etendre);
        return;
      }
      case "aller":
        bouger(action.position === "a1" ? { ligne: 0, colonne: 0 } : { ligne: (action.etendre ? coin : active).ligne, colonne: 0 }, action.etendre);
        return;
      case "page": {
        const depart = action.etendre ? coin : active;
        bouger({ ligne: depart.ligne + action.sens * page, colonne: depart.colonne }, action.etendre);
        return;
      }
      case "editer":
        props.editer(action.texte, action.texte === undefined ? "modifier" : "entrer");
        return;
      case "effacer":
        classeur.effacer(feuille, action.puisEditer ? { debut: active, fin: active } : selection.zone);
        if (action.puisEditer) props.editer("", "entrer");
        return;
      case "annuler":
        classeur.annuler();
        return;
      case "retablir":
        classeur.retablir();
        return;
      case "liste":
        if (classeur.decor(feuille, active).liste) setListeOuverte(true);
        return;
      case "tout":
        classeur.selectionner({ debut: { ligne: 0, colonne: 0 }, fin: { ligne: taille.lignes - 1, colonne: taille.colonnes - 1 } }, active);
        return;
      case "volet":
        props.versVolet();
        return;
    }
  };

  const surTouche = (e: KeyboardEvent<HTMLDivElement>) => {
    if (edition || e.target !== e.currentTarget) return;
    const action = actionClavier(e);
    if (!action) return;
    e.preventDefault();
    executer(action);
  };

  const positionDe = (e: MouseEvent): Position | undefined => {
    const el = (e.target as HTMLElement).closest<HTMLElement>("[data-l]");
    if (!el) return undefined;
    return { ligne: Number(el.dataset.l), colonne: Number(el.dataset.c) };
  };

  const surAppui = (e: MouseEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const numero = (e.target as HTMLElement).closest<HTMLElement>("[data-numero]");
    const lettre = (e.target as HTMLElement).closest<HTMLElement>("[data-lettre]");
    if (numero || lettre) {
      // Clic sur un numéro de ligne ou une lettre de colonne : toute la ligne ou toute la colonne.
      if (edition && !props.valider(null)) return;
      e.preventDefault();
      const l = numero ? Number(numero.dataset.numero) : 0;
      const c = lettre ? Number(lettre.dataset.lettre) : 0;
      const zone = numero
        ? { debut: { ligne: l, colonne: 0 }, fin: { ligne: l, colonne: taille.colonnes - 1 } }
        : { debut: { ligne: 0, colonne: c }, fin: { ligne: taille.lignes - 1, colonne: c } };
      classeur.selectionner(zone, zone.debut);
      defilement.current?.focus();
      return;
    }
    const p = positionDe(e);
    if (!p) return;
    if (edition && enPointage(edition)) {
      // Pendant la saisie d'une formule : le clic insère la référence de la cellule.
      e.preventDefault();
      props.changerTexte(edition.texte + formaterCellule(p));
      return;
    }
    if (edition && !props.valider(null)) return;
    e.preventDefault();
    if (e.shiftKey) classeur.selectionner(zoneEntre(selection.active, p), selection.active);
    else choisir(p);
    glisse.current = e.shiftKey ? selection.active : p;
    defilement.current?.focus();
  };

  const surSurvol = (e: MouseEvent<HTMLDivElement>) => {
    if (!glisse.current || (e.buttons & 1) === 0) return;
    const p = positionDe(e);
    if (p) classeur.selectionner(zoneEntre(glisse.current, p), glisse.current);
  };

  useEffect(() => {
    const fin = () => {
      glisse.current = null;
    };
    window.addEventListener("mouseup", fin);
    return () => window.removeEventListener("mouseup", fin);
  }, []);

  const surDoubleClic = (e: MouseEvent<HTMLDivElement>) => {
    const p = positionDe(e);
    if (p && !edition) props.editer(undefined, "modifier");
  };

  const colonneActive = (c: number) => c >= selection.zone.debut.colonne && c <= selection.zone.fin.colonne;

  return (
    <div
      ref={defilement}
      className={styles.defilement}
      role="grid"
      aria-label={`Feuille ${feuille}`}
      aria-rowcount={taille.lignes + 1}
      aria-colcount={taille.colonnes + 1}
      aria-multiselectable="true"
      aria-activedescendant={edition ? undefined : `cellule-${formaterCellule(selection.active)}`}
      tabIndex={0}
      onKeyDown={surTouche}
      onMouseDown={surAppui}
      onMouseMove={surSurvol}
      onDoubleClick={surDoubleClic}
      onScroll={(e) => {
        const el = e.currentTarget;
        setVue((v) => (v.haut === el.scrollTop && v.gauche === el.scrollLeft ? v : { ...v, haut: el.scrollTop, gauche: el.scrollLeft }));
      }}
    >
      <div className={styles.contenu} style={{ width: cols.total, height: (taille.lignes + 1) * HAUTEUR_LIGNE }}>
        <div role="row" aria-rowindex={1} className={styles.entete} style={{ width: cols.total }}>
          <div className={styles.coin} role="columnheader" aria-label="Coin de la feuille" />
          {cols.largeurs.map((l, c) => (
            <div
              key={c}
              role="columnheader"
              aria-colindex={c + 2}
              data-lettre={c}
              className={`${styles.lettre} ${colonneActive(c) ? styles.enteteActif : ""}`}
              style={{ width: l }}
            >
              {formaterCellule({ ligne: 0, colonne: c }).replace(/\d+$/, "")}
            </div>
          ))}
        </div>
        <div style={{ position: "absolute", top: (premiere + 1) * HAUTEUR_LIGNE, left: 0 }}>
          <Lignes classeur={classeur} feuille={feuille} premiere={premiere} derniere={derniere} cols={cols} version={version} selection={{ debut: selection.zone.debut.ligne, fin: selection.zone.fin.ligne }} />
        </div>
        <Calques {...props} cols={cols} premiere={premiere} derniere={derniere} listeOuverte={listeOuverte} setListeOuverte={setListeOuverte} />
        {graphiques.map((g, i) => (
          <Graphique key={i} graphique={g} cols={cols} />
        ))}
      </div>
    </div>
  );
}

/** Coin opposé à la cellule active dans la zone sélectionnée (celui qui bouge avec Maj+flèche). */
function coinMobile(zone: { debut: Position; fin: Position }, active: Position): Position {
  return {
    ligne: active.ligne === zone.debut.ligne ? zone.fin.ligne : zone.debut.ligne,
    colonne: active.colonne === zone.debut.colonne ? zone.fin.colonne : zone.debut.colonne,
  };
}
