// Fuzz du lecteur et du validateur FEC : 10 000 entrées mutées (lignes tronquées, octets au hasard, mauvais
// encodages, champs énormes, binaire, vide, en-tête seule…), tirées avec une graine fixe. Aucune exception ne doit
// sortir ; toute entrée refusée reçoit au moins un message en français ; les montants lus restent des centimes entiers.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { creerValidateurFec, lireFec, validerFec, type Diagnostic } from "../../../src/core/fec";
import { binaire, defautMessage, deplacer, entier, insererOctets, muter, reencoder, tronquer, type Mutation } from "../../outils/mutations";

const FIXTURE = readFileSync(path.resolve(__dirname, "../../../../shared/fixtures/adh-studio-123456782FEC20251231.txt"), "utf8");
const BASE = FIXTURE.split("\n").filter((l) => l !== "");
const AUJOURDHUI = { annee: 2026, mois: 1, jour: 31 };

const octetsAuHasard = fc.uint8Array({ maxLength: 600 });
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", "|", "\t", ";", "1.234,56", "-", "(12,00)", "20250230", "2025-01-15", "1e309", "NaN", "\u0000", "\ufffd", "\u00a0", '"', "0,00", "99999999999999999999,999"),
);

/** Chaque mutation part des lignes de la fixture et rend un texte (lignes) ou directement des octets. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Ligne tronquée à une position quelconque.
  tronquer(20, 400),
  // Lignes supprimées, dupliquées, échangées.
  deplacer(20),
  // Champ remplacé par n'importe quoi.
  fc.tuple(entier(20), entier(20), junk).map(([i, j, v]): Mutation => (l) => l.map((x, k) => (k === i % l.length ? x.split("\t").map((f, m) => (m === j % 18 ? v : f)).join("\t") : x))),
  // Séparateurs retirés, ajoutés ou changés.
  fc.tuple(entier(20), fc.constantFrom("|", ";", ",", "\t\t", "")).map(([i, s]): Mutation => (l) => l.map((x, k) => (k === i % l.length || i > 15 ? x.replace(/\t/g, s) : x))),
  // Champ énorme (20 000 caractères) ou montant de 5 000 chiffres.
  fc.tuple(entier(20), entier(17), fc.boolean()).map(([i, j, chiffres]): Mutation => (l) =>
    l.map((x, k) => (k === i % l.length ? x.split("\t").map((f, m) => (m === j ? (chiffres ? "9".repeat(5000) : "A".repeat(20_000)) : f)).join("\t") : x)),
  ),
  // Octets au hasard insérés dans le texte encodé.
  insererOctets(octetsAuHasard),
  // Mauvais encodage (et coupure en plein caractère UTF-16).
  reencoder,
  // Binaire pur, vide, en-tête seule, rien que des sauts de ligne.
  binaire(octetsAuHasard),
  fc.constantFrom<Mutation>(() => [], (l) => [l[0]], () => ["", "", ""], (l) => [l[0], ""], (l) => l.slice(1)),
  // Variante Montant/Sens avec un sens quelconque.
  junk.map((sens): Mutation => (l) => [l[0].replace("Debit\tCredit", "Montant\tSens"), ...l.slice(1).map((x) => x.split("\t").map((f, m) => (m === 12 ? sens : f)).join("\t"))]),
);

/** Vérifie les constats (sans `expect` dans la boucle : 10 000 entrées, il faut aller vite) ; lève une erreur explicite sinon. */
function verifierMessages(diagnostics: Diagnostic[], texte: string): void {
  for (const d of diagnostics) {
    const defaut =
      defautMessage(d.message, texte, 600) ??
      (!/^FEC-0\d\d$/.test(d.regle) ? "règle inconnue"
      : !(Number.isInteger(d.ligne) && d.ligne >= 0) ? "numéro de ligne invalide"
      : undefined);
    if (defaut) throw new Error(`${defaut} : ${JSON.stringify(d).slice(0, 300)}`);
  }
}

it("10 000 entrées mutées : pas d'exception, un message français pour chaque refus", () => {
  let refusees = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, avecNom) => {
      const { texte } = muter(BASE, mutations);

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
