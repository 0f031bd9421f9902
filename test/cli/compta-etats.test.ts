// `agora compta resultat|sig|bilan|tva` de bout en bout : les exemples de comptabilite.md § 3.2 à 3.4 et § 4.4.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const racine = path.resolve(__dirname, "../..");
const agora = (...args: string[]) => spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), ...args], { encoding: "utf8" });
let dossier: string;
const fichier = (nom: string, lignes: string[]) => {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, ["Date;Journal;N° pièce;Compte;Tiers;Libellé;Débit;Crédit", ...lignes].join("\n"));
  return chemin;
};

/** Les quatre premières écritures du § 6 : achat 1 000 HT, vente 2 000 HT, règlements. */
const QUATRE = [
  "02/03/2026;ACH;1;607;;Achat de marchandises;1 000,00;",
  "02/03/2026;ACH;1;44566;;Achat de marchandises;200,00;",
  "02/03/2026;ACH;1;401;F0012;Achat de marchandises;;1 200,00",
  "05/03/2026;VTE;2;411;C0042;Vente de marchandises;2 400,00;",
  "05/03/2026;VTE;2;707;;Vente de marchandises;;2 000,00",
  "05/03/2026;VTE;2;44571;;Vente de marchandises;;400,00",
  "20/03/2026;BQ;3;512;;Règlement client;2 400,00;",
  "20/03/2026;BQ;3;411;C0042;Règlement client;;2 400,00",
  "25/03/2026;BQ;4;401;F0012;Règlement fournisseur;1 200,00;",
  "25/03/2026;BQ;4;512;;Règlement fournisseur;;1 200,00",
];

/** Mars 2026 (§ 4.4) : ventes 30 000 HT à 20 %, TVA déductible 3 100 + 1 200 ; un crédit de 500 reporté de février. */
const MARS = [
  "28/02/2026;OD;1;44567;;Crédit de TVA de février;500,00;",
  "28/02/2026;OD;1;44566;;Crédit de TVA de février;;500,00",
  "10/03/2026;VTE;2;411;C1;Ventes de mars;36 000,00;",
  "10/03/2026;VTE;2;706;;Ventes de mars;;30 000,00",
  "10/03/2026;VTE;2;44571;;Ventes de mars;;6 000,00",
  "12/03/2026;ACH;3;604;;Achats de mars;15 500,00;",
  "12/03/2026;ACH;3;44566;;Achats de mars;3 100,00;",
  "12/03/2026;ACH;3;401;F1;Achats de mars;;18 600,00",
  "15/03/2026;ACH;4;2183;;Ordinateur;6 000,00;",
  "15/03/2026;ACH;4;44562;;Ordinateur;1 200,00;",
  "15/03/2026;ACH;4;404;F2;Ordinateur;;7 200,00",
];

beforeAll(() => {
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  dossier = mkdtempSync(path.join(tmpdir(), "agora-etats-"));
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("agora compta resultat / sig / bilan", () => {
  it("resultat --json : marge 1 000 (ventes 2 000 − achats 1 000), résultat 1 000,00", () => {
    const r = agora("compta", "resultat", fichier("quatre.csv", QUATRE), "--json");
    expect(r.status).toBe(0);
    const cr = JSON.parse(r.stdout);
    expect(cr.resultat.montant).toBe(1000);
    expect(cr.totalProduits).toBe(2000);
    expect(cr.produitsExploitation.postes[0]).toEqual({ code: "ventesMarchandises", libelle: "Ventes de marchandises", montant: 2000, detail: "707, 7097 (crédit − débit) = 2\u202f000,00" });
    expect(r.stdout).toContain('"montant":2000.00');
  });

  it("signale sur la sortie d'erreur un compte de gestion non classé (791, supprimé en 2025), sans bloquer", () => {
    const r = agora("compta", "resultat", fichier("791.csv", [...QUATRE, "31/03/2026;OD;5;791;;Transfert de charges;;10,00", "31/03/2026;OD;5;512;;Transfert de charges;10,00;"]), "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Attention : comptes de gestion non classés dans un poste (hors du résultat présenté) : 791.");
    expect(JSON.parse(r.stdout).nonClasses).toEqual(["791"]);
  });

  it("sig --json : les deux CAF concordent", () => {
    const r = agora("compta", "sig", fichier("quatre.csv", QUATRE), "--json");
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.soldes.map((p: { code: string; montant: number }) => [p.code, p.montant])).toEqual([
      ["margeCommerciale", 1000], ["production", 0], ["valeurAjoutee", 1000], ["ebe", 1000], ["resultatExploitation", 1000], ["rcai", 1000], ["resultatExceptionnel", 0], ["resultatNet", 1000],
    ]);
    expect([s.caf.additive.montant, s.caf.soustractive.montant, s.caf.concordantes]).toEqual([1000, 1000, true]);
  });

  it("bilan --json et texte : actif 1 400 = passif 1 400, résultat aux capitaux propres", () => {
    const r = agora("compta", "bilan", fichier("quatre.csv", QUATRE), "--json");
    expect(r.status).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.totaux).toEqual({ actif: 1400, passif: 1400 });
    expect(b.passif.map((p: { code: string }) => p.code)).toEqual(["resultat", "dettesFiscalesSociales"]);
    const t = agora("compta", "bilan", fichier("quatre.csv", QUATRE));
    expect(t.stdout).toContain("Contrôle : total actif = total passif : vérifié.");
  });
});

describe("agora compta tva (CA3, comptabilite.md § 4.4)", () => {
  it("mars 2026 avec --du : le crédit de février (44567 avant le 01/03) va en ligne 22 ; TD = 1 700 − 500 = 1 200", () => {
    const r = agora("compta", "tva", fichier("mars.csv", MARS), "--du", "2026-03-01", "--au", "2026-03-31", "--json");
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    const l = Object.fromEntries(d.lignes.map((x: { ligne: string; montant: number }) => [x.ligne, x.montant]));
    expect(l).toEqual({ A1: 30000, "08": 6000, "16": 6000, "19": 1200, "20": 3100, "22": 500, "23": 4800, TD: 1200, "28": 1200, "32": 1200 });
    expect(d.liquidation).toEqual([
      { compte: "44571", debit: 6000, credit: 0 },
      { compte: "44566", debit: 0, credit: 3100 },
      { compte: "44562", debit: 0, credit: 1200 },
      { compte: "44567", debit: 0, credit: 500 },
      { compte: "44551", debit: 0, credit: 1200 },
    ]);
  });

  it("l'exemple exact de mars 2026 (pas de crédit antérieur) en texte : TD 1 700 €", () => {
    const r = agora("compta", "tva", fichier("mars-seul.csv", MARS.slice(2)));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/TD  TVA due\s+1\u202f700\u00a0€/);
    expect(r.stdout).toContain("C 44551  1\u202f700,00");
  });

  it("ventes ventilées par taux : F2025-001 (300,00 à 20 %, 160,20 à 5,5 %, TVA 68,81) → 08 300 / 60, 09 160 / 9 ; une pièce ambiguë est nommée en alerte", () => {
    const f001 = ["06/01/2025;VTE;1;411;C1;Facture F2025-001;529,01;", "06/01/2025;VTE;1;707;;Facture F2025-001;;300,00", "06/01/2025;VTE;1;707;;Facture F2025-001;;160,20", "06/01/2025;VTE;1;44571;;Facture F2025-001;;68,81"];
    const r = agora("compta", "tva", fichier("mixte.csv", f001), "--json");
    expect(r.status).toBe(0);
    const l = Object.fromEntries(JSON.parse(r.stdout).lignes.map((x: { ligne: string; base?: number; montant: number }) => [x.ligne, [x.base, x.montant]]));
    expect([l.A1, l["08"], l["09"], l["16"]]).toEqual([[undefined, 460], [300, 60], [160, 9], [undefined, 69]]);
    // 179,00 × 10 % + 100,00 × 20 % = 179,00 × 20 % + 100,00 × 2,1 % = 37,90 : deux répartitions possibles.
    const ambigue = ["07/01/2025;VTE;2;411;C1;Facture F9;316,90;", "07/01/2025;VTE;2;707;;Facture F9;;179,00", "07/01/2025;VTE;2;707;;Facture F9;;100,00", "07/01/2025;VTE;2;44571;;Facture F9;;37,90"];
    const t = agora("compta", "tva", fichier("ambigue.csv", [...f001, ...ambigue]));
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/09  Taux réduit 5,5\u202f% \(base 160\u00a0€\)\s+9\u00a0€/);
    expect(t.stderr).toContain("ventes non ventilées par taux, comptées au taux normal de 20\u202f% (279,00 € HT) : 2 (plusieurs répartitions des taux possibles)");
  });

  it("option invalide : code 2 et message français", () => {
    const r = agora("compta", "tva", fichier("mars.csv", MARS), "--du", "2026-02-31");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^agora compta tva : /);
  });
});
