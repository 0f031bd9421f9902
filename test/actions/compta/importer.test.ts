// « Importer un fichier » (volet Comptabilité, étape 0) sur ClasseurMemoire : les fixtures réelles (shared/fixtures)
// deviennent le tableau Journal de la feuille « Journal structuré ». Attendus indépendants : test/core/imports/
// attendus.json (Python, decimal.Decimal, module csv), mêmes chiffres que les fiches *.source.md ; petits fichiers
// faits ici, totaux comptés à la main dans les commentaires.
import { readFileSync } from "node:fs";
import path from "node:path";
import { appliquerPreparation, preparerBalance, type Preparation } from "../../../src/actions/compta";
import { correspondanceDe, modeleCorrespondance, preparerImport, type IssueImport } from "../../../src/actions/compta/importer";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import type { Cellule, Modification } from "../../../src/classeur/port";
import attendus from "../../core/imports/attendus.json";

const FIXTURES = path.resolve(__dirname, "../../../../shared/fixtures");
const FEC = "adh-studio-123456782FEC20251231.txt";
const AKRETION = "akretion-account_move_generic-fr_coa.csv";
const lire = (nom: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, nom)));
const centimes = (v: Cellule): number => (typeof v === "number" ? Math.round(v * 100) : 0);

function prete(issue: IssueImport): Extract<IssueImport, { ok: true }> {
  if (!issue.ok) throw new Error(`${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue;
}

/** Σ débit et Σ crédit par compte, en centimes, lus dans le tableau écrit. */
function parCompte(lignes: readonly Cellule[][], entetes: readonly string[]): Record<string, [number, number]> {
  const [c, d, k] = ["Compte", "Débit", "Crédit"].map((e) => entetes.indexOf(e));
  const r: Record<string, [number, number]> = {};
  for (const l of lignes) {
    const a = (r[String(l[c])] ??= [0, 0]);
    a[0] += centimes(l[d]);
    a[1] += centimes(l[k]);
  }
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function importerPuisLire(octets: Uint8Array, options = {}) {
  const classeur = new ClasseurMemoire({ feuilles: { Accueil: [["Mon classeur"]] } });
  const issue = prete(await preparerImport(classeur, octets, options));
  const fait = await appliquerPreparation(classeur, issue.preparation);
  expect(fait).toEqual({ ok: true, message: issue.preparation.succes });
  const table = (await classeur.lireTable("Journal"))!;
  return { classeur, issue, table };
}

describe("FEC adh-studio (fiche de provenance : 10 lignes, 4 écritures, 2 612,00 équilibré)", () => {
  it("crée « Journal structuré » avec le tableau Journal : lignes, écritures, totaux et balance par compte = attendus.json", async () => {
    const { classeur, issue, table } = await importerPuisLire(lire(FEC), { nomFichier: FEC });
    expect(issue.resultat.reconnaissance?.format).toBe("fec");
    expect([issue.bilan.lignes, issue.bilan.ecritures, issue.bilan.debit, issue.bilan.credit, issue.bilan.equilibre]).toEqual([attendus.fec.lignes, attendus.fec.ecritures, attendus.fec.debit, attendus.fec.credit, true]);
    expect(table.feuille).toBe("Journal structuré");
    expect(table.lignes).toHaveLength(attendus.fec.lignes);
    expect(parCompte(table.lignes, table.entetes)).toEqual(attendus.fec.comptes);
    expect(await classeur.nomsFeuilles()).toEqual(["Accueil", "Journal structuré"]);
    expect(issue.preparation.lecture).toEqual({ lignes: 10, ecritures: 4, feuille: FEC, zone: "lignes 2 à 11" });
    expect(issue.preparation.resume.at(-1)).toBe("Totaux : débit 2\u202f612,00\u00a0€, crédit 2\u202f612,00\u00a0€ : le journal est équilibré.");
  });

  it("l'étape 2 (balance) relit le tableau importé : Σ débits = Σ crédits = 2 612,00 (attendus.json)", async () => {
    const { classeur } = await importerPuisLire(lire(FEC));
    const b = await preparerBalance(classeur);
    if (!b.ok) throw new Error(b.message);
    const balance = b.preparation.plan.find((m): m is Extract<Modification, { type: "table" }> => m.type === "table" && m.nom === "Balance")!;
    expect(balance.lignes.reduce((s, l) => s + centimes(l[2]), 0)).toBe(attendus.fec.debit);
    expect(balance.lignes.reduce((s, l) => s + centimes(l[3]), 0)).toBe(attendus.fec.credit);
    expect(balance.lignes.map((l) => String(l[0]))).toEqual(Object.keys(attendus.fec.comptes));
  });
});

describe("CSV générique d'Akretion (fiche : 9 lignes, 36 984,12 équilibré)", () => {
  it("reconnu Odoo/Akretion ; totaux et balance par compte = attendus.json ; 3 écritures numérotées à l'équilibre", async () => {
    const { issue, table } = await importerPuisLire(lire(AKRETION));
    expect(issue.resultat.reconnaissance?.libelle).toContain("Akretion");
    expect(issue.resultat.separateur).toBe(",");
    expect([issue.bilan.lignes, issue.bilan.debit, issue.bilan.credit]).toEqual([attendus.akretion.lignes, attendus.akretion.debit, attendus.akretion.credit]);
    expect(parCompte(table.lignes, table.entetes)).toEqual(attendus.akretion.comptes);
    // Compté à la main dans le fichier : paie (lignes 1 à 5, 23 299,58 = 12 042,12 + 11 257,46), caution (6-7), virement (8-9).
    expect(issue.bilan.ecritures).toBe(3);
    expect(table.lignes.map((l) => l[table.entetes.indexOf("Numéro")])).toEqual(["1", "1", "1", "1", "1", "2", "2", "3", "3"]);
    expect(issue.preparation.remarques.some((r) => r.message.startsWith("Pas de numéro d'écriture") && r.message.includes("numérotées"))).toBe(true);
  });

  it("la correspondance rebâtie des colonnes reconnues (sans en-tête : colonnes par numéro) relit les mêmes totaux", async () => {
    const m = modeleCorrespondance(lire(AKRETION))!;
    expect(m).toMatchObject({ separateur: ",", entete: false, lignesIgnorees: 0 });
    expect(m.entetes).toHaveLength(10);
    expect(m.colonnes).toMatchObject({ date: 0, journal: 1, compte: 2, libelle: 5, debit: 6, credit: 7 });
    const { issue } = await importerPuisLire(lire(AKRETION), { correspondance: correspondanceDe(m, m.colonnes) });
    expect(issue.resultat.reconnaissance?.libelle).toBe("CSV selon la correspondance de colonnes");
    expect([issue.bilan.lignes, issue.bilan.debit, issue.bilan.credit]).toEqual([attendus.akretion.lignes, attendus.akretion.debit, attendus.akretion.credit]);
  });
});

/** Octets Windows-1252 : ASCII tel quel, é = 0xE9, è = 0xE8, € = 0x80. */
function cp1252(texte: string): Uint8Array {
  const table: Record<string, number> = { é: 0xe9, è: 0xe8, "€": 0x80, à: 0xe0 };
  return Uint8Array.from([...texte].map((c) => table[c] ?? c.charCodeAt(0)));
}

describe("un relevé maison en Windows-1252, colonnes désignées par l'utilisateur", () => {
  // Montant signé : 1 200,00 − 1 200,00 et 350,50 − 350,50 → Σ débit = Σ crédit = 1 550,50.
  const texte = [
    "Jour;Imputation;Objet;Somme",
    "05/01/2026;512000;Règlement client Dupont;1200,00",
    "05/01/2026;411000;Règlement client Dupont;-1200,00",
    "12/01/2026;401000;Prélèvement fournisseur €;350,50",
    "12/01/2026;512000;Prélèvement fournisseur €;-350,50",
  ].join("\r\n");
  const octets = cp1252(texte);

  it("rien de reconnu : refus qui dit pourquoi, et le modèle propose la ligne d'en-tête à désigner", async () => {
    const issue = await preparerImport(new ClasseurMemoire(), octets, { nomFichier: "releve.csv" });
    expect(issue.ok).toBe(false);
    if (issue.ok) return;
    expect(issue.message).toMatch(/^Import impossible : format non reconnu/);
    expect(issue.resultat?.encodage?.encodage).toBe("windows-1252");
    const m = modeleCorrespondance(octets)!;
    expect(m).toEqual({ separateur: ";", entetes: ["Jour", "Imputation", "Objet", "Somme"], entete: true, lignesIgnorees: 0, colonnes: {}, formatDate: "auto" });
  });

  it("avec la correspondance : accents décodés, montants signés répartis, 1 550,50 des deux côtés", async () => {
    const m = modeleCorrespondance(octets)!;
    const { issue, table } = await importerPuisLire(octets, { correspondance: correspondanceDe(m, { date: 0, compte: 1, libelle: 2, montant: 3 }) });
    expect(issue.resultat.encodage?.libelle).toBe("Windows-1252");
    expect([issue.bilan.lignes, issue.bilan.ecritures, issue.bilan.debit, issue.bilan.credit]).toEqual([4, 2, 155_050, 155_050]);
    expect(table.lignes[0][table.entetes.indexOf("Libellé")]).toBe("Règlement client Dupont");
    expect(table.lignes[2][table.entetes.indexOf("Libellé")]).toBe("Prélèvement fournisseur €");
    expect(parCompte(table.lignes, table.entetes)).toEqual({ "401000": [35_050, 0], "411000": [0, 120_000], "512000": [120_000, 35_050] });
  });
});

describe("tout ou rien", () => {
  it("un fichier avec des erreurs : toutes listées avec leur ligne et leur colonne, rien n'est écrit", async () => {
    const texte = ["Date;Compte;Libellé;Débit;Crédit", "15/01/2026;607000;Achat;100,00;", "30/02/2026;401000;Achat;;100,00", "16/01/2026;512000;Vente;12,345;", "16/01/2026;707000;Vente;;12,34"].join("\n");
    const classeur = new ClasseurMemoire({ feuilles: { Accueil: [["x"]] } });
    const issue = await preparerImport(classeur, new TextEncoder().encode(texte), { nomFichier: "faux.csv" });
    expect(issue.ok).toBe(false);
    if (issue.ok) return;
    expect(issue.message).toBe("2 erreurs dans le fichier « faux.csv » : rien n'est importé (tout ou rien). Corrigez ces lignes dans le fichier ou dans le PGI, puis recommencez.");
    expect(issue.anomalies).toHaveLength(2);
    expect(issue.anomalies[0].message).toMatch(/^Ligne 3, colonne « Date » : /);
    expect(issue.anomalies[1].message).toMatch(/^Ligne 4, colonne « Débit » : /);
    expect(issue.resultat?.lignes).toEqual([]);
    expect(await classeur.nomsFeuilles()).toEqual(["Accueil"]);
  });

  it("annulé au milieu (20 000 lignes, arrêt à la première étape de lecture) : annule, rien n'est écrit", async () => {
    const lignes = ["Date;Journal;Pièce;Compte;Libellé;Débit;Crédit"];
    for (let i = 0; i < 10_000; i++) lignes.push(`15/01/2026;OD;P${i};607000;Achat;1,00;`, `15/01/2026;OD;P${i};401000;Achat;;1,00`);
    const classeur = new ClasseurMemoire({ feuilles: { Accueil: [["x"]] } });
    const signal = { aborted: false };
    const fractions: number[] = [];
    const issue = await preparerImport(classeur, new TextEncoder().encode(lignes.join("\n")), {
      signal,
      progres: (f) => {
        fractions.push(f);
        if (f > 0.1 && f < 1) signal.aborted = true;
      },
    });
    expect(issue).toMatchObject({ ok: false, annule: true, message: "Import annulé : rien n'a été écrit." });
    expect(fractions.some((f) => f > 0.1 && f < 1)).toBe(true);
    expect(fractions).not.toContain(1);
    expect(await classeur.nomsFeuilles()).toEqual(["Accueil"]);
  });

  it("la feuille existe : le plan la remplace seulement après confirmation", async () => {
    const classeur = new ClasseurMemoire({ feuilles: { "Journal structuré": [["saisie de l'élève"]] } });
    const issue = prete(await preparerImport(classeur, lire(FEC)));
    const p: Preparation = issue.preparation;
    expect(p.remplacees).toEqual(["Journal structuré"]);
    expect(p.resume[0]).toMatch(/^Remplacer la feuille « Journal structuré »/);
    expect(await appliquerPreparation(classeur, p)).toMatchObject({ ok: false });
    expect((await classeur.lirePlage("Journal structuré", "A1")).valeurs[0][0]).toBe("saisie de l'élève");
    expect(await appliquerPreparation(classeur, p, { confirme: true })).toMatchObject({ ok: true });
    expect((await classeur.lireTable("Journal"))?.lignes).toHaveLength(attendus.fec.lignes);
  });

  it("refus : un tableau Journal ailleurs, un nom de feuille interdit, un fichier vide ou binaire", async () => {
    const classeur = new ClasseurMemoire();
    prete(await preparerImport(classeur, lire(FEC), { feuille: "Ancien" }));
    await appliquerPreparation(classeur, prete(await preparerImport(classeur, lire(FEC), { feuille: "Ancien" })).preparation);
    const conflit = await preparerImport(classeur, lire(FEC));
    expect(conflit).toMatchObject({ ok: false, message: expect.stringContaining("déjà un tableau nommé « Journal », dans la feuille « Ancien »") });
    expect(await preparerImport(classeur, lire(FEC), { feuille: "a/b" })).toMatchObject({ ok: false, message: expect.stringMatching(/^Feuille à créer : /) });
    expect(await preparerImport(classeur, new Uint8Array(0))).toMatchObject({ ok: false, message: "Import impossible : le fichier est vide. Rien n'a été écrit." });
    expect(await preparerImport(classeur, Uint8Array.from([0x50, 0x4b, 3, 4, 0]))).toMatchObject({ ok: false, message: expect.stringContaining("archive") });
  });
});
