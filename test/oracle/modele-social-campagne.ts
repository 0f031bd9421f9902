/**
 * Campagne de comparaison d'une année avec modele-social (appelée par modele-social-2025.test.ts et -2026.test.ts) :
 * 104 situations tirées au hasard (graine fixe), comparées ligne à ligne et sur les quatre totaux demandés
 * (cotisations salariales, net à payer avant impôt, net imposable, coût employeur).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type Decimal from "decimal.js";
import { Dec, arrondi } from "../../src/core/argent";
import { baremeAu, calculerBulletin } from "../../src/core/paie";
import { DIVERGENCES, DIVERGENCE_TAUX_HORAIRE, LIGNES_PSS, comparer, type Divergence } from "./modele-social-divergences";
import { FIGURES, OracleModeleSocial, entreeBulletin, genererSituations, type Figures, type SituationPaie } from "./modele-social-oracle";

/** Les divergences documentées dans docs/paie.md : « - `code` (2025, 2026) : explication ». */
export function divergencesDocumentees(): Map<string, number[]> {
  const doc = readFileSync(path.resolve(__dirname, "../../docs/paie.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith("Divergences avec modele-social")) ?? "";
  const codes = new Map<string, number[]>();
  for (const m of section.matchAll(/^- `([a-z0-9-]+)` \(([0-9, ]+)\)/gm)) codes.set(m[1], m[2].split(",").map((a) => Number(a.trim())));
  return codes;
}

const decrire = (s: SituationPaie): string =>
  `${String(s.mois).padStart(2, "0")}/${s.annee} ${s.statut} ${s.salaire} € effectif ${s.effectif}${s.heuresSup ? ` + ${s.heuresSup} HS` : ""} AT ${s.tauxAT} santé ${s.sante ?? "—"}`;

export function campagne(annee: number, graine: number): void {
  const smicMensuel = (mois: number): Decimal => {
    const b = baremeAu({ annee, mois, jour: 1 });
    return b.smicHoraire.times(b.heuresAnnuellesSmic).div(12);
  };
  const situations = genererSituations(annee, 13, graine, smicMensuel, baremeAu({ annee, mois: 1, jour: 1 }).pssMensuel);
  const inexpliques: string[] = [];
  const neutralisation: string[] = [];
  const recomposition: string[] = [];
  const observees = new Set<string>();
  const egaux = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<keyof Figures, number>;
  let situationsSansDivergence = 0;
  let coutHorsAnnuelles = 0;
  const totauxEgaux: { s: SituationPaie; egaux: Record<keyof Figures, boolean> }[] = [];

  beforeAll(() => {
    const oracle = new OracleModeleSocial();
    const sansPss: Divergence[] = DIVERGENCES.filter((d) => d.code !== "pss-majore-heures-sup");
    for (const s of situations) {
      const bulletin = calculerBulletin(entreeBulletin(s));
      const hs = bulletin.lignes.find((l) => l.code === "hs25")?.montantSalarial;
      const resultat = oracle.evaluer(s, hs ? { montantHeuresSup: hs } : {});
      for (const f of FIGURES) {
        const ecart = resultat.figuresModele[f].minus(resultat.figures[f]).abs();
        if (ecart.gt("0.1")) recomposition.push(`${decrire(s)} : ${f} recomposé ${resultat.figures[f]}, modèle ${resultat.figuresModele[f]}`);
      }
      const constat = comparer({ situation: s, bulletin, oracle: resultat });
      inexpliques.push(...constat.inexpliques.map((m) => `${decrire(s)} : ${m}`));
      constat.observees.forEach((c) => observees.add(c));
      for (const f of FIGURES) if (constat.egaux[f]) egaux[f]++;
      totauxEgaux.push({ s, egaux: constat.egaux });
      if (FIGURES.every((f) => constat.egaux[f])) situationsSansDivergence++;
      const annuelles = resultat.lignes["ta-solde"].patronal.plus(resultat.lignes.peec.patronal).plus(resultat.lignes["ta-supplementaire"].patronal);
      if (resultat.figures.coutEmployeur.minus(annuelles).eq(bulletin.totaux.coutEmployeur)) coutHorsAnnuelles++;

      if (hs) {
        // Le PSS majoré par les heures supplémentaires explique à lui seul les écarts des lignes plafonnées.
        if (bulletin.totaux.brut.gt(bulletin.informations.pss)) {
          const neutre = oracle.evaluer(s, { montantHeuresSup: hs, pss: bulletin.informations.pss });
          const c = comparer({ situation: s, bulletin, oracle: neutre }, sansPss);
          neutralisation.push(...c.inexpliques.map((m) => `${decrire(s)} (PSS non majoré) : ${m}`));
        }
        // Le modèle divise par 151,6667 h (1 820 ÷ 12) au lieu de 151,67 h.
        const brutModele = oracle.montantHeuresSup(s);
        const attendu = new Dec(s.salaire).times(12).div(1820).times("1.25").times(s.heuresSup);
        if (brutModele.minus(attendu).abs().gt("0.000001")) inexpliques.push(`${decrire(s)} : heures supplémentaires du modèle ${brutModele}, attendu ${attendu}`);
        if (!arrondi(brutModele).eq(hs)) observees.add(DIVERGENCE_TAUX_HORAIRE);
      }
    }
    const resume = FIGURES.map((f) => `${f} ${egaux[f]}/${situations.length}`).join(", ");
    console.info(`modele-social ${annee} : ${situations.length} situations ; totaux égaux au centime : ${resume} ; coût employeur hors contributions annuelles égal : ${coutHorsAnnuelles}/${situations.length} ; situations sans aucun écart de total : ${situationsSansDivergence} ; divergences observées : ${[...observees].sort().join(", ")}`);
  }, 900_000);

  describe(`modele-social 11.1 comme oracle, ${annee} (${situations.length} situations, SMIC à 4 PSS, cadre et non-cadre, effectifs 11 et 60, avec et sans heures supplémentaires)`, () => {
    it("la recomposition des totaux du modèle à partir de ses lignes arrondies retrouve ses propres totaux (à l'arrondi près)", () => {
      expect(recomposition).toEqual([]);
    });

    it("chaque écart de ligne relève d'une divergence documentée et chaque écart de total en est la somme exacte", () => {
      expect(inexpliques).toEqual([]);
    });

    it("le PSS non majoré imposé au modèle fait disparaître les écarts des lignes plafonnées", () => {
      expect(neutralisation).toEqual([]);
      expect(LIGNES_PSS.length).toBeGreaterThan(0);
    });

    it("les divergences observées sont exactement celles que docs/paie.md documente pour cette année", () => {
      const documentees = divergencesDocumentees();
      expect([...documentees.keys()].sort()).toEqual([...DIVERGENCES.map((d) => d.code), DIVERGENCE_TAUX_HORAIRE].sort());
      const attendues = [...documentees.entries()].filter(([, annees]) => annees.includes(annee)).map(([code]) => code);
      expect([...observees].sort()).toEqual(attendues.sort());
    });

    it("sans heures supplémentaires, un non-cadre : cotisations salariales, net avant impôt et net imposable égaux au centime", () => {
      const nonCadres = totauxEgaux.filter((t) => t.s.heuresSup === 0 && t.s.statut === "non-cadre");
      expect(nonCadres.length).toBe(situations.length / 4);
      const differents = nonCadres.filter((t) => !t.egaux.cotisationsSalariales || !t.egaux.netAvantImpot || !t.egaux.netImposable);
      expect(differents.map((t) => decrire(t.s))).toEqual([]);
    });
  });
}
