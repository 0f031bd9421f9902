/**
 * Choix du module du PGI : une liste déroulante native (clavier, lecteurs d'écran, largeur de 350 px) habillée
 * aux couleurs de Fluent, sans le composant Select (bundle du volet, office-addin.md § 5.3) ; style commun avec
 * les listes des formulaires (Formulaire.tsx).
 */
import { useId, type JSX } from "react";
import { Label, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ModulePgi } from "../types";
import { Chevron, useStylesListe } from "./Formulaire";

const useStyles = makeStyles({
  racine: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  cadre: { position: "relative", flexGrow: 1, minWidth: 0, display: "flex" },
});

export function ChoixModule(props: { modules: readonly ModulePgi[]; valeur: string; choisir: (id: string) => void }): JSX.Element {
  const styles = useStyles();
  const liste = useStylesListe();
  const id = useId();
  return (
    <div className={styles.racine}>
      <Label htmlFor={id} weight="semibold">
        Module
      </Label>
      <span className={styles.cadre}>
        <select id={id} className={mergeClasses(liste.liste, liste.focus)} value={props.valeur} onChange={(e) => props.choisir(e.target.value)}>
          {props.modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.titre}
              {m.Composant ? "" : " (bientôt)"}
            </option>
          ))}
        </select>
        <Chevron className={liste.chevron} />
      </span>
    </div>
  );
}
