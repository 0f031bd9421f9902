// Le validateur FEC : chaque règle de la table du § 2.2 de comptabilite.md (FEC-001 à FEC-034), déclenchée par une
// modification d'un FEC propre, avec sa ligne, sa sévérité et son message (texte de la table, valeurs remplies).
// Le FEC de base est écrit à la main : à-nouveaux, une vente (exemple du § 2.1), son règlement lettré « A ».
import { REGLES_FEC, validerFec, type Diagnostic, type IdRegle, type OptionsValidation, type RapportFec } from "../../../src/core/fec";

type Ligne = string[];
const ENTETE = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise";
const COL = Object.fromEntries(ENTETE.split("|").map((n, i) => [n, i])) as Record<string, number>;

/** Lignes 2 à 8 du fichier de base (ligne 1 = en-tête). Équilibré : 7 400,00 au débit et au crédit. */
const base = (): Ligne[] =>
  [
    "AN|A-nouveaux|AN000001|20260101|512000|Banque|||OUV-2026|20260101|Reprise des soldes|5000,00|0,00|||20260101||",
    "AN|A-nouveaux|AN000001|20260101|101300|Capital souscrit, appelé, versé|||OUV-2026|20260101|Reprise des soldes|0,00|5000,00|||20260101||",
    "VTE|Ventes|000001|20260305|411000|Clients|C0042|Dupont SARL|FA-101|20260305|Facture FA-101 Dupont|1200,00|0,00|A|20260330|20260306||",
    "VTE|Ventes|000001|20260305|707000|Ventes de marchandises|||FA-101|20260305|Facture FA-101 Dupont|0,00|1000,00|||20260306||",
    "VTE|Ventes|000001|20260305|445710|TVA collectée|||FA-101|20260305|Facture FA-101 Dupont|0,00|200,00|||20260306||",
    "BQ|Banque|000001|20260330|512000|Banque|||RLV-03|20260330|Règlement FA-101 Dupont|1200,00|0,00|||20260331||",
    "BQ|Banque|000001|20260330|411000|Clients|C0042|Dupont SARL|RLV-03|20260330|Règlement FA-101 Dupont|0,00|1200,00|A|20260330|20260331||",
  ].map((l) => l.split("|"));

const EXERCICE_2026 = { debut: { annee: 2026, mois: 1, jour: 1 }, fin: { annee: 2026, mois: 12, jour: 31 } };
const OPTIONS: OptionsValidation = { exercice: EXERCICE_2026, aujourdhui: { annee: 2027, mois: 1, jour: 15 } };

const declenchees = new Set<string>();

function valider(lignes: Ligne[], options: OptionsValidation = OPTIONS, entete = ENTETE): RapportFec {
  const r = validerFec([entete, ...lignes.map((l) => l.join("|"))].join("\n"), options);
  for (const d of r.diagnostics) declenchees.add(d.regle);
  return r;
}

/** Modifie le champ `champ` de la ligne physique `ligne` (2 à 8). */
function avec(modifs: [ligne: number, champ: string, valeur: string][], lignes = base()): Ligne[] {
  for (const [ligne, champ, valeur] of modifs) lignes[ligne - 2][COL[champ]] = valeur;
  return lignes;
}

const resume = (d: Diagnostic[]) => d.map((x) => `${x.regle}@${x.ligne}`);
const constat = (regle: IdRegle, ligne: number, message: string): Diagnostic => ({ regle, ligne, message, severite: REGLES_FEC[regle].severite });

describe("le FEC de base", () => {
  it("est conforme, sans aucun constat : 7 lignes, 3 écritures, 7 400,00 au débit et au crédit", () => {
    const r = valider(base());
    expect(r.diagnostics).toEqual([]);
    expect(r).toMatchObject({ valide: true, lignes: 7, ecritures: 3, totalDebit: 740000, totalCredit: 740000 });
  });
});

describe("nom du fichier (FEC-001 à FEC-003)", () => {
  const nom = (nomFichier: string, autres: OptionsValidation = {}) => valider(base(), { ...OPTIONS, ...autres, nomFichier }).diagnostics;

  it("FEC-001 : nom sans SirenFECAAAAMMJJ → erreur", () => {
    expect(nom("journal-2026.txt")).toEqual([constat("FEC-001", 0, "Nom de fichier non conforme : SirenFECAAAAMMJJ attendu (« journal-2026.txt »)")]);
    expect(nom("dossier/123456782FEC20261331.txt")[0]).toMatchObject({ regle: "FEC-001", severite: "erreur", message: expect.stringContaining("la date 20261331 n'existe pas") });
  });

  it("FEC-001 : motif entouré d'autres caractères → alerte seulement (SIREN et clôture lus) ; nom exact → rien", () => {
    expect(nom("copie de 123456782FEC20261231.txt")).toEqual([expect.objectContaining({ regle: "FEC-001", severite: "alerte" })]);
    expect(nom("C:\\FEC\\123456782FEC20261231.txt")).toEqual([]);
  });

  it("FEC-002 : clé de Luhn fausse ; SIREN différent de celui de l'entreprise", () => {
    expect(nom("123456781FEC20261231.txt")).toEqual([constat("FEC-002", 0, "SIREN 123456781 invalide ou différent de celui de l'entreprise : la clé de contrôle (Luhn) est fausse")]);
    expect(nom("123456782FEC20261231.txt", { siren: "732829320" })).toEqual([
      constat("FEC-002", 0, "SIREN 123456782 invalide ou différent de celui de l'entreprise : le SIREN attendu est 732829320"),
    ]);
  });

  it("FEC-003 : date du nom ≠ clôture de l'exercice donné", () => {
    expect(nom("123456782FEC20260630.txt")).toEqual([constat("FEC-003", 0, "La date du nom de fichier ne correspond pas à la clôture de l'exercice (30/06/2026 au lieu du 31/12/2026)")]);
  });

  it("sans --exercice, l'exercice est les 12 mois qui finissent à la date du nom (31/12/2026 → du 01/01/2026)", () => {
    const r = valider(base(), { nomFichier: "123456782FEC20261231.txt", aujourdhui: OPTIONS.aujourdhui });
    expect(r.exercice).toEqual({ ...EXERCICE_2026, origine: "nom-fichier" });
    expect(r.diagnostics).toEqual([]);
    // Clôture au 30/06/2026 : exercice du 01/07/2025 au 30/06/2026, la vente du 05/03/2026 y est, le règlement aussi.
    const juin = valider(base(), { nomFichier: "123456782FEC20260630.txt", aujourdhui: OPTIONS.aujourdhui });
    expect(juin.exercice?.debut).toEqual({ annee: 2025, mois: 7, jour: 1 });
    expect(resume(juin.diagnostics)).toEqual(["FEC-028@2"]); // les à-nouveaux du 01/01/2026 ne sont plus au premier jour
  });
});

describe("structure (FEC-004 à FEC-011)", () => {
  it("FEC-004 : fichier vide, blanc, ou en-tête seule", () => {
    expect(validerFec("", OPTIONS).diagnostics).toEqual([constat("FEC-004", 0, "Le fichier ne contient pas de ligne : fichier vide")]);
    expect(resume(validerFec("\n \n\n", OPTIONS).diagnostics)).toEqual(["FEC-004@0"]);
    expect(valider([]).diagnostics).toEqual([constat("FEC-004", 1, "Le fichier ne contient pas de ligne : fichier vide (en-tête seule)")]);
  });

  it("FEC-005 à FEC-008 : séparateur, champ absent, champ en plus, séparateur final", () => {
    expect(resume(valider(base().map((l) => [l.join(";")]), OPTIONS, ENTETE.replace(/\|/g, ";")).diagnostics)).toEqual(["FEC-005@1"]);
    const sansIdevise = base().map((l) => l.slice(0, 17));
    expect(valider(sansIdevise, OPTIONS, ENTETE.replace("|Idevise", "")).diagnostics).toEqual([
      constat("FEC-006", 1, "Le champ « Idevise » n'est pas présent dans le fichier (ligne d'en-tête)"),
    ]);
    expect(resume(valider(base().map((l) => [...l, "x"]), OPTIONS, ENTETE + "|DateLimitReglmt").diagnostics)).toEqual(["FEC-007@1"]);
    expect(resume(valider(base().map((l) => [...l, ""]), OPTIONS, ENTETE + "|").diagnostics)).toEqual(["FEC-008@1"]);
  });

  it("FEC-009 et FEC-010 : nombre de champs, ligne vide", () => {
    const lignes = base();
    lignes[3] = lignes[3].slice(0, 17);
    lignes.splice(1, 0, [""]);
    const r = valider(lignes);
    expect(r.diagnostics).toEqual([
      constat("FEC-010", 3, "La structure du fichier est incorrecte, la ligne 3 est vide"),
      constat("FEC-009", 6, "La structure du fichier est incorrecte : en ligne 6 : il y a 17 champs au lieu des 18 champs attendus"),
      constat("FEC-023", 5, "Écriture 000001 déséquilibrée : débit 1\u202f200,00 / crédit 200,00"), // conséquence : la ligne 6 n'est pas lue
      constat("FEC-024", 0, "Fichier déséquilibré : total débit 7\u202f400,00 / total crédit 6\u202f400,00"),
    ].sort((a, b) => a.ligne - b.ligne));
  });

  it("FEC-011 : champ obligatoire vide (erreur ; alerte pour JournalLib, PieceRef, PieceDate)", () => {
    const r = valider(avec([[4, "EcritureLib", ""], [5, "JournalLib", ""]]));
    expect(r.diagnostics).toEqual([
      constat("FEC-011", 4, "Le champ EcritureLib ne contient aucune valeur : en ligne 4"),
      { ...constat("FEC-011", 5, "Le champ JournalLib ne contient aucune valeur : en ligne 5"), severite: "alerte" },
    ]);
  });
});

describe("comptes et dates (FEC-012 à FEC-017)", () => {
  it("FEC-012 : le compte commence par trois chiffres", () => {
    expect(valider(avec([[5, "CompteNum", "VTE707"]])).diagnostics).toEqual([constat("FEC-012", 5, "Le numéro de compte doit commencer par trois chiffres : VTE707 (ligne 5)")]);
  });

  it("FEC-013 : compte absent du PCG (classe 9) une fois par compte ; classe 8 tolérée", () => {
    const r = valider(avec([[5, "CompteNum", "999999"], [6, "CompteNum", "890000"]]));
    expect(r.diagnostics).toEqual([constat("FEC-013", 5, "Compte 999999 absent du plan comptable général")]);
  });

  it("FEC-014 et FEC-015 : date impossible ; année hors 1900–2099", () => {
    const r = valider(avec([[4, "PieceDate", "20260230"], [5, "PieceDate", "18990305"]]));
    expect(r.diagnostics).toEqual([
      constat("FEC-014", 4, "Le champ PieceDate n'est pas au bon format : date AAAAMMJJ attendue : 20260230 (ligne 4)"),
      constat("FEC-015", 5, "Le champ PieceDate contient une date en dehors de la période : 18990305"),
      // La date illisible de la ligne 4 ne compte pas : la référence est celle de la ligne 5, la ligne 6 en diffère.
      constat("FEC-025", 6, "Écriture 000001 : PieceDate varie entre ses lignes"),
    ]);
  });

  it("FEC-016 : date d'écriture hors exercice, sur chaque ligne", () => {
    const r = valider(avec([4, 5, 6].flatMap((l) => [[l, "EcritureDate", "20251215"], [l, "PieceDate", "20251215"]] as [number, string, string][])));
    expect(r.diagnostics).toEqual([4, 5, 6].map((l) => constat("FEC-016", l, `Date d'écriture hors exercice : 20251215 (ligne ${l}) ; exercice du 01/01/2026 au 31/12/2026`)));
  });

  it("FEC-017 : validation antérieure à l'écriture ; postérieure à la date de génération", () => {
    const r = valider(avec([[7, "ValidDate", "20260329"], [8, "ValidDate", "20260329"], [4, "ValidDate", "20270116"], [5, "ValidDate", "20270116"], [6, "ValidDate", "20270116"]]));
    expect(r.diagnostics).toEqual([
      ...[4, 5, 6].map((l) => constat("FEC-017", l, `Date de validation postérieure à la date de génération du fichier, le 15/01/2027 (ligne ${l})`)),
      constat("FEC-017", 7, "Date de validation antérieure à la date d'écriture (ligne 7)"),
      constat("FEC-017", 8, "Date de validation antérieure à la date d'écriture (ligne 8)"),
    ]);
  });
});

describe("montants (FEC-018 à FEC-022)", () => {
  it("FEC-018 à FEC-020 : point décimal, séparateur de milliers, trois décimales (montants lus : le fichier reste équilibré)", () => {
    const r = valider(avec([[4, "Debit", "1200.00"], [5, "Credit", "1 000,00"], [6, "Credit", "200,000"]]));
    expect(r.diagnostics).toEqual([
      constat("FEC-018", 4, "Le champ Debit n'est pas au bon format : séparateur décimal virgule attendu : 1200.00"),
      constat("FEC-019", 5, "Le champ Credit n'est pas au bon format : nombre sans séparateur de milliers attendu : 1 000,00"),
      constat("FEC-020", 6, "Montant avec plus de deux décimales : 200,000 (arrondi au centime pour les totaux)"),
    ]);
  });

  it("FEC-021 : débit et crédit sur une même ligne, ou aucun des deux", () => {
    const lignes = base();
    lignes.splice(3, 0, avec([[4, "Debit", "0,00"]])[2]);
    // Ligne 7 : 100,00 au débit et 300,00 au crédit au lieu de 200,00 au crédit (l'écriture reste équilibrée).
    const r = valider(avec([[7, "Debit", "100,00"], [7, "Credit", "300,00"]], lignes));
    expect(resume(r.diagnostics)).toEqual(["FEC-021@5", "FEC-021@7"]);
    expect(r.diagnostics[0].message).toBe("Débit et crédit renseignés sur une même ligne, ou débit = crédit = 0 (ligne 5)");
  });

  it("FEC-022 : variante Montant/Sens, Sens hors D, C, +1, -1", () => {
    const lignes = base().map((l) => {
      const sens = l[COL.Debit] !== "0,00" ? "D" : "C";
      const m = sens === "D" ? l[COL.Debit] : l[COL.Credit];
      return [...l.slice(0, 11), m, sens, ...l.slice(13)];
    });
    expect(valider(lignes, OPTIONS, ENTETE.replace("Debit|Credit", "Montant|Sens")).diagnostics).toEqual([]);
    lignes[2][12] = "DEBIT";
    expect(resume(valider(lignes, OPTIONS, ENTETE.replace("Debit|Credit", "Montant|Sens")).diagnostics)).toEqual(["FEC-024@0", "FEC-022@4", "FEC-023@4", "FEC-034@8"]);
  });
});

describe("écritures (FEC-023 à FEC-028)", () => {
  it("FEC-023 et FEC-024 : écriture déséquilibrée (à sa première ligne) et fichier déséquilibré", () => {
    const r = valider(avec([[5, "Credit", "900,00"]]));
    expect(r.diagnostics).toEqual([
      constat("FEC-024", 0, "Fichier déséquilibré : total débit 7\u202f400,00 / total crédit 7\u202f300,00"),
      constat("FEC-023", 4, "Écriture 000001 déséquilibrée : débit 1\u202f200,00 / crédit 1\u202f100,00"),
    ]);
    expect(r.valide).toBe(false);
  });

  it("FEC-025 : PieceRef qui change dans une écriture", () => {
    expect(valider(avec([[6, "PieceRef", "FA-102"]])).diagnostics).toEqual([constat("FEC-025", 6, "Écriture 000001 : PieceRef varie entre ses lignes")]);
  });

  it("FEC-026 : numéro manquant (séquence par journal)", () => {
    const lignes = base();
    lignes.push(...base().slice(2, 5).map((l) => { l[COL.EcritureNum] = "000003"; l[COL.EcritureLet] = l[COL.DateLet] = ""; return l; }));
    expect(valider(lignes).diagnostics).toEqual([constat("FEC-026", 9, "Rupture de séquence : numéro 000002 manquant avant 000003")]);
  });

  it("FEC-026 : une écriture dont les lignes sont séparées par une autre (numéro en double)", () => {
    const lignes = base();
    lignes.push(lignes.splice(4, 1)[0]);
    expect(valider(lignes).diagnostics).toEqual([constat("FEC-026", 8, "Numéro d'écriture 000001 en double : ses lignes sont séparées par d'autres écritures (lignes 5 et 8)")]);
  });

  it("FEC-027 : numéro suivant à une date (et une validation) antérieures", () => {
    const lignes = base();
    lignes.push(...base().slice(2, 5).map((l) => {
      Object.assign(l, { [COL.EcritureNum]: "000002", [COL.EcritureDate]: "20260301", [COL.PieceDate]: "20260301", [COL.ValidDate]: "20260302", [COL.EcritureLet]: "", [COL.DateLet]: "" });
      return l;
    }));
    expect(valider(lignes).diagnostics).toEqual([constat("FEC-027", 9, "Écriture 000002 non chronologique")]);
  });

  it("FEC-028 : à-nouveaux après d'autres écritures, pas au premier jour, sur un compte de gestion", () => {
    const lignes = [...base().slice(2), ...avec([[2, "EcritureDate", "20260102"], [3, "EcritureDate", "20260102"], [2, "ValidDate", "20260102"], [3, "ValidDate", "20260102"], [3, "CompteNum", "601000"], [3, "CompteLib", "Achats stockés"]]).slice(0, 2)];
    const r = valider(lignes);
    expect(r.diagnostics.map((d) => [d.regle, d.ligne, d.message])).toEqual([
      ["FEC-028", 7, "Écriture d'à-nouveaux mal placée ou sur un compte de gestion : l'écriture AN000001 (ligne 7) vient après d'autres écritures"],
      ["FEC-028", 7, "Écriture d'à-nouveaux mal placée ou sur un compte de gestion : l'écriture AN000001 est datée du 02/01/2026 et non du premier jour de l'exercice, le 01/01/2026"],
      ["FEC-028", 8, "Écriture d'à-nouveaux mal placée ou sur un compte de gestion : compte 601000 de classe 6 (ligne 8) : seules les classes 1 à 5 sont reprises"],
    ]);
  });
});

describe("tiers, lettrage, devise, libellés, caractères (FEC-029 à FEC-034)", () => {
  it("FEC-029 : compte auxiliaire sans libellé", () => {
    expect(valider(avec([[8, "CompAuxLib", ""]])).diagnostics).toEqual([constat("FEC-029", 8, "Compte auxiliaire sans libellé (ou l'inverse) (ligne 8)")]);
  });

  it("FEC-030 : lettrage sans date, date sans lettrage", () => {
    expect(valider(avec([[4, "DateLet", ""], [5, "DateLet", "20260330"]])).diagnostics).toEqual([
      constat("FEC-030", 4, "Lettrage sans date de lettrage (ligne 4)"),
      constat("FEC-030", 5, "Date de lettrage sans lettrage (ligne 5)"),
    ]);
  });

  it("FEC-031 : montant en devise sans code, code non ISO 4217 ; 0,00 sans code admis", () => {
    const r = valider(avec([[4, "Montantdevise", "1300,00"], [5, "Idevise", "usd"], [5, "Montantdevise", "1,00"], [6, "Montantdevise", "0,00"]]));
    expect(r.diagnostics).toEqual([
      constat("FEC-031", 4, "Devise incomplète (ligne 4) : montant en devise sans code devise (Idevise)"),
      constat("FEC-031", 5, "Devise incomplète (ligne 5) : code ISO 4217 de trois lettres majuscules attendu, « usd » trouvé"),
    ]);
  });

  it("FEC-032 : un même compte sous deux libellés (une fois par compte)", () => {
    expect(valider(avec([[8, "CompteLib", "Clients et comptes rattachés"]])).diagnostics).toEqual([
      constat("FEC-032", 8, "Libellés différents pour le compte 411000 : « Clients » et « Clients et comptes rattachés »"),
    ]);
  });

  it("FEC-033 : caractère de contrôle remplacé", () => {
    expect(valider(avec([[6, "EcritureLib", "Facture\u0007FA-101 Dupont"]])).diagnostics).toEqual([constat("FEC-033", 6, "Caractère non imprimable remplacé (ligne 6)")]);
  });

  it("FEC-034 : lettrage total déséquilibré sur son compte ; un lettrage partiel (minuscules) ne l'est pas", () => {
    const r = valider(avec([[7, "Debit", "1000,00"], [8, "Credit", "1000,00"]]));
    expect(r.diagnostics).toEqual([constat("FEC-034", 4, "Lettrage A déséquilibré sur le compte 411000 (C0042) (écart 200,00)")]);
    expect(valider(avec([[7, "Debit", "1000,00"], [8, "Credit", "1000,00"], [4, "EcritureLet", "a"], [8, "EcritureLet", "a"]])).diagnostics).toEqual([]);
  });
});

describe("liste complète", () => {
  it("ne s'arrête pas à la première erreur : toutes, triées par ligne, erreurs et avertissements séparés", () => {
    const r = valider(avec([[8, "CompAuxLib", ""], [3, "EcritureDate", "2026-01-01"], [5, "Credit", "1000.00"], [6, "CompteNum", "44A"]]));
    // La ligne 3 (date illisible) compte quand même dans l'équilibre de son écriture : pas d'erreur en cascade.
    expect(resume(r.diagnostics)).toEqual(["FEC-014@3", "FEC-018@5", "FEC-012@6", "FEC-029@8"]);
    expect(resume(r.erreurs)).toEqual(["FEC-014@3", "FEC-018@5"]);
    expect(resume(r.avertissements)).toEqual(["FEC-012@6", "FEC-029@8"]);
  });

  it("au-delà de la limite par règle, les constats sont comptés et résumés", () => {
    const lignes = Array.from({ length: 30 }, () => avec([[4, "EcritureLib", ""]]).slice(2, 5)).flat();
    const r = validerFec([ENTETE, ...lignes.map((l) => l.join("|"))].join("\n"), { ...OPTIONS, limiteParRegle: 5 });
    const f011 = r.diagnostics.filter((d) => d.regle === "FEC-011");
    expect(f011).toHaveLength(6);
    expect(f011[5].message).toBe("… et 25 autres constats de la règle FEC-011 à partir de la ligne 17, non détaillés");
    expect(r.erreurs.length).toBeGreaterThan(0);
  });
});

afterAll(() => {
  // Chaque règle de la table a été déclenchée au moins une fois dans ce fichier.
  expect(Object.keys(REGLES_FEC).filter((id) => !declenchees.has(id))).toEqual([]);
});
