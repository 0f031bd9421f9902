/** Page d'un module du PGI pas encore disponible : ce qu'il apportera. */
import type { JSX } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ModulePgi } from "../types";
import { useTypographie } from "./typographie";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function ModuleAVenir(props: { module: ModulePgi; versFonctions: () => void }): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const { module } = props;
  return (
    <section className={styles.racine} aria-labelledby={`titre-${module.id}`}>
      <h2 className={t.section} id={`titre-${module.id}`}>
        {module.titre}
      </h2>
      <p className={t.corps}>{module.resume}</p>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>Ce module arrive bientôt. En attendant, les fonctions AGORA sont déjà utilisables dans vos formules.</MessageBarBody>
      </MessageBar>
      {module.prevu && module.prevu.length > 0 && (
        <>
          <h3 className={t.sousSection}>Ce qu'il apportera</h3>
          <ul className={mergeClasses(styles.liste, t.corps)}>
            {module.prevu.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button appearance="secondary" onClick={props.versFonctions}>
          Voir les fonctions
        </Button>
      </div>
    </section>
  );
}
