// Les fichiers réels de ../shared/fixtures : le FEC d'adh-studio lu et validé, comparé aux résultats calculés à la
// main dans fixtures-attendus.json ; sa copie corrompue (donnees/corrompu, attendu.json écrit à la main) ; les autres
// fixtures (CSV, XLSX, CFONB) reconnues comme n'étant pas des FEC.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decoderTexte } from "../../../src/core/encodage";
import { decouperLignes, lireFec, montantFec, validerFec } from "../../../src/core/fec";
import attendus from "./fixtures-attendus.json";
import corrompu from "./donnees/corrompu/attendu.json";

const FIXTURES = path.resolve(__dirname, "../../../../shared/fixtures");
const AUJOURDHUI = { annee: 2026, mois: 1, jour: 31 };
const lire = (chemin: string) => decoderTexte(new Uint8Array(readFileSync(chemin)));

describe("fixture adh-studio-123456782FEC20251231.txt (FEC tabulé, UTF-8, LF)", () => {
  const nom = "adh-studio-123456782FEC20251231.txt";
  const a = attendus[nom];
  const { texte, encodage } = lire(path.join(FIXTURES, nom));
  const { lignes, diagnostics, format } = lireFec(texte);

  it("encodage, séparateur, nombre de lignes", () => {
    expect(encodage.libelle).toBe(a.encodage);
    expect(format?.separateur).toBe("\t");
    expect(decouperLignes(texte)).toHaveLength(a.lignesPhysiques);
    expect(lignes).toHaveLength(a.lignes);
    expect(diagnostics).toEqual([]);
  });

  it("écritures : lignes et équilibre de chacune", () => {
    const parEcriture: Record<string, { lignes: number[]; debit: string; credit: string }> = {};
    for (const l of lignes) {
      const e = (parEcriture[`${l.journal}/${l.numero}`] ??= { lignes: [], debit: "", credit: "" });
      e.lignes.push(l.origine ?? -1);
    }
    for (const [cle, e] of Object.entries(parEcriture)) {
      const du = lignes.filter((l) => `${l.journal}/${l.numero}` === cle);
      e.debit = montantFec(du.reduce((s, l) => s + l.debit, 0));
      e.credit = montantFec(du.reduce((s, l) => s + l.credit, 0));
    }
    const attendu = Object.fromEntries(Object.entries(a.ecritures).map(([k, v]) => [k, { lignes: v.lignes, debit: v.debit, credit: v.credit }]));
    expect(parEcriture).toEqual(attendu);
  });

  it("balance par compte et par journal, totaux 2 612,00", () => {
    const somme = (cle: (l: (typeof lignes)[number]) => string) => {
      const t: Record<string, { debit: string; credit: string }> = {};
      const c: Record<string, [number, number]> = {};
      for (const l of lignes) {
        const k = cle(l);
        c[k] = [(c[k]?.[0] ?? 0) + l.debit, (c[k]?.[1] ?? 0) + l.credit];
      }
      for (const [k, [d, cr]] of Object.entries(c)) t[k] = { debit: montantFec(d), credit: montantFec(cr) };
      return t;
    };
    const sansCalcul = (o: Record<string, { debit: string; credit: string }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { debit: v.debit, credit: v.credit }]));
    expect(somme((l) => l.compte)).toEqual(sansCalcul(a.parCompte));
    expect(somme((l) => l.journal)).toEqual(sansCalcul(a.parJournal));
    expect(montantFec(lignes.reduce((s, l) => s + l.debit, 0))).toBe(a.totalDebit);
    expect(montantFec(lignes.reduce((s, l) => s + l.credit, 0))).toBe(a.totalCredit);
  });

  it("devise (Montantdevise 100,00 / -100,00 USD) et lettrage A", () => {
    const devise = lignes.filter((l) => l.devise);
    expect(devise.map((l) => [l.origine, montantFec(l.montantDevise ?? NaN), l.devise])).toEqual(a.devise.lignes.map((n, i) => [n, a.devise.montants[i], a.devise.code]));
    const lettrees = lignes.filter((l) => l.lettrage === a.lettrage.code);
    expect(lettrees.map((l) => [l.origine, l.compte, l.tiers])).toEqual(a.lettrage.lignes.map((n) => [n, a.lettrage.compte, a.lettrage.tiers]));
  });

  it("validation sous son nom exact : conforme, aucun constat (voir « regles » dans fixtures-attendus.json)", () => {
    const r = validerFec(texte, { nomFichier: "123456782FEC20251231.txt", aujourdhui: AUJOURDHUI });
    expect(r.diagnostics).toEqual([]);
    expect(r).toMatchObject({ valide: true, lignes: 10, ecritures: 4, totalDebit: 261200, totalCredit: 261200 });
    expect(r.exercice).toMatchObject({ debut: { annee: 2025, mois: 1, jour: 1 }, fin: { annee: 2025, mois: 12, jour: 31 } });
  });

  it("validation sous le nom de la fixture : seulement FEC-001 en alerte (préfixe « adh-studio- »)", () => {
    const r = validerFec(texte, { nomFichier: nom, aujourdhui: AUJOURDHUI });
    expect(r.diagnostics.map((d) => [d.regle, d.severite])).toEqual([["FEC-001", "alerte"]]);
    expect(r.valide).toBe(true);
  });
});

describe("copie corrompue (donnees/corrompu : |, CRLF, Windows-1252, cinq défauts injectés)", () => {
  const { texte, encodage } = lire(path.join(__dirname, "donnees/corrompu", corrompu.fichier));

  it("chaque défaut injecté est signalé par sa règle, à sa ligne ; conséquences attendues seulement", () => {
    expect(encodage.libelle).toBe(corrompu.encodage);
    const r = validerFec(texte, { nomFichier: corrompu.fichier, aujourdhui: AUJOURDHUI });
    expect(r.erreurs.map(({ regle, ligne, message }) => ({ regle, ligne, message }))).toEqual(corrompu.erreurs);
    expect(r.avertissements).toEqual(corrompu.avertissements);
    for (const i of corrompu.injections) expect(r.erreurs).toContainEqual(expect.objectContaining({ regle: i.regle, ligne: i.ligneSignalee }));
    expect(r).toMatchObject({ valide: false, lignes: corrompu.lignes });
  });

  it("les accents Windows-1252 sont bien décodés (TVA collectée, Règlement)", () => {
    expect(lireFec(texte).lignes.map((l) => l.compteLibelle ?? l.libelle)).toEqual(expect.arrayContaining(["TVA collectée", "TVA déductible"]));
    expect(texte).toContain("Règlement client");
  });
});

describe("les autres fixtures ne sont pas des FEC", () => {
  it.each(["akretion-account_move_generic-fr_coa.csv", "oca-cfonb120-test_cfonb.txt", "akretion-account_move_generic-fr_coa.xlsx"])("%s : rejeté avec un message", (nom) => {
    const { texte } = lire(path.join(FIXTURES, nom));
    const r = validerFec(texte, { aujourdhui: AUJOURDHUI });
    expect(r.estFec).toBe(false);
    expect(r.valide).toBe(false);
    expect(r.erreurs[0].message).toMatch(/n'est pas un FEC/);
  });
});
