/**
 * Banc d'essai de la balance : le même journal tiré au hasard (1 000 000 de lignes par défaut) en FEC et en journal
 * hledger ; `agora compta balance FEC --json` contre `hledger -f JOURNAL balance`, dans le même passage.
 * Affiche les temps, le rapport (objectif : agora au moins 8 fois plus rapide), la mémoire maximale d'agora
 * (objectif < 300 Mo) et l'accord des deux balances au centime. Le banc affiche ; il ne juge pas.
 *   npx tsx bench/compta.ts [--lignes 200000] [--repetitions 3]
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ecrireJournaux } from "./compta-generateur";

const racine = path.resolve(__dirname, "..");
const option = (nom: string, defaut: number): number => {
  const i = process.argv.indexOf(`--${nom}`);
  return i > 0 ? Number(process.argv[i + 1]) : defaut;
};
const LIGNES = option("lignes", 1_000_000);
const REPETITIONS = option("repetitions", 3);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const fr = (n: number, d = 1) => n.toLocaleString("fr-FR", { minimumFractionDigits: d, maximumFractionDigits: d });
const mo = (ko: number) => `${fr(ko / 1024, 0)} Mo`;

interface Mesure {
  secondes: number;
  /** Temps processeur (utilisateur + système), si /usr/bin/time le donne : moins sensible à la charge de la machine. */
  processeur?: number;
  memoireKo?: number;
  sortie: string;
}

/** Lance une commande, mesure le temps écoulé et la mémoire résidente maximale (/usr/bin/time -v, sinon échantillonnage de /proc). */
function mesurer(commande: string, args: string[]): Promise<Mesure> {
  return new Promise((ok, echec) => {
    const [cmd, argv] = TIME ? [TIME, ["-v", commande, ...args]] : [commande, args];
    const debut = performance.now();
    const enfant = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
    const sortie: Buffer[] = [];
    const erreurs: Buffer[] = [];
    let maxKo = 0;
    const sonde = TIME
      ? undefined
      : setInterval(() => {
          const r = spawnSync("ps", ["-o", "rss=", "-p", String(enfant.pid)], { encoding: "utf8" });
          maxKo = Math.max(maxKo, Number(r.stdout.trim()) || 0);
        }, 20);
    enfant.stdout.on("data", (d: Buffer) => sortie.push(d));
    enfant.stderr.on("data", (d: Buffer) => erreurs.push(d));
    enfant.on("error", echec);
    enfant.on("close", (code) => {
      const secondes = (performance.now() - debut) / 1000;
      if (sonde) clearInterval(sonde);
      const err = Buffer.concat(erreurs).toString("utf8");
      if (code !== 0) return echec(new Error(`${commande} a échoué (code ${code}) : ${err.slice(-2000)}`));
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const u = /User time \(seconds\): ([\d.]+)/.exec(err);
      const sy = /System time \(seconds\): ([\d.]+)/.exec(err);
      const processeur = u && sy ? Number(u[1]) + Number(sy[1]) : undefined;
      ok({ secondes, processeur, memoireKo: m ? Number(m[1]) : maxKo || undefined, sortie: Buffer.concat(sortie).toString("utf8") });
    });
  });
}

const mediane = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

async function main(): Promise<void> {
  if (spawnSync("hledger", ["--version"]).status !== 0) {
    console.log("hledger est introuvable (apt-get install hledger) : banc impossible.");
    process.exitCode = 1;
    return;
  }
  const version = spawnSync("hledger", ["--version"], { encoding: "utf8" }).stdout.trim();
  execFileSync(process.execPath, [path.join(racine, "scripts/build-cli.mjs")], { cwd: racine });
  const dossier = mkdtempSync(path.join(tmpdir(), "agora-bench-compta-"));
  try {
    const fec = path.join(dossier, "123456782FEC20261231.txt");
    const journal = path.join(dossier, "journal.journal");
    let debut = performance.now();
    const { lignes } = ecrireJournaux({ graine: 20260101, lignes: LIGNES }, fec, journal);
    console.log(
      `Journal de ${lignes.toLocaleString("fr-FR")} lignes généré en ${fr((performance.now() - debut) / 1000)} s : ` +
        `FEC ${mo(statSync(fec).size / 1024)}, journal hledger ${mo(statSync(journal).size / 1024)}.`,
    );
    console.log(`Machine : ${cpus().length} cœurs, charge moyenne ${loadavg().map((c) => fr(c, 2)).join(" / ")} ; ${version}.`);

    const agora: Mesure[] = [];
    for (let i = 0; i < REPETITIONS; i++) agora.push(await mesurer(process.execPath, [path.join(racine, "bin/agora.js"), "compta", "balance", fec, "--json"]));
    const tempsAgora = mediane(agora.map((m) => m.secondes));
    const processeurAgora = agora.every((m) => m.processeur !== undefined) ? mediane(agora.map((m) => m.processeur!)) : undefined;
    const memoireAgora = Math.max(...agora.map((m) => m.memoireKo ?? 0));
    const proc = (p: number | undefined) => (p === undefined ? "" : ` (processeur ${fr(p, 2)} s)`);
    console.log(
      `agora compta balance --json : ${agora.map((m) => `${fr(m.secondes, 2)} s`).join(", ")} → médiane ${fr(tempsAgora, 2)} s${proc(processeurAgora)} ; ` +
        `mémoire maximale ${mo(memoireAgora)} (objectif < 300 Mo).`,
    );

    const hledger = await mesurer("hledger", ["-f", journal, "balance", "--flat", "--no-total", "-E", "-O", "csv"]);
    console.log(`hledger balance : ${fr(hledger.secondes, 2)} s${proc(hledger.processeur)} ; mémoire maximale ${hledger.memoireKo ? mo(hledger.memoireKo) : "inconnue"}.`);
    const rapportProcesseur = processeurAgora && hledger.processeur ? ` ; en temps processeur : ${fr(hledger.processeur / processeurAgora, 1)}×` : "";
    console.log(`Rapport hledger / agora : ${fr(hledger.secondes / tempsAgora, 1)}× en temps écoulé (objectif ≥ 8×)${rapportProcesseur}.`);

    // Accord des deux balances, compte par compte, au centime (sous-comptes auxiliaires de hledger regroupés).
    const soldesHledger = new Map<string, bigint>();
    for (const ligne of hledger.sortie.trim().split("\n").slice(1)) {
      const [compte, montant] = JSON.parse(`[${ligne}]`) as [string, string];
      const cle = compte.split(":")[0];
      const [e, c = ""] = montant.replace("-", "").split(".");
      const v = BigInt(e) * 100n + BigInt(c.padEnd(2, "0") || "0");
      soldesHledger.set(cle, (soldesHledger.get(cle) ?? 0n) + (montant.startsWith("-") ? -v : v));
    }
    const comptes = JSON.parse(agora[0].sortie).comptes as { compte: string; solde: number }[];
    const ecarts = comptes.filter((c) => BigInt(Math.round(c.solde * 100)) !== (soldesHledger.get(c.compte) ?? 0n));
    const accord = ecarts.length === 0 && comptes.length === soldesHledger.size;
    console.log(`Accord au centime : ${accord ? "oui" : "NON"} (${comptes.length} comptes chez agora, ${soldesHledger.size} chez hledger${ecarts.length ? ` ; écarts : ${ecarts.slice(0, 5).map((c) => c.compte).join(", ")}` : ""}).`);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
