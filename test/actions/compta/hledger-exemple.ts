// Oracle hledger du journal de janvier 2025 de l'exemple : exemple-janvier.journal, recopié à la main depuis les pièces
// (il ne dépend pas du code). Soldes par compte (`hledger balance`) et lignes d'un compte (`hledger register`), en
// centimes, sans flottant. En CI (CI=true), l'absence de hledger fait échouer les tests ; en local, ils sont sautés
// avec un avertissement (comme test/oracle/hledger.test.ts).
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

export const JOURNAL_HLEDGER = path.join(__dirname, "exemple-janvier.journal");
const present = spawnSync("hledger", ["--version"], { encoding: "utf8" }).status === 0;

/** `describe` si hledger est là (ou en CI, où son absence doit faire échouer), sinon `describe.skip` avec un avertissement. */
export function decrireAvecHledger(titre: string, corps: () => void): void {
  if (!present && !process.env.CI) {
    console.warn(`hledger absent : « ${titre} » est SAUTÉ (apt-get install hledger ; en CI, son absence fait échouer le test).`);
    describe.skip(titre, corps);
    return;
  }
  describe(titre, () => {
    beforeAll(() => {
      if (!present) throw new Error("hledger est introuvable (command -v hledger) : l'oracle ne peut pas tourner en CI.");
    });
    corps();
  });
}

/** « 1234.56 », « -0.05 », « 0 » → centimes. */
export function centimesHledger(texte: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(texte.trim());
  if (!m) throw new Error(`montant hledger illisible : « ${texte} »`);
  const c = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -c : c;
}

function csv(args: string[]): string[][] {
  const sortie = execFileSync("hledger", ["-f", JOURNAL_HLEDGER, ...args, "-O", "csv"], { encoding: "utf8" });
  return sortie
    .trim()
    .split("\n")
    .slice(1)
    .map((ligne) => JSON.parse(`[${ligne}]`) as string[]);
}

/** Solde (débit − crédit, en centimes) de chaque compte retenu par la requête, comptes de tiers « 411000:C001 » compris. */
export function soldes(...requete: string[]): Map<string, number> {
  return new Map(csv(["balance", "--flat", "--no-total", "-E", ...requete]).map(([compte, montant]) => [compte, centimesHledger(montant)]));
}

/** Σ des soldes des comptes retenus par la requête (« ^6 », « ^70 »…), en centimes. */
export const total = (...requete: string[]): number => [...soldes(...requete).values()].reduce((s, v) => s + v, 0);

/** Les lignes d'un compte (à-nouveaux exclus : à partir du 02/01/2025) : pièce et montant signé en centimes. */
export function registre(compte: string): { piece: string; montant: number }[] {
  return csv(["register", compte, "-b", "2025-01-02"]).map(([, , piece, , , montant]) => ({ piece, montant: centimesHledger(montant) }));
}
