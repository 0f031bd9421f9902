// La commande `agora` de bout en bout : construite par esbuild puis lancée comme un utilisateur la lance.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { FONCTIONS } from "../../src/fonctions/index";

const racine = path.resolve(__dirname, "../..");
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
});

describe("agora eval", () => {
  it("affiche 120 pour =AGORA.TTC(100;20%)", () => {
    const r = agora("eval", "=AGORA.TTC(100;20%)");
    expect(r.stdout).toBe("120\n");
    expect(r.status).toBe(0);
  });

  it("affiche les nombres comme Excel en français (virgule décimale)", () => {
    expect(agora("eval", "=AGORA.MONTANT.HT(200;20%)").stdout).toBe("166,67\n");
    expect(agora("eval", "=AGORA.TTC(100;20%)*2+0,5").stdout).toBe("240,5\n");
  });

  it("--json rend la valeur, ou l'erreur avec son message et le code de sortie 1", () => {
    expect(JSON.parse(agora("eval", "=AGORA.TTC(100;20%)", "--json").stdout)).toEqual({ valeur: 120 });
    const r = agora("eval", '=AGORA.TTC("cent";20%)', "--json");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ erreur: "#VALUE!", message: expect.stringContaining("« cent » n'est pas un nombre") });
    const negatif = agora("eval", "=AGORA.TTC(100;-0,2)", "--json");
    expect(JSON.parse(negatif.stdout).erreur).toBe("#NUM!");
  });

  it("rend un tableau renversé en lignes séparées par des tabulations", () => {
    const r = agora("eval", '=AGORA.EXPLIQUE("TTC";100;20%)');
    expect(r.stdout.trim().split("\n")).toEqual(["TVA = 100,00 × 20\u202f% = 20,00", "TTC = HT + TVA = 100,00 + 20,00 = 120,00", "Résultat : 120,00\u00a0€"]);
  });

  it("--explique montre les étapes d'une formule AGORA", () => {
    const r = agora("eval", "--explique", "=AGORA.MONTANT.HT(200;20%)");
    expect(r.stdout).toContain("HT = TTC ÷ (1 + taux) = 200,00 ÷ 1,2");
    expect(r.stdout).toContain("Résultat : 166,67");
  });

  it("une formule illisible donne une erreur et le code 1", () => {
    const r = agora("eval", "=AGORA.TTC(100;;;");
    expect(r.status).toBe(1);
  });
});

describe("agora fonctions", () => {
  it("--json liste chaque fonction avec sa description française et ses arguments", () => {
    const liste = JSON.parse(agora("fonctions", "--json").stdout) as { nom: string; description: string; arguments: { description: string }[] }[];
    expect(liste.map((f) => f.nom).sort()).toEqual(FONCTIONS.map((f) => `AGORA.${f.nom}`).sort());
    for (const f of liste) {
      expect(f.description).toMatch(/[a-zé]/);
      for (const a of f.arguments) expect(a.description.length).toBeGreaterThan(5);
    }
  });
});

describe("agora --aide (ou --help)", () => {
  it("l'aide d'une sous-commande s'affiche en français avec --aide comme avec --help, code 0", () => {
    for (const option of ["--aide", "--help", "-h"]) {
      const r = agora("fec", "exporter", option);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Usage: agora fec exporter [options] <classeur>");
      expect(r.stdout).toContain("--siren <siren>");
    }
  });
});
