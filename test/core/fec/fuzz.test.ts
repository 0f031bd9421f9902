// Fuzz du lecteur et du validateur FEC : 10 000 entrées mutées (lignes tronquées, octets au hasard, mauvais
// encodages, champs énormes, binaire, vide, en-tête seule…), tirées avec une graine fixe. Aucune exception ne doit
// sortir ; toute entrée refusée reçoit au moins un message en français ; les montants lus restent des centimes entiers.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { decoderTexte, encoderTexte } from "../../../src/core/encodage";
import { creerValidateurFec, lireFec, validerFec, type Diagnostic } from "../../../src/core/fec";

const FIXTURE = readFileSync(path.resolve(__dirname, "../../../../shared/fixtures/adh-studio-123456782FEC20251231.txt"), "utf8");
const BASE = FIXTURE.split("\n").filter((l) => l !== "");
const AUJOURDHUI = { annee: 2026, mois: 1, jour: 31 };

type Mutation = (lignes: string[]) => string[] | Uint8Array;

const entier = (max: number) => fc.integer({ min: 0, max });
const octetsAuHasard = fc.uint8Array({ maxLength: 600 });
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", "|", "\t", ";", "1.234,56", "-", "(12,00)", "20250230", "2025-01-15", "1e309", "NaN", "\u0000", "\ufffd", "\u00a0", '"', "0,00", "99999999999999999999,999"),
);

/** Chaque mutation part des lignes de la fixture et rend un texte (lignes) ou directement des octets. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Ligne tronquée à une position quelconque.
  fc.tuple(entier(20), entier(400)).map(([i, p]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.slice(0, p) : x))),
  // Lignes supprimées, dupliquées, échangées.
  fc.tuple(entier(20), entier(20)).map(([i, j]): Mutation => (l) => {
    const c = [...l];
    c.splice(i % c.length, 1);
    c.splice(j % (c.length + 1), 0, l[j % l.length]);
    return c;
  }),
  // Champ remplacé par n'importe quoi.
  fc.tuple(entier(20), entier(20), junk).map(([i, j, v]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.split("\t").map((f, m) => (m === j % 18 ? v : f)).join("\t") : x))),
  // Séparateurs retirés, ajoutés ou changés.
  fc.tuple(entier(20), fc.constantFrom("|", ";", ",", "\t\t", "")).map(([i, s]): Mutation => (l) => l.map((x, k) => (k === i % l.length || i > 15 ? x.replace(/\t/g, s) : x))),
  // Champ énorme (20 000 caractères) ou montant de 5 000 chiffres.
  fc.tuple(entier(20), entier(17), fc.boolean()).map(([i, j, chiffres]): Mutation => (l) =>
    l.map((x, k) => (k === i % l.length ? x.split("\t").map((f, m) => (m === j ? (chiffres ? "9".repeat(5000) : "A".repeat(20_000)) : f)).join("\t") : x)),
  ),
  // Octets au hasard insérés dans le texte encodé.
  fc.tuple(octetsAuHasard, entier(2000)).map(([o, p]): Mutation => (l) => {
    const t = new TextEncoder().encode(l.join("\n"));
    const q = p % (t.length + 1);
    const r = new Uint8Array(t.length + o.length);
    r.set(t.subarray(0, q));
    r.set(o, q);
    r.set(t.subarray(q), q + o.length);
    return r;
  }),
  // Mauvais encodage (et coupure en plein caractère UTF-16).
  fc.tuple(fc.constantFrom("windows-1252", "iso-8859-15", "cp850", "utf-16le", "utf-16be") as fc.Arbitrary<"windows-1252" | "iso-8859-15" | "cp850" | "utf-16le" | "utf-16be">, fc.boolean(), entier(3000)).map(
    ([e, bom, coupe]): Mutation => (l) => {
      const o = encoderTexte(l.join("\r\n"), e, { bom });
      return coupe % 3 === 0 ? o.subarray(0, coupe % (o.length + 1)) : o;
    },
  ),
  // Binaire pur, vide, en-tête seule, rien que des sauts de ligne.
  octetsAuHasard.map((o): Mutation => () => o),
  fc.constantFrom<Mutation>(() => [], (l) => [l[0]], () => ["", "", ""], (l) => [l[0], ""], (l) => l.slice(1)),
  // Variante Montant/Sens avec un sens quelconque.
  junk.map((sens): Mutation => (l) => [l[0].replace("Debit\tCredit", "Montant\tSens"), ...l.slice(1).map((x) => x.split("\t").map((f, m) => (m === 12 ? sens : f)).join("\t"))]),
);

const FRANCAIS = /[a-zàâçéèêëîïôûù]{3,}/i;

/** Vérifie les constats (sans `expect` dans la boucle : 10 000 entrées, il faut aller vite) ; lève une erreur explicite sinon. */
function verifierMessages(diagnostics: Diagnostic[], texte: string): void {
  for (const d of diagnostics) {
    const defaut =
      typeof d.message !== "string" ? "message absent"
      : !FRANCAIS.test(d.message) ? "message sans mot français"
      : d.message.length >= 600 ? "message trop long (valeur non abrégée)"
      : /\[object|TypeError|RangeError/.test(d.message) ? "exception JavaScript dans le message"
      : !texte.includes("undefined") && /undefined/.test(d.message) ? "« undefined » dans le message"
      : !texte.includes("NaN") && /NaN/.test(d.message) ? "« NaN » dans le message"
      : !/^FEC-0\d\d$/.test(d.regle) ? "règle inconnue"
      : !(Number.isInteger(d.ligne) && d.ligne >= 0) ? "numéro de ligne invalide"
      : undefined;
    if (defaut) throw new Error(`${defaut} : ${JSON.stringify(d).slice(0, 300)}`);
  }
}

it("10 000 entrées mutées : pas d'exception, un message français pour chaque refus", () => {
  let refusees = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, avecNom) => {
      let contenu: string[] | Uint8Array = BASE;
      for (const m of mutations) {
        const lignes = Array.isArray(contenu) ? contenu : decoderTexte(contenu).texte.split(/\r\n|\r|\n/);
        contenu = m(lignes.length > 0 ? lignes : [""]);
      }
      const octets = Array.isArray(contenu) ? new TextEncoder().encode(contenu.join("\n")) : contenu;
      const { texte } = decoderTexte(octets);

      const lu = lireFec(texte);
      for (const l of lu.lignes) {
        if (!(Number.isSafeInteger(l.debit) && l.debit >= 0 && Number.isSafeInteger(l.credit) && l.credit >= 0)) throw new Error(`montants invalides ligne ${l.origine}`);
      }
      verifierMessages(lu.diagnostics, texte);

      const r = validerFec(texte, { nomFichier: avecNom ? "123456782FEC20251231.txt" : undefined, aujourdhui: AUJOURDHUI });
      verifierMessages(r.diagnostics, texte);
      if (!r.valide || !r.estFec) {
        refusees++;
        if (r.erreurs.length === 0) throw new Error("entrée refusée sans message d'erreur");
      }
      if (r.valide !== (r.erreurs.length === 0)) throw new Error("« valide » ne correspond pas à la liste des erreurs");
    }),
    { numRuns: 10_000, seed: 20251231 },
  );
  // Le fuzz doit vraiment produire des refus (sinon il ne teste rien).
  expect(refusees).toBeGreaterThan(3000);
}, 60_000);

it("le validateur en flux accepte n'importe quel ordre d'appels sans exception", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom("entete", "ligne", "controler"), fc.string({ maxLength: 200 }))), (appels) => {
      const v = creerValidateurFec({ aujourdhui: AUJOURDHUI });
      appels.forEach(([quoi, texte], i) => {
        if (quoi === "entete") v.entete(texte);
        else if (quoi === "ligne") v.ligne(texte, i + 1);
        else v.controler(texte, i + 1);
      });
      verifierMessages(v.terminer().diagnostics, appels.map((a) => a[1]).join("\n"));
    }),
    { numRuns: 500, seed: 7 },
  );
});
