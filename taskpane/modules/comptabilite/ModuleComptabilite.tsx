/**
 * Module « Comptabilité », du journal brut aux états : 1. structurer le journal (tableau Journal), 2. générer la balance
 * (générale et auxiliaire), 3. générer le grand livre, puis les étapes des états, du lettrage et du FEC (composants
 * Etapes*). Les actions sont dans src/actions/compta.
 */
import type { JSX } from "react";
import { useState } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  FEUILLE_BALANCE,
  FEUILLE_BALANCE_AUXILIAIRE,
  FEUILLE_GRAND_LIVRE,
  FEUILLE_JOURNAL,
  preparerBalance,
  preparerGrandLivre,
  preparerStructuration,
  TABLE_JOURNAL,
  type SourceJournal,
} from "../../../src/actions/compta";
import { ChampTexte, ChoixSource } from "../../composants/Formulaire";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";
import { Etape } from "./Etape";
import { EtapesFec } from "./EtapesFec";
import { EtapeImport } from "./EtapeImport";
import { EtapesEtats } from "./EtapesEtats";
import { EtapesLettrage } from "./EtapesLettrage";

/** Feuilles proposées d'abord comme journal à lire (nom sans accents ni majuscules). */
const MOTS_CLES = ["journal", "ecriture", "export", "saisie"];

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function ModuleComptabilite({ classeur, hote }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [source, setSource] = useState<SourceJournal | undefined>(undefined);
  const [cible, setCible] = useState(FEUILLE_JOURNAL);

  return (
    <section className={styles.racine} aria-labelledby="titre-comptabilite">
      <h2 className={t.section} id="titre-comptabilite">
        Comptabilité
      </h2>
      <p className={mergeClasses(t.corps, t.secondaire)}>
        Du journal brut aux états comptables, étape par étape{hote === "apercu" ? " (ici sur l'entreprise d'exemple)" : ""} : chacune contrôle d'abord
        et montre ce qu'elle va écrire avant de l'écrire.
      </p>

      <EtapeImport classeur={classeur} feuille={cible} />
      <Etape
        numero={1}
        titre="Structurer le journal"
        explication={`Lit un journal saisi ou exporté d'un PGI (colonnes Date, Journal, Pièce, Compte, Libellé, Débit, Crédit ou Montant et Sens), contrôle chaque ligne et crée le tableau ${TABLE_JOURNAL} : formats français, liste des journaux, écritures déséquilibrées en rouge.`}
        preparerLibelle="Analyser le journal"
        preparer={() => preparerStructuration(classeur, { source: source ?? { genre: "selection" }, feuille: cible })}
        classeur={classeur}
      >
        <ChoixSource classeur={classeur} libelle="Journal à lire" motsCles={MOTS_CLES} valeur={source} changer={setSource} />
        <ChampTexte libelle="Feuille à créer" valeur={cible} changer={setCible} aide="Elle reçoit le tableau Journal ; si elle existe, elle sera remplacée après confirmation." />
      </Etape>

      <Etape
        numero={2}
        titre="Générer la balance"
        explication={`Totaux débit et crédit et solde de chaque compte du tableau ${TABLE_JOURNAL}, sur la feuille « ${FEUILLE_BALANCE} », avec les contrôles Σ débits = Σ crédits et Σ soldes débiteurs = Σ soldes créditeurs ; clients et fournisseurs détaillés par tiers sur « ${FEUILLE_BALANCE_AUXILIAIRE} ».`}
        preparerLibelle="Préparer la balance"
        preparer={() => preparerBalance(classeur, { feuilleJournal: cible })}
        classeur={classeur}
      />

      <Etape
        numero={3}
        titre="Générer le grand livre"
        explication={`Pour chaque compte, ses lignes triées par date avec le solde progressif, puis le total du compte, sur la feuille « ${FEUILLE_GRAND_LIVRE} ».`}
        preparerLibelle="Préparer le grand livre"
        preparer={() => preparerGrandLivre(classeur, { feuilleJournal: cible })}
        classeur={classeur}
      />
      <EtapesEtats classeur={classeur} feuilleJournal={cible} premier={4} />
      <EtapesLettrage classeur={classeur} feuilleJournal={cible} premier={7} />
      <EtapesFec classeur={classeur} feuilleJournal={cible} />
    </section>
  );
}
