// Manifeste XML : cohérence des resid (que le schéma XSD ne vérifie pas), runtime partagé, espace de noms AGORA,
// fichiers référencés présents, et validation xmllint hors ligne (office-addin.md § 1.4 et § 4.7).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const RACINE = join(__dirname, "..");
const SCHEMA = join(RACINE, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const SOURCE = join(RACINE, "manifest.xml");
const DIST = join(RACINE, "dist", "manifest.xml");
const xml = readFileSync(SOURCE, "utf8").replace(/<!--[\s\S]*?-->/g, "");

const attributs = (motif: RegExp): string[] => [...xml.matchAll(motif)].map((m) => m[1]);
/** Contenu de la première balise `nom` (sans imbrication du même nom). */
const bloc = (nom: string): string => new RegExp(`<${nom}[\\s>][\\s\\S]*?</${nom}>`).exec(xml)?.[0] ?? "";

const ressources = bloc("Resources");
const horsRessources = xml.replace(ressources, "");
const idsRessources = [...ressources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
const valeurRessource = (id: string): string | undefined => new RegExp(`id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`).exec(ressources)?.[1];

const xmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;

describe("manifest.xml", () => {
  it("chaque resid utilisé existe dans <Resources>, et chaque ressource sert", () => {
    const utilises = [...horsRessources.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(utilises.length).toBeGreaterThan(5);
    expect(utilises.filter((r) => !idsRessources.includes(r))).toEqual([]);
    expect(idsRessources.filter((r) => !utilises.includes(r))).toEqual([]);
    expect(new Set(idsRessources).size).toBe(idsRessources.length);
  });

  it("runtime partagé : Runtime, Page des fonctions, FunctionFile et volet partagent le même resid, durée longue", () => {
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\s*\/>/.exec(xml)?.[1];
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1];
    const fichier = /<FunctionFile resid="([^"]+)"/.exec(xml)?.[1];
    const volet = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(xml)?.[1];
    expect(runtime).toBe("Taskpane.Url");
    expect([page, fichier, volet]).toEqual([runtime, runtime, runtime]);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/);
  });

  it("espace de noms AGORA, jamais traduit ; français par défaut, une traduction en-US", () => {
    const resid = /<Namespace resid="([^"]+)"/.exec(xml)?.[1] ?? "";
    expect(valeurRessource(resid)).toBe("AGORA");
    expect(new RegExp(`id="${resid}" DefaultValue="AGORA"\\s*/>`).test(ressources)).toBe(true);
    expect(/<DefaultLocale>fr-FR<\/DefaultLocale>/.test(xml)).toBe(true);
    expect(attributs(/Locale="([^"]+)"/g).every((l) => l === "en-US")).toBe(true);
  });

  it("identifiant GUID, bouton « Agora » qui ouvre le volet", () => {
    expect(/<Id>([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})<\/Id>/.test(xml)).toBe(true);
    const libelle = /<Control xsi:type="Button"[^>]*>\s*<Label resid="([^"]+)"/.exec(xml)?.[1] ?? "";
    expect(valeurRessource(libelle)).toBe("Agora");
  });

  it("adresses HTTPS de développement qui désignent des fichiers produits par la construction", () => {
    const urls = attributs(/(?:DefaultValue|Value)="(https?:[^"]*)"/g);
    expect(urls.every((u) => u.startsWith("https://localhost:3000/"))).toBe(true);
    const chemins = urls.map((u) => u.replace("https://localhost:3000/", "").replace(/#.*$/, ""));
    const produits = ["functions.js", "functions.json", "taskpane.html", "aide/fonctions.html"];
    for (const c of chemins) {
      if (c.startsWith("assets/")) expect(existsSync(join(RACINE, c))).toBe(true);
      else expect(produits).toContain(c);
    }
  });

  it("textes courts ≤ 125 caractères, textes longs ≤ 250", () => {
    const courts = /<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/.exec(ressources)?.[1] ?? "";
    const longs = /<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/.exec(ressources)?.[1] ?? "";
    for (const v of [...courts.matchAll(/Value="([^"]*)"/g)].map((m) => m[1])) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of [...longs.matchAll(/Value="([^"]*)"/g)].map((m) => m[1])) expect(v.length).toBeLessThanOrEqual(250);
  });

  (xmllint && existsSync(SCHEMA) ? it : it.skip)("xmllint : manifest.xml (et dist/manifest.xml s'il existe) valident le schéma", () => {
    for (const fichier of [SOURCE, DIST].filter((f) => existsSync(f))) {
      expect(() => execFileSync("xmllint", ["--noout", "--schema", SCHEMA, fichier], { stdio: "pipe" })).not.toThrow();
    }
  });
});
