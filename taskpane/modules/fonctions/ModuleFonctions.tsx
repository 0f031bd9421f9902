/** Module « Fonctions » : le catalogue des fonctions AGORA, généré du registre, avec recherche, insertion et essai. */
import { useId, useMemo, useState, type JSX } from "react";
import { Input, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { EntreeCatalogue } from "../../../src/fonctions/catalogue";
import { catalogue } from "../../../src/fonctions/catalogue";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";
import { FicheFonction } from "./FicheFonction";
import { compteFonctions, rechercher } from "./recherche";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  recherche: { width: "100%" },
  groupe: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  categorie: { marginTop: tokens.spacingVerticalS },
  liste: { listStyleType: "none", margin: 0, padding: 0 },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  titreItem: { margin: 0 },
  bouton: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "44px",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "left",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  textes: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, rowGap: "2px" },
  nom: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  resume: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  chevron: { flexShrink: 0, transitionProperty: "transform", transitionDuration: tokens.durationFast, color: tokens.colorNeutralForeground3 },
  chevronOuvert: { transform: "rotate(180deg)" },
  panneau: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  vide: { paddingTop: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
});

function Loupe(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="6.5" cy="6.5" r="4.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
      <path d="m10 10 4.5 4.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

function Chevron({ className }: { className: string }): JSX.Element {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Une fonction du catalogue : un bouton qui déplie sa fiche (motif « disclosure », accessible au clavier). */
function Entree(props: { entree: EntreeCatalogue; ouverte: boolean; basculer: () => void; classeur: ProprietesModule["classeur"] }): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const id = useId();
  const { entree, ouverte } = props;
  return (
    <li className={styles.item}>
      <h4 className={styles.titreItem}>
        <button
          type="button"
          id={`${id}-bouton`}
          className={mergeClasses(styles.bouton, styles.focus)}
          aria-expanded={ouverte}
          aria-controls={`${id}-fiche`}
          onClick={props.basculer}
        >
          <span className={styles.textes}>
            <span className={styles.nom}>{entree.nom}</span>
            <span className={mergeClasses(t.legende, t.discret, !ouverte && styles.resume)}>{entree.description}</span>
          </span>
          <Chevron className={mergeClasses(styles.chevron, ouverte && styles.chevronOuvert)} />
        </button>
      </h4>
      {ouverte && (
        <div id={`${id}-fiche`} role="region" aria-labelledby={`${id}-bouton`} className={styles.panneau}>
          <FicheFonction entree={entree} classeur={props.classeur} avecDescription={false} />
        </div>
      )}
    </li>
  );
}

export function ModuleFonctions({ classeur, hote }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const entrees = useMemo(() => catalogue(), []);
  const [recherche, setRecherche] = useState("");
  const [ouverte, setOuverte] = useState<string | undefined>(undefined);
  const groupes = useMemo(() => rechercher(entrees, recherche), [entrees, recherche]);
  const total = groupes.reduce((n, g) => n + g.fonctions.length, 0);
  const mots = recherche.trim();

  return (
    <section className={styles.racine} aria-labelledby="titre-fonctions">
      <h2 className={t.section} id="titre-fonctions">
        Fonctions AGORA
      </h2>
      <p className={mergeClasses(t.corps, t.secondaire)}>
        Cherchez une fonction, voyez comment elle calcule, puis insérez-la dans la cellule sélectionnée
        {hote === "apercu" ? " de l'aperçu" : ""}.
      </p>
      <Input
        className={styles.recherche}
        type="search"
        value={recherche}
        onChange={(_, d) => setRecherche(d.value)}
        contentBefore={<Loupe />}
        placeholder="Rechercher : TVA, remise, échéance…"
        aria-label="Rechercher une fonction"
      />
      <p className={mergeClasses(t.legende, t.discret)} role="status" aria-live="polite">
        {compteFonctions(total)}
        {mots !== "" ? ` pour « ${mots} »` : ""}
      </p>
      {total === 0 ? (
        <p className={mergeClasses(t.corps, t.secondaire, styles.vide)}>
          Aucune fonction ne correspond à « {mots} ». Essayez un autre mot : « taux », « remise », « date »…
        </p>
      ) : (
        groupes.map((g) => (
          <div key={g.categorie} className={styles.groupe}>
            <h3 className={mergeClasses(t.sousSection, styles.categorie)}>{g.categorie}</h3>
            <ul className={styles.liste}>
              {g.fonctions.map((e) => (
                <Entree
                  key={e.nom}
                  entree={e}
                  classeur={classeur}
                  ouverte={ouverte === e.nom}
                  basculer={() => setOuverte((o) => (o === e.nom ? undefined : e.nom))}
                />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
