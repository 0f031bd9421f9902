/**
 * Banc d'essai du FEC : génère un FEC équilibré d'un million de lignes (graine fixe) dans un fichier temporaire, puis,
 * dans la même exécution, chronomètre une lecture nue ligne à ligne (lignesFichier, on compte les lignes) et la
 * validation complète d'`agora fec valider` (validerFichierFec) sur le même fichier. Affiche le rapport des temps
 * (objectif ≤ 4×) et la mémoire de pointe (RSS échantillonnée, objectif < 1 Gio). Le banc affiche ; il ne juge pas.
 * Temps mesurés deux fois : à l'horloge (ce que voit l'utilisateur) et en temps processeur du processus (plus stable
 * quand la machine est partagée) ; meilleur de 3 passes alternées.
 *   npx tsx bench/fec.ts [nombre de lignes]        (GARDER_FEC=1 : garde le fichier généré et affiche son chemin)
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { LigneEcriture } from "../src/core/compta/ecriture";
import { codeDeRang } from "../src/core/compta/lettrage-codes";
import { ecrireFec } from "../src/core/fec";
import { validerFichierFec } from "../src/cli/fec";
import { lignesFichier } from "../src/cli/lecture-fichier";
import { aleatoire } from "./compta-generateur";

const LIGNES = Number(process.argv[2] ?? 1_000_000);
const REPETITIONS = 3;

const JOURNAUX = [
  { code: "VT", libelle: "Ventes", tiers: "411000", lib: "Clients", produit: ["706000", "Prestations de services"], tva: ["445710", "TVA collectée"] },
  { code: "AC", libelle: "Achats", tiers: "401000", lib: "Fournisseurs", produit: ["606100", "Fournitures non stockables"], tva: ["445660", "TVA déductible sur ABS"] },
];

/**
 * Un FEC équilibré de `n` lignes (n ≥ 2) : ventes et achats de 3 ou 4 lignes (tiers, produits, TVA), et règlements
 * en banque de la moitié des ventes, lettrés avec leur facture ; numérotés par journal, dates croissantes.
 */
function genererFec(fichier: string, n: number): void {
  const r = aleatoire(20251231);
  const fd = openSync(fichier, "w");
  const numeros = new Map<string, number>();
  let ecrites = 0;
  let entete = true;
  let lot: LigneEcriture[] = [];
  let numeroLot = 0;
  let lettrages = 0;
  const aRegler: { ligne: LigneEcriture; lot: number; montant: number }[] = [];
  const vider = () => {
    const texte = ecrireFec(lot);
    writeSync(fd, entete ? texte : texte.slice(texte.indexOf("\r\n") + 2));
    entete = false;
    lot = [];
    numeroLot++;
  };
  const numeroSuivant = (journal: string): string => {
    const num = (numeros.get(journal) ?? 0) + 1;
    numeros.set(journal, num);
    return `${journal}${String(num).padStart(6, "0")}`;
  };
  while (ecrites < n) {
    const jourAnnee = Math.min(364, Math.floor((ecrites / n) * 365));
    const d = new Date(Date.UTC(2025, 0, 1 + jourAnnee));
    const date = { annee: 2025, mois: d.getUTCMonth() + 1, jour: d.getUTCDate() };
    const reste = n - ecrites;
    const lignes: LigneEcriture[] = [];
    if (aRegler.length > 0 && r() < 0.5 && reste >= 2 && reste !== 3) {
      // Règlement d'une facture client : 512 au débit, 411 au crédit, lettrés avec la facture si elle est encore à écrire.
      const facture = aRegler.shift()!;
      const numero = numeroSuivant("BQ");
      const base = { journal: "BQ", journalLibelle: "Banque", numero, date, piece: `RLV-${numero}`, pieceDate: date, validation: date, libelle: `Règlement ${facture.ligne.piece}` };
      const lettre = facture.lot === numeroLot ? { lettrage: codeDeRang(++lettrages), dateLettrage: date } : {};
      if (lettre.lettrage) Object.assign(facture.ligne, lettre);
      lignes.push(
        { ...base, compte: "512000", compteLibelle: "Banque", debit: facture.montant, credit: 0 },
        { ...base, compte: "411000", compteLibelle: "Clients", tiers: facture.ligne.tiers, tiersLibelle: facture.ligne.tiersLibelle, debit: 0, credit: facture.montant, ...lettre },
      );
    } else {
      // 3 ou 4 lignes (tiers, un ou deux produits, TVA) ; 2 (sans TVA) pour finir juste au nombre de lignes voulu.
      const j = JOURNAUX[Math.floor(r() * JOURNAUX.length)];
      const numero = numeroSuivant(j.code);
      const piece = `F${numero}`;
      const client = `T${String(Math.floor(r() * 5000)).padStart(5, "0")}`;
      let k = Math.min(reste, r() < 0.5 ? 3 : 4);
      if (reste - k === 1) k--;
      const avecTva = k >= 3;
      const base = { journal: j.code, journalLibelle: j.libelle, numero, date, piece, pieceDate: date, validation: date, libelle: `Facture ${piece}` };
      const ht: number[] = Array.from({ length: avecTva ? k - 2 : k - 1 }, () => 100 + Math.floor(r() * 1_000_000));
      const totalHt = ht.reduce((a, b) => a + b, 0);
      const tva = avecTva ? Math.round(totalHt / 5) : 0;
      const vente = j.code === "VT";
      const ttc = totalHt + tva;
      const tiers: LigneEcriture = { ...base, compte: j.tiers, compteLibelle: j.lib, tiers: client, tiersLibelle: `Tiers ${client}`, debit: vente ? ttc : 0, credit: vente ? 0 : ttc };
      lignes.push(tiers, ...ht.map((m) => ({ ...base, compte: j.produit[0], compteLibelle: j.produit[1], debit: vente ? 0 : m, credit: vente ? m : 0 })));
      if (avecTva) lignes.push({ ...base, compte: j.tva[0], compteLibelle: j.tva[1], debit: vente ? 0 : tva, credit: vente ? tva : 0 });
      if (vente && r() < 0.5) aRegler.push({ ligne: tiers, lot: numeroLot, montant: ttc });
    }
    lot.push(...lignes);
    ecrites += lignes.length;
    if (lot.length >= 20_000) vider();
  }
  vider();
  closeSync(fd);
}

const mo = (octets: number): string => `${(octets / 2 ** 20).toFixed(0)} Mio`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;

async function lectureNue(fichier: string): Promise<number> {
  let n = 0;
  for await (const _ of lignesFichier(fichier)) n++;
  return n;
}

async function main(): Promise<void> {
  const dossier = mkdtempSync(path.join(tmpdir(), "agora-bench-fec-"));
  const fichier = path.join(dossier, "123456782FEC20251231.txt");
  try {
    let debut = performance.now();
    genererFec(fichier, LIGNES);
    console.log(`FEC généré : ${LIGNES.toLocaleString("fr-FR")} lignes, ${mo(statSync(fichier).size)}, en ${s(performance.now() - debut)}`);

    let rssMax = process.memoryUsage().rss;
    const sonde = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 20);
    const processeur = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const temps = { nu: [] as number[], nuCpu: [] as number[], valide: [] as number[], valideCpu: [] as number[] };
    let lignesLues = 0;
    let rapport;
    for (let i = 0; i < REPETITIONS; i++) {
      debut = performance.now();
      let cpu = processeur();
      lignesLues = await lectureNue(fichier);
      temps.nu.push(performance.now() - debut);
      temps.nuCpu.push(processeur() - cpu);
      debut = performance.now();
      cpu = processeur();
      rapport = await validerFichierFec(fichier, { aujourdhui: { annee: 2026, mois: 1, jour: 31 } });
      temps.valide.push(performance.now() - debut);
      temps.valideCpu.push(processeur() - cpu);
    }
    clearInterval(sonde);
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
    const min = (t: number[]) => Math.min(...t);
    const fois = (a: number, b: number) => `${(a / b).toFixed(2).replace(".", ",")}×`;
    console.log(`Lecture nue (lignesFichier, ${lignesLues.toLocaleString("fr-FR")} lignes) : ${s(min(temps.nu))} à l'horloge, ${s(min(temps.nuCpu))} de processeur`);
    console.log(`Validation (agora fec valider)  : ${s(min(temps.valide))} à l'horloge, ${s(min(temps.valideCpu))} de processeur — ${rapport?.valide ? "conforme" : "NON conforme"}, ${rapport?.ecritures.toLocaleString("fr-FR")} écriture(s), ${rapport?.diagnostics.length} constat(s)`);
    for (const d of rapport?.diagnostics.slice(0, 5) ?? []) console.log(`    ${d.regle} ligne ${d.ligne} : ${d.message}`);
    console.log(`Rapport validation / lecture nue : ${fois(min(temps.valide), min(temps.nu))} à l'horloge, ${fois(min(temps.valideCpu), min(temps.nuCpu))} en temps processeur (objectif ≤ 4×)`);
    console.log(`Mémoire de pointe (RSS)          : ${mo(rssMax)} (objectif < 1 Gio)`);
  } finally {
    if (process.env.GARDER_FEC) console.log(`Fichier gardé : ${fichier}`);
    else rmSync(dossier, { recursive: true, force: true });
  }
}

void main();
