/**
 * Banc d'essai : 10 000 lignes dans un seul classeur HyperFormula (l'hôte d'aperçu).
 * Colonne B =AGORA.TTC(An;taux), colonne C =ARRONDI(An*(1+taux);2) : temps de saisie et de recalcul de chaque colonne
 * (médiane de plusieurs répétitions, ordre alterné), rapport AGORA / natif (objectif ≤ 2×), puis accord au centime
 * avec un oracle décimal exact. Les écarts d'ARRONDI (arrondi binaire d'HyperFormula) sont comptés : c'est la raison
 * pour laquelle l'argent AGORA ne passe jamais par lui (ADR 0003). Le banc affiche ; il ne juge pas les temps.
 *   npm run bench
 */
import { performance } from "node:perf_hooks";
import { Dec, arrondi, montantFr } from "../src/core/argent";
import { creerClasseurHf } from "../src/hotes/hyperformula/plugin";

const LIGNES = 10_000;
const REPETITIONS = 5;
const TAUX = [
  { affiche: "20%", facteur: "1,2", fraction: "0.2" },
  // À 20 % un montant au centime × 1,2 n'a jamais de demi-centime ; à 10 %, un montant sur dix en a un (0,05 × 1,1 = 0,055).
  { affiche: "10%", facteur: "1,1", fraction: "0.1" },
];

/** Montants en centimes, pseudo-aléatoires mais reproductibles (générateur congruentiel). */
function montants(graine: number): number[] {
  let x = graine;
  return Array.from({ length: LIGNES }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return (1 + (x % 1_000_000)) / 100;
  });
}

const mediane = (t: number[]): number => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const ms = (t: number): string => `${t.toFixed(1).replace(".", ",")} ms`;
const colonne = (valeurs: unknown[]) => valeurs.map((v) => [v]) as (string | number | null)[][];

function chronometrer(action: () => void): number {
  const debut = performance.now();
  action();
  return performance.now() - debut;
}

const jeux = [montants(42), montants(4242)];
const hf = creerClasseurHf({ Feuil1: colonne(jeux[0]) });
const vide = colonne(Array(LIGNES).fill(null));
let jeu = 0;
let echec = false;

for (const taux of TAUX) {
  const formules = {
    agora: colonne(jeux[0].map((_, i) => `=AGORA.TTC(A${i + 1};${taux.affiche})`)),
    natif: colonne(jeux[0].map((_, i) => `=ARRONDI(A${i + 1}*${taux.facteur};2)`)),
  };
  const temps = { agora: { saisie: [] as number[], recalcul: [] as number[] }, natif: { saisie: [] as number[], recalcul: [] as number[] } };
  const resultats: Record<"agora" | "natif", number[]> = { agora: [], natif: [] };
  const montantsLus: Record<"agora" | "natif", number[]> = { agora: [], natif: [] };

  for (let r = 0; r < REPETITIONS; r++) {
    const ordre: ("agora" | "natif")[] = r % 2 === 0 ? ["agora", "natif"] : ["natif", "agora"];
    for (const genre of ordre) {
      const cellule = { sheet: 0, col: genre === "agora" ? 1 : 2, row: 0 };
      temps[genre].saisie.push(chronometrer(() => hf.setCellContents(cellule, formules[genre])));
      jeu = 1 - jeu;
      temps[genre].recalcul.push(chronometrer(() => hf.setCellContents({ sheet: 0, col: 0, row: 0 }, colonne(jeux[jeu]))));
      resultats[genre] = hf.getSheetValues(0).map((ligne) => ligne[cellule.col] as number);
      montantsLus[genre] = jeux[jeu];
      hf.setCellContents(cellule, vide);
    }
  }

  // Oracle exact : montant × (1 + taux) en décimal, arrondi au centime, demi-unité éloignée de zéro.
  const oracle = (m: number) => arrondi(new Dec(m).times(new Dec(1).plus(taux.fraction))).toNumber();
  const fauxAgora = montantsLus.agora.filter((m, i) => resultats.agora[i] !== oracle(m)).length;
  const ecartsNatif = montantsLus.natif.flatMap((m, i) => (resultats.natif[i] === oracle(m) ? [] : [{ montant: m, natif: resultats.natif[i], attendu: oracle(m) }]));
  // Un écart d'ARRONDI n'est « binaire » que sur une demi-unité exacte (3e décimale 5, rien après).
  const inexpliques = ecartsNatif.filter((e) => !new Dec(e.montant).times(new Dec(1).plus(taux.fraction)).times(1000).mod(10).eq(5));

  const rapport = mediane(temps.agora.saisie) / mediane(temps.natif.saisie);
  const rapportRecalcul = mediane(temps.agora.recalcul) / mediane(temps.natif.recalcul);
  console.log(`\nTaux ${taux.affiche.replace("%", "\u202f%")} — ${LIGNES.toLocaleString("fr-FR")} lignes, médiane de ${REPETITIONS} répétitions`);
  console.log(`  saisie   : AGORA.TTC ${ms(mediane(temps.agora.saisie))}, ARRONDI ${ms(mediane(temps.natif.saisie))} → ${rapport.toFixed(2).replace(".", ",")}× (objectif ≤ 2×)`);
  console.log(`  recalcul : AGORA.TTC ${ms(mediane(temps.agora.recalcul))}, ARRONDI ${ms(mediane(temps.natif.recalcul))} → ${rapportRecalcul.toFixed(2).replace(".", ",")}× (changement de toute la colonne A)`);
  console.log(`  AGORA.TTC différent de l'oracle décimal : ${fauxAgora}`);
  console.log(`  ARRONDI d'HyperFormula différent de l'oracle : ${ecartsNatif.length} (demi-centimes mal arrondis par l'arrondi binaire)`);
  for (const e of ecartsNatif.slice(0, 3)) console.log(`    ex. ${montantFr(e.montant)} × ${taux.facteur} : ARRONDI donne ${montantFr(e.natif)}, le bon arrondi est ${montantFr(e.attendu)}`);
  if (fauxAgora > 0 || inexpliques.length > 0) {
    console.error(`  ÉCHEC : ${fauxAgora} résultat(s) AGORA faux, ${inexpliques.length} écart(s) d'ARRONDI hors demi-centime.`);
    echec = true;
  }
}

hf.destroy();
if (echec) process.exit(1);
