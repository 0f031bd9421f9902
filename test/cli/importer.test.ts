// `agora importer` de bout en bout : construite par esbuild puis lancée comme un utilisateur la lance.
// Codes de sortie : 0 importé, 1 erreurs dans le fichier (toutes listées, rien d'écrit), 2 illisible.
// Attendus : test/core/imports/attendus.json (Python decimal, indépendant du code) et les fiches des fixtures.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import attendus from "../core/imports/attendus.json";

const racine = path.resolve(__dirname, "../..");
const FIXTURES = path.resolve(racine, "../shared/fixtures");
const FEC = path.join(FIXTURES, "adh-studio-123456782FEC20251231.txt");
const AKRETION_CSV = path.join(FIXTURES, "akretion-account_move_generic-fr_coa.csv");
const AKRETION_XLSX = path.join(FIXTURES, "akretion-account_move_generic-fr_coa.xlsx");
const CFONB = path.join(FIXTURES, "oca-cfonb120-test_cfonb.txt");
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
let dossier: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  dossier = mkdtempSync(path.join(tmpdir(), "agora-importer-"));
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

const euros = (c: number) => (c / 100).toFixed(2);

describe("agora importer", () => {
  it("le FEC adh-studio : résumé français, code 0", () => {
    const r = agora("importer", FEC);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "Format : FEC (tabulation) (en-tête aux noms des champs du FEC (JournalCode, EcritureNum, CompteNum…)).",
      "Encodage : UTF-8 (les caractères accentués sont en UTF-8 valide).",
      "Séparateur : tabulation.",
      "10 lignes, 4 écritures ; total débit 2\u202f612,00, total crédit 2\u202f612,00 : journal équilibré.",
      "",
    ]);
  });

  it("le CSV d'Akretion en JSON : 9 lignes, 3 écritures, totaux de attendus.json", () => {
    const r = agora("importer", AKRETION_CSV, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      format: "odoo",
      separateur: ",",
      lignes: attendus.akretion.lignes,
      ecritures: 3,
      totalDebit: euros(attendus.akretion.debit),
      totalCredit: euros(attendus.akretion.credit),
      equilibre: true,
      erreurs: [],
    });
  });

  it("le XLSX d'Akretion --sortie : feuille « Journal », tableau Journal, comptes en texte, dates et montants exacts", async () => {
    const sortie = path.join(dossier, "journal.xlsx");
    const r = agora("importer", AKRETION_XLSX, "--format", "odoo", "--sortie", sortie);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("9 lignes, 3 écritures ; total débit 36\u202f984,12, total crédit 36\u202f984,12 : journal équilibré.");
    expect(r.stdout).toContain(`Classeur écrit : « ${sortie} »`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(sortie) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Journal"]);
    const ws = wb.getWorksheet("Journal")!;
    const table = ws.getTable("Journal") as unknown as { table: { ref: string; columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual(["Journal", "Date", "Numéro", "Pièce", "Compte", "Libellé du compte", "Tiers", "Libellé", "Débit", "Crédit", "Lettrage", "Échéance"]);
    expect(ws.getCell("E2").value).toBe("421000");
    expect(ws.getCell("E2").numFmt).toBe("@");
    expect(ws.getCell("B2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("J2").value).toBe(12042.12);
    let debit = 0;
    let credit = 0;
    for (let l = 2; l <= 10; l++) {
      debit += Math.round(Number(ws.getCell(`I${l}`).value ?? 0) * 100);
      credit += Math.round(Number(ws.getCell(`J${l}`).value ?? 0) * 100);
    }
    expect([debit, credit]).toEqual([attendus.akretion.debit, attendus.akretion.credit]);
  });

  it("le relevé CFONB : soldes des 2 comptes, cohérents (JSON)", () => {
    const r = agora("importer", CFONB, "--json");
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.releves.map((x: { ancienSolde: { montant: string }; nouveauSolde: { montant: string }; operations: unknown[] }) => [x.ancienSolde.montant, x.operations.length, x.nouveauSolde.montant])).toEqual(
      attendus.cfonb.map((x) => [euros(x.ancien), x.operations.length, euros(x.nouveau)]),
    );
  });

  it("un fichier avec des erreurs : code 1, toutes listées avec ligne et colonne, rien n'est écrit", () => {
    const faux = path.join(dossier, "faux.csv");
    writeFileSync(faux, ["Date;Journal;N° pièce;Compte;Libellé;Débit;Crédit", "15/01/2025;VTE;FA-101;411000;Facture;12,345;", "30/02/2025;VTE;FA-101;706000;Facture;;1000", "15/01/2025;VTE;FA-101;;Facture;;200"].join("\n"));
    const sortie = path.join(dossier, "jamais.xlsx");
    const r = agora("importer", faux, "--sortie", sortie);
    expect(r.status).toBe(1);
    expect(existsSync(sortie)).toBe(false);
    expect(r.stderr.split("\n")).toEqual([
      `agora importer : 3 erreurs dans « ${faux} » ; rien n'est importé.`,
      "  Ligne 2, colonne « Débit » : « 12,345 » n'est pas un montant en euros à deux décimales au plus (exemples : 1 234,56 ; -1234.56 ; (12,00)).",
      "  Ligne 3, colonne « Date » : la date « 30/02/2025 » n'existe pas (lue au format JJ/MM/AAAA).",
      "  Ligne 4, colonne « Compte » : le numéro de compte est vide.",
      "",
    ]);
  });

  it("correspondance de colonnes : montant signé d'un relevé maison (Windows-1252), déséquilibré mais importé", () => {
    const releve = path.join(dossier, "releve.csv");
    writeFileSync(releve, Buffer.from("Date opération;Libellé;Montant;Cpte\r\n02/03/2025;Virement reçu;1 200,00;512000\r\n05/03/2025;Prélèvement EDF;-84,50;512000\r\n", "latin1"));
    const mapping = path.join(dossier, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ colonnes: { date: "Date opération", libelle: "Libellé", montant: "Montant", compte: "Cpte" }, separateur: ";", formatDate: "JJ/MM/AAAA", montants: "signe" }));
    const r = agora("importer", releve, "--correspondance", mapping, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, encodage: "Windows-1252", lignes: 2, totalDebit: "1200.00", totalCredit: "84.50", equilibre: false });
  });

  it("illisible : fichier absent, format non reconnu, option invalide → code 2 et message français", () => {
    const absent = agora("importer", path.join(dossier, "absent.csv"));
    expect(absent.status).toBe(2);
    expect(absent.stderr).toMatch(/^agora importer : le fichier « .*absent\.csv » est introuvable\.\n$/);
    const texte = path.join(dossier, "lettre.txt");
    writeFileSync(texte, "Bonjour,\nvoici le relevé demandé.\n");
    const inconnu = agora("importer", texte);
    expect(inconnu.status).toBe(2);
    expect(inconnu.stderr).toMatch(/^agora importer : format non reconnu/);
    expect(agora("importer", FEC, "--format", "quadra").stderr).toContain("--format : « quadra » inconnu");
    expect(agora("importer", FEC, "--sortie", "journal.csv").status).toBe(2);
  });
});
