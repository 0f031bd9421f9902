// Fuzz des imports (à côté de test/core/fec/fuzz.test.ts) : 12 000 entrées mutées à partir des fixtures et d'exemples
// de chaque format (lignes tronquées, octets au hasard, mauvais encodages, champs énormes, binaire, séparateurs au
// hasard), graine fixe. detecterFormat puis l'import (format reconnu ou imposé, correspondance parfois) ; le relevé
// CFONB aussi. Aucune exception ne sort ; tout refus porte au moins un message français ; tout ou rien.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { decoderTexte, encoderTexte } from "../../../src/core/encodage";
import { detecterFormat, importerSync, lireCfonb, type ErreurImport, type FormatImport } from "../../../src/core/imports";

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

type Mutation = (lignes: string[]) => string[] | Uint8Array;
const entier = (max: number) => fc.integer({ min: 0, max });
const octetsAuHasard = fc.uint8Array({ maxLength: 400 });
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", "|", "\t", ";", ",", '"', "'", "1.234,56", "(12,00)", "12,345", "-", "1234,56-", "30/02/2025", "20250230", "2025-13-01", "1e309", "NaN", "\u0000", "\ufffd", "\u00a0", "D", "C", "X", "0000000005607Z", "#FLG"),
);
const SEPARATEURS = ["|", ";", ",", "\t", "", "\t\t", ";;", '"'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(entier(30), entier(200)).map(([i, p]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.slice(0, p) : x))),
  fc.tuple(entier(30), entier(30)).map(([i, j]): Mutation => (l) => {
    const c = [...l];
    c.splice(i % c.length, 1);
    c.splice(j % (c.length + 1), 0, l[j % l.length]);
    return c;
  }),
  fc.tuple(entier(30), entier(150), junk).map(([i, p, v]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.slice(0, p % (x.length + 1)) + v + x.slice(p % (x.length + 1) + v.length) : x))),
  fc.tuple(entier(30), fc.constantFrom(...SEPARATEURS), fc.constantFrom(...SEPARATEURS)).map(([i, a, b]): Mutation => (l) => l.map((x, k) => (k === i % l.length || i > 20 ? x.split(a).join(b) : x))),
  fc.tuple(entier(30), entier(150), fc.boolean()).map(([i, p, chiffres]): Mutation => (l) =>
    l.map((x, k) => (k === i % l.length ? x.slice(0, p) + (chiffres ? "9".repeat(3000) : "A".repeat(20_000)) + x.slice(p) : x)),
  ),
  fc.tuple(octetsAuHasard, entier(2000)).map(([o, p]): Mutation => (l) => {
    const t = new TextEncoder().encode(l.join("\n"));
    const q = p % (t.length + 1);
    const r = new Uint8Array(t.length + o.length);
    r.set(t.subarray(0, q));
    r.set(o, q);
    r.set(t.subarray(q), q + o.length);
    return r;
  }),
  fc.tuple(fc.constantFrom("windows-1252", "iso-8859-15", "cp850", "utf-16le", "utf-16be") as fc.Arbitrary<"windows-1252" | "iso-8859-15" | "cp850" | "utf-16le" | "utf-16be">, fc.boolean(), entier(3000)).map(
    ([e, bom, coupe]): Mutation => (l) => {
      const o = encoderTexte(l.join("\r\n"), e, { bom });
      return coupe % 3 === 0 ? o.subarray(0, coupe % (o.length + 1)) : o;
    },
  ),
  octetsAuHasard.map((o): Mutation => () => o),
  fc.constantFrom<Mutation>(() => [], (l) => [l[0]], () => ["", "", ""], (l) => l.slice(1), (l) => [...l, ...l], () => [new TextDecoder().decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))]),
);

const FRANCAIS = /[a-zàâçéèêëîïôûù]{3,}/i;

function verifierErreurs(erreurs: readonly ErreurImport[], texte: string): void {
  for (const e of erreurs) {
    const defaut =
      typeof e.message !== "string" ? "message absent"
      : !FRANCAIS.test(e.message) ? "message sans mot français"
      : e.message.length >= 700 ? "message trop long (valeur non abrégée)"
      : /\[object|TypeError|RangeError|Error:/.test(e.message) ? "exception JavaScript dans le message"
      : !texte.includes("undefined") && /undefined/.test(e.message) ? "« undefined » dans le message"
      : !texte.includes("NaN") && /NaN/.test(e.message) ? "« NaN » dans le message"
      : !(Number.isInteger(e.ligne) && e.ligne >= 0) ? "numéro de ligne invalide"
      : undefined;
    if (defaut) throw new Error(`${defaut} : ${JSON.stringify(e).slice(0, 300)}`);
  }
}

const FORMATS: (FormatImport | "auto")[] = ["auto", "auto", "auto", "fec", "odoo", "dolibarr", "ebp", "sage", "csv"];

it("12 000 entrées mutées : pas d'exception, un message français pour chaque refus, tout ou rien", () => {
  let refusees = 0;
  let acceptees = 0;
  fc.assert(
    fc.property(entier(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), entier(FORMATS.length - 1), fc.boolean(), (b, mutations, f, avecCorrespondance) => {
      let contenu: string[] | Uint8Array = BASES[b];
      for (const m of mutations) {
        const lignes = Array.isArray(contenu) ? contenu : decoderTexte(contenu).texte.split(/\r\n|\r|\n/);
        contenu = m(lignes.length > 0 ? lignes : [""]);
      }
      const octets = Array.isArray(contenu) ? new TextEncoder().encode(contenu.join("\n")) : contenu;
      const { texte } = decoderTexte(octets);

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
