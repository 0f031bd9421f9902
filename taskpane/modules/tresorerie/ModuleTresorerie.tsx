/**
 * Module « Trésorerie » : à partir des opérations prévues (ventes et achats avec TVA et conditions de règlement) ou de
 * prévisions mois par mois, la feuille « Budget de trésorerie » (comptabilite.md § 8), son graphique et l'alerte des
 * mois où la trésorerie devient négative.
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
      if (!source) throw erreurValeur("Choisissez la feuille des opérations ou des prévisions de trésorerie.");
      return preparerBudget(classeur, { source, ...(estVide(initiale) ? {} : { initiale: lireNombre(initiale, "Trésorerie au début du premier mois") }) });
    });

  return (
    <section className={styles.racine} aria-labelledby="titre-tresorerie">
      <h2 className={t.section} id="titre-tresorerie">
        Trésorerie
      </h2>
      <p className={mergeClasses(t.corps, t.secondaire)}>
        Le budget de trésorerie, son graphique et les mois où la trésorerie devient négative, à partir des ventes et achats prévus ou des
        encaissements et décaissements mois par mois.
      </p>
      <ChoixSource classeur={classeur} libelle="Opérations ou prévisions" motsCles={["operation", "prevision", "tresorerie", "budget"]} valeur={source} changer={setSource} />
      <p className={mergeClasses(t.legende, t.discret)}>
        Opérations : colonnes Nature (Vente, Achat, Encaissement, Décaissement, TVA à décaisser), Libellé, Date, Montant HT, Taux TVA, Conditions de
        règlement (« 30 % comptant ; 70 % 30 jours fin de mois ») ; la TVA du mois est payée le mois suivant. Ou prévisions : Nature, Libellé,
        puis un mois par colonne (TTC).
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
