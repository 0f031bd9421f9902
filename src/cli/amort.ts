/**
 * `agora amort --base 12000 --debut 2026-04-01 --duree 5 [--mode lineaire|degressif|lineaire-reel] [--cloture MM-JJ]
 * [--premiere-cloture AAAA-MM-JJ] [--valeur-residuelle N] [--json] [--explique]` : le plan d'amortissement
 * (comptabilite.md § 9) en tableau aligné, ou en JSON {"lignes":[{exercice, debut, fin, base, annuite, cumul, vnc}]}.
 * Code de sortie 1 et message français sur une entrée invalide.
 */
import type { Command } from "commander";
import type Decimal from "decimal.js";
import { ZERO, montantFr, tauxFr } from "../core/argent";
import { isoJour, jourFr, lireDate } from "../core/dates";
import { ErreurAgora } from "../core/erreurs";
import {
  clotureFr,
  coefficientDegressif,
  creerCalendrier,
  creerCloture,
  lireCloture,
  lireMode,
  planAmortissement,
  verifierDuree,
  type Cloture,
  type PlanAmortissement,
} from "../core/immobilisations";
import { lireEntier, lireMontantPositif } from "../core/nombres";
import { TRACE_MUETTE, TraceEnregistree } from "../core/trace";

export interface OptionsAmort {
  base?: string;
  debut?: string;
  duree?: string;
  mode?: string;
  cloture?: string;
  premiereCloture?: string;
  valeurResiduelle?: string;
  json?: boolean;
  explique?: boolean;
}

/** Noms des champs du noyau → options de la commande, pour que les messages parlent de ce que l'utilisateur a tapé. */
const OPTIONS: Record<string, string> = {
  duree: "--duree",
  valeur_residuelle: "--valeur-residuelle",
  premiere_cloture: "--premiere-cloture",
  mode: "--mode",
};

function messageOption(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/^([a-z_]+) :/, (tout, champ: string) => (OPTIONS[champ] ? `${OPTIONS[champ]} :` : tout));
}

/** « 12-31 » (MM-JJ) ou « 31/12 » (JJ/MM). */
export function lireClotureOption(texte: string): Cloture {
  const m = /^\s*(\d{1,2})-(\d{1,2})\s*$/.exec(texte);
  if (!m) return lireCloture(texte, "--cloture");
  try {
    return creerCloture(Number(m[2]), Number(m[1]), "--cloture");
  } catch {
    throw new ErreurAgora("valeur", `--cloture : « ${texte} » n'est pas un jour de clôture MM-JJ (exemples : 12-31 pour le 31 décembre, 06-30 pour le 30 juin).`);
  }
}

export function planDepuisOptions(o: OptionsAmort, trace = TRACE_MUETTE): PlanAmortissement {
  for (const [cle, option] of [["base", "--base"], ["debut", "--debut"], ["duree", "--duree"]] as const) {
    if (o[cle] === undefined) throw new ErreurAgora("valeur", `${option} est obligatoire (exemple : agora amort --base 12000 --debut 2026-04-01 --duree 5).`);
  }
  const base = lireMontantPositif(o.base, "--base");
  const debut = lireDate(o.debut, "--debut");
  const duree = lireEntier(o.duree, "--duree", 1);
  verifierDuree(duree, "--duree");
  const { mode, decompte } = lireMode(o.mode, "--mode");
  if (mode === "degressif") coefficientDegressif(duree, debut, TRACE_MUETTE, "--duree");
  const cloture = o.cloture === undefined ? undefined : lireClotureOption(o.cloture);
  const premiereCloture = o.premiereCloture === undefined ? undefined : lireDate(o.premiereCloture, "--premiere-cloture");
  if (cloture && premiereCloture && (cloture.mois !== premiereCloture.mois || (cloture.jour !== premiereCloture.jour && cloture.mois !== 2))) {
    throw new ErreurAgora("valeur", `--premiere-cloture : le ${jourFr(premiereCloture)} ne tombe pas le jour de clôture --cloture (${clotureFr(cloture)}).`);
  }
  const valeurResiduelle = o.valeurResiduelle === undefined ? undefined : lireMontantPositif(o.valeurResiduelle, "--valeur-residuelle");
  const calendrier = creerCalendrier(debut, cloture, premiereCloture);
  return planAmortissement({ valeurOrigine: base, debut, duree, mode, decompte, valeurResiduelle, calendrier }, trace);
}

/** Montant JSON avec deux décimales : 2100 s'écrit 2100.00. */
const nombreJson = (d: Decimal): string => d.toFixed(2);

export function planJson(plan: PlanAmortissement): string {
  const lignes = plan.lignes.map(
    (l) =>
      `{"exercice":${l.exercice},"debut":"${isoJour(l.debut)}","fin":"${isoJour(l.fin)}","base":${nombreJson(l.base)},` +
      `"annuite":${nombreJson(l.annuite)},"cumul":${nombreJson(l.cumul)},"vnc":${nombreJson(l.vnc)}}`,
  );
  return `{"lignes":[${lignes.join(",")}]}\n`;
}

/** Tableau aligné : textes à gauche, nombres à droite. */
export function planTexte(plan: PlanAmortissement): string {
  const immo = plan.immobilisation;
  const nomMode = immo.mode === "degressif" ? "dégressif" : immo.decompte === "reel" ? "linéaire (jours réels)" : "linéaire";
  const residuelle = plan.valeurResiduelle.gt(ZERO) ? `, valeur résiduelle ${montantFr(plan.valeurResiduelle)}\u00a0€` : "";
  const titre =
    `Plan d'amortissement ${nomMode} : base ${montantFr(immo.valeurOrigine)}\u00a0€${residuelle}, ${immo.duree} an${immo.duree > 1 ? "s" : ""}, ` +
    `taux ${tauxFr(plan.taux)}, clôture au ${clotureFr(immo.calendrier.cloture)}`;
  const entete = ["Exercice", "Début", "Fin", "Base", "Annuité", "Cumul", "VNC"];
  const corps = plan.lignes.map((l) => [String(l.exercice), jourFr(l.debut), jourFr(l.fin), montantFr(l.base), montantFr(l.annuite), montantFr(l.cumul), montantFr(l.vnc)]);
  const largeurs = entete.map((e, i) => Math.max(e.length, ...corps.map((l) => l[i].length)));
  const aDroite = (i: number) => i === 0 || i >= 3;
  const ligne = (cellules: string[]) => cellules.map((c, i) => (aDroite(i) ? c.padStart(largeurs[i]) : c.padEnd(largeurs[i]))).join("  ").trimEnd();
  return [titre, "", ligne(entete), ...corps.map(ligne)].join("\n") + "\n";
}

export function commandeAmort(programme: Command): void {
  programme
    .command("amort")
    .description("plan d'amortissement linéaire ou dégressif d'une immobilisation (comptabilite.md § 9)")
    .option("--base <montant>", "valeur d'origine HT, en euros (ex. 12000 ou 12 000,50)")
    .option("--debut <date>", "mise en service (linéaire) ou acquisition (dégressif) : AAAA-MM-JJ ou JJ/MM/AAAA")
    .option("--duree <annees>", "durée d'utilisation en années entières")
    .option("--mode <mode>", "lineaire (mois de 30 jours, par défaut), lineaire-reel (jours calendaires) ou degressif")
    .option("--cloture <MM-JJ>", "jour de clôture des exercices (par défaut 12-31)")
    .option("--premiere-cloture <date>", "date de la première clôture, pour un premier exercice plus long ou plus court (AAAA-MM-JJ)")
    .option("--valeur-residuelle <montant>", "valeur résiduelle déduite de la base (linéaire)")
    .option("--json", 'sortie JSON : {"lignes":[{"exercice","debut","fin","base","annuite","cumul","vnc"}]}')
    .option("--explique", "affiche aussi les étapes du calcul")
    .action((options: OptionsAmort) => {
      const trace = options.explique ? new TraceEnregistree() : TRACE_MUETTE;
      let plan: PlanAmortissement;
      try {
        plan = planDepuisOptions(options, trace);
      } catch (e) {
        process.stderr.write(`agora amort : ${messageOption(e)}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(options.json ? planJson(plan) : planTexte(plan));
      // Les étapes suivent le tableau ; avec --json, elles vont sur la sortie d'erreur pour garder un JSON valide.
      if (trace instanceof TraceEnregistree) (options.json ? process.stderr : process.stdout).write(["", ...trace.lignes()].join("\n") + "\n");
    });
}
