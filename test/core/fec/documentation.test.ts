// docs/fec.md suit la table des règles du validateur : chaque règle, dans l'ordre, avec sa sévérité.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LISTE_REGLES_FEC } from "../../../src/core/fec";

it("docs/fec.md : les règles FEC-001 à FEC-034 avec leur sévérité et leur contrôle", () => {
  const doc = readFileSync(path.resolve(__dirname, "../../../docs/fec.md"), "utf8");
  const lignes = doc.split("\n").filter((l) => /^\| FEC-\d{3} \|/.test(l));
  const severites = { erreur: "erreur", alerte: "alerte", info: "information" };
  expect(lignes.map((l) => l.split(/(?<!\\)\|/).slice(1, 4).map((c) => c.trim().replace(/\\\|/g, "|")))).toEqual(
    LISTE_REGLES_FEC.map((r) => [r.id, severites[r.severite], r.controle]),
  );
});
