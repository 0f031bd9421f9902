// Propriétés du module Comptabilité (fast-check) sur des journaux équilibrés tirés au hasard : la balance et le grand
// livre générés depuis le tableau Journal rendent, compte par compte, les sommes calculées ici indépendamment
// (oracle : cumul en centimes dans le test), Σ D = Σ C ; restructurer le journal structuré ne change rien.
import fc from "fast-check";
import { appliquerPreparation, preparerBalance, preparerGrandLivre, preparerStructuration, type IssuePreparation, type Preparation } from "../../src/actions/compta";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Cellule, Modification } from "../../src/classeur/port";
import { centimes } from "./compta-donnees";

const COMPTES = ["401000", "411000", "445660", "445710", "512000", "530000", "607000", "622600", "707000", "401DUPONT", "6061"];

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
const table = (p: Preparation, nom: string) => p.plan.find((m): m is Extract<Modification, { type: "table" }> => m.type === "table" && m.nom === nom)!;

/** Une écriture équilibrée : des débits tirés, puis un ou deux crédits qui les soldent. */
const ecriture = fc
  .record({
    debits: fc.array(fc.tuple(fc.constantFrom(...COMPTES), fc.integer({ min: 1, max: 5_000_000 })), { minLength: 1, maxLength: 3 }),
    credits: fc.array(fc.constantFrom(...COMPTES), { minLength: 1, maxLength: 2 }),
    jour: fc.integer({ min: 1, max: 28 }),
    journal: fc.constantFrom("ACH", "VTE", "BQ", "OD"),
  })
  .map(({ debits, credits, jour, journal }) => {
    const total = debits.reduce((s, [, c]) => s + c, 0);
    const premier = Math.floor(total / credits.length);
    const lignes: [string, number, number][] = [...debits.map(([compte, c]): [string, number, number] => [compte, c, 0])];
    credits.forEach((compte, i) => lignes.push([compte, 0, i === 0 ? total - premier * (credits.length - 1) : premier]));
    return { jour, journal, lignes };
  });

describe("propriétés : journaux équilibrés au hasard", () => {
  it("balance et grand livre = cumuls de l'oracle par compte ; Σ D = Σ C ; structurer deux fois = une fois", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ecriture, { minLength: 1, maxLength: 12 }), async (ecritures) => {
        const grille: Cellule[][] = [["Journal", "Date", "Pièce", "Compte", "Libellé", "Débit", "Crédit"]];
        const attendu = new Map<string, number>();
        let totalDebit = 0;
        ecritures.forEach((e, k) => {
          for (const [compte, d, c] of e.lignes) {
            grille.push([e.journal, `${String(e.jour).padStart(2, "0")}/04/2026`, `P${k + 1}`, compte, `Écriture ${k + 1}`, d ? d / 100 : null, c ? c / 100 : null]);
            attendu.set(compte, (attendu.get(compte) ?? 0) + d - c);
            totalDebit += d;
          }
        });
        const classeur = new ClasseurMemoire({ feuilles: { Saisie: grille } });
        const structure = prete(await preparerStructuration(classeur));
        expect((await appliquerPreparation(classeur, structure)).ok).toBe(true);

        const balance = table(prete(await preparerBalance(classeur)), "Balance");
        const obtenu = new Map(balance.lignes.map((l) => [l[0] as string, centimes(l[2]) - centimes(l[3])]));
        expect(obtenu).toEqual(new Map([...attendu].sort(([a], [b]) => (a < b ? -1 : 1))));
        expect(balance.lignes.reduce((s, l) => s + centimes(l[2]), 0)).toBe(totalDebit);
        expect(balance.lignes.reduce((s, l) => s + centimes(l[3]), 0)).toBe(totalDebit);
        // SD − SC = D − C pour chaque compte, et un seul des deux soldes est renseigné.
        for (const l of balance.lignes) {
          expect(centimes(l[4]) - centimes(l[5])).toBe(centimes(l[2]) - centimes(l[3]));
          expect(l[4] !== null && l[5] !== null).toBe(false);
        }

        const livre = table(prete(await preparerGrandLivre(classeur)), "GrandLivre");
        const totaux = livre.lignes.filter((l) => l[2] === null);
        expect(new Map(totaux.map((l) => [l[0] as string, centimes(l[9])]))).toEqual(obtenu);
        // Solde progressif : chaque ligne = solde précédent + débit − crédit.
        let precedent = 0;
        for (const l of livre.lignes) {
          if (l[2] === null) {
            precedent = 0;
            continue;
          }
          expect(centimes(l[9])).toBe(precedent + centimes(l[7]) - centimes(l[8]));
          precedent = centimes(l[9]);
        }

        // Le journal structuré, copié dans un autre classeur et relu comme source, redonne le même tableau.
        const copie = new ClasseurMemoire({ feuilles: { Saisie: (await classeur.lirePlage("Journal structuré")).valeurs } });
        const encore = prete(await preparerStructuration(copie));
        expect(table(encore, "Journal").lignes).toEqual(table(structure, "Journal").lignes);
      }),
      { numRuns: 40 },
    );
  });
});
