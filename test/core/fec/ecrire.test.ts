// Écriture d'un FEC (comptabilite.md § 2.1) et aller-retour lecture(écriture(x)) = x sur des journaux tirés au hasard.
import fc from "fast-check";
import type { LigneEcriture } from "../../../src/core/compta/ecriture";
import { ecrireFec, lireFec, nomFichierFec, validerFec } from "../../../src/core/fec";

const mars = (jour: number) => ({ annee: 2026, mois: 3, jour });
const vente = { journal: "VTE", journalLibelle: "Ventes", numero: "000042", date: mars(5), piece: "FA-101", pieceDate: mars(5), libelle: "Facture FA-101 Dupont", validation: mars(6) };
const EXEMPLE_2_1: LigneEcriture[] = [
  { ...vente, compte: "411000", compteLibelle: "Clients", tiers: "C0042", tiersLibelle: "Dupont SARL", debit: 120000, credit: 0, lettrage: "A", dateLettrage: mars(30) },
  { ...vente, compte: "707000", compteLibelle: "Ventes de marchandises", debit: 0, credit: 100000 },
  { ...vente, compte: "445710", compteLibelle: "TVA collectée", debit: 0, credit: 20000 },
];

describe("ecrireFec", () => {
  it("reproduit au caractère près l'exemple du § 2.1 (séparateur |, deux séparateurs en fin de ligne)", () => {
    expect(ecrireFec(EXEMPLE_2_1, { separateur: "|", finDeLigne: "\n" })).toBe(
      [
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
        "VTE|Ventes|000042|20260305|411000|Clients|C0042|Dupont SARL|FA-101|20260305|Facture FA-101 Dupont|1200,00|0,00|A|20260330|20260306||",
        "VTE|Ventes|000042|20260305|707000|Ventes de marchandises|||FA-101|20260305|Facture FA-101 Dupont|0,00|1000,00|||20260306||",
        "VTE|Ventes|000042|20260305|445710|TVA collectée|||FA-101|20260305|Facture FA-101 Dupont|0,00|200,00|||20260306||",
        "",
      ].join("\n"),
    );
  });

  it("par défaut : tabulation et CRLF, y compris après la dernière ligne", () => {
    const texte = ecrireFec(EXEMPLE_2_1.slice(1, 2));
    expect(texte).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n" +
        "VTE\tVentes\t000042\t20260305\t707000\tVentes de marchandises\t\t\tFA-101\t20260305\tFacture FA-101 Dupont\t0,00\t1000,00\t\t\t20260306\t\t\r\n",
    );
  });

  it("variante Montant/Sens : Montant positif et D ou C", () => {
    const lignes = ecrireFec(EXEMPLE_2_1.slice(0, 2), { variante: "montant-sens", finDeLigne: "\n" }).split("\n");
    expect(lignes[0]).toContain("\tEcritureLib\tMontant\tSens\tEcritureLet\t");
    expect(lignes[1].split("\t").slice(11, 13)).toEqual(["1200,00", "D"]);
    expect(lignes[2].split("\t").slice(11, 13)).toEqual(["1000,00", "C"]);
  });

  it("un libellé ne peut pas casser la structure : séparateur, sauts de ligne, tabulations et espace insécable deviennent des espaces", () => {
    const l = { ...EXEMPLE_2_1[1], libelle: "Ventes | mars\r\navril\tmai\u00a0 ", compteLibelle: " Ventes " };
    const texte = ecrireFec([l], { separateur: "|" });
    const relu = lireFec(texte);
    expect(relu.diagnostics).toEqual([]);
    expect(relu.lignes[0].libelle).toBe("Ventes   mars  avril mai");
    expect(relu.lignes[0].compteLibelle).toBe("Ventes");
  });

  it("PieceDate et ValidDate absentes prennent la date d'écriture (champs obligatoires)", () => {
    const { pieceDate: _p, validation: _v, ...sans } = EXEMPLE_2_1[1];
    const champs = ecrireFec([sans]).split("\r\n")[1].split("\t");
    expect([champs[9], champs[15]]).toEqual(["20260305", "20260305"]);
  });

  it("nom du fichier : SirenFECAAAAMMJJ.txt, date de clôture (§ 2.1)", () => {
    expect(nomFichierFec("123456789", { annee: 2026, mois: 12, jour: 31 })).toBe("123456789FEC20261231.txt");
  });
});

// ── Aller-retour sur des journaux équilibrés tirés au hasard ─────────────────────────────────────────────────────

const lettres = "abcdefghijklmnopqrstuvwxyzéèàçôûÉ'-/.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Un texte sans espace autour (le lecteur les retire, comme Test Compta Demat) et sans caractère de structure. */
const texte = (min = 1, max = 20) =>
  fc
    .array(fc.oneof(fc.constantFrom(...lettres), fc.constant(" ")), { minLength: min, maxLength: max })
    .map((c) => c.join("").trim())
    .filter((s) => s.length >= min);
const jour = fc.record({ annee: fc.constant(2025), mois: fc.integer({ min: 1, max: 12 }), jour: fc.integer({ min: 1, max: 28 }) });

const ligneTiree = fc.record({
  compte: fc.stringMatching(/^[1-7]\d{2,7}$/),
  compteLibelle: texte(),
  tiers: fc.option(fc.tuple(fc.stringMatching(/^[A-Z0-9]{1,8}$/), texte()), { nil: undefined }),
  montant: fc.integer({ min: 1, max: 99_999_999_99 }),
  lettrage: fc.option(fc.tuple(fc.stringMatching(/^[A-Z]{1,3}$/), jour), { nil: undefined }),
  devise: fc.option(fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom("USD", "GBP", "CHF")), { nil: undefined }),
});

const ecritureTiree = fc.record({
  journal: fc.constantFrom(["VT", "Ventes"], ["AC", "Achats"], ["BQ1", "Banque Crédit Agricole"], ["OD", "Opérations diverses"]),
  date: jour,
  piece: texte(1, 12),
  libelle: texte(),
  lignes: fc.array(ligneTiree, { minLength: 1, maxLength: 4 }),
  sens: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

/** Un journal équilibré : chaque écriture reçoit une ligne de contrepartie qui la solde. */
const journalTire = fc.array(ecritureTiree, { minLength: 1, maxLength: 12 }).map((ecritures) => {
  const lignes: LigneEcriture[] = [];
  const numeros = new Map<string, number>();
  for (const e of ecritures) {
    const num = (numeros.get(e.journal[0]) ?? 0) + 1;
    numeros.set(e.journal[0], num);
    const base = { journal: e.journal[0], journalLibelle: e.journal[1], numero: `${e.journal[0]}${String(num).padStart(4, "0")}`, date: e.date, piece: e.piece, pieceDate: e.date, libelle: e.libelle, validation: e.date };
    let solde = 0;
    e.lignes.forEach((t, i) => {
      const debit = e.sens[i] ? t.montant : 0;
      const credit = e.sens[i] ? 0 : t.montant;
      solde += debit - credit;
      lignes.push({
        ...base,
        compte: t.compte,
        compteLibelle: t.compteLibelle,
        tiers: t.tiers?.[0],
        tiersLibelle: t.tiers?.[1],
        debit,
        credit,
        lettrage: t.lettrage?.[0],
        dateLettrage: t.lettrage?.[1],
        montantDevise: t.devise?.[0],
        devise: t.devise?.[1],
      });
    });
    // Contrepartie qui solde l'écriture (aucune si ses lignes se compensent déjà : pas de ligne 0/0).
    if (solde !== 0) lignes.push({ ...base, compte: "512000", compteLibelle: "Banque", debit: solde < 0 ? -solde : 0, credit: solde > 0 ? solde : 0 });
  }
  return lignes.map((l, i) => ({ ...l, origine: i + 2 }));
});

describe("aller-retour : lireFec(ecrireFec(x)) = x (fast-check)", () => {
  it.each([
    ["tabulation, CRLF", { separateur: "\t", finDeLigne: "\r\n" }],
    ["barre verticale, LF", { separateur: "|", finDeLigne: "\n" }],
    ["variante Montant/Sens", { variante: "montant-sens" }],
  ] as const)("%s", (_, options) => {
    fc.assert(
      fc.property(journalTire, (journal) => {
        const relu = lireFec(ecrireFec(journal, options));
        expect(relu.diagnostics).toEqual([]);
        expect(relu.lignes).toEqual(journal);
      }),
      { numRuns: 150 },
    );
  });

  it("ce qu'écrit ecrireFec passe son propre validateur sans erreur", () => {
    fc.assert(
      fc.property(journalTire, (journal) => {
        const r = validerFec(ecrireFec(journal), { exercice: { debut: { annee: 2025, mois: 1, jour: 1 }, fin: { annee: 2025, mois: 12, jour: 31 } }, aujourdhui: { annee: 2026, mois: 1, jour: 1 } });
        expect(r.erreurs).toEqual([]);
        expect(r.totalDebit).toBe(r.totalCredit);
      }),
      { numRuns: 100 },
    );
  });
});
