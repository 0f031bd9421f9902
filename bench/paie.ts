/**
 * Banc d'essai de la paie : 1 000 salariés × 12 mois de 2026 par le moteur d'agora-excel, puis les mêmes bulletins par
 * modele-social (publicodes) dans le même processus. Le modèle demande plusieurs centaines de millisecondes par
 * bulletin : il ne calcule qu'un échantillon régulier (1 bulletin sur PAS_ECHANTILLON) et son temps est extrapolé aux
 * 12 000 bulletins. Sur l'échantillon, les totaux sont comparés : chaque écart doit relever d'une divergence documentée
 * (docs/paie.md), sinon le banc échoue. Le banc affiche ; il ne juge pas les temps.
 *   npx tsx bench/paie.ts
 */
import { performance } from "node:perf_hooks";
import Engine from "publicodes";
import { Dec, montantFr } from "../src/core/argent";
import { baremeAu, calculerBulletin, type Bulletin } from "../src/core/paie";
import { comparer } from "../test/oracle/modele-social-divergences";
import { FIGURES, OracleModeleSocial, aleatoire, entreeBulletin, reglesModeleSocial, situationModele, type SituationPaie } from "../test/oracle/modele-social-oracle";

const SALARIES = 1000;
const MOIS = 12;
const ANNEE = 2026;
const PAS_ECHANTILLON = 100;

const hasard = aleatoire(20260308);
const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(hasard() * liste.length)];
const pss = baremeAu({ annee: ANNEE, mois: 1, jour: 1 }).pssMensuel;
const smic = baremeAu({ annee: ANNEE, mois: 1, jour: 1 }).smicHoraire.times(1820).div(12);

/** Un salarié : statut, salaire du SMIC à 4 PSS, entreprise (effectif, AT/MP, complémentaire santé). */
const salaries = Array.from({ length: SALARIES }, () => ({
  statut: hasard() < 0.3 ? ("cadre" as const) : ("non-cadre" as const),
  salaire: smic.plus(pss.times(4).minus(smic).times(hasard() ** 2 * 0.999).toFixed(6)).toDecimalPlaces(2),
  effectif: choisir([8, 11, 35, 60, 320]),
  tauxAT: choisir(["0.009", "0.012", "0.015", "0.022"]),
  sante: choisir([null, 40, 60]),
}));

const situations: SituationPaie[] = [];
for (const s of salaries) {
  for (let mois = 1; mois <= MOIS; mois++) {
    const heuresSup = hasard() < 0.3 ? 1 + Math.floor(hasard() * 12) : 0;
    situations.push({ annee: ANNEE, mois, salaire: s.salaire.toFixed(2), statut: s.statut, effectif: s.effectif, heuresSup, tauxAT: s.tauxAT, sante: s.sante });
  }
}
const entrees = situations.map(entreeBulletin);

const ms = (t: number): string => `${t.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} ms`;
const nombre = (n: number): string => n.toLocaleString("fr-FR", { maximumFractionDigits: 0 });

// Moteur d'agora-excel : un tour d'échauffement, puis la mesure.
for (const e of entrees.slice(0, 500)) calculerBulletin(e);
let debut = performance.now();
const bulletins: Bulletin[] = entrees.map((e) => calculerBulletin(e));
const tempsAgora = performance.now() - debut;
const masse = bulletins.reduce((s, b) => s.plus(b.totaux.coutEmployeur), new Dec(0));

// modele-social : mêmes situations, les quatre totaux demandés, sur l'échantillon.
debut = performance.now();
const moteur = new Engine(reglesModeleSocial() as never, { logger: { log: () => undefined, warn: () => undefined, error: () => undefined } });
const tempsChargement = performance.now() - debut;
const echantillon = situations.map((s, i) => ({ s, i })).filter(({ i }) => i % PAS_ECHANTILLON === 0);
const REGLES_TOTAUX = ["salarié . cotisations . salarié", "salarié . rémunération . net . à payer avant impôt", "salarié . rémunération . net . imposable", "salarié . coût total employeur"];
debut = performance.now();
for (const { s } of echantillon) {
  moteur.setSituation(situationModele(s) as never);
  for (const r of REGLES_TOTAUX) moteur.evaluate({ valeur: r, unité: "€/mois" });
}
const tempsModele = performance.now() - debut;
const parBulletinModele = tempsModele / echantillon.length;
const extrapole = parBulletinModele * situations.length;

// Comparaison ligne à ligne de l'échantillon (non chronométrée) : les écarts doivent tous être documentés.
const oracle = new OracleModeleSocial();
const inexpliques: string[] = [];
const egaux = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<(typeof FIGURES)[number], number>;
let coutHorsAnnuelles = 0;
for (const { s, i } of echantillon) {
  const bulletin = bulletins[i];
  const hs = bulletin.lignes.find((l) => l.code === "hs25")?.montantSalarial;
  const resultat = oracle.evaluer(s, hs ? { montantHeuresSup: hs } : {});
  const constat = comparer({ situation: s, bulletin, oracle: resultat });
  inexpliques.push(...constat.inexpliques.map((m) => `bulletin ${i} : ${m}`));
  for (const f of FIGURES) if (constat.egaux[f]) egaux[f]++;
  const annuelles = resultat.lignes["ta-solde"].patronal.plus(resultat.lignes.peec.patronal).plus(resultat.lignes["ta-supplementaire"].patronal);
  if (resultat.figures.coutEmployeur.minus(annuelles).eq(bulletin.totaux.coutEmployeur)) coutHorsAnnuelles++;
}

console.log(`Paie ${ANNEE} : ${nombre(SALARIES)} salariés × ${MOIS} mois = ${nombre(situations.length)} bulletins`);
console.log(`agora-excel   : ${ms(tempsAgora)} en tout, ${(tempsAgora / situations.length).toFixed(3).replace(".", ",")} ms par bulletin ; coût employeur total ${montantFr(masse)} €`);
console.log(`modele-social : chargement des règles ${ms(tempsChargement)} ; ${echantillon.length} bulletins (1 sur ${PAS_ECHANTILLON}) en ${ms(tempsModele)}, ${ms(parBulletinModele)} par bulletin`);
console.log(`                extrapolé à ${nombre(situations.length)} bulletins : ${ms(extrapole)} (${(extrapole / 60000).toFixed(1).replace(".", ",")} min)`);
console.log(`Rapport : agora-excel est ${nombre(extrapole / tempsAgora)} fois plus rapide (objectif : 100 fois).`);
console.log(
  `Échantillon comparé ligne à ligne : ${FIGURES.map((f) => `${f} égal ${egaux[f]}/${echantillon.length}`).join(", ")} ; coût employeur hors contributions annuelles égal ${coutHorsAnnuelles}/${echantillon.length}.`,
);
if (inexpliques.length) {
  console.error(`Écarts non documentés (${inexpliques.length}) :\n${inexpliques.slice(0, 20).join("\n")}`);
  process.exitCode = 1;
} else console.log("Tous les écarts de l'échantillon relèvent des divergences documentées dans docs/paie.md.");
