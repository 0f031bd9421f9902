// Export d'un journal en FEC (comptabilite.md § 2.1) : correspondance des 18 champs, numérotation par journal,
// refus (SIREN, déséquilibre), constats rapportés aux lignes de la feuille, encodage ; aller-retour fast-check.
import fc from "fast-check";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { libelleCompte } from "../../../src/core/compta/pcg";
import { decoderTexte } from "../../../src/core/encodage";
import { lireFec, validerFec } from "../../../src/core/fec";
import { libelleJournal } from "../../../src/core/compta/journaux";
import { construireFec, controlerFec, encoderFec, exporterFec, lignesFec, relocaliser } from "../../../src/core/fec/export";
import { QUATRE_PREMIERES } from "../compta/ecritures-types";

const jour = (annee: number, mois: number, j: number) => ({ annee, mois, jour: j });
/** SIREN fictif de Grain de Sel & Cie (pedagogie.md § 6) : 000 000 117, clé de Luhn juste (7 + 1×2 + 1 = 10). */
const SIREN = "000000117";
const CLOTURE_2026 = jour(2026, 12, 31);
const options2026 = { siren: SIREN, cloture: CLOTURE_2026, aujourdhui: jour(2027, 1, 15) };

/** Les lignes d'une vente telles que les lit le tableau Journal : ni libellé de journal, ni nom de tiers, ni validation. */
const VENTE: LigneEcriture[] = [
  { journal: "VTE", numero: "000042", date: jour(2026, 3, 5), compte: "411000", tiers: "C0042", piece: "FA-101", libelle: "Facture FA-101 Dupont", debit: 120000, credit: 0, lettrage: "A", dateLettrage: jour(2026, 3, 30), origine: 7 },
  { journal: "VTE", numero: "000042", date: jour(2026, 3, 5), compte: "707000", piece: "FA-101", libelle: "Facture FA-101 Dupont", debit: 0, credit: 100000, origine: 8 },
  { journal: "VTE", numero: "000042", date: jour(2026, 3, 5), compte: "445710", piece: "FA-101", libelle: "Facture FA-101 Dupont", debit: 0, credit: 20000, origine: 9 },
];

describe("construireFec : correspondance journal → 18 champs (docs/fec.md)", () => {
  it("§ 2.1, vente FA-101 : JournalLib du § 1.2, CompteLib du PCG, CompAuxLib = code du tiers, PieceDate et ValidDate = EcritureDate", () => {
    const lignes = construireFec(VENTE, { separateur: "|" }).split("\r\n");
    expect(lignes[0]).toBe("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise");
    expect(lignes[1]).toBe("VTE|Ventes|000042|20260305|411000|Clients|C0042|C0042|FA-101|20260305|Facture FA-101 Dupont|1200,00|0,00|A|20260330|20260305||");
    expect(lignes[2]).toBe("VTE|Ventes|000042|20260305|707000|Ventes de marchandises|||FA-101|20260305|Facture FA-101 Dupont|0,00|1000,00|||20260305||");
    expect(lignes[3]).toBe("VTE|Ventes|000042|20260305|445710|TVA collectée|||FA-101|20260305|Facture FA-101 Dupont|0,00|200,00|||20260305||");
    expect(lignes[4]).toBe("");
  });

  it("les libellés lus (journal, compte, tiers) et les dates lues l'emportent sur les valeurs par défaut", () => {
    const [l] = lignesFec([{ ...VENTE[0], journalLibelle: "Ventes France", compteLibelle: "Clients — France", tiersLibelle: "Dupont SARL", validation: jour(2026, 3, 6) }]);
    expect([l.journalLibelle, l.compteLibelle, l.tiersLibelle, l.validation]).toEqual(["Ventes France", "Clients — France", "Dupont SARL", jour(2026, 3, 6)]);
  });

  it("libellés des journaux usuels (§ 1.2), numérotés (BQ2) ou inconnus", () => {
    expect(["ACH", "VTE", "BQ", "CAI", "OD", "AN", "bq2", "CAI 1", "HA"].map(libelleJournal)).toEqual([
      "Achats",
      "Ventes",
      "Banque",
      "Caisse",
      "Opérations diverses",
      "À-nouveaux",
      "Banque 2",
      "Caisse 1",
      "Journal HA",
    ]);
  });

  it("numérotation par journal : séquence continue dans l'ordre chronologique de chaque journal (§ 1.3)", () => {
    const l = (journal: string, piece: string, j: number, compte: string, debit: number, credit: number): LigneEcriture => ({
      journal, numero: piece, piece, date: jour(2026, 3, j), compte, libelle: piece, debit, credit,
    });
    const journal = [
      l("VTE", "FA-105", 10, "411000", 600, 0), l("VTE", "FA-105", 10, "707000", 0, 600),
      l("BQ", "CH-12", 3, "401000", 50, 0), l("BQ", "CH-12", 3, "512000", 0, 50),
      l("VTE", "FA-101", 5, "411000", 1200, 0), l("VTE", "FA-101", 5, "707000", 0, 1200),
    ];
    expect(lignesFec(journal, "par-journal").map((x) => x.numero)).toEqual(["VTE000002", "VTE000002", "BQ000001", "BQ000001", "VTE000001", "VTE000001"]);
    // Les pièces ne changent pas ; le FEC numéroté ne signale ni rupture ni désordre (FEC-026, FEC-027).
    expect(lignesFec(journal, "par-journal").map((x) => x.piece)).toEqual(journal.map((x) => x.piece));
    const regles = controlerFec(journal, { ...options2026, numerotation: "par-journal" }).constats.map((d) => d.regle);
    expect(regles.filter((r) => r === "FEC-026" || r === "FEC-027")).toEqual([]);
  });

  it("sans numéro ni pièce, une écriture = les lignes qui se suivent, même journal et même date, jusqu'à l'équilibre", () => {
    const l = (j: number, compte: string, debit: number, credit: number): LigneEcriture => ({ journal: "OD", numero: "", piece: "", date: jour(2026, 3, j), compte, libelle: "OD", debit, credit });
    const journal = [l(4, "641000", 300, 0), l(4, "421000", 0, 300), l(4, "645100", 100, 0), l(4, "431000", 0, 60), l(4, "431000", 0, 40), l(2, "606300", 10, 0), l(2, "530000", 0, 10)];
    expect(lignesFec(journal, "par-journal").map((x) => x.numero)).toEqual(["OD000002", "OD000002", "OD000003", "OD000003", "OD000003", "OD000001", "OD000001"]);
  });
});

describe("controlerFec : le validateur du projet sur le FEC construit", () => {
  it("les 4 premières écritures du § 6 (exercice 2026) : aucune erreur", () => {
    const c = controlerFec(QUATRE_PREMIERES, options2026);
    expect(c.nom).toBe("000000117FEC20261231.txt");
    expect(c.rapport.erreurs).toEqual([]);
    expect(c.rapport.totalDebit).toBe(720000);
  });

  it("une écriture déséquilibrée : FEC-023, rapportée à la ligne de la feuille de sa première ligne", () => {
    const faux = VENTE.map((l, i) => (i === 2 ? { ...l, credit: 19999 } : l));
    const c = controlerFec(faux, options2026);
    const e = c.constats.filter((d) => d.severite === "erreur");
    expect(e.map((d) => [d.regle, d.origine])).toEqual([["FEC-024", undefined], ["FEC-023", 7]]);
    expect(e[1].message).toBe("Écriture 000042 déséquilibrée : débit 1\u202f200,00 / crédit 1\u202f199,99");
  });

  it("les n° de ligne des messages deviennent ceux de la feuille", () => {
    const sansLibelle = VENTE.map((l, i) => (i === 1 ? { ...l, libelle: "" } : l));
    const c = controlerFec(sansLibelle, options2026);
    expect(c.constats.find((d) => d.regle === "FEC-011")).toEqual({ regle: "FEC-011", ligne: 3, origine: 8, severite: "erreur", message: "Le champ EcritureLib ne contient aucune valeur : en ligne 8" });
    expect(relocaliser("Numéro d'écriture 7 en double : 7 et 7 (lignes 2 et 4) ; ligne 3", (k) => k * 10)).toBe("Numéro d'écriture 7 en double : 7 et 7 (lignes 20 et 40) ; ligne 30");
  });
});

describe("exporterFec : refus et fichier", () => {
  it("SIREN à la clé de Luhn fausse : refusé, message français", () => {
    const r = exporterFec(VENTE, { ...options2026, siren: "999999999" });
    expect(r).toEqual({ ok: false, message: expect.stringContaining("Le SIREN 999999999 n'existe pas : sa clé de contrôle (formule de Luhn) est fausse"), erreurs: [] });
    expect(exporterFec(VENTE, { ...options2026, siren: "12345" })).toMatchObject({ ok: false, message: "Le SIREN « 12345 » doit compter 9 chiffres." });
  });

  it("journal déséquilibré : refusé, avec les constats", () => {
    const r = exporterFec(VENTE.slice(0, 2), options2026);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe("Le FEC n'est pas exporté : 2 erreurs le rendraient non conforme. Corrigez le journal puis recommencez.");
    expect(r.erreurs.map((d) => d.regle)).toEqual(["FEC-024", "FEC-023"]);
  });

  it("date hors exercice : refusée (FEC-016)", () => {
    const r = exporterFec(VENTE, { ...options2026, cloture: jour(2025, 12, 31) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new Set(r.erreurs.map((d) => d.regle))).toEqual(new Set(["FEC-016"]));
  });

  it("conforme : nom <SIREN>FEC<AAAAMMJJ>.txt, ISO 8859-15, relu sans erreur (les alertes passent avec le fichier) par le validateur avec ce nom", () => {
    const r = exporterFec(VENTE, options2026);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.nom).toBe("000000117FEC20261231.txt");
    expect(r.encodage).toBe("iso-8859-15");
    const { texte } = decoderTexte(r.octets, "iso-8859-15");
    expect(texte).toBe(r.texte);
    const rapport = validerFec(texte, { nomFichier: r.nom, siren: SIREN, aujourdhui: jour(2027, 1, 15) });
    expect(rapport.erreurs).toEqual([]);
    // Le lettrage A de l'exemple n'est que la facture (le règlement n'est pas dans l'extrait) : alerte, non bloquante.
    expect(rapport.avertissements.map((d) => d.regle)).toEqual(["FEC-034"]);
    expect(r.avertissements.map((d) => [d.regle, d.origine])).toEqual([["FEC-034", 7]]);
  });
});

describe("encoderFec", () => {
  it("ISO 8859-15 quand c'est possible (€ = A4, œ = BD, é = E9), UTF-8 sinon (apostrophe courbe)", () => {
    expect([...encoderFec("é€œ").octets]).toEqual([0xe9, 0xa4, 0xbd]);
    const courbe = encoderFec("l’été");
    expect(courbe.encodage).toBe("utf-8");
    expect(decoderTexte(courbe.octets, "utf-8").texte).toBe("l’été");
    // ¤ (A4 en Latin-1) n'existe pas en Latin-9 : UTF-8.
    expect(encoderFec("¤").encodage).toBe("utf-8");
  });

  it("décodé par iconv (oracle indépendant), chaque caractère encodable revient à l'identique", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aéèàçôûÉ'-/.0€œŒšŠžŽŸ"), maxLength: 30 }), (s) => {
        const r = encoderFec(s);
        expect(r.encodage).toBe("iso-8859-15");
        expect(decoderTexte(r.octets, "iso-8859-15").texte).toBe(s);
      }),
    );
  });
});

// ── Aller-retour sur des journaux équilibrés tirés au hasard ─────────────────────────────────────────────────────

/** Comptes du PCG (leur intitulé sert de CompteLib) ; tiers sur 411 et 401. */
const COMPTES = ["411000", "401000", "607000", "707000", "445660", "445710", "512000", "530000", "606300", "625100"];
const lettres = "abcdefghijklmnopqrstuvwxyzéèàçôûÉ'-/.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ€";
const texte = (max = 20) =>
  fc
    .array(fc.oneof(fc.constantFrom(...lettres), fc.constant(" ")), { minLength: 1, maxLength: max })
    .map((c) => c.join("").trim())
    .filter((s) => s.length > 0);

const ecritureTiree = fc.record({
  journal: fc.constantFrom("ACH", "VTE", "BQ", "OD", "BQ2"),
  date: fc.record({ annee: fc.constant(2025), mois: fc.integer({ min: 1, max: 12 }), jour: fc.integer({ min: 1, max: 28 }) }),
  piece: texte(12),
  libelle: texte(),
  lignes: fc.array(
    fc.record({ compte: fc.constantFrom(...COMPTES), tiers: fc.stringMatching(/^[CF]\d{3}$/), montant: fc.integer({ min: 1, max: 99_999_999_99 }), debit: fc.boolean() }),
    { minLength: 1, maxLength: 4 },
  ),
});

/** Un journal du tableau Journal, équilibré : chaque écriture reçoit une contrepartie en 512000 qui la solde. */
const journalTire = fc.array(ecritureTiree, { minLength: 1, maxLength: 15 }).map((ecritures) => {
  const lignes: LigneEcriture[] = [];
  const numeros = new Map<string, number>();
  for (const e of ecritures) {
    const n = (numeros.get(e.journal) ?? 0) + 1;
    numeros.set(e.journal, n);
    const base = { journal: e.journal, numero: `${e.journal}-${n}`, date: e.date, piece: e.piece, libelle: e.libelle };
    let solde = 0;
    for (const t of e.lignes) {
      const tiers = t.compte === "411000" || t.compte === "401000" ? { tiers: t.tiers } : {};
      lignes.push({ ...base, compte: t.compte, ...tiers, debit: t.debit ? t.montant : 0, credit: t.debit ? 0 : t.montant });
      solde += t.debit ? t.montant : -t.montant;
    }
    if (solde !== 0) lignes.push({ ...base, compte: "512000", debit: solde < 0 ? -solde : 0, credit: solde > 0 ? solde : 0 });
  }
  return lignes.map((l, i) => ({ ...l, origine: i + 2 }));
});

describe("aller-retour : lireFec(exporterFec(journal)) = journal complété (fast-check)", () => {
  it("mêmes lignes, comptes, montants, dates, pièces, libellés, tiers ; aucune erreur du validateur", () => {
    fc.assert(
      fc.property(journalTire, (journal) => {
        const r = exporterFec(journal, { siren: SIREN, cloture: jour(2025, 12, 31), aujourdhui: jour(2026, 2, 1) });
        if (!r.ok) throw new Error(r.message + r.erreurs.map((e) => `\n${e.regle} ${e.message}`).join(""));
        const relu = lireFec(decoderTexte(r.octets, r.encodage).texte);
        expect(relu.diagnostics).toEqual([]);
        expect(relu.lignes).toEqual(
          journal.map((l, i) => ({
            ...l,
            journalLibelle: l.journal === "BQ2" ? "Banque 2" : libelleJournal(l.journal),
            compteLibelle: libelleCompte(l.compte),
            tiersLibelle: l.tiers,
            pieceDate: l.date,
            validation: l.date,
            // Champs absents du journal : relus vides.
            tiers: l.tiers,
            lettrage: undefined,
            dateLettrage: undefined,
            montantDevise: undefined,
            devise: undefined,
            origine: i + 2,
          })),
        );
      }),
      { numRuns: 150 },
    );
  });
});
