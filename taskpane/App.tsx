/**
 * Le volet Agora : en-tête, choix du module du PGI, module affiché. Aucun objet Office ici : tout passe par le port
 * Classeur, ce qui permet au même volet de tourner dans Excel et dans l'aperçu sans Excel.
 */
import { useState, type JSX } from "react";
import { FluentProvider, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import type { Classeur } from "../src/classeur/port";
import { ChoixModule } from "./composants/ChoixModule";
import { Garde } from "./composants/Garde";
import { ModuleAVenir } from "./composants/ModuleAVenir";
import { useTypographie } from "./composants/typographie";
import { MODULES } from "./modules";

const useStyles = makeStyles({
  // Pas de mise en page sur le FluentProvider : Fluent recopie sa classe sur les conteneurs des fenêtres
  // surgissantes (infobulles, dialogues), qui deviendraient des calques pleine page bloquant les clics.
  racine: { display: "flex", flexDirection: "column", minWidth: "280px", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  entete: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  marque: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  apercu: {
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  contenu: {
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
});

function Logo(): JSX.Element {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect width="28" height="28" rx="6" style={{ fill: tokens.colorBrandBackground }} />
      <path d="M8.5 21 14 7l5.5 14M10.6 16h6.8" stroke="#fff" strokeWidth="2.2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function App(props: { classeur: Classeur; hote: "excel" | "apercu" }): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [moduleId, setModuleId] = useState(MODULES[0].id);
  const module = MODULES.find((m) => m.id === moduleId) ?? MODULES[0];
  const Composant = module.Composant;

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.racine}>
        <header className={styles.entete}>
          <div className={styles.marque}>
            <Logo />
            <h1 className={t.titre}>Agora</h1>
            {props.hote === "apercu" && <span className={mergeClasses(t.legende, styles.apercu)}>Aperçu</span>}
          </div>
          <p className={mergeClasses(t.legende, t.discret)}>Les modules du PGI du Bac Pro AGOrA, dans le tableur.</p>
          <ChoixModule modules={MODULES} valeur={module.id} choisir={setModuleId} />
        </header>
        <main className={styles.contenu}>
          <Garde key={module.id}>
            {Composant ? (
              <Composant classeur={props.classeur} hote={props.hote} />
            ) : (
              <ModuleAVenir module={module} versFonctions={() => setModuleId(MODULES[0].id)} />
            )}
          </Garde>
        </main>
      </div>
    </FluentProvider>
  );
}
