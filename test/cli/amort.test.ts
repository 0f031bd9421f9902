// `agora amort` de bout en bout : la commande est construite par esbuild (dans un dossier temporaire, pour ne pas
// gêner les autres tests qui construisent build/agora.cjs) puis lancée comme un utilisateur la lance.
// Plans attendus : comptabilite.md § 9.2 et § 9.3.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";

const racine = path.resolve(__dirname, "../..");
let dossier: string;
let cli: string;
const agora = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

beforeAll(() => {
  dossier = mkdtempSync(path.join(tmpdir(), "agora-amort-"));
  cli = path.join(dossier, "agora.cjs");
  buildSync({ entryPoints: [path.join(racine, "src/cli/index.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: cli, logLevel: "warning" });
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("agora amort", () => {
  it("--json : le plan linéaire du § 9.2, montants à deux décimales, dates ISO", () => {
    const r = agora("amort", "--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--json");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"annuite":2100.00');
    expect(JSON.parse(r.stdout)).toEqual({
      lignes: [
        { exercice: 1, debut: "2026-07-12", fin: "2026-12-31", base: 8400, annuite: 985.83, cumul: 985.83, vnc: 7414.17 },
        { exercice: 2, debut: "2027-01-01", fin: "2027-12-31", base: 8400, annuite: 2100, cumul: 3085.83, vnc: 5314.17 },
        { exercice: 3, debut: "2028-01-01", fin: "2028-12-31", base: 8400, annuite: 2100, cumul: 5185.83, vnc: 3214.17 },
        { exercice: 4, debut: "2029-01-01", fin: "2029-12-31", base: 8400, annuite: 2100, cumul: 7285.83, vnc: 1114.17 },
        { exercice: 5, debut: "2030-01-01", fin: "2030-07-11", base: 8400, annuite: 1114.17, cumul: 8400, vnc: 0 },
      ],
    });
  });

  it("--mode degressif : l'exemple 2 du § 9.3 (5 ans, 35 %)", () => {
    const r = agora("amort", "--base", "8400", "--debut", "12/07/2026", "--duree", "5", "--mode", "degressif", "--json");
    expect(r.status).toBe(0);
    const lignes = (JSON.parse(r.stdout) as { lignes: { annuite: number; vnc: number; debut: string }[] }).lignes;
    expect(lignes.map((l) => [l.annuite, l.vnc])).toEqual([
      [1470, 6930],
      [2425.5, 4504.5],
      [1576.58, 2927.92],
      [1463.96, 1463.96],
      [1463.96, 0],
    ]);
    expect(lignes[0].debut).toBe("2026-07-01");
  });

  it("sortie texte : un tableau français aligné (virgule décimale, colonnes à droite)", () => {
    const r = agora("amort", "--base", "8400", "--debut", "2026-07-12", "--duree", "4");
    expect(r.status).toBe(0);
    const lignes = r.stdout.trimEnd().split("\n");
    expect(lignes[0]).toBe("Plan d'amortissement linéaire : base 8\u202f400,00\u00a0€, 4 ans, taux 25\u202f%, clôture au 31/12");
    expect(lignes[2]).toMatch(/^Exercice {2}Début {7}Fin {13}Base {3}Annuité {5}Cumul {7}VNC$/);
    expect(lignes[3]).toBe("       1  12/07/2026  31/12/2026  8\u202f400,00    985,83    985,83  7\u202f414,17");
    expect(lignes[7]).toBe("       5  01/01/2030  11/07/2030  8\u202f400,00  1\u202f114,17  8\u202f400,00      0,00");
    expect(new Set(lignes.slice(2).map((l) => l.length)).size).toBe(1);
  });

  it("--cloture MM-JJ et --valeur-residuelle", () => {
    const r = agora("amort", "--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--cloture", "06-30", "--json");
    expect((JSON.parse(r.stdout) as { lignes: { annuite: number; fin: string }[] }).lignes.map((l) => [l.fin, l.annuite])).toEqual([
      ["2027-06-30", 2035.83],
      ["2028-06-30", 2100],
      ["2029-06-30", 2100],
      ["2030-06-30", 2100],
      ["2030-07-11", 64.17],
    ]);
    const vr = agora("amort", "--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--valeur-residuelle", "400", "--json");
    expect((JSON.parse(vr.stdout) as { lignes: { vnc: number }[] }).lignes.at(-1)!.vnc).toBe(400);
  });

  it("--premiere-cloture : premier exercice de 18 mois, 2 100 × 540 / 360 = 3 150,00", () => {
    const r = agora("amort", "--base", "8400", "--debut", "2026-07-01", "--duree", "4", "--premiere-cloture", "2027-12-31", "--json");
    expect((JSON.parse(r.stdout) as { lignes: { fin: string; annuite: number }[] }).lignes.map((l) => [l.fin, l.annuite])).toEqual([
      ["2027-12-31", 3150],
      ["2028-12-31", 2100],
      ["2029-12-31", 2100],
      ["2030-06-30", 1050],
    ]);
  });

  it("--explique ajoute les étapes du calcul après le tableau", () => {
    const r = agora("amort", "--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--explique");
    expect(r.stdout).toContain("(30 − 12 + 1) + 5 × 30 = 169 jours");
  });

  it("entrée invalide : code 1 et message français sur la sortie d'erreur", () => {
    const cas: [string[], RegExp][] = [
      [["--debut", "2026-07-12", "--duree", "4"], /^agora amort : --base est obligatoire/],
      [["--base", "huit mille", "--debut", "2026-07-12", "--duree", "4"], /^agora amort : --base : « huit mille » n'est pas un nombre/],
      [["--base", "8400", "--debut", "2026-02-30", "--duree", "4"], /^agora amort : --debut : la date « 2026-02-30 » n'existe pas/],
      [["--base", "8400", "--debut", "2026-07-12", "--duree", "2,5"], /^agora amort : --duree : « 2,5 » n'est pas un nombre entier/],
      [["--base", "8400", "--debut", "2026-07-12", "--duree", "2", "--mode", "degressif"], /^agora amort : --duree : le dégressif fiscal est réservé/],
      [["--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--mode", "accéléré"], /^agora amort : --mode : « accéléré » n'est pas un mode d'amortissement/],
      [["--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--cloture", "31-12"], /^agora amort : --cloture : « 31-12 » n'est pas un jour de clôture MM-JJ/],
      [["--base", "8400", "--debut", "2026-07-12", "--duree", "4", "--valeur-residuelle", "9000"], /^agora amort : --valeur-residuelle : la valeur résiduelle/],
    ];
    for (const [args, message] of cas) {
      const r = agora("amort", ...args);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 1, stderr: expect.stringMatching(message) });
      expect(r.stdout).toBe("");
    }
  });
});
