/**
 * Module « Paie » : à partir du registre du personnel, des paramètres de paie de l'employeur et de la grille des
 * variables du mois, les bulletins de paie clarifiés (une feuille par salarié), le livre de paie et l'écriture de paie
 * (D 641/645, C 421/431/437/4421). Le calcul est celui de `agora paie bulletin` et des fonctions AGORA de paie (paie.md).
 */
import { useEffect, useState, type JSX } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  lireMoisDePaie,
  periodeProposee,
  preparerBulletins,
  preparerDpae,
  preparerDsn,
  preparerEcriturePaie,
  preparerGrilleVariables,
  preparerTableauBord,
} from "../../../src/actions/paie";
import type { IssuePreparation } from "../../../src/actions/commun/preparation";
import type { Source } from "../../../src/actions/commun/source";
import { erreurValeur } from "../../../src/core/erreurs";
import { CadreEtape } from "../../composants/CadreEtape";
import { ChampTexte, ChoixSource } from "../../composants/Formulaire";
import { SuiviGeneration, useGeneration } from "../../composants/Generation";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  bloc: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bouton: { alignSelf: "flex-start" },
  boutons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Preparer = (classeur: ProprietesModule["classeur"], options: Parameters<typeof preparerBulletins>[1]) => Promise<IssuePreparation>;

interface EtapeUnBouton {
  titre: string;
  texte: string;
  bouton: string;
  principal?: boolean;
  titreFait: string;
  action: Preparer;
}

/** Les étapes à un seul bouton, dans l'ordre du mois de paie ; la dernière, les déclarations, en a deux. */
const ETAPES: EtapeUnBouton[] = [
  {
    titre: "Variables du mois",
    texte: "Heures supplémentaires, absences, primes et formations, une ligne par salarié : feuille « Variables AAAA-MM ».",
    bouton: "Créer la grille des variables",
    titreFait: "Grille des variables créée",
    action: preparerGrilleVariables,
  },
  {
    titre: "Bulletins et livre de paie",
    texte: "Une feuille imprimable par salarié, calculée au centime, et le livre de paie du mois.",
    bouton: "Générer les bulletins",
    principal: true,
    titreFait: "Bulletins générés",
    action: preparerBulletins,
  },
  {
    titre: "Écriture de paie",
    texte: "Salaires et charges patronales en deux écritures équilibrées, dans les colonnes du Journal (641, 645, 421, 431, 437, 4421).",
    bouton: "Préparer l'écriture de paie",
    titreFait: "Écriture de paie préparée",
    action: preparerEcriturePaie,
  },
  {
    titre: "Tableau de bord social",
    texte: "Effectif, ETP, masse salariale, charges, absentéisme, rotation, ancienneté et formation, avec deux graphiques.",
    bouton: "Générer le tableau de bord social",
    titreFait: "Tableau de bord social généré",
    action: preparerTableauBord,
  },
];

/** Une étape à un seul bouton : il prépare les feuilles de l'étape, puis le suivi de la génération s'affiche. */
function EtapeGeneration(props: EtapeUnBouton & { classeur: ProprietesModule["classeur"]; numero: number; preparer: () => Promise<IssuePreparation> }): JSX.Element {
  const styles = useStyles();
  const generation = useGeneration(props.classeur);
  return (
    <CadreEtape compact numero={props.numero} titre={props.titre} explication={props.texte}>
      <Button
        className={styles.bouton}
        appearance={props.principal ? "primary" : "secondary"}
        disabledFocusable={generation.occupe}
        onClick={() => void generation.lancer(props.preparer)}
      >
        {props.bouton}
      </Button>
      <SuiviGeneration generation={generation} titreFait={props.titreFait} />
    </CadreEtape>
  );
}

export function ModulePaie({ classeur }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [source, setSource] = useState<Source | undefined>(undefined);
  const [mois, setMois] = useState("");

  useEffect(() => {
    let actif = true;
    void periodeProposee(classeur).then((m) => {
      if (actif) setMois((actuel) => actuel || m);
    });
    return () => {
      actif = false;
    };
  }, [classeur]);

  const declarations = useGeneration(classeur);

  const lancer = (preparerAction: Preparer) => async (): Promise<IssuePreparation> => {
    if (!source) throw erreurValeur("Choisissez la feuille du registre du personnel.");
    return preparerAction(classeur, { registre: source, periode: lireMoisDePaie(mois) });
  };

  return (
    <section className={styles.racine} aria-labelledby="titre-paie">
      <div className={styles.bloc}>
        <h2 className={t.section} id="titre-paie">
          Paie
        </h2>
        <p className={mergeClasses(t.corps, t.secondaire)}>
          Du registre du personnel et des variables du mois : les bulletins de paie clarifiés, le livre de paie et l'écriture de paie.
        </p>
        <ChoixSource classeur={classeur} libelle="Registre du personnel" motsCles={["personnel", "registre", "salarie"]} valeur={source} changer={setSource} />
        <p className={mergeClasses(t.legende, t.discret)}>
          Colonnes : Matricule, Nom, Statut (cadre ou non-cadre), Salaire de base ; facultatives : Prénom, Contrat, Heures mensuelles, Poste, Date d'entrée,
          Date de sortie, Taux PAS. L'employeur (effectif, taux AT/MP, complémentaire santé) : feuille « Paramètres de paie ».
        </p>
        <ChampTexte libelle="Mois de paie" valeur={mois} changer={setMois} placeholder="2025-01" aide="Par exemple 2025-01 ou janvier 2025 (paramètres de 2024 à 2026)." />
      </div>

      {ETAPES.map((e, i) => (
        <EtapeGeneration key={e.titre} classeur={classeur} numero={i + 1} {...e} preparer={lancer(e.action)} />
      ))}

      <CadreEtape
        compact
        numero={ETAPES.length + 1}
        titre="Déclarations (pédagogiques)"
        explication="La DSN du mois en syntaxe de la norme, non déposable, et les fiches DPAE remplies depuis le registre."
      >
        <div className={styles.boutons}>
          <Button appearance="secondary" disabledFocusable={declarations.occupe} onClick={() => void declarations.lancer(lancer(preparerDsn))}>
            DSN du mois
          </Button>
          <Button appearance="secondary" disabledFocusable={declarations.occupe} onClick={() => void declarations.lancer(lancer(preparerDpae))}>
            Fiches DPAE
          </Button>
        </div>
        <SuiviGeneration generation={declarations} titreFait="Déclaration préparée" />
      </CadreEtape>
    </section>
  );
}
