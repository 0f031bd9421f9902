// `agora fec valider` de bout en bout : construite par esbuild puis lancée comme un utilisateur la lance.
// Codes de sortie : 0 conforme, 1 erreurs, 2 illisible. Attendus : fixtures-attendus.json et donnees/corrompu/attendu.json.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import corrompu from "../core/fec/donnees/corrompu/attendu.json";

const racine = path.resolve(__dirname, "../..");
const FIXTURES = path.resolve(racine, "../shared/fixtures");
const FIXTURE_FEC = path.join(FIXTURES, "adh-studio-123456782FEC20251231.txt");
const CORROMPU = path.join(racine, "test/core/fec/donnees/corrompu", corrompu.fichier);
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
let dossier: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  dossier = mkdtempSync(path.join(tmpdir(), "agora-fec-"));
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

const copie = (source: string, nom: string) => {
  const cible = path.join(dossier, nom);
  copyFileSync(source, cible);
  return cible;
};

describe("agora fec valider", () => {
  it("la fixture sous son nom exact : code 0, JSON conforme, 10 lignes, aucun constat", () => {
    const r = agora("fec", "valider", copie(FIXTURE_FEC, "123456782FEC20251231.txt"), "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valide: true, lignes: 10, erreurs: [], avertissements: [], totalDebit: "2612,00", totalCredit: "2612,00", exercice: { debut: "2025-01-01", fin: "2025-12-31", origine: "nom-fichier" } });
  });

  it("la fixture sous son nom de dépôt : code 0, FEC-001 en avertissement avec sa sévérité", () => {
    const r = agora("fec", "valider", FIXTURE_FEC, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).avertissements).toEqual([expect.objectContaining({ regle: "FEC-001", ligne: 0, severite: "alerte" })]);
  });

  it("la copie corrompue : code 1, chaque défaut injecté à sa ligne (JSON)", () => {
    const r = agora("fec", "valider", CORROMPU, "--json");
    expect(r.status).toBe(1);
    const sortie = JSON.parse(r.stdout);
    expect(sortie).toMatchObject({ valide: false, lignes: 10, encodage: "Windows-1252" });
    expect(sortie.erreurs).toEqual(corrompu.erreurs);
  });

  it("rapport en français : une ligne par constat, puis le résumé", () => {
    const r = agora("fec", "valider", CORROMPU);
    expect(r.status).toBe(1);
    const lignes = r.stdout.trim().split("\n");
    expect(lignes[0]).toBe("Encodage : Windows-1252 (texte accentué qui n'est pas de l'UTF-8 : Windows-1252 par défaut (sur-ensemble de l'ISO-8859-1)).");
    expect(lignes[1]).toBe("Exercice : du 01/01/2025 au 31/12/2025 (déduit de la date du nom du fichier ; --exercice pour le préciser).");
    expect(lignes).toContain("Ligne 5 — FEC-014 (erreur) : Le champ EcritureDate n'est pas au bon format : date AAAAMMJJ attendue : 20250230 (ligne 5)");
    expect(lignes).toContain("Fichier — FEC-024 (erreur) : Fichier déséquilibré : total débit 2\u202f612,00 / total crédit 2\u202f620,00");
    expect(lignes[lignes.length - 1]).toBe("FEC non conforme : 10 lignes d'écriture, 4 écritures, total débit 2\u202f612,00, total crédit 2\u202f620,00 ; 7 erreurs, 0 alerte, 0 information.");
  });

  it("--exercice : dates hors exercice (FEC-016) et clôture différente du nom (FEC-003)", () => {
    const r = agora("fec", "valider", copie(FIXTURE_FEC, "123456782FEC20251231.txt"), "--exercice", "2025-02-01:2026-01-31", "--json");
    expect(r.status).toBe(1);
    const sortie = JSON.parse(r.stdout);
    expect(sortie.erreurs.map((e: { regle: string; ligne: number }) => `${e.regle}@${e.ligne}`)).toEqual(["FEC-016@2", "FEC-016@3", "FEC-016@4", "FEC-016@5", "FEC-016@6", "FEC-016@7"]); // VT0001 du 15/01 et AC0001 du 20/01
    expect(sortie.avertissements).toEqual([
      { regle: "FEC-003", ligne: 0, message: "La date du nom de fichier ne correspond pas à la clôture de l'exercice (31/12/2025 au lieu du 31/01/2026)", severite: "alerte" },
    ]);
  });

  it("--siren différent : FEC-002 en alerte, code 0", () => {
    const r = agora("fec", "valider", copie(FIXTURE_FEC, "123456782FEC20251231.txt"), "--siren", "732829320", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).avertissements[0]).toMatchObject({ regle: "FEC-002", severite: "alerte" });
  });

  it("fichier vide : FEC-004, code 1", () => {
    const vide = path.join(dossier, "123456782FEC20251231-vide.txt");
    writeFileSync(vide, "");
    const r = agora("fec", "valider", vide, "--json");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).erreurs).toContainEqual({ regle: "FEC-004", ligne: 0, message: "Le fichier ne contient pas de ligne : fichier vide" });
  });

  it.each([
    ["fichier absent", path.join("/nulle/part", "123456782FEC20251231.txt"), /est introuvable/],
    ["classeur XLSX (binaire)", path.join(FIXTURES, "akretion-account_move_generic-fr_coa.xlsx"), /n'est pas un fichier texte/],
    ["relevé CFONB (pas un FEC)", path.join(FIXTURES, "oca-cfonb120-test_cfonb.txt"), /n'est pas un FEC/],
    ["CSV sans en-tête FEC", path.join(FIXTURES, "akretion-account_move_generic-fr_coa.csv"), /n'est pas un FEC/],
    ["dossier", FIXTURES, /est un dossier/],
  ])("%s : code 2 et message français", (_, chemin, message) => {
    const r = agora("fec", "valider", chemin);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    const json = agora("fec", "valider", chemin, "--json");
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ valide: false, illisible: true, erreurs: [{ regle: "LECTURE", message: expect.stringMatching(message) }] });
  });

  it("option mal écrite : code 2 et message qui nomme l'option", () => {
    const r = agora("fec", "valider", FIXTURE_FEC, "--exercice", "2025-01-01/2025-12-31");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--exercice : « 2025-01-01/2025-12-31 » n'est pas une période");
    expect(agora("fec", "valider", FIXTURE_FEC, "--exercice", "2025-02-30:2025-12-31").stderr).toContain("n'existe pas");
    expect(agora("fec", "valider", FIXTURE_FEC, "--siren", "12345").stderr).toContain("--siren : « 12345 » n'est pas un SIREN");
  });
});
