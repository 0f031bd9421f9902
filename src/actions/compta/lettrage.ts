/**
 * « Lettrer les comptes de tiers » (volet, module Comptabilité) : le tableau `Journal` est relu et validé, le noyau
 * (src/core/compta/lettrage.ts) propose des groupes de lignes qui se compensent, puis, après confirmation, les codes
 * sont écrits dans la colonne Lettrage du tableau, SEULEMENT dans les cellules vides. C'est la seule étape qui écrit
 * dans le tableau de l'utilisateur : la préparation liste chaque cellule écrite, et le dialogue le redit.
 */
import type { LigneEcriture } from "../../core/compta/ecriture";
import { MOTIFS, proposerLettrage, type GroupeLettrage } from "../../core/compta/lettrage";
import { erreurValeur } from "../../core/erreurs";
import { estVide } from "../../core/nombres";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, echec, type IssuePreparation, type Remarque } from "../commun/preparation";
import { lectureDuContexte, preparerEtat, type OptionsEtats } from "./etats-commun";
import { celluleDuChamp, colonneDuChamp, suitesConsecutives } from "./lettrage-cellules";
import { eurosFr } from "./preparation";
import { TABLE_JOURNAL } from "./table-journal";

/** Groupes détaillés au plus dans le résumé (au-delà, ils sont comptés). */
export const GROUPES_DETAILLES = 60;

/** « F2025-001 (débit 529,01 €) » */
const pieceFr = (l: LigneEcriture): string => `${l.piece || l.libelle || "sans pièce"} (${l.debit ? `débit ${eurosFr(l.debit)}` : `crédit ${eurosFr(l.credit)}`})`;

/** « K5 et K31 » */
function cellulesFr(colonne: string, lignes: readonly LigneEcriture[]): string {
  const c = lignes.map((l) => `${colonne}${l.origine}`);
  return c.length > 1 ? `${c.slice(0, -1).join(", ")} et ${c[c.length - 1]}` : c[0];
}

/** Une ligne du résumé : « « A » en K5 et K31 — compte 411000, tiers C001 : F2025-001 (débit …), VIR-0131 (crédit …) ; même pièce. » */
function groupeFr(colonne: string, g: GroupeLettrage): string {
  const tiers = g.tiers ? `, tiers ${g.tiers}${g.tiersLibelle ? ` (${g.tiersLibelle})` : ""}` : "";
  const reste = g.debit - g.credit;
  const fin = g.total ? MOTIFS[g.motif] : `${MOTIFS.partiel}, reste ${eurosFr(Math.abs(reste))} au ${reste > 0 ? "débit" : "crédit"}`;
  return `« ${g.code} » en ${cellulesFr(colonne, g.lignes)} — compte ${g.compte}${tiers} : ${g.lignes.map(pieceFr).join(", ")} ; ${fin}.`;
}

/** Lit le tableau Journal, propose le lettrage, prépare l'écriture des codes ; rien n'est écrit. */
export async function preparerLettrage(classeur: Classeur, options: OptionsEtats = {}): Promise<IssuePreparation> {
  try {
    if (!(await classeur.lireTable(TABLE_JOURNAL))) {
      throw erreurValeur(`Le classeur n'a pas de tableau « ${TABLE_JOURNAL} » : commencez par l'étape 1, « Structurer le journal ». Les codes de lettrage s'écrivent dans la colonne Lettrage de ce tableau.`);
    }
    const c = await preparerEtat(classeur, [], [], options);
    if ("ok" in c) return c;
    const { journal } = c;
    const colonne = colonneDuChamp(journal, "lettrage");
    if (colonne === undefined) {
      const entetes = journal.lecture.structure.entetes.filter(Boolean).map((e) => `« ${e} »`).join(", ");
      throw erreurValeur(
        `Le tableau ${TABLE_JOURNAL} (feuille « ${journal.feuille} ») n'a pas de colonne Lettrage (en-têtes lus : ${entetes}). Relancez l'étape 1, « Structurer le journal », sur votre journal d'origine : le tableau ${TABLE_JOURNAL} qu'elle crée a les colonnes Lettrage et Échéance. Vous pouvez aussi ajouter au tableau une colonne nommée « Lettrage ».`,
      );
    }
    const { lignes } = journal.lecture;
    const r = proposerLettrage(lignes);
    const remarques: Remarque[] = [
      ...r.anomalies.map((a): Remarque => {
        const cellule = celluleDuChamp(journal, "lettrage", a.origines[0]);
        return { ...(cellule ? { cellule } : {}), message: a.message };
      }),
      ...r.remarques.map((message) => ({ message })),
      ...(r.plafondAtteint ? [{ message: "La recherche des groupes de 3 ou 4 lignes s'est arrêtée au plafond d'essais (journal très long) : des lignes restent à lettrer à la main." }] : []),
      ...c.remarques,
    ];
    if (r.groupes.length === 0) {
      const message =
        r.examinees === 0
          ? `Rien à lettrer : le tableau ${TABLE_JOURNAL} n'a aucune ligne sans code sur un compte fournisseur (40) ou client (41).`
          : `Rien à lettrer : parmi ${compte(r.examinees, "ligne")} sans code des comptes clients (41) et fournisseurs (40), aucune ne se compense avec une autre du même compte et du même tiers (même montant, même pièce ou groupe de somme nulle).`;
      return { ok: false, message, anomalies: remarques, lecture: lectureDuContexte(c) };
    }

    // Vérification à la source : les cellules visées sont bien celles de la colonne Lettrage, et vides.
    const origines = r.groupes.flatMap((g) => g.lignes.map((l) => l.origine!));
    const derniere = Math.max(...origines);
    const ligneEntete = journal.lecture.ligneEntete;
    const grille = await classeur.lirePlage(journal.feuille, `${colonne}${ligneEntete}:${colonne}${derniere}`);
    const entete = journal.lecture.structure.entetes[journal.lecture.structure.colonnes.lettrage!];
    const occupees = origines.filter((o) => !estVide(grille.valeurs[o - ligneEntete]?.[0]));
    if (grille.valeurs[0]?.[0] !== entete || occupees.length) {
      throw erreurValeur(`La colonne Lettrage du tableau ${TABLE_JOURNAL} n'est plus là où elle a été lue (feuille « ${journal.feuille} », colonne ${colonne}) : relancez « Préparer le lettrage ». Rien n'a été écrit.`);
    }

    const code = new Map<number, string>();
    for (const g of r.groupes) for (const l of g.lignes) code.set(l.origine!, g.code);
    const plan: Modification[] = suitesConsecutives(origines).map(([debut, fin]) => ({
      type: "valeurs",
      feuille: journal.feuille,
      adresse: debut === fin ? `${colonne}${debut}` : `${colonne}${debut}:${colonne}${fin}`,
      valeurs: Array.from({ length: fin - debut + 1 }, (_, i) => [code.get(debut + i)!]),
    }));

    const totaux = r.groupes.filter((g) => g.total).length;
    const partiels = r.groupes.length - totaux;
    const detail = r.groupes.slice(0, GROUPES_DETAILLES).map((g) => groupeFr(colonne, g));
    const reste = r.groupes.length - detail.length;
    const ou = `la colonne Lettrage (${colonne}) du tableau ${TABLE_JOURNAL}, feuille « ${journal.feuille} »`;
    const nature = `${compte(totaux, "lettrage total", "lettrages totaux")}${partiels ? `, ${compte(partiels, "lettrage partiel", "lettrages partiels")} (code en minuscules)` : ""}`;
    return {
      ok: true,
      preparation: {
        titre: `Lettrer les comptes clients et fournisseurs du tableau ${TABLE_JOURNAL}`,
        plan,
        resume: [
          `${compte(r.groupes.length, "groupe proposé", "groupes proposés")} dans ${compte(new Set(r.groupes.map((g) => `${g.compte}\u0000${g.tiers ?? ""}`)).size, "compte de tiers", "comptes de tiers")} : ${nature} ; ${compte(r.lettrees, "ligne lettrée", "lignes lettrées")} sur ${compte(r.examinees, "ligne")} sans code.`,
          `Seules ${r.lettrees > 1 ? `ces ${compte(r.lettrees, "cellule")} vides` : "cette cellule vide"} de ${ou} ${r.lettrees > 1 ? "reçoivent" : "reçoit"} un code ; rien d'autre n'est modifié.`,
          ...detail,
          ...(reste > 0 ? [`… et ${compte(reste, "autre groupe", "autres groupes")} (${compte(r.lettrees - r.groupes.slice(0, GROUPES_DETAILLES).reduce((n, g) => n + g.lignes.length, 0), "cellule")}).`] : []),
        ],
        remplacees: [],
        feuilles: [],
        lecture: lectureDuContexte(c),
        remarques,
        confirmation: {
          titre: `Écrire dans le tableau ${TABLE_JOURNAL} ?`,
          message: `${compte(r.lettrees, "cellule vide", "cellules vides")} de ${ou} vont recevoir un code de lettrage (${nature}). Les autres cellules, et les codes déjà saisis, ne sont pas modifiés. Pour revenir en arrière, effacez ces codes.`,
          bouton: "Écrire les codes",
        },
        succes: `${compte(r.lettrees, "code écrit", "codes écrits")} dans la colonne Lettrage du tableau ${TABLE_JOURNAL} : ${nature}.`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
