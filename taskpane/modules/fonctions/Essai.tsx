/**
 * « Essayer : comment est-ce calculé ? » : des champs pré-remplis avec l'exemple, le bouton « Calculer » relance
 * le calcul de la fonction avec une trace (expliquer) et montre le résultat et chaque étape.
 */
import { useId, useMemo, useState, type JSX } from "react";
import { Button, Input, Label, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { EntreeCatalogue } from "../../../src/fonctions/catalogue";
import type { NatureArgument } from "../../../src/fonctions/dsl";
import { expliquer, type Explication } from "../../../src/fonctions/executer";
import { trouverFonction } from "../../../src/fonctions/index";
import { useTypographie } from "../../composants/typographie";
import { ajouterChamp, preparerEssai, valeursEssai, type ChampEssai } from "./exemple";

const ATTENTION = "Attention : ";

const EXEMPLES_SAISIE: Record<NatureArgument, string> = {
  montant: "1 234,56",
  nombre: "12,5",
  taux: "20 %",
  entier: "3",
  date: "15/03/2026",
  texte: "",
  plage: "",
  valeur: "",
};

const useStyles = makeStyles({
  racine: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  formulaire: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  champ: { display: "flex", flexDirection: "column", rowGap: "2px" },
  boutons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  resultat: {
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    whiteSpace: "pre-line",
    overflowWrap: "anywhere",
  },
  etapes: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  etape: { overflowWrap: "anywhere" },
  alerte: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function libelle(c: ChampEssai): string {
  const nom = c.argument.repete ? `${c.argument.nom} ${c.rang + 1}` : c.argument.nom;
  return c.argument.facultatif || c.argument.repete ? `${nom} (facultatif)` : nom;
}

export function Essai({ entree }: { entree: EntreeCatalogue }): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const id = useId();
  const fonction = useMemo(() => trouverFonction(entree.nom), [entree.nom]);
  const preparation = useMemo(() => preparerEssai(entree), [entree]);
  const [champs, setChamps] = useState<ChampEssai[]>(preparation.champs);
  const [explication, setExplication] = useState<Explication | undefined>(undefined);
  const repete = entree.arguments.find((a) => a.repete && a.nature !== "plage");
  const idTitre = `${id}-titre`;

  if (!fonction || preparation.impossible) {
    return (
      <section className={styles.racine} aria-labelledby={idTitre}>
        <h5 className={t.intertitre} id={idTitre}>
          Essayer : comment est-ce calculé ?
        </h5>
        <p className={mergeClasses(t.legende, t.secondaire)}>{preparation.impossible ?? `${entree.nom} ne peut pas être essayée ici.`}</p>
      </section>
    );
  }

  const changer = (i: number, valeur: string): void => {
    setChamps((anciens) => anciens.map((c, j) => (j === i ? { ...c, valeur } : c)));
  };
  const etapes = explication?.etapes ?? [];
  const derniere = etapes[etapes.length - 1] ?? "";

  return (
    <section className={styles.racine} aria-labelledby={idTitre}>
      <h5 className={t.intertitre} id={idTitre}>
        Essayer : comment est-ce calculé ?
      </h5>
      <form
        className={styles.formulaire}
        onSubmit={(ev) => {
          ev.preventDefault();
          setExplication(expliquer(fonction, valeursEssai(entree, champs)));
        }}
      >
        {champs.map((c, i) => {
          const idChamp = `${id}-${i}`;
          const aide = c.rang === 0 ? c.argument.description : undefined;
          return (
            <div key={c.cle} className={styles.champ}>
              <Label htmlFor={idChamp} size="small" weight="semibold">
                {libelle(c)}
              </Label>
              <Input
                id={idChamp}
                size="small"
                value={c.valeur}
                placeholder={EXEMPLES_SAISIE[c.argument.nature] ? `ex. : ${EXEMPLES_SAISIE[c.argument.nature]}` : undefined}
                aria-describedby={aide ? `${idChamp}-aide` : undefined}
                onChange={(_, d) => changer(i, d.value)}
              />
              {aide && (
                <span id={`${idChamp}-aide`} className={mergeClasses(t.legende, t.discret)}>
                  {aide}
                </span>
              )}
            </div>
          );
        })}
        <div className={styles.boutons}>
          <Button type="submit" appearance="primary" size="small">
            Calculer
          </Button>
          {repete && (
            <Button type="button" appearance="subtle" size="small" onClick={() => setChamps((anciens) => ajouterChamp(anciens, repete))}>
              Ajouter une valeur
            </Button>
          )}
          <Button
            type="button"
            appearance="subtle"
            size="small"
            onClick={() => {
              setChamps(preparation.champs);
              setExplication(undefined);
            }}
          >
            Revenir à l'exemple
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {explication &&
          (explication.issue.ok ? (
            <div className={styles.resultat}>
              <span className={t.fort}>{derniere}</span>
            </div>
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{explication.issue.erreur.message}</MessageBarBody>
            </MessageBar>
          ))}
      </div>
      {explication && etapes.length > 1 && (
        <>
          <p className={mergeClasses(t.legende, t.secondaire)}>Étapes du calcul :</p>
          <ol className={styles.etapes}>
            {etapes.slice(0, -1).map((e, i) => (
              <li key={i} className={styles.etape}>
                {e.startsWith(ATTENTION) ? (
                  <span className={mergeClasses(t.legende, styles.alerte)} role="note">
                    ⚠ {e}
                  </span>
                ) : (
                  <span className={t.legende}>{e}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
