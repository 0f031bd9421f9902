/**
 * « État de rapprochement bancaire » (volet, module Comptabilité) : le relevé d'une feuille et les lignes du compte de
 * banque (512…) du tableau `Journal` sont lus et contrôlés, pointés (rapprochement-pointage.ts), puis l'état est
 * calculé par le noyau (src/core/tresorerie/rapprochement.ts, méthode des soldes rectifiés, comptabilite.md § 7) et
 * écrit sur la feuille « Rapprochement bancaire », avec les écritures à passer.
 */
import type { Centimes } from "../../core/compta/centimes";
import { depuisCentimes, versCentimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { comparerJours, jourFr } from "../../core/dates";
import { erreurValeur } from "../../core/erreurs";
import { TraceEnregistree } from "../../core/trace";
import { etatRapprochement } from "../../core/tresorerie/rapprochement";
import { lirePlageA1 } from "../../classeur/adresses";
import type { Classeur, Modification } from "../../classeur/port";
import { compte, echec, type IssuePreparation, type Remarque } from "../commun/preparation";
import { creer, lectureDuContexte, preparerEtat, type OptionsEtats } from "./etats-commun";
import { estANouveau } from "./etats";
import { controle } from "./plan-balance";
import { eurosFr } from "./preparation";
import { contrepartie, montantLivre, montantReleve, pointer } from "./rapprochement-pointage";
import { FEUILLE_RAPPROCHEMENT, lignesEcritures, planRapprochement, TABLE_ECRITURES_RAPPROCHEMENT, TABLE_POINTAGE, TABLE_RAPPROCHEMENT } from "./rapprochement-plan";
import { lireGrilleReleve, type OperationReleve } from "./rapprochement-releve";

export interface OptionsRapprochement extends OptionsEtats {
  /** Feuille du relevé bancaire. */
  feuilleReleve: string;
  /** Compte de banque du journal (512000, 512100…) ; par défaut le seul compte 512 du journal. */
  compteBanque?: string;
}

const somme = (c: readonly Centimes[]) => c.reduce((s, x) => s + x, 0);
const dec = (c: Centimes) => depuisCentimes(c);

export async function preparerRapprochement(classeur: Classeur, options: OptionsRapprochement): Promise<IssuePreparation> {
  try {
    const c = await preparerEtat(classeur, [FEUILLE_RAPPROCHEMENT], [TABLE_RAPPROCHEMENT, TABLE_ECRITURES_RAPPROCHEMENT, TABLE_POINTAGE], options);
    if ("ok" in c) return c;
    // Le relevé : une feuille du classeur, autre que celle que l'étape crée.
    const noms = await classeur.nomsFeuilles();
    const feuille = noms.find((n) => n.toLowerCase() === options.feuilleReleve.trim().toLowerCase());
    if (!feuille) throw erreurValeur(`Le classeur n'a pas de feuille « ${options.feuilleReleve} » : choisissez la feuille du relevé bancaire.`);
    if (feuille.toLowerCase() === FEUILLE_RAPPROCHEMENT.toLowerCase()) throw erreurValeur(`« ${feuille} » est la feuille que cette étape crée : choisissez la feuille du relevé bancaire.`);
    const g = await classeur.lirePlage(feuille);
    if (!g.plage.lignes || g.valeurs.every((l) => l.every((x) => x === null || x === ""))) throw erreurValeur(`La feuille « ${feuille} » est vide : collez-y le relevé bancaire (Date, Libellé, Débit, Crédit).`);
    const releve = lireGrilleReleve(g.valeurs, { feuille, debut: lirePlageA1(g.plage.adresse).debut });
    const lu = { lignes: releve.operations.length, ecritures: 0, feuille, zone: releve.zone };
    if (releve.anomalies.length) {
      return { ok: false, message: `${compte(releve.anomalies.length, "anomalie empêche", "anomalies empêchent")} de lire le relevé : corrigez la feuille « ${feuille} », puis recommencez.`, anomalies: releve.anomalies, lecture: lu };
    }
    if (!releve.operations.length || !releve.fin) throw erreurValeur(`Feuille « ${feuille} » : aucune opération datée sous l'en-tête du relevé.`);
    const fin = releve.fin;
    const soldeReleve = (releve.soldeInitial?.montant ?? 0) + somme(releve.operations.map(montantReleve));
    if (releve.soldeFinal && releve.soldeFinal.montant !== soldeReleve) {
      return {
        ok: false,
        message: `Le relevé ne se recalcule pas : ${releve.soldeInitial ? "ancien solde" : "0,00 €"} + opérations = ${eurosFr(soldeReleve)}, mais le nouveau solde indiqué est ${eurosFr(releve.soldeFinal.montant)} (écart ${eurosFr(Math.abs(soldeReleve - releve.soldeFinal.montant))}). Une opération manque ou est mal recopiée.`,
        anomalies: [{ cellule: releve.soldeFinal.cellule, message: `Nouveau solde : ${eurosFr(releve.soldeFinal.montant)} ; recalculé : ${eurosFr(soldeReleve)}.` }],
        lecture: lu,
      };
    }

    // Le compte de banque du journal.
    const { lignes } = c.journal.lecture;
    const banques = [...new Set(lignes.filter((l) => l.compte.startsWith("512")).map((l) => l.compte))].sort();
    const voulu = options.compteBanque?.trim();
    if (voulu && !banques.includes(voulu)) {
      throw erreurValeur(`Le journal n'a aucune ligne au compte ${voulu}${banques.length ? ` ; comptes de banque présents : ${banques.join(", ")}` : ""}.`);
    }
    if (!voulu && banques.length !== 1) {
      throw erreurValeur(banques.length ? `Le journal a plusieurs comptes de banque (${banques.join(", ")}) : choisissez celui du relevé.` : "Le journal n'a aucune ligne au compte 512 (banque) : rien à rapprocher.");
    }
    const banque = voulu || banques[0];
    const duCompte = lignes.filter((l) => l.compte === banque);
    const jusquAuReleve = duCompte.filter((l) => comparerJours(l.date, fin) <= 0);
    const apres = duCompte.length - jusquAuReleve.length;
    const solde512 = somme(jusquAuReleve.map(montantLivre));
    const aPointer = jusquAuReleve.filter((l) => !estANouveau(l));

    const p = pointer(releve.operations, aPointer);
    const trace = new TraceEnregistree();
    const montants = (o: readonly OperationReleve[], signe: 1 | -1) => o.filter((x) => Math.sign(montantReleve(x)) === signe).map((x) => dec(Math.abs(montantReleve(x))));
    const livres = (l: readonly LigneEcriture[], signe: 1 | -1) => l.filter((x) => Math.sign(montantLivre(x)) === signe).map((x) => dec(Math.abs(montantLivre(x))));
    const etat = etatRapprochement(
      dec(solde512),
      dec(soldeReleve),
      { creditsBanque: montants(p.releveSeul, 1), debitsBanque: montants(p.releveSeul, -1), chequesNonEncaisses: livres(p.livresSeuls, -1), remisesNonCreditees: livres(p.livresSeuls, 1) },
      trace,
    );
    const [r512, rReleve] = [versCentimes(etat.solde512Rectifie), versCentimes(etat.soldeReleveRectifie)];
    const date = jourFr(fin);
    const donnees = { compte: banque, date, solde512, soldeReleve, solde512Rectifie: r512, soldeReleveRectifie: rReleve, pointage: p };
    const calcul = trace.etapes.filter((e) => e.genre === "calcul" && e.texte.startsWith("Solde")).map((e) => `${e.texte.replace(/ = /, " : ").replace(/\s*$/, "")} €.`);
    const controles = [`Solde ${banque} rectifié = solde du relevé rectifié : ${controle(r512, rReleve)}.`, ...calcul];
    const explication = `${c.explication} Relevé de la feuille « ${feuille} » (${releve.zone}). Méthode des soldes rectifiés (comptabilite.md § 7) : ${compte(p.paires.length, "opération pointée", "opérations pointées")}, ${compte(p.releveSeul.length, "sur le relevé seulement", "sur le relevé seulement")}, ${compte(p.livresSeuls.length, "dans le journal seulement", "dans le journal seulement")}.`;
    const plan: Modification[] = [{ type: "feuille", nom: FEUILLE_RAPPROCHEMENT, remplacer: false, activer: true }, ...planRapprochement(FEUILLE_RAPPROCHEMENT, donnees, explication, controles)];

    const remarques: Remarque[] = [...c.remarques];
    for (const s of p.suspects) {
      remarques.push({ cellule: s.releve.cellule, message: `« ${s.releve.libelle} » : ${eurosFr(Math.abs(montantReleve(s.releve)))} sur le relevé, ${eurosFr(Math.abs(montantLivre(s.livre)))} dans le journal (pièce ${s.livre.piece || "?"}) : même numéro, montants différents, erreur de saisie probable (non pointé).` });
    }
    const enAttente = p.releveSeul.filter((o) => !contrepartie(o).devinee).length;
    if (enAttente) remarques.push({ message: `${compte(enAttente, "opération du relevé n'a", "opérations du relevé n'ont")} pas de contrepartie reconnue : l'écriture proposée utilise le compte 471 (compte d'attente), à remplacer par le bon compte.` });
    if (apres) remarques.push({ message: `${compte(apres, "ligne", "lignes")} du compte ${banque} ${apres > 1 ? "sont datées" : "est datée"} après le ${date} (fin du relevé) : laissée${apres > 1 ? "s" : ""} de côté.` });
    if (!releve.soldeInitial) remarques.push({ message: `Le relevé n'a pas de ligne « Ancien solde » : son solde est calculé à partir de 0,00 €.` });
    const egal = r512 === rReleve;
    return {
      ok: true,
      preparation: {
        titre: `Établir l'état de rapprochement du compte ${banque} au ${date}`,
        plan,
        resume: [
          `${creer(c.remplacees, FEUILLE_RAPPROCHEMENT)} la feuille « ${FEUILLE_RAPPROCHEMENT} » : ${compte(p.paires.length, "opération pointée", "opérations pointées")}, ${p.releveSeul.length} sur le relevé seulement, ${p.livresSeuls.length} dans le journal seulement.`,
          `Solde ${banque} au ${date} : ${eurosFr(solde512)} ; solde du relevé : ${eurosFr(soldeReleve)}.`,
          `Soldes rectifiés : ${eurosFr(r512)} et ${eurosFr(rReleve)} : ${!egal ? `ÉCART de ${eurosFr(Math.abs(r512 - rReleve))}, erreur à rechercher.` : p.suspects.length ? "égaux, mais un numéro a deux montants différents (voir ci-dessous) : erreur de saisie probable." : "égaux, le rapprochement est juste."}`,
          ...(p.releveSeul.length ? [`${compte(lignesEcritures(donnees).lignes.length / 2, "écriture proposée", "écritures proposées")} pour les opérations du relevé seulement.`] : []),
        ],
        remplacees: c.remplacees,
        feuilles: [FEUILLE_RAPPROCHEMENT],
        lecture: lectureDuContexte(c),
        remarques,
        succes: `État de rapprochement au ${date} : soldes rectifiés ${eurosFr(r512)} et ${eurosFr(rReleve)}${egal ? " (égaux)." : ` (ÉCART de ${eurosFr(Math.abs(r512 - rReleve))}).`}`,
      },
    };
  } catch (e) {
    return echec(e);
  }
}
