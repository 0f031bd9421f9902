// `agora compta balance|grand-livre` de bout en bout, sur des journaux CSV et FEC écrits dans un dossier temporaire :
// la balance de comptabilite.md § 1.6, le grand livre du § 6, les codes de sortie 0, 1, 2.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ecrireFec } from "../../src/core/fec";
import { ECRITURES_TYPES, QUATRE_PREMIERES } from "../core/compta/ecritures-types";

const racine = path.resolve(__dirname, "../..");
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
let dossier: string;
const fichier = (nom: string, contenu: string) => {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, contenu);
  return chemin;
};

/** Les quatre premières écritures du § 6 en journal CSV, comme un export de tableur. */
const CSV_6 = [
  "Date;Journal;N° pièce;Compte;Tiers;Libellé;Débit;Crédit",
  "02/03/2026;ACH;1;607;;Achat de marchandises;1 000,00;",
  "02/03/2026;ACH;1;44566;;Achat de marchandises;200,00;",
  "02/03/2026;ACH;1;401;F0012;Achat de marchandises;;1 200,00",
  "05/03/2026;VTE;2;411;C0042;Vente de marchandises;2 400,00;",
  "05/03/2026;VTE;2;707;;Vente de marchandises;;2 000,00",
  "05/03/2026;VTE;2;44571;;Vente de marchandises;;400,00",
  "20/03/2026;BQ;3;512;;Règlement client par virement;2 400,00;",
  "20/03/2026;BQ;3;411;C0042;Règlement client par virement;;2 400,00",
  "25/03/2026;BQ;4;401;F0012;Règlement fournisseur par chèque;1 200,00;",
  "25/03/2026;BQ;4;512;;Règlement fournisseur par chèque;;1 200,00",
].join("\n");

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  dossier = mkdtempSync(path.join(tmpdir(), "agora-compta-"));
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("agora compta balance", () => {
  it("--json : la balance de comptabilite.md § 1.6, au format exact de la sortie JSON", () => {
    const r = agora("compta", "balance", fichier("journal.csv", CSV_6), "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      '{"comptes":[' +
        '{"compte":"401","libelle":"Fournisseurs","debit":1200.00,"credit":1200.00,"solde":0.00},' +
        '{"compte":"411","libelle":"Clients","debit":2400.00,"credit":2400.00,"solde":0.00},' +
        '{"compte":"44566","libelle":"TVA sur autres biens et services","debit":200.00,"credit":0.00,"solde":200.00},' +
        '{"compte":"44571","libelle":"TVA collectée","debit":0.00,"credit":400.00,"solde":-400.00},' +
        '{"compte":"512","libelle":"Banques","debit":2400.00,"credit":1200.00,"solde":1200.00},' +
        '{"compte":"607","libelle":"Achats de marchandises","debit":1000.00,"credit":0.00,"solde":1000.00},' +
        '{"compte":"707","libelle":"Ventes de marchandises","debit":0.00,"credit":2000.00,"solde":-2000.00}' +
        '],"totaux":{"debit":7200.00,"credit":7200.00}}\n',
    );
  });

  it("tableau français aligné, avec les totaux et les contrôles du § 1.6", () => {
    const r = agora("compta", "balance", fichier("journal.csv", CSV_6));
    expect(r.status).toBe(0);
    const lignes = r.stdout.split("\n");
    expect(lignes[0]).toBe("Balance générale — journal.csv (toutes dates)");
    expect(lignes).toContain("512     Banques                           2\u202f400,00  1\u202f200,00        1\u202f200,00");
    expect(lignes).toContain("Total                                     7\u202f200,00  7\u202f200,00        2\u202f400,00         2\u202f400,00");
    expect(r.stdout).toContain("Contrôles : total des débits = total des crédits : vérifié ; total des soldes débiteurs = total des soldes créditeurs : vérifié.");
  });

  it("lit le même journal en FEC (rédacteur FEC du projet) et donne la même balance", () => {
    const fec = fichier("123456782FEC20261231.txt", ecrireFec(QUATRE_PREMIERES));
    expect(agora("compta", "balance", fec, "--json").stdout).toBe(agora("compta", "balance", fichier("journal.csv", CSV_6), "--json").stdout);
  });

  it("lit un FEC réel (fixture ADH Studio) : chaque compte égale la somme de ses colonnes Debit et Credit", () => {
    const chemin = path.resolve(racine, "../shared/fixtures/adh-studio-123456782FEC20251231.txt");
    const r = agora("compta", "balance", chemin, "--json");
    expect(r.status).toBe(0);
    // Oracle naïf : on relit le fichier ici, colonnes CompteNum (5), Debit (12) et Credit (13).
    const attendu = new Map<string, [number, number]>();
    const centimes = (t: string) => Number(t.replace(",", "")); // « 1200,00 » : toujours deux décimales dans ce fichier
    for (const ligne of readFileSync(chemin, "utf8").trim().split(/\r?\n/).slice(1)) {
      const champs = ligne.split("\t");
      const [d, c] = attendu.get(champs[4]) ?? [0, 0];
      attendu.set(champs[4], [d + centimes(champs[11]), c + centimes(champs[12])]);
    }
    const b = JSON.parse(r.stdout) as { comptes: { compte: string; debit: number; credit: number }[] };
    expect(b.comptes.map((c) => [c.compte, Math.round(c.debit * 100), Math.round(c.credit * 100)])).toEqual([...attendu.entries()].sort().map(([k, [d, c]]) => [k, d, c]));
  });

  it("--du / --au filtrent les dates (bornes comprises), --niveau regroupe, --auxiliaire détaille les tiers", () => {
    const csv = fichier("journal.csv", CSV_6);
    const au = JSON.parse(agora("compta", "balance", csv, "--au", "2026-03-05", "--json").stdout);
    expect(au.totaux).toEqual({ debit: 3600, credit: 3600 });
    const du = JSON.parse(agora("compta", "balance", csv, "--du", "2026-03-20", "--au", "2026-03-20", "--json").stdout);
    expect(du.comptes.map((c: { compte: string; solde: number }) => [c.compte, c.solde])).toEqual([["411", -2400], ["512", 2400]]);
    const niveau = JSON.parse(agora("compta", "balance", csv, "--niveau", "3", "--json").stdout);
    expect(niveau.comptes.find((c: { compte: string }) => c.compte === "445")).toEqual({ compte: "445", libelle: "État - Taxes sur le chiffre d'affaires", debit: 200, credit: 400, solde: -200 });
    const aux = JSON.parse(agora("compta", "balance", fichier("types.txt", ecrireFec(ECRITURES_TYPES)), "--auxiliaire", "--json").stdout);
    expect(aux.comptes).toEqual([
      { compte: "401", tiers: "F0012", libelle: "", debit: 1260, credit: 2376, solde: -1116 },
      { compte: "411", tiers: "C0042", libelle: "", debit: 2400, credit: 2520, solde: -120 },
    ]);
  });

  it("code 1 : écritures déséquilibrées listées (sortie d'erreur, ou JSON), aucun état produit", () => {
    const csv = fichier("faux.csv", CSV_6.replace("05/03/2026;VTE;2;44571;;Vente de marchandises;;400,00", "05/03/2026;VTE;2;44571;;Vente de marchandises;;399,99"));
    const r = agora("compta", "balance", csv);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "agora compta : journal rejeté (1 écriture déséquilibrée) ; aucun état n'est produit.\n" +
        "  Écriture VTE n° 2 déséquilibrée : débit 2\u202f400,00 / crédit 2\u202f399,99 (écart 0,01 ; lignes 5, 6, 7).\n",
    );
    const j = agora("compta", "balance", csv, "--json");
    expect(j.status).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual({ erreurs: [{ ligne: 5, message: expect.stringContaining("Écriture VTE n° 2 déséquilibrée") }], nombre: 1 });
  });

  it("code 1 : une ligne illisible fausserait la balance, elle est nommée", () => {
    const r = agora("compta", "balance", fichier("illisible.csv", CSV_6.replace("2 400,00;\n05/03", "2 4OO,00;\n05/03")));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("journal rejeté (1 ligne illisible et 1 écriture déséquilibrée)");
    expect(r.stderr).toContain("Ligne 5, colonne « Débit » : « 2 4OO,00 » n'est pas un montant en euros à deux décimales au plus.");
  });

  it("code 0 avec une alerte pour une ligne à 0/0 ou un compte hors PCG : la balance reste exacte", () => {
    const r = agora("compta", "balance", fichier("alerte.csv", `${CSV_6}\n25/03/2026;BQ;4;999000;;Ligne vide;0;0`), "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Attention : 2 anomalies (l'état est produit) :");
    expect(r.stderr).toContain("Ligne 12 : ligne sans montant (débit = crédit = 0).");
    expect(r.stderr).toContain("Ligne 12 : compte « 999000 » absent du plan comptable général");
  });

  it("code 2 : fichier absent, classeur, fichier qui n'est pas un journal, date d'option invalide", () => {
    const absent = agora("compta", "balance", path.join(dossier, "absent.csv"));
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain("est introuvable");
    const xlsx = agora("compta", "balance", fichier("journal.xlsx", "PK"));
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain("n'est pas un classeur .xlsx lisible");
    const odoo = agora("compta", "balance", path.resolve(racine, "../shared/fixtures/akretion-account_move_generic-fr_coa.csv"));
    expect(odoo.status).toBe(2);
    expect(odoo.stderr).toContain("n'est ni un FEC ni un journal CSV lisible. Ligne 1 : aucune ligne d'en-tête de journal reconnue");
    const date = agora("compta", "balance", fichier("journal.csv", CSV_6), "--du", "2026-02-30");
    expect(date.status).toBe(2);
    expect(date.stderr).toBe("agora compta balance : --du : la date « 2026-02-30 » n'existe pas.\n");
    const periode = agora("compta", "balance", fichier("journal.csv", CSV_6), "--du", "2026-04-01", "--au", "2026-03-01");
    expect(periode.status).toBe(2);
  });
});

describe("agora compta … --csv : pour un tableur, sans injection de formule", () => {
  it("balance : « ; », virgule décimale, BOM ; un libellé « =HYPERLINK(…) » reçoit une apostrophe, les soldes négatifs restent des nombres", () => {
    const chemin = fichier(
      "injection.csv",
      ["Date;Journal;N° pièce;Compte;Tiers;Libellé;Débit;Crédit", "02/03/2026;OD;1;471;;=HYPERLINK(B1);100,00;", "02/03/2026;OD;1;512;;Banque;;100,00"].join("\n"),
    );
    const r = agora("compta", "grand-livre", chemin, "--csv");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")).toEqual([
      "\ufeffCompte;Intitulé;Date;Journal;N°;Pièce;Libellé;Débit;Crédit;Solde",
      expect.stringMatching(/^471;.*;02\/03\/2026;OD;1;1;'=HYPERLINK\(B1\);100,00;0,00;100,00$/),
      expect.stringMatching(/^512;.*;02\/03\/2026;OD;1;1;Banque;0,00;100,00;-100,00$/),
      "",
    ]);
    const b = agora("compta", "balance", fichier("six.csv", CSV_6), "--csv");
    expect(b.status).toBe(0);
    const lignes = b.stdout.split("\r\n");
    expect(lignes[0]).toBe("\ufeffCompte;Libellé;Débit;Crédit;Solde");
    // § 1.6 : 401 soldé (1 200 – 1 200), 707 créditeur de 2 000, total 7 200 des deux côtés.
    expect(lignes).toContain("707;Ventes de marchandises;0,00;2000,00;-2000,00");
    expect(lignes).toContain("Total;;7200,00;7200,00;0,00");
  });
});

describe("agora compta grand-livre", () => {
  it("--json : le compte 401 des écritures types du § 6, trié par date, solde progressif", () => {
    const r = agora("compta", "grand-livre", fichier("types.txt", ecrireFec(ECRITURES_TYPES)), "--comptes", "401", "--json");
    expect(r.status).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.comptes).toHaveLength(1);
    const [c] = g.comptes;
    expect(c).toMatchObject({ compte: "401", libelle: "Fournisseurs", debit: 1260, credit: 2376, solde: -1116 });
    expect(c.lignes.map((l: { date: string; numero: string; debit: number; credit: number; solde: number }) => [l.date, l.numero, l.debit, l.credit, l.solde])).toEqual([
      ["2026-03-02", "1", 0, 1200, -1200],
      ["2026-03-10", "5", 60, 0, -1140],
      ["2026-03-15", "7", 0, 1176, -2316],
      ["2026-03-25", "4", 1200, 0, -1116],
    ]);
    expect(c.lignes[0]).toEqual({ date: "2026-03-02", journal: "ACH", numero: "1", piece: "P1", libelle: "Achat de marchandises", tiers: "F0012", debit: 0, credit: 1200, solde: -1200, ligne: 4 });
    expect(g.totaux).toEqual({ debit: 1260, credit: 2376 });
  });

  it("texte : un tableau par compte, solde avec son sens (D/C)", () => {
    const r = agora("compta", "grand-livre", fichier("journal.csv", CSV_6), "--comptes", "512");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("512 — Banques");
    expect(r.stdout).toContain("20/03/2026  BQ       3   3      Règlement client par virement     2\u202f400,00            2\u202f400,00 D");
    expect(r.stdout).toContain("Total 512                         2\u202f400,00  1\u202f200,00  1\u202f200,00 D");
  });
});
