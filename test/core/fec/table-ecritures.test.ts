// La table des écritures du validateur retrouve une écriture comme le ferait une simple table clé → écriture
// (oracle : Map sur « journal + numéro »), quel que soit l'ordre d'arrivée des numéros.
import fc from "fast-check";
import { Constats } from "../../../src/core/fec";
import { controlerSequence } from "../../../src/core/fec/sequence";
import { TableEcritures } from "../../../src/core/fec/table-ecritures";

const numero = fc.oneof(
  fc.tuple(fc.constantFrom("VT", "AC", "INV/2025/", ""), fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 3, 6)).map(([p, n, l]) => `${p}${String(n).padStart(l, "0")}`),
  fc.constantFrom("ABC", "OUV", "-", "1234567890123456789"),
);

it("trouver/creer se comporte comme une Map journal + numéro (ordre quelconque, largeurs différentes, sans chiffres)", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom("VT", "AC", "BQ"), numero), { maxLength: 200 }), (cles) => {
      const table = new TableEcritures();
      const oracle = new Map<string, number>();
      cles.forEach(([j, n], ligne) => {
        const attendu = oracle.get(`${j}\u0000${n}`) ?? -1;
        const e = table.trouver(j, n);
        expect(e).toBe(attendu);
        if (e < 0) oracle.set(`${j}\u0000${n}`, table.creer(j, n, ligne + 2, 20250101, 20250101));
      });
      expect(table.taille).toBe(oracle.size);
      for (const [cle, e] of oracle) expect(`${table.journaux[e]}\u0000${table.numeros[e]}`).toBe(cle);
    }),
    { numRuns: 300 },
  );
});

it("séquence arrivée dans le désordre : triée avant contrôle, un seul trou signalé (VT0004 manquant avant VT0005)", () => {
  const t = new TableEcritures();
  for (const [i, n] of ["VT0005", "VT0003", "VT0001", "VT0002"].entries()) if (t.trouver("VT", n) < 0) t.creer("VT", n, i + 2, 20250110, 20250110);
  const constats = new Constats();
  controlerSequence(t, constats);
  expect(constats.trier().map((d) => d.message)).toEqual(["Rupture de séquence : numéro VT0004 manquant avant VT0005"]);
});
