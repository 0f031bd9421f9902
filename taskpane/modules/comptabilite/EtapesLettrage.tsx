/**
 * Les étapes « comptes de tiers » du module Comptabilité : lettrer les comptes clients et fournisseurs (la seule
 * étape qui écrit dans le tableau Journal, dans les cellules vides de sa colonne Lettrage, après confirmation), puis
 * la balance âgée à une date d'arrêté. Les actions sont dans src/actions/compta (lettrage.ts, balance-agee.ts).
 */
import type { JSX } from "react";
import { useState } from "react";
import { FEUILLE_BALANCE_AGEE, preparerBalanceAgee, preparerLettrage, TABLE_JOURNAL, type Preparation } from "../../../src/actions/compta";
import type { Classeur } from "../../../src/classeur/port";
import { ChampTexte } from "../../composants/Formulaire";
import { Etape, libelleApplication } from "./Etape";

export interface ProprietesEtapesLettrage {
  classeur: Classeur;
  /** Feuille du journal structuré choisie à l'étape 1. */
  feuilleJournal: string;
  /** Numéro de la première de ces étapes. */
  premier: number;
}

/** « Écrire les 7 codes » (codes écrits dans le journal, après confirmation), sinon « Créer la feuille »… */
function libelleLettrage(p: Preparation): string {
  if (!p.confirmation) return libelleApplication(p);
  const n = p.plan.reduce((s, m) => s + (m.type === "valeurs" ? m.valeurs.length : 0), 0);
  return n > 1 ? `Écrire les ${n.toLocaleString("fr-FR")} codes` : "Écrire le code";
}

export function EtapesLettrage({ classeur, feuilleJournal, premier }: ProprietesEtapesLettrage): JSX.Element {
  const [dateArrete, setDateArrete] = useState("");
  return (
    <>
      <Etape
        numero={premier}
        titre="Lettrer les clients et les fournisseurs"
        explication={`Rapproche, pour chaque client et chaque fournisseur, les factures et leurs règlements ou avoirs qui se compensent : même pièce, même montant, ou petit groupe dont la somme est nulle. Un acompte reçoit un code en minuscules (lettrage partiel). Les codes (A, B… à la suite de ceux déjà utilisés) s'écrivent dans les cellules vides de la colonne Lettrage du tableau ${TABLE_JOURNAL}, après votre accord.`}
        preparerLibelle="Proposer le lettrage"
        appliquerLibelle={libelleLettrage}
        preparer={() => preparerLettrage(classeur, { feuilleJournal })}
        classeur={classeur}
      />

      <Etape
        numero={premier + 1}
        titre="Générer la balance âgée"
        explication={`Ce que chaque client doit encore et ce qui reste dû à chaque fournisseur, réparti selon le retard par rapport à l'échéance : non échu, 1 à 30 jours, 31 à 60, 61 à 90, plus de 90 jours. Les lignes lettrées sont soldées. Feuille « ${FEUILLE_BALANCE_AGEE} », avec le détail des pièces.`}
        preparerLibelle="Calculer la balance âgée"
        preparer={() => preparerBalanceAgee(classeur, { feuilleJournal, dateArrete })}
        classeur={classeur}
      >
        <ChampTexte libelle="Date d'arrêté" valeur={dateArrete} changer={setDateArrete} placeholder="jj/mm/aaaa" aide="Vide : la date de la dernière écriture du journal." />
      </Etape>
    </>
  );
}
