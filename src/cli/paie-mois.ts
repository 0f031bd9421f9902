/**
 * `agora paie mois CLASSEUR.xlsx --periode AAAA-MM [--registre FEUILLE] [--json]` : la paie du mois de tous les
 * salariés d'un classeur, lue comme le lit le volet « Paie » (registre du personnel, feuille « Paramètres de paie »,
 * grille « Variables AAAA-MM ») par l'adaptateur ExcelJS, formules recalculées. Affiche les totaux de chaque bulletin
 * et ceux de l'entreprise. Codes de sortie : 0 paie calculée, 1 données invalides (le message nomme la feuille, la
 * ligne et la colonne), 2 fichier illisible.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type Decimal from "decimal.js";
import { montantFr, somme, tauxFr, versNombre } from "../core/argent";
import { versErreurAgora } from "../core/erreurs";
import { normaliserMotCle } from "../core/nombres";
import type { Totaux } from "../core/paie";
import { LIBELLES_TOTAUX } from "../core/paie/rendu";
import { ClasseurApercu } from "../classeur/apercu/classeur-apercu";
import { lireXlsx } from "../classeur/fichier";
import { calculerPaieDuMois, codePeriode, lirePeriode, nomComplet, periodeFr, type PaieDuMois } from "../actions/paie";

export interface IssuePaieMois {
  code: 0 | 1 | 2;
  paie?: PaieDuMois;
  message?: string;
}

const CLES_TOTAUX = LIBELLES_TOTAUX.map(([cle]) => cle);

/** La feuille du registre : celle qu'on nomme, sinon la première dont le nom contient « personnel » ou « registre ». */
function feuilleRegistre(noms: readonly string[], demandee?: string): string | undefined {
  if (demandee) return noms.find((n) => n.toLowerCase() === demandee.toLowerCase()) ?? demandee;
  for (const mot of ["personnel", "registre"]) {
    const n = noms.find((x) => normaliserMotCle(x).includes(mot));
    if (n) return n;
  }
  return undefined;
}

/** Lit le classeur et calcule la paie du mois ; ne lève jamais d'exception. */
export async function paieDepuisFichier(chemin: string, periodeTexte: string, registre?: string): Promise<IssuePaieMois> {
  let octets: Uint8Array;
  try {
    octets = await readFile(chemin);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = code === "ENOENT" ? `Le fichier « ${chemin} » est introuvable.` : code === "EISDIR" ? `« ${chemin} » est un dossier, pas un fichier.` : `Le fichier « ${chemin} » ne peut pas être lu (${code ?? String(e)}).`;
    return { code: 2, message };
  }
  const classeur = new ClasseurApercu();
  try {
    classeur.charger(await lireXlsx(octets));
  } catch (e) {
    return { code: 2, message: `« ${chemin} » : ${versErreurAgora(e).message}` };
  }
  try {
    const periode = lirePeriode(periodeTexte, "--periode");
    const feuille = feuilleRegistre(await classeur.nomsFeuilles(), registre);
    if (!feuille) return { code: 1, message: "Aucune feuille du classeur ne s'appelle « Personnel » ou « Registre… » : donnez la feuille du registre du personnel avec --registre." };
    return { code: 0, paie: await calculerPaieDuMois(classeur, { registre: { genre: "feuille", feuille }, periode }) };
  } catch (e) {
    return { code: 1, message: versErreurAgora(e).message };
  }
}

/** Totaux de l'entreprise : sommes des totaux des bulletins. */
export function totauxEntreprise(paie: PaieDuMois): Record<keyof Totaux, Decimal> {
  return Object.fromEntries(CLES_TOTAUX.map((cle) => [cle, somme(paie.bulletins.map((b) => b.bulletin.totaux[cle]))])) as Record<keyof Totaux, Decimal>;
}

const enNombres = (t: Record<string, Decimal>): Record<string, number> => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, versNombre(v)]));

export function paieJson(paie: PaieDuMois): unknown {
  return {
    periode: codePeriode(paie.periode),
    registre: paie.registre.tableau.feuille,
    variables: paie.feuilleVariables ?? null,
    salaries: paie.bulletins.map((b) => ({
      matricule: b.salarie.matricule,
      nom: nomComplet(b.salarie),
      statut: b.salarie.statut,
      tauxPAS: versNombre(b.bulletin.informations.tauxPAS),
      totaux: enNombres(b.bulletin.totaux as unknown as Record<string, Decimal>),
    })),
    totaux: enNombres(totauxEntreprise(paie)),
    alertes: paie.alertes,
  };
}

const COLONNES: [keyof Totaux, string][] = [
  ["brut", "Brut"],
  ["cotisationsSalariales", "Cotis. sal."],
  ["netAvantImpot", "Net av. impôt"],
  ["impotSource", "PAS"],
  ["netPaye", "Net payé"],
  ["cotisationsPatronales", "Cotis. pat."],
  ["coutEmployeur", "Coût employeur"],
];

/** Le tableau texte : une ligne par salarié, puis le total de l'entreprise. */
export function paieTexte(paie: PaieDuMois): string {
  const employeur = paie.parametres.employeur.raisonSociale;
  const n = paie.bulletins.length;
  const titre = `Paie de ${periodeFr(paie.periode)}${employeur ? ` — ${employeur}` : ""} : ${n} bulletin${n > 1 ? "s" : ""} (registre : feuille « ${paie.registre.tableau.feuille} »${paie.feuilleVariables ? `, variables : « ${paie.feuilleVariables} »` : ""})`;
  const total = totauxEntreprise(paie);
  const lignes: string[][] = [
    ["Matricule", "Nom", "Statut", "Taux PAS", ...COLONNES.map(([, l]) => l)],
    ...paie.bulletins.map((b) => [
      b.salarie.matricule,
      nomComplet(b.salarie),
      b.salarie.statut,
      tauxFr(b.bulletin.informations.tauxPAS),
      ...COLONNES.map(([cle]) => montantFr(b.bulletin.totaux[cle])),
    ]),
    ["Total", `${n} salarié${n > 1 ? "s" : ""}`, "", "", ...COLONNES.map(([cle]) => montantFr(total[cle]))],
  ];
  const largeurs = lignes[0].map((_, j) => Math.max(...lignes.map((l) => l[j].length)));
  const ecrire = (l: string[]) => l.map((c, j) => (j < 3 ? c.padEnd(largeurs[j]) : c.padStart(largeurs[j]))).join("  ").trimEnd();
  const trait = largeurs.map((w) => "-".repeat(w)).join("  ");
  return [titre, "", ecrire(lignes[0]), trait, ...lignes.slice(1, -1).map(ecrire), trait, ecrire(lignes[lignes.length - 1]), ""].join("\n");
}

export function commandePaieMois(paie: Command): void {
  paie
    .command("mois")
    .description("paie du mois de tous les salariés d'un classeur (registre du personnel du volet « Paie ») ; code 0 calculée, 1 données invalides, 2 fichier illisible")
    .argument("<classeur>", "classeur .xlsx : feuilles « Personnel », « Paramètres de paie » et « Variables AAAA-MM » (facultative)")
    .requiredOption("--periode <AAAA-MM>", "mois de paie, par exemple 2026-03")
    .option("--registre <feuille>", "feuille du registre du personnel (par défaut : « Personnel » ou « Registre… »)")
    .option("--json", "sortie JSON : {periode, salaries: [{matricule, nom, totaux}], totaux, alertes}")
    .action(async (chemin: string, options: { periode: string; registre?: string; json?: boolean }) => {
      const r = await paieDepuisFichier(chemin, options.periode, options.registre);
      process.exitCode = r.code;
      if (!r.paie) {
        if (options.json) process.stdout.write(JSON.stringify({ erreur: r.message }) + "\n");
        else process.stderr.write(`agora paie mois : ${r.message}\n`);
        return;
      }
      process.stdout.write(options.json ? JSON.stringify(paieJson(r.paie)) + "\n" : paieTexte(r.paie));
      for (const a of r.paie.alertes) process.stderr.write(`Attention : ${a}\n`);
    });
}
