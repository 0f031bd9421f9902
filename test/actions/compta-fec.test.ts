// « Contrôler le journal (règles du FEC) » et « Télécharger le FEC » (module Comptabilité du volet), sur le port en
// mémoire : le bilan d'ouverture de Grain de Sel & Cie (pedagogie.md § 6 : 79 258,40 € des deux côtés), les écritures
// du § 6, les refus (SIREN, clôture, déséquilibre, ligne illisible) et la sélection de la ligne fautive.
import { appliquerPreparation, atteindreConstat, controlerJournalFec, exporterJournalFec, preparerStructuration } from "../../src/actions/compta";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { decoderTexte } from "../../src/core/encodage";
import { lireFec, validerFec } from "../../src/core/fec";
import { ENTETES_JOURNAL, OUVERTURE } from "../../preview/donnees/grain-de-sel";
import { exportBrut, QUATRE_PREMIERES } from "./compta-donnees";

const SIREN = "000 000 117";
const AUJOURDHUI = { annee: 2026, mois: 1, jour: 15 };

/** Le journal d'ouverture de l'exemple, structuré (étape 1) dans « Journal structuré ». */
async function exemple(): Promise<ClasseurMemoire> {
  const brut = [ENTETES_JOURNAL, ...OUVERTURE.map(([compte, libelle, d, c]) => ["AN", "01/01/2025", "AN2025-001", compte, libelle, d || null, c || null])];
  const classeur = new ClasseurMemoire({ feuilles: { Journal: brut } });
  const p = await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Journal" } });
  if (!p.ok) throw new Error(p.message);
  expect((await appliquerPreparation(classeur, p.preparation)).ok).toBe(true);
  return classeur;
}

describe("contrôler le journal (règles du FEC)", () => {
  it("bilan d'ouverture de l'exemple (pedagogie.md § 6) : conforme, totaux 79 258,40 €", async () => {
    const r = await controlerJournalFec(await exemple(), { siren: SIREN, cloture: "31/12/2025", aujourdhui: AUJOURDHUI });
    expect(r).toEqual({
      ok: true,
      valide: true,
      message: "Journal conforme aux règles du FEC (le tableau Journal : 22 lignes d'écriture, 1 écriture, débit 79\u202f258,40\u00a0€, crédit 79\u202f258,40\u00a0€).",
      constats: [],
    });
  });

  it("sans SIREN ni clôture : contrôle fait, la réserve est dite", async () => {
    const r = await controlerJournalFec(await exemple(), { aujourdhui: AUJOURDHUI });
    expect(r.ok && r.message).toMatch(/Sans date de clôture, les dates ne sont pas comparées à l'exercice\.$/);
  });

  it("un montant changé dans le tableau : FEC-023 et FEC-024, la ligne de la feuille est nommée, et un clic la sélectionne", async () => {
    const classeur = await exemple();
    // Ligne 3 de la feuille : 215400, débit 6 800,00 → 6 800,01.
    await classeur.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "I3", valeurs: [[6800.01]] }]);
    const r = await controlerJournalFec(classeur, { siren: SIREN, cloture: "31/12/2025", aujourdhui: AUJOURDHUI });
    if (!r.ok) throw new Error(r.message);
    expect(r.valide).toBe(false);
    expect(r.message).toMatch(/^2 erreurs empêchent l'export du FEC/);
    expect(r.constats).toEqual([
      { regle: "FEC-024", severite: "erreur", message: "Fichier déséquilibré : total débit 79\u202f258,41 / total crédit 79\u202f258,40" },
      {
        regle: "FEC-023",
        severite: "erreur",
        message: "Écriture AN000001 déséquilibrée : débit 79\u202f258,41 / crédit 79\u202f258,40",
        cellule: "'Journal structuré'!A2:L2",
        feuille: "Journal structuré",
        adresse: "A2:L2",
      },
    ]);
    classeur.selectionner("Journal", "A1");
    expect(await atteindreConstat(classeur, r.constats[1])).toBeUndefined();
    expect(await classeur.selection()).toEqual({ feuille: "Journal structuré", adresse: "A2:L2", lignes: 1, colonnes: 12 });
    // Le constat du fichier entier n'a pas de ligne : rien n'est sélectionné.
    expect(await atteindreConstat(classeur, r.constats[0])).toBeUndefined();
    expect((await classeur.selection()).adresse).toBe("A2:L2");
  });

  it("une ligne illisible : erreur « Lecture » sur sa cellule (elle manquerait au FEC)", async () => {
    const classeur = await exemple();
    await classeur.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "I5", valeurs: [["douze"]] }]);
    const r = await controlerJournalFec(classeur, { siren: SIREN, cloture: "31/12/2025", aujourdhui: AUJOURDHUI });
    if (!r.ok) throw new Error(r.message);
    const lecture = r.constats.filter((c) => c.regle === "Lecture");
    expect(lecture).toEqual([
      {
        regle: "Lecture",
        severite: "erreur",
        message: "Ligne 5, colonne « Débit » : « douze » n'est pas un montant en euros à deux décimales au plus. La ligne ne peut pas entrer dans le FEC.",
        cellule: "'Journal structuré'!I5",
        feuille: "Journal structuré",
        adresse: "I5",
      },
    ]);
  });

  it("pas de tableau Journal : message français, l'étape 1 d'abord", async () => {
    const r = await controlerJournalFec(new ClasseurMemoire());
    expect(r).toEqual({ ok: false, message: "Le classeur n'a pas de tableau « Journal » ni de feuille « Journal structuré » : commencez par l'étape 1, « Structurer le journal »." });
  });
});

describe("télécharger le FEC", () => {
  it("nom 000000117FEC20251231.txt ; relu : 22 lignes, numérotées AN000001, 79 258,40 € ; sans erreur pour le validateur", async () => {
    const r = await exporterJournalFec(await exemple(), { siren: SIREN, cloture: "31/12/2025", aujourdhui: AUJOURDHUI });
    if (!r.ok) throw new Error(r.message);
    expect(r.nom).toBe("000000117FEC20251231.txt");
    expect(r.encodage).toBe("iso-8859-15");
    expect(r.message).toBe(
      "FEC 000000117FEC20251231.txt : 22 lignes, 1 écriture, débit 79\u202f258,40\u00a0€ = crédit 79\u202f258,40\u00a0€ ; séparateur tabulation, encodage ISO 8859-15.",
    );
    const texte = decoderTexte(r.octets, "iso-8859-15").texte;
    const premiere = texte.split("\r\n")[1].split("\t");
    // OUVERTURE[0] : 205000, 1 200,00 au débit, pièce AN2025-001 du 01/01/2025 ; journal AN « À-nouveaux » (§ 1.2).
    expect([premiere[0], premiere[1], premiere[2], premiere[3], premiere[4], premiere[8], premiere[9], premiere[10], premiere[11], premiere[12], premiere[15]]).toEqual([
      "AN", "À-nouveaux", "AN000001", "20250101", "205000", "AN2025-001", "20250101", "Immobilisation 205", "1200,00", "0,00", "20250101",
    ]);
    const relu = lireFec(texte);
    expect(relu.lignes).toHaveLength(OUVERTURE.length);
    expect(relu.lignes.map((l) => [l.compte, l.debit, l.credit])).toEqual(OUVERTURE.map(([c, , d, k]) => [c, Math.round(d * 100), Math.round(k * 100)]));
    expect(validerFec(texte, { nomFichier: r.nom, siren: "000000117", aujourdhui: AUJOURDHUI }).erreurs).toEqual([]);
  });

  it("les numéros du journal sont gardés quand ils ne recopient pas la pièce (§ 6 : 4 écritures numérotées)", async () => {
    const brut = exportBrut(QUATRE_PREMIERES);
    brut[3] = [...brut[3], "N° écriture"];
    const numeros = ["1", "1", "1", "2", "2", "2", "3", "3", "4", "4"];
    numeros.forEach((n, i) => (brut[4 + i] = [...brut[4 + i], n]));
    const classeur = new ClasseurMemoire({ feuilles: { Saisie: brut } });
    const p = await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Saisie" } });
    if (!p.ok) throw new Error(p.message);
    await appliquerPreparation(classeur, p.preparation);
    const r = await exporterJournalFec(classeur, { siren: SIREN, cloture: { annee: 2026, mois: 12, jour: 31 }, aujourdhui: { annee: 2027, mois: 1, jour: 2 } });
    if (!r.ok) throw new Error(`${r.message} ${r.constats.map((c) => c.message).join(" | ")}`);
    expect(lireFec(decoderTexte(r.octets, "iso-8859-15").texte).lignes.map((l) => l.numero)).toEqual(numeros);
  });

  it.each([
    [{ siren: "", cloture: "31/12/2025" }, "Indiquez le SIREN de l'entreprise (9 chiffres) : il forme le nom du fichier."],
    [{ siren: "000000118", cloture: "31/12/2025" }, /^Le SIREN 000000118 n'existe pas : sa clé de contrôle \(formule de Luhn\) est fausse/],
    [{ siren: SIREN, cloture: "" }, "Indiquez la date de clôture de l'exercice (jj/mm/aaaa) : elle forme le nom du fichier."],
    [{ siren: SIREN, cloture: "31/02/2025" }, /Date de clôture/],
  ])("refus sans lire le journal : %j", async (options, message) => {
    const r = await exporterJournalFec(await exemple(), { ...options, aujourdhui: AUJOURDHUI });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toEqual(typeof message === "string" ? message : expect.stringMatching(message));
  });

  it("journal déséquilibré : refusé, les constats nomment la ligne ; clôture 2024 : dates hors exercice (FEC-016)", async () => {
    const classeur = await exemple();
    await classeur.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "J23", valeurs: [[4200.5]] }]);
    const r = await exporterJournalFec(classeur, { siren: SIREN, cloture: "31/12/2025", aujourdhui: AUJOURDHUI });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toBe("Le FEC n'est pas exporté : 2 erreurs le rendraient non conforme. Corrigez le journal puis recommencez.");
      expect(r.constats.map((c) => [c.regle, c.cellule])).toEqual([["FEC-024", undefined], ["FEC-023", "'Journal structuré'!A2:L2"]]);
    }
    const horsExercice = await exporterJournalFec(await exemple(), { siren: SIREN, cloture: "31/12/2024", aujourdhui: AUJOURDHUI });
    expect(!horsExercice.ok && horsExercice.constats.length).toBe(22);
    expect(!horsExercice.ok && horsExercice.constats[0]).toMatchObject({ regle: "FEC-016", cellule: "'Journal structuré'!A2:L2", message: "Date d'écriture hors exercice : 20250101 (ligne 2) ; exercice du 01/01/2024 au 31/12/2024" });
  });
});
