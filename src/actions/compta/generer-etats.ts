/**
 * « Générer la balance » et « Générer le grand livre » (volet, module Comptabilité, étapes 2 et 3) : le journal
 * structuré (tableau `Journal`) est relu et validé, les états sont calculés par le noyau puis écrits sur de
 * nouvelles feuilles. Régénérer donne le même résultat : les feuilles existantes sont remplacées après confirmation.
 */
import { calculerBalance } from "../../core/compta/balance";
import { calculerGrandLivre } from "../../core/compta/grand-livre";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, echec, type IssuePreparation } from "../commun/preparation";
import { creer, lectureDuContexte as lecture, preparerEtat, type OptionsEtats } from "./etats-commun";
import { calculerBalanceAuxiliaire, FEUILLE_BALANCE, FEUILLE_BALANCE_AUXILIAIRE, planBalance, planBalanceAuxiliaire, TABLE_BALANCE, TABLE_BALANCE_AUXILIAIRE } from "./plan-balance";
import { FEUILLE_GRAND_LIVRE, planGrandLivre, TABLE_GRAND_LIVRE } from "./plan-grand-livre";
import { eurosFr } from "./preparation";

export type { OptionsEtats } from "./etats-commun";

/** Balance générale et balance auxiliaire (clients, fournisseurs), sur deux feuilles. */
export async function preparerBalance(classeur: Classeur, options: OptionsEtats = {}): Promise<IssuePreparation> {
  try {
    const c = await preparerEtat(classeur, [FEUILLE_BALANCE, FEUILLE_BALANCE_AUXILIAIRE], [TABLE_BALANCE, TABLE_BALANCE_AUXILIAIRE], options);
    if ("ok" in c) return c;
    const { lignes } = c.journal.lecture;
    const balance = calculerBalance(lignes);
    const aux = calculerBalanceAuxiliaire(lignes, balance);
    const t = balance.totaux;
    const plan: Modification[] = [
      { type: "feuille", nom: FEUILLE_BALANCE, remplacer: false, activer: true },
      ...planBalance(FEUILLE_BALANCE, balance, `${c.explication} Solde débiteur = débit − crédit s'il est positif ; solde créditeur = crédit − débit s'il est positif.`),
      { type: "feuille", nom: FEUILLE_BALANCE_AUXILIAIRE, remplacer: false },
      ...planBalanceAuxiliaire(FEUILLE_BALANCE_AUXILIAIRE, aux, `${c.explication} Comptes fournisseurs (40) et clients (41), détaillés par tiers.`),
    ];
    const remarques = [...c.remarques];
    if (!balance.equilibree) {
      remarques.unshift({ message: `La balance est déséquilibrée : écart de ${eurosFr(Math.abs(t.debit - t.credit))} entre le total des débits et celui des crédits (voir les écritures déséquilibrées).` });
    }
    if (aux.sansTiers > 0) {
      remarques.push({ message: `${compte(aux.sansTiers, "ligne")} des comptes clients ou fournisseurs ${aux.sansTiers > 1 ? "n'ont" : "n'a"} pas de tiers : la balance auxiliaire ${aux.sansTiers > 1 ? "les regroupe" : "la regroupe"} par compte (« Lignes sans tiers »). Renseignez la colonne Tiers du journal pour détailler chaque client et fournisseur.` });
    }
    const equilibre = balance.equilibree ? "la balance est équilibrée" : `écart de ${eurosFr(Math.abs(t.debit - t.credit))}`;
    return {
      ok: true,
      preparation: {
        titre: "Générer la balance générale et la balance auxiliaire",
        plan,
        resume: [
          `${creer(c.remplacees, FEUILLE_BALANCE)} la feuille « ${FEUILLE_BALANCE} » : tableau ${TABLE_BALANCE} de ${compte(balance.comptes.length, "compte")}, ligne de totaux (formules SOMME) et contrôles.`,
          `${creer(c.remplacees, FEUILLE_BALANCE_AUXILIAIRE)} la feuille « ${FEUILLE_BALANCE_AUXILIAIRE} » : tableau ${TABLE_BALANCE_AUXILIAIRE} de ${compte(aux.balance.comptes.length, "ligne")} (clients et fournisseurs par tiers).`,
          `Σ débits = ${eurosFr(t.debit)} ; Σ crédits = ${eurosFr(t.credit)} : ${equilibre}.`,
          `Σ soldes débiteurs = ${eurosFr(t.soldeDebiteur)} ; Σ soldes créditeurs = ${eurosFr(t.soldeCrediteur)}.`,
        ],
        remplacees: c.remplacees,
        feuilles: [FEUILLE_BALANCE, FEUILLE_BALANCE_AUXILIAIRE],
        lecture: lecture(c),
        remarques,
        succes: `Balance générée : ${compte(balance.comptes.length, "compte")}, Σ débits ${eurosFr(t.debit)}, Σ crédits ${eurosFr(t.credit)}${balance.equilibree ? " (équilibrée)" : " (DÉSÉQUILIBRÉE)"} ; balance auxiliaire : ${compte(aux.balance.comptes.length, "ligne")}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}

/** Grand livre : un tableau, compte par compte, solde progressif et sous-totaux. */
export async function preparerGrandLivre(classeur: Classeur, options: OptionsEtats = {}): Promise<IssuePreparation> {
  try {
    const c = await preparerEtat(classeur, [FEUILLE_GRAND_LIVRE], [TABLE_GRAND_LIVRE], options);
    if ("ok" in c) return c;
    const g = calculerGrandLivre(c.journal.lecture.lignes);
    const plan: Modification[] = [
      { type: "feuille", nom: FEUILLE_GRAND_LIVRE, remplacer: false, activer: true },
      ...planGrandLivre(FEUILLE_GRAND_LIVRE, g, `${c.explication} Lignes triées par date puis numéro ; solde progressif = Σ (débit − crédit), suivi de D (débiteur) ou C (créditeur).`),
    ];
    const lignes = g.comptes.reduce((n, x) => n + x.lignes.length + 1, 0);
    const equilibre = g.totaux.debit === g.totaux.credit;
    return {
      ok: true,
      preparation: {
        titre: "Générer le grand livre",
        plan,
        resume: [
          `${creer(c.remplacees, FEUILLE_GRAND_LIVRE)} la feuille « ${FEUILLE_GRAND_LIVRE} » : tableau ${TABLE_GRAND_LIVRE} de ${compte(lignes, "ligne")} (${compte(g.comptes.length, "compte")}, chacun suivi de sa ligne « Total du compte », en bleu).`,
          "Lignes de chaque compte triées par date puis numéro d'écriture, avec le solde progressif.",
          `Σ débits = ${eurosFr(g.totaux.debit)} ; Σ crédits = ${eurosFr(g.totaux.credit)}${equilibre ? " : équilibré." : ` : écart de ${eurosFr(Math.abs(g.totaux.debit - g.totaux.credit))}.`}`,
        ],
        remplacees: c.remplacees,
        feuilles: [FEUILLE_GRAND_LIVRE],
        lecture: lecture(c),
        remarques: c.remarques,
        succes: `Grand livre généré : ${compte(g.comptes.length, "compte")}, Σ débits ${eurosFr(g.totaux.debit)}, Σ crédits ${eurosFr(g.totaux.credit)}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
