/**
 * Les étapes « états de fin de période » du module Comptabilité : états de synthèse (compte de résultat, bilan,
 * SIG et CAF), déclaration de TVA CA3 d'un mois, état de rapprochement bancaire. Elles relisent le tableau Journal
 * de l'étape 1 ; les actions sont dans src/actions/compta (etats.ts, rapprochement.ts).
 */
import type { JSX } from "react";
import { useCallback, useEffect, useState } from "react";
import {
  FEUILLE_BILAN,
  FEUILLE_CA3,
  FEUILLE_RAPPROCHEMENT,
  FEUILLE_RESULTAT,
  FEUILLE_SIG,
  moisFr,
  preparerEtatsSynthese,
  preparerRapprochement,
  preparerTva,
  reperesDuJournal,
} from "../../../src/actions/compta";
import type { Source } from "../../../src/actions/commun/source";
import type { Classeur } from "../../../src/classeur/port";
import { ChoixSource, ListeDeroulante } from "../../composants/Formulaire";
import { Etape } from "./Etape";

/** Feuilles proposées d'abord comme relevé (nom sans accents ni majuscules). */
const MOTS_CLES_RELEVE = ["releve", "banque"];
/** Valeur « laisser l'action choisir » des listes (dernier mois, seul compte 512). */
const AUTO = "";

export interface ProprietesEtapesEtats {
  classeur: Classeur;
  /** Feuille du journal structuré choisie à l'étape 1. */
  feuilleJournal: string;
  /** Numéro de la première de ces étapes. */
  premier: number;
}

export function EtapesEtats({ classeur, feuilleJournal, premier }: ProprietesEtapesEtats): JSX.Element {
  const [reperes, setReperes] = useState<{ mois: string[]; banques: string[] }>({ mois: [], banques: [] });
  const [mois, setMois] = useState(AUTO);
  const [banque, setBanque] = useState(AUTO);
  const [releve, setReleve] = useState<Source | undefined>(undefined);

  // Mois et comptes de banque du journal, relus quand on ouvre une liste (le journal a pu changer depuis).
  const relire = useCallback(() => void reperesDuJournal(classeur, feuilleJournal).then(setReperes), [classeur, feuilleJournal]);
  useEffect(relire, [relire]);

  const dernier = reperes.mois[reperes.mois.length - 1];
  const optionsMois = [
    { valeur: AUTO, texte: dernier ? `Dernier mois du journal (${moisFr(dernier)})` : "Dernier mois du journal" },
    ...[...reperes.mois].reverse().map((m) => ({ valeur: m, texte: moisFr(m) })),
  ];
  const optionsBanques = [{ valeur: AUTO, texte: reperes.banques.length === 1 ? `Compte ${reperes.banques[0]}` : "Le seul compte 512 du journal" }, ...reperes.banques.map((b) => ({ valeur: b, texte: `Compte ${b}` }))];

  const preparerRapprochementChoisi = async () => {
    const feuilleReleve = releve?.genre === "feuille" ? releve.feuille : (await classeur.selection()).feuille;
    return preparerRapprochement(classeur, { feuilleJournal, feuilleReleve, ...(banque ? { compteBanque: banque } : {}) });
  };

  return (
    <>
      <Etape
        numero={premier}
        titre="Générer les états de synthèse"
        explication={`Le compte de résultat (ce que l'entreprise a gagné ou perdu), le bilan (ce qu'elle possède et ce qu'elle doit), les soldes intermédiaires de gestion et la capacité d'autofinancement, sur les feuilles « ${FEUILLE_RESULTAT} », « ${FEUILLE_BILAN} » et « ${FEUILLE_SIG} ». Contrôle : le résultat est le même dans les trois.`}
        preparerLibelle="Préparer les états"
        preparer={() => preparerEtatsSynthese(classeur, { feuilleJournal })}
        classeur={classeur}
      />

      <Etape
        numero={premier + 1}
        titre="Préparer la déclaration de TVA"
        explication={`La CA3 du mois choisi : TVA collectée sur les ventes moins TVA déductible sur les achats, en euros entiers, et l'écriture qui solde les comptes de TVA, sur la feuille « ${FEUILLE_CA3} ».`}
        preparerLibelle="Préparer la CA3"
        preparer={() => preparerTva(classeur, { feuilleJournal, ...(mois ? { mois } : {}) })}
        classeur={classeur}
      >
        <ListeDeroulante libelle="Mois déclaré" valeur={mois} options={optionsMois} changer={setMois} auFocus={relire} />
      </Etape>

      <Etape
        numero={premier + 2}
        titre="État de rapprochement bancaire"
        explication={`Pointe chaque opération du relevé avec le compte de banque du journal, puis explique l'écart entre les deux soldes : chèques pas encore encaissés, frais que la banque a prélevés… Feuille « ${FEUILLE_RAPPROCHEMENT} », avec les écritures à passer.`}
        preparerLibelle="Pointer et rapprocher"
        preparer={preparerRapprochementChoisi}
        classeur={classeur}
      >
        <ChoixSource classeur={classeur} libelle="Relevé bancaire" motsCles={MOTS_CLES_RELEVE} valeur={releve} changer={setReleve} />
        {reperes.banques.length > 1 && <ListeDeroulante libelle="Compte de banque" valeur={banque} options={optionsBanques} changer={setBanque} auFocus={relire} />}
      </Etape>
    </>
  );
}
