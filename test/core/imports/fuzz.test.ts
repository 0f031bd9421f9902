// Fuzz des imports (à côté de test/core/fec/fuzz.test.ts) : 12 000 entrées mutées à partir des fixtures et d'exemples
// de chaque format (lignes tronquées, octets au hasard, mauvais encodages, champs énormes, binaire, séparateurs au
// hasard), graine fixe. detecterFormat puis l'import (format reconnu ou imposé, correspondance parfois) ; le relevé
// CFONB aussi. Aucune exception ne sort ; tout refus porte au moins un message français ; tout ou rien.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { detecterFormat, importerSync, lireCfonb, type ErreurImport, type FormatImport } from "../../../src/core/imports";
import { binaire, defautMessage, deplacer, entier, FRANCAIS, insererOctets, muter, reencoder, tronquer, type Mutation } from "../../outils/mutations";

const FIXTURES = path.resolve(__dirname, "../../../../shared/fixtures");
const fixture = (nom: string) => readFileSync(path.join(FIXTURES, nom), "latin1");
const ximport = (compte: string, montant: string, sens: string) =>
  "1    VT20250115        FA-101      " + compte.padEnd(11) + "Facture".padEnd(25) + montant.padStart(13) + sens + " ".repeat(18) + "Facture".padEnd(34) + "O2003";

const BASES: string[][] = [
  fixture("adh-studio-123456782FEC20251231.txt"),
  fixture("akretion-account_move_generic-fr_coa.csv"),
  fixture("oca-cfonb120-test_cfonb.txt"),
  ["1,2025-01-15,FA001,Vente,411000,CLI01,1200.00,0.00,1200.00,VT", "1,2025-01-15,FA001,'Vente, TVA',445710,,0.00,1200.00,-1200.00,VT"].join("\n"),
  ['1,15012025,VT,411000,"Facture","FA001",1200,D,15012025', '2,15012025,VT,706000,"Facture","FA001",1200,C,15012025'].join("\n"),
  [ximport("411000", "1200,00", "D"), ximport("706000", "1200,00", "C")].join("\r\n"),
  ['"Date","Journal","Compte","Partenaire","Libellé","Débit","Crédit"', '"2025-01-15","VT","411100 Clients","Dupont","F1",1200.0,0.0', '"2025-01-15","VT","706000 Ventes","Dupont","F1",0.0,1200.0'].join("\n"),
  ["Date;Journal;N° pièce;Compte;Libellé;Débit;Crédit", "15/01/2025;VTE;FA-101;411000;Facture Hélène;1 200,00;", "15/01/2025;VTE;FA-101;706000;Facture Hélène;;1 200,00"].join("\r\n"),
].map((t) => t.split(/\r\n|\r|\n/).filter((l) => l !== ""));

const octetsAuHasard = fc.uint8Array({ maxLength: 400 });
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", "|", "\t", ";", ",", '"', "'", "1.234,56", "(12,00)", "12,345", "-", "1234,56-", "30/02/2025", "20250230", "2025-13-01", "1e309", "NaN", "\u0000", "\ufffd", "\u00a0", "D", "C", "X", "0000000005607Z", "#FLG"),
);
const SEPARATEURS = ["|", ";", ",", "\t", "", "\t\t", ";;", '"'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  tronquer(30, 200),
  deplacer(30),
  fc.tuple(entier(30), entier(150), junk).map(([i, p, v]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.slice(0, p % (x.length + 1)) + v + x.slice(p % (x.length + 1) + v.length) : x))),
  fc.tuple(entier(30), fc.constantFrom(...SEPARATEURS), fc.constantFrom(...SEPARATEURS)).map(([i, a, b]): Mutation => (l) => l.map((x, k) => (k === i % l.length || i > 20 ? x.split(a).join(b) : x))),
  fc.tuple(entier(30), entier(150), fc.boolean()).map(([i, p, chiffres]): Mutation => (l) =>
    l.map((x, k) => (k === i % l.length ? x.slice(0, p) + (chiffres ? "9".repeat(3000) : "A".repeat(20_000)) + x.slice(p) : x)),
  ),
  insererOctets(octetsAuHasard),
  reencoder,
  binaire(octetsAuHasard),
  fc.constantFrom<Mutation>(() => [], (l) => [l[0]], () => ["", "", ""], (l) => l.slice(1), (l) => [...l, ...l], () => [new TextDecoder().decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))]),
);

function verifierErreurs(erreurs: readonly ErreurImport[], texte: string): void {
  for (const e of erreurs) {
    const defaut = defautMessage(e.message, texte, 700) ?? (!(Number.isInteger(e.ligne) && e.ligne >= 0) ? "numéro de ligne invalide" : undefined);
    if (defaut) throw new Error(`${defaut} : ${JSON.stringify(e).slice(0, 300)}`);
  }
}

const FORMATS: (FormatImport | "auto")[] = ["auto", "auto", "auto", "fec", "odoo", "dolibarr", "ebp", "sage", "csv"];

it("12 000 entrées mutées : pas d'exception, un message français pour chaque refus, tout ou rien", () => {
  let refusees = 0;
  let acceptees = 0;
  fc.assert(
    fc.property(entier(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), entier(FORMATS.length - 1), fc.boolean(), (b, mutations, f, avecCorrespondance) => {
      const { octets, texte } = muter(BASES[b], mutations);

      const d = detecterFormat(texte);
      if (d.erreur !== undefined && !FRANCAIS.test(d.erreur)) throw new Error(`detecterFormat : message sans mot français : ${d.erreur}`);
      const correspondance = avecCorrespondance && f === 0 ? { colonnes: { date: 1, compte: 3, debit: 6, credit: 7 }, entete: false, separateur: b % 2 ? "," : ";" } : undefined;
      const r = importerSync(octets, { format: FORMATS[f], correspondance });
      verifierErreurs(r.erreurs, texte);
      if (r.ok) {
        acceptees++;
        if (r.erreurs.length !== 0 || r.nombreErreurs !== 0) throw new Error("accepté avec des erreurs");
        for (const l of r.lignes) {
          if (!(Number.isSafeInteger(l.debit) && l.debit >= 0 && Number.isSafeInteger(l.credit) && l.credit >= 0)) throw new Error(`montants invalides ligne ${l.origine}`);
          if (!(l.debit === 0 || l.credit === 0)) throw new Error(`débit et crédit sur la ligne ${l.origine}`);
          if (typeof l.compte !== "string" || l.compte === "") throw new Error(`compte vide ligne ${l.origine}`);
        }
      } else {
        refusees++;
        if (r.lignes.length !== 0) throw new Error("refusé avec des lignes (pas tout ou rien)");
        if (r.erreurs.length === 0) throw new Error("refusé sans message d'erreur");
      }
      if (d.reconnaissance?.format === "cfonb" || b === 2) {
        const c = lireCfonb(texte);
        verifierErreurs(c.erreurs.triees(), texte);
        if (!c.ok && c.erreurs.nombre === 0) throw new Error("relevé refusé sans message");
        if (c.ok) for (const rel of c.releves) if (rel.ancienSolde + rel.operations.reduce((s, o) => s + o.montant, 0) !== rel.nouveauSolde) throw new Error("relevé incohérent accepté");
      }
    }),
    { numRuns: 12_000, seed: 20250115 },
  );
  // Le fuzz doit produire des refus et des acceptations (sinon il ne teste rien).
  expect(refusees).toBeGreaterThan(3000);
  expect(acceptees).toBeGreaterThan(500);
}, 120_000);
