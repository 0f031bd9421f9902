/**
 * `agora compta balance|grand-livre FICHIER [--du AAAA-MM-JJ] [--au AAAA-MM-JJ] [--json]` : les états d'un journal
 * (FEC ou CSV) lu en flux. Codes de sortie : 0 état produit ; 1 journal rejeté (lignes illisibles, écritures
 * déséquilibrées : la liste est affichée) ; 2 fichier illisible ou option invalide. Les anomalies qui ne faussent pas
 * l'état (ligne à 0/0, compte hors PCG…) sont signalées sur la sortie d'erreur sans bloquer.
 */
import path from "node:path";
import type { Command } from "commander";
import type { Anomalie } from "../core/compta/anomalie";
import { CumulBalance, type Balance } from "../core/compta/balance";
import type { LigneEcriture } from "../core/compta/ecriture";
import { CumulGrandLivre } from "../core/compta/grand-livre";
import { periodeFr, type Periode } from "../core/compta/periode";
import { lireSelectionComptes } from "../core/compta/selection-comptes";
import { bilan } from "../core/compta/etats/bilan";
import { declarationCa3 } from "../core/compta/etats/ca3";
import { capaciteAutofinancement } from "../core/compta/etats/caf";
import { compteDeResultat } from "../core/compta/etats/resultat";
import { soldesIntermediaires } from "../core/compta/etats/sig";
import { cleJour, filtrePeriode } from "../core/compta/periode";
import { ControleEquilibre, messageDesequilibre, ValidateurJournal } from "../core/compta/valider";
import { lireDate } from "../core/dates";
import { ErreurAgora } from "../core/erreurs";
import { TraceEnregistree, type Trace } from "../core/trace";
import { bilanJson, bilanTexte, ca3Json, ca3Texte, resultatJson, resultatTexte, sigJson, sigTexte } from "./compta-etats";
import { ouvrirJournal } from "./compta-source";
import { balanceCsv, balanceJson, balanceTexte, grandLivreCsv, grandLivreJson, grandLivreTexte } from "./compta-sortie";
import { ErreurFichierIllisible } from "./lecture-fichier";

/** Anomalies affichées au plus, sur la sortie d'erreur. */
const AFFICHEES = 50;

interface OptionsCommunes {
  du?: string;
  au?: string;
  json?: boolean;
}

class ErreurOption extends Error {}

function lirePeriode(o: OptionsCommunes): Periode {
  const lire = (valeur: string | undefined, option: string) => {
    if (valeur === undefined) return undefined;
    try {
      return lireDate(valeur, option);
    } catch (e) {
      throw new ErreurOption(e instanceof Error ? e.message : String(e));
    }
  };
  return { du: lire(o.du, "--du"), au: lire(o.au, "--au") };
}

/** Écrit sur la sortie standard en respectant la contre-pression (gros grand livre dans un tube). */
async function ecrire(texte: string): Promise<void> {
  if (!process.stdout.write(texte)) await new Promise<void>((r) => process.stdout.once("drain", () => r()));
}

function listerSurErreur(titre: string, liste: readonly Anomalie[], nombre: number): void {
  const lignes = liste.slice(0, AFFICHEES).map((a) => `  ${a.message}`);
  const reste = nombre - Math.min(liste.length, AFFICHEES);
  process.stderr.write(`${titre}\n${lignes.join("\n")}${reste > 0 ? `\n  … et ${reste} autre${reste > 1 ? "s" : ""}.` : ""}\n`);
}

/**
 * Lit le journal, valide et cumule en un seul passage. Rend faux (et affiche la liste, code 1) si le journal est rejeté.
 */
async function parcourir(chemin: string, json: boolean | undefined, ajouter: (l: LigneEcriture) => void): Promise<boolean> {
  const source = await ouvrirJournal(chemin);
  const validation = new ValidateurJournal({ equilibre: false, limite: 1000 });
  const equilibre = new ControleEquilibre();
  await source.parcourir((l) => {
    validation.ajouter(l);
    equilibre.ajouter(l);
    ajouter(l);
  });
  const rejets = source.rejets();
  const desequilibrees = equilibre.terminer();
  const erreurs: Anomalie[] = [...rejets.liste, ...desequilibrees.map((e) => ({ origine: e.origines[0], message: messageDesequilibre(e) }))];
  const nombreErreurs = rejets.nombre + desequilibrees.length;
  if (nombreErreurs > 0) {
    if (json) await ecrire(`${JSON.stringify({ erreurs: erreurs.map((e) => ({ ligne: e.origine ?? null, message: e.message })), nombre: nombreErreurs })}\n`);
    const quoi = [
      rejets.nombre ? `${rejets.nombre} ligne${rejets.nombre > 1 ? "s" : ""} illisible${rejets.nombre > 1 ? "s" : ""}` : "",
      desequilibrees.length ? `${desequilibrees.length} écriture${desequilibrees.length > 1 ? "s" : ""} déséquilibrée${desequilibrees.length > 1 ? "s" : ""}` : "",
    ].filter(Boolean).join(" et ");
    listerSurErreur(`agora compta : journal rejeté (${quoi}) ; aucun état n'est produit.`, erreurs, nombreErreurs);
    process.exitCode = 1;
    return false;
  }
  const alertes = validation.terminer();
  if (alertes.length) listerSurErreur(`Attention : ${validation.anomalies.nombre} anomalie${validation.anomalies.nombre > 1 ? "s" : ""} (l'état est produit) :`, alertes, validation.anomalies.nombre);
  return true;
}

/** Exécute une commande : les erreurs deviennent un message français et un code de sortie. */
async function executer(commande: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    const connue = e instanceof ErreurFichierIllisible || e instanceof ErreurOption || e instanceof ErreurAgora;
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`agora compta ${commande} : ${connue ? message : `erreur interne inattendue (${message})`}\n`);
    process.exitCode = 2;
  }
}

const titre = (etat: string, chemin: string, periode: Periode) => `${etat} — ${path.basename(chemin)} (${periodeFr(periode)})`;

export function commandeCompta(programme: Command): void {
  const compta = programme.command("compta").description("comptabilité : balance, grand livre, compte de résultat, bilan, SIG et TVA d'un journal (FEC, CSV ou classeur .xlsx)");

  compta
    .command("balance")
    .description("balance générale (ou auxiliaire) d'un journal ; code 0 produite, 1 journal rejeté, 2 illisible")
    .argument("<fichier>", "FEC (tabulation ou |), journal CSV (Date, Journal, N° pièce, Compte, Tiers, Libellé, Débit, Crédit) ou classeur .xlsx (tableau Journal)")
    .option("--du <date>", "première date retenue, AAAA-MM-JJ")
    .option("--au <date>", "dernière date retenue, AAAA-MM-JJ")
    .option("--niveau <n>", "regroupe les comptes par leurs n premiers caractères (3 : 401, 411…)")
    .option("--auxiliaire", "balance auxiliaire : une ligne par compte collectif et tiers")
    .option("--json", 'sortie JSON : {"comptes":[{"compte","libelle","debit","credit","solde"}],"totaux":{"debit","credit"}}')
    .option("--csv", "sortie CSV pour un tableur (« ; », virgule décimale, formules neutralisées)")
    .action((chemin: string, o: OptionsCommunes & { niveau?: string; auxiliaire?: boolean; csv?: boolean }) =>
      executer("balance", async () => {
        const periode = lirePeriode(o);
        let niveau: number | undefined;
        if (o.niveau !== undefined) {
          niveau = Number(o.niveau);
          if (!Number.isInteger(niveau) || niveau < 1) throw new ErreurOption(`--niveau : « ${o.niveau} » n'est pas un nombre entier de chiffres (1, 2, 3…).`);
        }
        const cumul = new CumulBalance({ ...periode, niveau });
        if (!(await parcourir(chemin, o.json, (l) => cumul.ajouter(l)))) return;
        const balance = o.auxiliaire ? cumul.auxiliaire() : cumul.generale();
        await ecrire(o.json ? balanceJson(balance) : o.csv ? balanceCsv(balance) : balanceTexte(balance, titre(o.auxiliaire ? "Balance auxiliaire" : "Balance générale", chemin, periode)));
      }),
    );

  /** Les alertes du calcul d'un état (compte non classé, bilan déséquilibré…) vont sur la sortie d'erreur. */
  const signaler = (trace: TraceEnregistree) => {
    const alertes = trace.etapes.filter((e) => e.genre === "alerte").map((e) => `Attention : ${e.texte}`);
    if (alertes.length) process.stderr.write(`${alertes.join("\n")}\n`);
  };
  const etat = (nom: string, description: string, produire: (b: Balance, o: OptionsCommunes, chemin: string, periode: Periode, trace: Trace) => string) =>
    compta
      .command(nom)
      .description(`${description} ; code 0 produit, 1 journal rejeté, 2 illisible`)
      .argument("<fichier>", "FEC (tabulation ou |), journal CSV ou classeur .xlsx")
      .option("--du <date>", "première date retenue, AAAA-MM-JJ")
      .option("--au <date>", "dernière date retenue, AAAA-MM-JJ")
      .option("--json", "sortie JSON (voir docs/cli-compta.md)")
      .action((chemin: string, o: OptionsCommunes) =>
        executer(nom, async () => {
          const periode = lirePeriode(o);
          const cumul = new CumulBalance(periode);
          if (!(await parcourir(chemin, o.json, (l) => cumul.ajouter(l)))) return;
          const trace = new TraceEnregistree();
          const sortie = produire(cumul.generale(), o, chemin, periode, trace);
          signaler(trace);
          await ecrire(sortie);
        }),
      );

  etat("resultat", "compte de résultat simplifié (système de base, comptabilite.md § 3.2)", (b, o, chemin, periode, trace) => {
    const cr = compteDeResultat(b.comptes, trace);
    return o.json ? resultatJson(cr) : resultatTexte(cr, titre("Compte de résultat", chemin, periode));
  });
  etat("sig", "soldes intermédiaires de gestion et capacité d'autofinancement (§ 3.3 et 3.4)", (b, o, chemin, periode, trace) => {
    const sig = soldesIntermediaires(b.comptes, trace);
    const caf = capaciteAutofinancement(b.comptes, trace);
    return o.json ? sigJson(sig, caf) : sigTexte(sig, caf, titre("Soldes intermédiaires de gestion", chemin, periode));
  });
  etat("bilan", "bilan simplifié, montants nets (§ 3.2)", (b, o, chemin, periode, trace) => {
    const bl = bilan(b.comptes, trace);
    return o.json ? bilanJson(bl) : bilanTexte(bl, titre("Bilan", chemin, periode));
  });

  compta
    .command("tva")
    .description("déclaration CA3 pré-remplie de la période (euros entiers) et écriture de liquidation ; code 0, 1 rejeté, 2 illisible")
    .argument("<fichier>", "FEC (tabulation ou |), journal CSV ou classeur .xlsx")
    .option("--du <date>", "premier jour de la période déclarée, AAAA-MM-JJ (le solde débiteur de 44567 avant cette date est le crédit antérieur)")
    .option("--au <date>", "dernier jour de la période déclarée, AAAA-MM-JJ")
    .option("--json", "sortie JSON (voir docs/cli-compta.md)")
    .action((chemin: string, o: OptionsCommunes) =>
      executer("tva", async () => {
        const periode = lirePeriode(o);
        const cumul = new CumulBalance(periode);
        const debut = periode.du ? cleJour(periode.du) : undefined;
        let creditAnterieur = 0;
        const dansPeriode = filtrePeriode(periode);
        // Pour ventiler les ventes par taux, seules comptent les lignes des comptes 70 et 445 de la période.
        const ecritures: LigneEcriture[] = [];
        const ajouter = (l: LigneEcriture) => {
          cumul.ajouter(l);
          if ((l.compte.startsWith("70") || l.compte.startsWith("445")) && dansPeriode(l.date)) ecritures.push(l);
          if (debut !== undefined && l.compte.startsWith("44567") && cleJour(l.date) < debut) creditAnterieur += l.debit - l.credit;
        };
        if (!(await parcourir(chemin, o.json, ajouter))) return;
        const trace = new TraceEnregistree();
        const d = declarationCa3(cumul.generale().comptes, { creditAnterieur: Math.max(creditAnterieur, 0), ecritures }, trace);
        signaler(trace);
        await ecrire(o.json ? ca3Json(d) : ca3Texte(d, titre("Déclaration de TVA CA3", chemin, periode)));
      }),
    );

  compta
    .command("grand-livre")
    .description("grand livre d'un journal : lignes de chaque compte par date, solde progressif ; code 0, 1 rejeté, 2 illisible")
    .argument("<fichier>", "FEC (tabulation ou |), journal CSV ou classeur .xlsx")
    .option("--du <date>", "première date retenue, AAAA-MM-JJ")
    .option("--au <date>", "dernière date retenue, AAAA-MM-JJ")
    .option("--comptes <selection>", "comptes retenus : « 411 », « 6;7 », « 401-408 »")
    .option("--json", "sortie JSON (voir docs/cli-compta.md)")
    .option("--csv", "sortie CSV pour un tableur (« ; », virgule décimale, formules neutralisées)")
    .action((chemin: string, o: OptionsCommunes & { comptes?: string; csv?: boolean }) =>
      executer("grand-livre", async () => {
        const periode = lirePeriode(o);
        let selection;
        try {
          selection = o.comptes === undefined ? undefined : lireSelectionComptes(o.comptes, "--comptes");
        } catch (e) {
          throw new ErreurOption(e instanceof Error ? e.message : String(e));
        }
        const cumul = new CumulGrandLivre({ ...periode, compte: selection?.contient });
        if (!(await parcourir(chemin, o.json, (l) => cumul.ajouter(l)))) return;
        const g = cumul.resultat();
        for (const morceau of o.json ? grandLivreJson(g) : o.csv ? grandLivreCsv(g) : grandLivreTexte(g, titre("Grand livre", chemin, periode))) await ecrire(morceau);
      }),
    );
}
