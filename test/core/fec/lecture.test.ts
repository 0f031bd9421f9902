// Lecture d'un FEC (comptabilite.md § 2.1 et § 2.2, règles de forme FEC-004 à FEC-011, 014, 018 à 022, 033).
import { creerLecteurFec, lireFec, type Diagnostic } from "../../../src/core/fec";

/** L'exemple du § 2.1, tel qu'il est écrit dans la référence (séparateur |, deux champs vides en fin de ligne). */
const EXEMPLE_2_1 = [
  "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
  "VTE|Ventes|000042|20260305|411000|Clients|C0042|Dupont SARL|FA-101|20260305|Facture FA-101 Dupont|1200,00|0,00|A|20260330|20260306||",
  "VTE|Ventes|000042|20260305|707000|Ventes de marchandises|||FA-101|20260305|Facture FA-101 Dupont|0,00|1000,00|||20260306||",
  "VTE|Ventes|000042|20260305|445710|TVA collectée|||FA-101|20260305|Facture FA-101 Dupont|0,00|200,00|||20260306||",
].join("\n");

const ENTETE = EXEMPLE_2_1.split("\n")[0];
const LIGNE_411 = EXEMPLE_2_1.split("\n")[1];
const regles = (d: Diagnostic[]) => d.map((x) => `${x.regle}@${x.ligne}`);
const mars = (jour: number) => ({ annee: 2026, mois: 3, jour });

describe("lecture de l'exemple du § 2.1", () => {
  const { lignes, diagnostics, format } = lireFec(EXEMPLE_2_1);

  it("séparateur |, 18 champs, aucun constat", () => {
    expect(format).toMatchObject({ separateur: "|", variante: "debit-credit", nombreChamps: 18, estFec: true });
    expect(diagnostics).toEqual([]);
  });

  it("la ligne client : compte 411000, tiers C0042, débit 1 200,00, lettrage A du 30/03/2026, validée le 06/03/2026", () => {
    expect(lignes[0]).toEqual({
      journal: "VTE",
      journalLibelle: "Ventes",
      numero: "000042",
      date: mars(5),
      compte: "411000",
      compteLibelle: "Clients",
      tiers: "C0042",
      tiersLibelle: "Dupont SARL",
      piece: "FA-101",
      pieceDate: mars(5),
      libelle: "Facture FA-101 Dupont",
      debit: 120000,
      credit: 0,
      lettrage: "A",
      dateLettrage: mars(30),
      validation: mars(6),
      montantDevise: undefined,
      devise: undefined,
      origine: 2,
    });
  });

  it("les deux lignes de crédit : 1 000,00 en 707000 et 200,00 en 445710, numéro 000042 gardé en texte", () => {
    expect(lignes.map((l) => [l.compte, l.debit, l.credit, l.numero, l.origine])).toEqual([
      ["411000", 120000, 0, "000042", 2],
      ["707000", 0, 100000, "000042", 3],
      ["445710", 0, 20000, "000042", 4],
    ]);
  });
});

describe("en-tête (FEC-004 à FEC-008)", () => {
  it("tabulation, BOM retiré, CRLF", () => {
    const texte = "\ufeff" + EXEMPLE_2_1.replace(/\|/g, "\t").replace(/\n/g, "\r\n") + "\r\n";
    const r = lireFec(texte);
    expect(r.format?.separateur).toBe("\t");
    expect(r.lignes).toHaveLength(3);
    expect(r.diagnostics).toEqual([]);
  });

  it("fins de ligne CR seules et mélangées : mêmes lignes, mêmes numéros", () => {
    const [e, a, b, c] = EXEMPLE_2_1.split("\n");
    const r = lireFec(`${e}\r${a}\r\n${b}\n${c}`);
    expect(r.lignes.map((l) => l.origine)).toEqual([2, 3, 4]);
  });

  it("séparateur en trop à la fin de l'en-tête : FEC-008 (info) et les lignes avec ou sans séparateur final se lisent", () => {
    const r = lireFec(`${ENTETE}|\n${LIGNE_411}|\n${LIGNE_411}`);
    expect(r.diagnostics).toEqual([{ regle: "FEC-008", ligne: 1, message: "Le fichier contient un séparateur de plus en fin de ligne", severite: "info" }]);
    expect(r.lignes).toHaveLength(2);
  });

  it("champ absent : FEC-006 avec son nom ; champ en plus : FEC-007 (info), ignoré", () => {
    const entete = ENTETE.replace("|Idevise", "|NumFacture");
    const r = lireFec(`${entete}\n${LIGNE_411}F-1`);
    expect(r.diagnostics).toEqual([
      { regle: "FEC-006", ligne: 1, message: "Le champ « Idevise » n'est pas présent dans le fichier (ligne d'en-tête)", severite: "erreur" },
      { regle: "FEC-007", ligne: 1, message: "Champ supplémentaire non prévu : NumFacture", severite: "info" },
    ]);
    expect(r.lignes[0].debit).toBe(120000);
  });

  it("noms sans casse ni espaces ; colonnes repérées par leur nom : Debit et Credit inversés = FEC-006 (ordre) mais montants justes", () => {
    const noms = ENTETE.split("|");
    [noms[11], noms[12]] = [" credit ", "DEBIT"];
    const champs = LIGNE_411.split("|");
    [champs[11], champs[12]] = [champs[12], champs[11]];
    const r = lireFec(`${noms.join("|")}\n${champs.join("|")}`);
    expect(regles(r.diagnostics)).toEqual(["FEC-006@1"]);
    expect(r.diagnostics[0].message).toBe("Le champ « Credit » n'est pas à sa place dans la ligne d'en-tête : colonne 12 au lieu de 13");
    expect([r.lignes[0].debit, r.lignes[0].credit]).toEqual([120000, 0]);
  });

  it("point-virgule : FEC-005, lu quand même", () => {
    const r = lireFec(EXEMPLE_2_1.replace(/\|/g, ";"));
    expect(regles(r.diagnostics)).toEqual(["FEC-005@1"]);
    expect(r.diagnostics[0].message).toBe("Séparateur non reconnu : tabulation ou | attendu (point-virgule trouvé ; le fichier est lu quand même)");
    expect(r.lignes).toHaveLength(3);
  });

  it("fichier vide, en-tête seule : FEC-004", () => {
    expect(lireFec("").diagnostics).toEqual([{ regle: "FEC-004", ligne: 0, message: "Le fichier ne contient pas de ligne : fichier vide", severite: "erreur" }]);
    expect(regles(lireFec(ENTETE + "\n").diagnostics)).toEqual(["FEC-004@1"]);
  });

  it("pas un FEC : FEC-006 « ce fichier n'est pas un FEC », rien n'est lu", () => {
    const r = lireFec("date,journal,compte\n2025-01-01,VT,411");
    expect(r.format?.estFec).toBe(false);
    expect(r.diagnostics[0].message).toContain("ce fichier n'est pas un FEC");
    expect(r.lignes).toEqual([]);
  });

  it("sans en-tête : FEC-006 et la ligne 1 est lue comme une écriture", () => {
    const r = lireFec(EXEMPLE_2_1.split("\n").slice(1).join("\n"));
    expect(regles(r.diagnostics)).toEqual(["FEC-006@1"]);
    expect(r.lignes.map((l) => l.origine)).toEqual([1, 2, 3]);
  });
});

describe("variante Montant/Sens (§ 2.1)", () => {
  const entete = ENTETE.replace("Debit|Credit", "Montant|Sens");
  const ligne = (montant: string, sens: string) => LIGNE_411.replace("1200,00|0,00", `${montant}|${sens}`);

  it("D et +1 = débit, C et -1 = crédit", () => {
    const r = lireFec([entete, ligne("1200,00", "D"), ligne("1000,00", "C"), ligne("150,00", "+1"), ligne("50,00", "-1")].join("\n"));
    expect(r.format?.variante).toBe("montant-sens");
    expect(r.lignes.map((l) => [l.debit, l.credit])).toEqual([
      [120000, 0],
      [0, 100000],
      [15000, 0],
      [0, 5000],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("toute autre valeur de Sens : FEC-022 « Code D/C mal renseigné », ligne inutilisable", () => {
    const r = lireFec([entete, ligne("10,00", "X"), ligne("10,00", "1")].join("\n"));
    expect(r.diagnostics.map((d) => d.message)).toEqual(["Code D/C mal renseigné à la ligne 2 : X", "Code D/C mal renseigné à la ligne 3 : 1"]);
    expect(r.lignes).toEqual([]);
  });
});

describe("lignes (FEC-009 à FEC-011, 014, 018, 021, 033)", () => {
  const lire = (...lignes: string[]) => lireFec([ENTETE, ...lignes].join("\n"));

  it("nombre de champs : FEC-009 avec n et m", () => {
    const r = lire(LIGNE_411.replace("Dupont SARL", "Dupont|SARL"));
    expect(r.diagnostics).toEqual([{ regle: "FEC-009", ligne: 2, message: "La structure du fichier est incorrecte : en ligne 2 : il y a 19 champs au lieu des 18 champs attendus", severite: "erreur" }]);
    expect(r.lignes).toEqual([]);
  });

  it("ligne vide : FEC-010 (alerte), les numéros des lignes suivantes restent physiques", () => {
    const r = lire(LIGNE_411, "   ", LIGNE_411);
    expect(regles(r.diagnostics)).toEqual(["FEC-010@3"]);
    expect(r.diagnostics[0].severite).toBe("alerte");
    expect(r.lignes.map((l) => l.origine)).toEqual([2, 4]);
  });

  it("champ obligatoire vide : FEC-011 erreur (CompteLib), alerte (PieceRef)", () => {
    const r = lire(LIGNE_411.replace("|Clients|", "||").replace("|FA-101|", "||"));
    expect(r.diagnostics).toEqual([
      { regle: "FEC-011", ligne: 2, message: "Le champ CompteLib ne contient aucune valeur : en ligne 2", severite: "erreur" },
      { regle: "FEC-011", ligne: 2, message: "Le champ PieceRef ne contient aucune valeur : en ligne 2", severite: "alerte" },
    ]);
    expect(r.lignes).toHaveLength(1);
  });

  it("date impossible : FEC-014 avec le champ et la valeur ; EcritureDate illisible rend la ligne inutilisable", () => {
    const r = lire(LIGNE_411.replace("20260305|411000", "20260230|411000"), LIGNE_411.replace("|20260330|", "|2026-03-30|"));
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Le champ EcritureDate n'est pas au bon format : date AAAAMMJJ attendue : 20260230 (ligne 2)",
      "Le champ DateLet n'est pas au bon format : date AAAAMMJJ attendue : 2026-03-30 (ligne 3)",
    ]);
    expect(r.lignes.map((l) => l.origine)).toEqual([3]);
  });

  it("point décimal : FEC-018 ; le montant est lu (la ligne compte dans les équilibres)", () => {
    const r = lire(LIGNE_411.replace("1200,00", "1200.00"));
    expect(r.diagnostics[0]).toEqual({ regle: "FEC-018", ligne: 2, message: "Le champ Debit n'est pas au bon format : séparateur décimal virgule attendu : 1200.00", severite: "erreur" });
    expect(r.lignes[0].debit).toBe(120000);
  });

  it("montant négatif : passe dans l'autre colonne (info FEC-021)", () => {
    const r = lire(LIGNE_411.replace("1200,00|0,00", "-1200,00|0,00"));
    expect(r.diagnostics).toEqual([{ regle: "FEC-021", ligne: 2, message: "Montant négatif dans le champ Debit : -1200,00, lu comme un crédit de 1200,00 (ligne 2)", severite: "info" }]);
    expect([r.lignes[0].debit, r.lignes[0].credit]).toEqual([0, 120000]);
  });

  it("espaces autour des séparateurs retirés (comme Test Compta Demat) ; espace insécable : FEC-033 et remplacée", () => {
    const r = lire(LIGNE_411.replace("|411000|", "|  411000 |").replace("Dupont SARL", "Dupont\u00a0SARL"));
    expect(regles(r.diagnostics)).toEqual(["FEC-033@2"]);
    expect(r.lignes[0].compte).toBe("411000");
    expect(r.lignes[0].tiersLibelle).toBe("Dupont SARL");
  });

  it("le lecteur en flux ne garde pas les lignes : ligne() rend la ligne, les constats s'accumulent", () => {
    const lecteur = creerLecteurFec();
    expect(lecteur.entete(ENTETE)).toBe(true);
    expect(lecteur.ligne(LIGNE_411, 2)?.debit).toBe(120000);
    expect(lecteur.ligne("x", 3)).toBeUndefined();
    expect(regles(lecteur.diagnostics)).toEqual(["FEC-009@3"]);
    expect(lecteur.lignesLues).toBe(2);
  });
});
