// Oracle indépendant : hledger (paquet Debian). Des journaux équilibrés tirés au hasard (graines fixes, milliers de lignes,
// comptes généraux et auxiliaires « 411000:CLI0001 ») sont écrits en FEC (rédacteur FEC du projet) et en journal hledger ;
// la balance d'`agora compta balance --json` doit égaler celle de hledger, compte par compte, au centime.
// En CI (CI=true), l'absence de hledger fait échouer le test ; en local, il est sauté avec un avertissement.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ecrireJournaux } from "../../bench/compta-generateur";

const racine = path.resolve(__dirname, "../..");
const hledgerPresent = spawnSync("hledger", ["--version"], { encoding: "utf8" }).status === 0;
const GRAINES = [1, 2026, 424242];
const LIGNES = 4000;

type Soldes = Map<string, number>;

/** « 1234.56 », « -0.05 », « 0 » → centimes, sans flottant. */
function centimesHledger(texte: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(texte.trim());
  if (!m) throw new Error(`montant hledger illisible : « ${texte} »`);
  const c = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -c : c;
}

/** `hledger balance --flat --no-total -O csv -E` : compte → solde en centimes ; `regrouper` donne la clé de chaque compte hledger. */
function balanceHledger(journal: string, requete: string[], regrouper: (compte: string) => string | undefined): Soldes {
  const csv = execFileSync("hledger", ["-f", journal, "balance", "--flat", "--no-total", "-E", "-O", "csv", ...requete], { encoding: "utf8" });
  const soldes: Soldes = new Map();
  for (const ligne of csv.trim().split("\n").slice(1)) {
    const [compte, montant] = JSON.parse(`[${ligne}]`) as [string, string];
    const cle = regrouper(compte);
    if (cle !== undefined) soldes.set(cle, (soldes.get(cle) ?? 0) + centimesHledger(montant));
  }
  return soldes;
}

interface CompteAgora {
  compte: string;
  tiers?: string;
  debit: number;
  credit: number;
  solde: number;
}

function balanceAgora(fec: string, ...options: string[]): { comptes: CompteAgora[]; totaux: { debit: number; credit: number } } {
  const r = spawnSync(process.execPath, [path.join(racine, "bin/agora.js"), "compta", "balance", fec, "--json", ...options], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`agora compta balance a échoué (${r.status}) : ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const cents = (euros: number) => Math.round(euros * 100);
const parCompte = (comptes: CompteAgora[], valeur: (c: CompteAgora) => number, cle = (c: CompteAgora) => c.compte): Soldes =>
  new Map(comptes.map((c) => [cle(c), cents(valeur(c))]));
const trie = (m: Soldes) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const general = (compte: string) => compte.split(":")[0];

const decrire = hledgerPresent || process.env.CI ? describe : describe.skip;
if (!hledgerPresent && !process.env.CI) {
  console.warn("hledger absent : l'oracle hledger est SAUTÉ (apt-get install hledger ; en CI, son absence fait échouer le test).");
}

decrire("oracle hledger : balance d'agora = balance de hledger, au centime", () => {
  let dossier: string;
  const fichiers = new Map<number, { fec: string; hledger: string }>();

  beforeAll(() => {
    if (!hledgerPresent) throw new Error("hledger est introuvable (command -v hledger) : l'oracle ne peut pas tourner en CI.");
    execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
    dossier = mkdtempSync(path.join(tmpdir(), "agora-hledger-"));
    for (const graine of GRAINES) {
      const f = ecrireJournaux({ graine, lignes: LIGNES, clients: 60, fournisseurs: 25 }, path.join(dossier, `${graine}.txt`), path.join(dossier, `${graine}.journal`));
      fichiers.set(graine, f);
    }
  }, 60_000);
  afterAll(() => {
    if (dossier) rmSync(dossier, { recursive: true, force: true });
  });

  it.each(GRAINES)("graine %i : solde de chaque compte général (sous-comptes auxiliaires regroupés)", (graine) => {
    const { fec, hledger } = fichiers.get(graine)!;
    const agora = balanceAgora(fec);
    expect(agora.comptes.length).toBeGreaterThan(30);
    expect(trie(parCompte(agora.comptes, (c) => c.solde))).toEqual(trie(balanceHledger(hledger, [], general)));
  });

  it.each(GRAINES)("graine %i : total débit (montants > 0) et total crédit (montants < 0) de chaque compte", (graine) => {
    const { fec, hledger } = fichiers.get(graine)!;
    const agora = balanceAgora(fec);
    const debits = balanceHledger(hledger, ["amt:>0"], general);
    const credits = balanceHledger(hledger, ["amt:<0"], general);
    for (const c of agora.comptes) {
      expect([c.compte, cents(c.debit)]).toEqual([c.compte, debits.get(c.compte) ?? 0]);
      expect([c.compte, -cents(c.credit)]).toEqual([c.compte, credits.get(c.compte) ?? 0]);
    }
    expect(cents(agora.totaux.debit)).toBe(cents(agora.totaux.credit));
    expect(cents(agora.totaux.debit)).toBe([...debits.values()].reduce((s, v) => s + v, 0));
  });

  it.each(GRAINES)("graine %i : balance auxiliaire (compte:tiers) et balance par niveau 3", (graine) => {
    const { fec, hledger } = fichiers.get(graine)!;
    const aux = balanceAgora(fec, "--auxiliaire");
    expect(aux.comptes.length).toBeGreaterThan(50);
    expect(trie(parCompte(aux.comptes, (c) => c.solde, (c) => `${c.compte}:${c.tiers}`))).toEqual(
      trie(balanceHledger(hledger, [], (compte) => (compte.includes(":") ? compte : undefined))),
    );
    const niveau = balanceAgora(fec, "--niveau", "3");
    expect(trie(parCompte(niveau.comptes, (c) => c.solde))).toEqual(trie(balanceHledger(hledger, [], (compte) => compte.slice(0, 3))));
  });

  it.each(GRAINES)("graine %i : période --du 2026-04-01 --au 2026-06-30 (hledger -b 2026-04-01 -e 2026-07-01)", (graine) => {
    const { fec, hledger } = fichiers.get(graine)!;
    const agora = balanceAgora(fec, "--du", "2026-04-01", "--au", "2026-06-30");
    const attendu = balanceHledger(hledger, ["-b", "2026-04-01", "-e", "2026-07-01"], general);
    // hledger -E garde les comptes sans mouvement sur la période (à 0) : agora ne les liste pas.
    expect(trie(parCompte(agora.comptes, (c) => c.solde))).toEqual(trie(new Map([...attendu].filter(([compte, s]) => s !== 0 || agora.comptes.some((c) => c.compte === compte)))));
    expect(agora.totaux.debit).toBeLessThan(balanceAgora(fec).totaux.debit);
  });
});
