/** Le classeur à l'écran : barre de formule, message d'une saisie refusée, grille, onglets. */
import { useRef, useState, useSyncExternalStore, type JSX } from "react";
import { MessageBar, MessageBarActions, MessageBarBody, Button, makeStyles } from "@fluentui/react-components";
import { formaterCellule, lirePlageA1 } from "../../src/classeur/adresses";
import type { ClasseurApercu } from "../../src/classeur/apercu";
import { BarreFormule } from "./BarreFormule";
import { largeurTexte, type Edition } from "./edition";
import { Grille } from "./Grille";
import { Onglets } from "./Onglets";

const useStyles = makeStyles({
  zone: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1, height: "100%" },
  alerte: { margin: "4px 6px" },
});

export function ZoneClasseur({ classeur, versVolet }: { classeur: ClasseurApercu; versVolet(): void }): JSX.Element {
  const styles = useStyles();
  useSyncExternalStore(
    (f) => classeur.abonner(f),
    () => classeur.etiquette,
  );
  const feuille = classeur.feuilleActive();
  const [edition, setEdition] = useState<Edition | null>(null);
  const [alerte, setAlerte] = useState<string | null>(null);
  const grilleRef = useRef<HTMLDivElement>(null);
  const selection = classeur.selectionCourante();

  const editer = (texte: string | undefined, mode: Edition["mode"], source: Edition["source"] = "cellule") => {
    const contenu = classeur.contenu(feuille, selection.active);
    if (contenu.heritee && texte === undefined) {
      setAlerte(`${formaterCellule(selection.active)} reçoit une partie d'un résultat renversé : modifiez la formule de sa première cellule.`);
      return;
    }
    setAlerte(null);
    setEdition({ feuille, position: selection.active, texte: texte ?? contenu.texte, mode, source });
  };

  const valider = (deplacement: [number, number] | null): boolean => {
    if (!edition) return true;
    const issue = classeur.saisir(edition.feuille, edition.position, edition.texte);
    if (!issue.ok) {
      setAlerte(issue.message);
      return false;
    }
    setAlerte(null);
    setEdition(null);
    // Comme Excel : une colonne trop étroite pour le nombre ou la date saisis s'élargit (au lieu d'afficher ###).
    const aff = classeur.cellule(edition.feuille, edition.position);
    const besoin = Math.ceil(largeurTexte(aff.texte)) + 10;
    if (aff.genre === "nombre" && besoin > classeur.largeur(edition.feuille, edition.position.colonne)) {
      classeur.definirLargeur(edition.feuille, edition.position.colonne, besoin);
    }
    if (deplacement) {
      const p = { ligne: Math.max(0, edition.position.ligne + deplacement[0]), colonne: Math.max(0, edition.position.colonne + deplacement[1]) };
      classeur.selectionner({ debut: p, fin: p }, p);
    }
    grilleRef.current?.focus();
    return true;
  };

  const annulerEdition = () => {
    setEdition(null);
    setAlerte(null);
    grilleRef.current?.focus();
  };

  const allerA = (adresse: string): boolean => {
    try {
      const zone = lirePlageA1(adresse);
      classeur.selectionner(zone, zone.debut);
      grilleRef.current?.focus();
      return true;
    } catch {
      return false;
    }
  };

  return (
    <div className={styles.zone}>
      <BarreFormule
        classeur={classeur}
        feuille={feuille}
        edition={edition}
        editerDansBarre={() => editer(undefined, "modifier", "barre")}
        changerTexte={(texte) => setEdition((e) => (e ? { ...e, texte } : e))}
        valider={valider}
        annulerEdition={annulerEdition}
        allerA={allerA}
      />
      {alerte && (
        <MessageBar intent="error" layout="multiline" className={styles.alerte} role="alert">
          <MessageBarBody>{alerte}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Fermer le message" onClick={() => setAlerte(null)}>✕</Button>} />
        </MessageBar>
      )}
      <Grille
        classeur={classeur}
        feuille={feuille}
        edition={edition}
        editer={(texte, mode) => editer(texte, mode)}
        changerTexte={(texte) => setEdition((e) => (e ? { ...e, texte } : e))}
        valider={valider}
        annulerEdition={annulerEdition}
        versVolet={versVolet}
        grilleRef={grilleRef}
      />
      <Onglets classeur={classeur} feuille={feuille} />
    </div>
  );
}
