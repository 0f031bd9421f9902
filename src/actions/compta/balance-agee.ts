/**
 * « Générer la balance âgée » (volet, module Comptabilité) : le tableau `Journal` est relu et validé ; à la date
 * d'arrêté choisie (par défaut la date de la dernière écriture), les pièces non lettrées des clients (41) et des
 * fournisseurs (40) sont ventilées par tranche de retard (comptabilite.md § 1.6) sur la feuille « Balance âgée ».
 */
import { calculerBalanceAgee } from "../../core/compta/balance-agee";
import { verifierLettrage } from "../../core/compta/lettrage-codes";
import { estCompteTiers } from "../../core/compta/lettrage";
import { comparerJours, jourFr, lireDate, type Jour } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { estVide } from "../../core/nombres";
import type { Classeur } from "../../classeur/port";
import { compte, echec, type IssuePreparation, type Remarque } from "../commun/preparation";
import { creer, lectureDuContexte, preparerEtat, type OptionsEtats } from "./etats-commun";
import { FEUILLE_BALANCE_AGEE, planBalanceAgee, TABLE_BALANCE_AGEE, TABLE_PIECES_NON_LETTREES } from "./balance-agee-plan";
import { celluleDuChamp } from "./lettrage-cellules";
import { eurosFr } from "./preparation";

export interface OptionsBalanceAgee extends OptionsEtats {
  /** Date d'arrêté : un jour, ou le texte saisi (« 31/01/2025 ») ; vide : la date de la dernière écriture. */
  dateArrete?: Jour | string;
}

function lireDateArrete(v: OptionsBalanceAgee["dateArrete"]): Jour | undefined {
  if (v === undefined || (typeof v === "string" && estVide(v))) return undefined;
  if (typeof v !== "string") return v;
  return lireDate(v.trim(), "Date d'arrêté");
}

export async function preparerBalanceAgee(classeur: Classeur, options: OptionsBalanceAgee = {}): Promise<IssuePreparation> {
  try {
    const choisie = lireDateArrete(options.dateArrete);
    const c = await preparerEtat(classeur, [FEUILLE_BALANCE_AGEE], [TABLE_BALANCE_AGEE, TABLE_PIECES_NON_LETTREES], options);
    if ("ok" in c) return c;
    const { lignes } = c.journal.lecture;
    const tiers = lignes.filter((l) => estCompteTiers(l.compte));
    if (!tiers.length) {
      throw erreurValeur(`Le journal n'a aucune ligne sur un compte client (41) ou fournisseur (40) : pas de balance âgée à faire. Les factures de ventes (411) et d'achats (401) en portent.`);
    }
    const derniere = lignes.reduce((m, l) => (comparerJours(l.date, m) > 0 ? l.date : m), lignes[0].date);
    const dateArrete = choisie ?? derniere;
    const b = calculerBalanceAgee(lignes, { dateArrete });
    const explication = `${c.explication} Date d'arrêté : ${jourFr(dateArrete)}${choisie ? "" : " (dernière écriture du journal)"}. Retard = date d'arrêté − date d'échéance, en jours ; les lignes lettrées en majuscules sont soldées, un lettrage partiel (minuscules) ne laisse que son reste.`;
    const { plan: planFeuille } = planBalanceAgee(FEUILLE_BALANCE_AGEE, b, explication);

    const remarques: Remarque[] = [];
    if (b.sansEcheance) {
      remarques.push({
        message: `${compte(b.sansEcheance, "pièce n'a", "pièces n'ont")} pas d'échéance (colonne Échéance vide) : la date de la pièce sert d'échéance (colonne Remarque du détail). Renseignez l'échéance des factures pour une balance âgée juste.`,
      });
    }
    for (const a of verifierLettrage(tiers).filter((x) => x.erreur)) {
      const cellule = celluleDuChamp(c.journal, "lettrage", a.origines[0]);
      remarques.push({ ...(cellule ? { cellule } : {}), message: `${a.message} Ses lignes restent dans la balance âgée.` });
    }
    if (b.posterieures) remarques.push({ message: `${compte(b.posterieures, "ligne de tiers postérieure", "lignes de tiers postérieures")} au ${jourFr(dateArrete)} ${b.posterieures > 1 ? "sont ignorées" : "est ignorée"}.` });
    if (!b.pieces.length) remarques.push({ message: `Aucune pièce non lettrée au ${jourFr(dateArrete)} : tous les comptes clients et fournisseurs sont soldés et lettrés.` });
    remarques.push(...c.remarques);

    const montants = (["Clients", "Fournisseurs"] as const)
      .filter((k) => b.totaux[k])
      .map((k) => {
        const t = b.totaux[k]!;
        const total = t.reduce((a, x) => a + x, 0);
        const echu = total - t[0];
        return `${k} : ${eurosFr(total)} non lettrés, dont ${eurosFr(echu)} échus (${k === "Clients" ? "à relancer" : "à payer"}) et ${eurosFr(t[t.length - 1])} à plus de 90 jours.`;
      });
    const nTiers = b.tiers.length;
    return {
      ok: true,
      preparation: {
        titre: `Générer la balance âgée au ${jourFr(dateArrete)}`,
        plan: [{ type: "feuille", nom: FEUILLE_BALANCE_AGEE, remplacer: false, activer: true }, ...planFeuille],
        resume: [
          `${creer(c.remplacees, FEUILLE_BALANCE_AGEE)} la feuille « ${FEUILLE_BALANCE_AGEE} » : tableau ${TABLE_BALANCE_AGEE} de ${compte(nTiers, "tiers", "tiers")} (non échu, 1 à 30, 31 à 60, 61 à 90, plus de 90 jours), totaux des clients et des fournisseurs, contrôles ; détail de ${compte(b.pieces.length, "pièce non lettrée", "pièces non lettrées")} (tableau ${TABLE_PIECES_NON_LETTREES}).`,
          `Date d'arrêté : ${jourFr(dateArrete)}${choisie ? "" : " (dernière écriture du journal ; choisissez-en une autre au-dessus)"}.`,
          ...montants,
        ],
        remplacees: c.remplacees,
        feuilles: [FEUILLE_BALANCE_AGEE],
        lecture: lectureDuContexte(c),
        remarques,
        succes: `Balance âgée au ${jourFr(dateArrete)} générée : ${compte(nTiers, "tiers", "tiers")}, ${compte(b.pieces.length, "pièce non lettrée", "pièces non lettrées")}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
