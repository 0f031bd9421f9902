// Oracle indépendant : LibreOffice Calc recalcule AMORLINC, SLN (AMORLIN) et AMORDEGRC dans un classeur .xlsx écrit par
// ExcelJS, et l'on compare à nos plans (comptabilite.md § 9.2, § 9.3, § 9.5).
//
// Où AMORLINC suit notre convention (§ 9.5) : en base 0 (30/360 américain), de la mise en service à une clôture au 31 du mois,
// le prorata de la 1re période vaut (31 − j) / 360 = (30 − j + 1) / 360, soit exactement notre décompte « jour de mise en service
// compris », pour tout jour j de 1 à 29 (hors fin février, que la méthode américaine traite comme un 30). Sans valeur résiduelle,
// les périodes suivantes sont l'annuité pleine, puis le complément. AMORLINC n'arrondit pas : on arrondit son résultat au centime.
// Ailleurs il diffère, et le test le montre : base 4 (168 jours au lieu de 169), mise en service un 30 ou un 31.
//
// LibreOffice : `apt-get install libreoffice-calc-nogui`. Sans soffice, le test est sauté avec un avertissement, sauf en CI
// (CI=true) où il échoue. Le profil temporaire force le recalcul à l'ouverture (office-addin.md § 4.5).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type Decimal from "decimal.js";
import { Dec, arrondi } from "../../src/core/argent";
import { joursDansMois, type Jour } from "../../src/core/dates";
import { creerCalendrier, planDegressif, planLineaire, type Immobilisation } from "../../src/core/immobilisations";
import { depuisFlottant } from "../../src/core/nombres";

const CI = process.env.CI === "true" || process.env.CI === "1";

function trouverSoffice(): string | undefined {
  const candidats = [process.env.SOFFICE, "soffice", "libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];
  for (const c of candidats) {
    if (!c) continue;
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0 && /LibreOffice/i.test(r.stdout)) return c;
  }
  return undefined;
}

const SOFFICE = trouverSoffice();
if (!SOFFICE && !CI) {
  console.warn("Oracle LibreOffice SAUTÉ : soffice est introuvable (apt-get install libreoffice-calc-nogui). En CI, ce test échoue.");
}

const PROFIL_RECALCUL = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const TEMOIN = "2+3";

/** Écrit les formules (syntaxe anglaise d'OOXML) en colonne A, fait recalculer LibreOffice, rend les résultats. */
async function recalculer(formules: string[]): Promise<number[]> {
  const dossier = mkdtempSync(path.join(tmpdir(), "agora-oracle-"));
  try {
    const profil = path.join(dossier, "profil");
    mkdirSync(path.join(profil, "user"), { recursive: true });
    writeFileSync(path.join(profil, "user", "registrymodifications.xcu"), PROFIL_RECALCUL);
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("Oracle");
    // Témoin en A1 : « 2+3 » ne vaut 5 que si LibreOffice a bien recalculé le classeur.
    [TEMOIN, ...formules].forEach((f, i) => (feuille.getCell(i + 1, 1).value = { formula: f } as ExcelJS.CellFormulaValue));
    const entree = path.join(dossier, "oracle.xlsx");
    await classeur.xlsx.writeFile(entree);
    const sortie = path.join(dossier, "sortie");
    const r = spawnSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${profil}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", sortie, entree],
      { encoding: "utf8", timeout: 180_000 },
    );
    if (r.status !== 0) throw new Error(`LibreOffice n'a pas converti le classeur (code ${r.status}) : ${r.stderr}`);
    const relu = new ExcelJS.Workbook();
    await relu.xlsx.readFile(path.join(sortie, "oracle.xlsx"));
    const f = relu.getWorksheet("Oracle")!;
    const resultat = (ligne: number, formule: string): number => {
      const v = f.getCell(ligne, 1).value as ExcelJS.CellFormulaValue | null;
      // ExcelJS omet un résultat nul (<v>0</v>) à la lecture : le témoin prouve que le recalcul a eu lieu.
      if (v?.result === undefined) return 0;
      if (typeof v.result !== "number") throw new Error(`${formule} : LibreOffice a rendu ${JSON.stringify(v.result)}`);
      return v.result;
    };
    if (resultat(1, TEMOIN) !== 5) throw new Error("LibreOffice n'a pas recalculé le classeur (le témoin 2+3 ne vaut pas 5).");
    return formules.map((formule, i) => resultat(i + 2, formule));
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

interface Cas {
  base: Decimal;
  debut: Jour;
  duree: number;
}

const immo = (c: Cas, mode: "lineaire" | "degressif" = "lineaire"): Immobilisation => ({
  valeurOrigine: c.base,
  debut: c.debut,
  duree: c.duree,
  mode,
  calendrier: creerCalendrier(c.debut),
});

const DATE = (j: Jour) => `DATE(${j.annee},${j.mois},${j.jour})`;
const amorlinc = (c: Cas, periode: number, base = 0, debut = c.debut) =>
  `AMORLINC(${c.base.toFixed(2)},${DATE(debut)},DATE(${debut.annee},12,31),0,${periode},1/${c.duree},${base})`;

/** Cas où les conventions coïncident : jour 1 à 29 (27 en février), base divisible par la durée au centime, pas de valeur résiduelle. */
const CAS: Cas[] = [
  { base: new Dec(8400), debut: { annee: 2026, mois: 7, jour: 12 }, duree: 4 }, // § 9.2
  { base: new Dec(8400), debut: { annee: 2026, mois: 1, jour: 1 }, duree: 4 },
  ...fc
    .sample(
      fc.record({
        annee: fc.integer({ min: 2015, max: 2040 }),
        mois: fc.integer({ min: 1, max: 12 }),
        jour: fc.integer({ min: 1, max: 29 }),
        duree: fc.integer({ min: 1, max: 10 }),
        centimesParAn: fc.integer({ min: 1, max: 5_000_000 }),
      }),
      { seed: 20260712, numRuns: 40 },
    )
    .map((t): Cas => ({
      base: new Dec(t.centimesParAn).times(t.duree).div(100),
      debut: { annee: t.annee, mois: t.mois, jour: Math.min(t.jour, t.mois === 2 ? 27 : joursDansMois(t.annee, t.mois)) },
      duree: t.duree,
    })),
];

(SOFFICE || CI ? describe : describe.skip)("oracle LibreOffice : AMORLINC, SLN et AMORDEGRC (comptabilite.md § 9.5)", () => {
  let resultats: number[] = [];
  const formules: string[] = [];
  const ajouter = (f: string) => (formules.push(f), formules.length - 1);

  // Toutes les formules dans un seul classeur : une seule conversion LibreOffice.
  const periodes = CAS.map((c) => Array.from({ length: c.duree + 1 }, (_, p) => ajouter(amorlinc(c, p))));
  const sln = CAS.map((c) => ajouter(`SLN(${c.base.toFixed(2)},0,${c.duree})`));
  const exemple = CAS[0];
  const base4 = ajouter(amorlinc(exemple, 0, 4));
  const le31 = ajouter(amorlinc(exemple, 0, 0, { annee: 2026, mois: 7, jour: 31 }));
  const amordegrc = Array.from({ length: 4 }, (_, p) => ajouter(`AMORDEGRC(8400,DATE(2026,7,12),DATE(2026,12,31),0,${p},0.25,0)`));

  beforeAll(async () => {
    if (!SOFFICE) throw new Error("LibreOffice (soffice) est introuvable : l'oracle est obligatoire en CI (apt-get install libreoffice-calc-nogui).");
    resultats = await recalculer(formules);
  }, 240_000);

  const auCentime = (n: number) => arrondi(depuisFlottant(n));

  it("toutes les formules sont recalculées", () => {
    expect(resultats).toHaveLength(formules.length);
  });

  it.each(CAS.map((c, i) => [i, `${c.base.toFixed(2)} € le ${c.debut.jour}/${c.debut.mois}/${c.debut.annee} sur ${c.duree} ans`] as const))(
    "cas %i (%s) : chaque annuité de notre plan linéaire = AMORLINC base 0 arrondi au centime",
    (i) => {
      const c = CAS[i];
      const plan = planLineaire(immo(c));
      const nos = Array.from({ length: c.duree + 1 }, (_, p) => plan.lignes[p]?.annuite ?? new Dec(0));
      const lo = periodes[i].map((k) => auCentime(resultats[k]));
      const derniere = plan.lignes.length - 1;
      nos.forEach((a, p) => {
        // La dernière annuité est un complément : AMORLINC le calcule sur la 1re annuité non arrondie, nous sur l'arrondie
        // (§ 9.1) ; les deux ne diffèrent que d'un centime, quand la 1re annuité tombe sur un demi-centime.
        if (p === derniere) expect(a.minus(lo[p]).abs().lte("0.01")).toBe(true);
        else expect({ periode: p, annuite: a.toFixed(2) }).toEqual({ periode: p, annuite: lo[p].toFixed(2) });
      });
      expect(nos.reduce((s, a) => s.plus(a), new Dec(0)).eq(c.base)).toBe(true);
    },
  );

  it("SLN (AMORLIN) donne l'annuité pleine des exercices complets", () => {
    CAS.forEach((c, i) => {
      const pleines = planLineaire(immo(c)).lignes.filter((l) => l.debut.mois === 1 && l.debut.jour === 1 && l.fin.mois === 12 && l.fin.jour === 31 && !l.derniere);
      for (const l of pleines) expect(l.annuite.toFixed(2)).toBe(auCentime(resultats[sln[i]]).toFixed(2));
    });
  });

  it("où les conventions diffèrent : base 4 → 980,00 (168 jours) ; mise en service le 31/07 → 875,00 (150 jours) au lieu de 880,83 (151)", () => {
    expect(auCentime(resultats[base4]).toFixed(2)).toBe("980.00");
    expect(planLineaire(immo(exemple)).lignes[0].annuite.toFixed(2)).toBe("985.83");
    expect(auCentime(resultats[le31]).toFixed(2)).toBe("875.00");
    expect(planLineaire(immo({ ...exemple, debut: { annee: 2026, mois: 7, jour: 31 } })).lignes[0].annuite.toFixed(2)).toBe("880.83");
  });

  it("AMORDEGRC diffère du dégressif fiscal sur l'exemple 1 du § 9.3 : 1 479 (arrondi à l'euro, coefficient 1,5) contre 1 312,50", () => {
    const lo = amordegrc.map((k) => resultats[k]);
    expect(lo[0]).toBe(1479);
    lo.forEach((v) => expect(Number.isInteger(v)).toBe(true));
    const nos = planDegressif(immo(exemple, "degressif")).lignes.map((l) => l.annuite.toNumber());
    expect(nos).toEqual([1312.5, 2362.5, 2362.5, 2362.5]);
    expect(lo).not.toEqual(nos);
  });
});
