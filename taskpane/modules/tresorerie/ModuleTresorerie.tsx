/**
 * Module « Trésorerie » : à partir d'un tableau de prévisions mensuelles (encaissements et décaissements), la feuille
 * « Budget de trésorerie » (comptabilite.md § 8, AGORA.BUDGET.TRESORERIE), son graphique et l'alerte des mois où la
 * trésorerie devient négative.
 */
import { useState, type JSX } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { preparerBudget } from "../../../src/actions/tresorerie";
import type { Source } from "../../../src/actions/commun/source";
import { erreurValeur } from "../../../src/core/erreurs";
import { estVide, lireNombre } from "../../../src/core/nombres";
import { ChampTexte, ChoixSource } from "../../composants/Formulaire";
import { SuiviGeneration, useGeneration } from "../../composants/Generation";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bouton: { alignSelf: "flex-start" },
});

export function ModuleTresorerie({ classeur }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [source, setSource] = useState<Source | undefined>(undefined);
  const [initiale, setInitiale] = useState("");
  const generation = useGeneration(classeur);

  const generer = () =>
    generation.lancer(async () => {
      if (!source) throw erreurValeur("Choisissez la feuille des prévisions de trésorerie.");
      return preparerBudget(classeur, { source, ...(estVide(initiale) ? {} : { initiale: lireNombre(initiale, "Trésorerie au début du premier mois") }) });
    });

  return (
    <section className={styles.racine} aria-labelledby="titre-tresorerie">
      <h2 className={t.section} id="titre-tresorerie">
        Trésorerie
      </h2>
      <p className={mergeClasses(t.corps, t.secondaire)}>
        À partir des encaissements et décaissements prévus mois par mois : le budget de trésorerie, son graphique et les mois où la trésorerie devient
        négative.
      </p>
      <ChoixSource classeur={classeur} libelle="Prévisions de trésorerie" motsCles={["prevision", "tresorerie", "budget"]} valeur={source} changer={setSource} />
      <p className={mergeClasses(t.legende, t.discret)}>
        Une ligne par encaissement ou décaissement : colonnes Nature (« Encaissement » ou « Décaissement »), Libellé, puis un mois par colonne
        (montants TTC, cellule vide = 0).
      </p>
      <ChampTexte
        libelle="Trésorerie au début du premier mois (€)"
        valeur={initiale}
        changer={setInitiale}
        mode="decimal"
        aide="Banque + caisse. Vide : la ligne « Trésorerie initiale » du tableau."
      />
      <Button className={styles.bouton} appearance="primary" disabledFocusable={generation.occupe} onClick={() => void generer()}>
        Générer le budget de trésorerie
      </Button>
      <SuiviGeneration generation={generation} titreFait="Budget de trésorerie généré" />
    </section>
  );
}
