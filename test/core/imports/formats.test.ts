// Chaque format d'export (exports-pgi.md § 2 à § 5) : fichier écrit à la main dans la forme documentée, montants
// et totaux attendus calculés à la main (vente de 1 000,00 HT + TVA 20 % = 1 200,00 TTC, comptabilite.md § 2.1).
import { encoderTexte } from "../../../src/core/encodage";
import { detecterFormat, importerGrilleSync, importerSync, resumerImport, type OptionsImport } from "../../../src/core/imports";

const octets = (texte: string, encodage: Parameters<typeof encoderTexte>[1] = "utf-8", bom = false) => encoderTexte(texte, encodage, { bom });
const importerTexte = (texte: string, options: OptionsImport = {}) => importerSync(octets(texte), options);
const totaux = (r: ReturnType<typeof importerSync>) => {
  const s = resumerImport(r.lignes);
  return [s.lignes, s.ecritures, s.debit, s.credit, s.equilibre];
};

describe("Dolibarr « Configurable » (§ 3.2 : pièce, date, référence, libellé, compte, auxiliaire, débit, crédit, montant, journal)", () => {
  const texte = [
    "1,2025-01-15,FA001,Vente Dupont,411000,CLI01,1200.00,0.00,1200.00,VT",
    "1,2025-01-15,FA001,Vente Dupont,706000,,0.00,1000.00,-1000.00,VT",
    "1,2025-01-15,FA001,'Vente, TVA collectée',445710,,0.00,200.00,-200.00,VT",
  ].join("\n");
  it("reconnu sans en-tête ; le libellé entre apostrophes qui contient le séparateur est recollé", () => {
    const r = importerTexte(texte);
    expect(r.reconnaissance?.format).toBe("dolibarr");
    expect(r.erreurs).toEqual([]);
    expect(totaux(r)).toEqual([3, 1, 120000, 120000, true]);
    expect(r.lignes[2]).toMatchObject({ libelle: "Vente, TVA collectée", compte: "445710", credit: 20000, journal: "VT", numero: "1", piece: "FA001" });
    expect(r.lignes[0]).toMatchObject({ tiers: "CLI01", date: { annee: 2025, mois: 1, jour: 15 } });
  });
});

describe("EBP (forme de l'export EBP de Dolibarr : n° de ligne, date JJMMAAAA, journal, compte, libellé, pièce, montant, sens)", () => {
  it("montant + sens D/C, point décimal", () => {
    const r = importerTexte(['1,15012025,VT,411000,"Facture Dupont","FA001",1200,D,15012025', '2,15012025,VT,706000,"Facture Dupont","FA001",1000,C,15012025', '3,15012025,VT,445710,"Facture Dupont","FA001",200.00,C,15012025'].join("\n"));
    expect(r.reconnaissance?.format).toBe("ebp");
    expect(totaux(r)).toEqual([3, 1, 120000, 120000, true]);
    expect(r.lignes.map((l) => [l.compte, l.debit, l.credit, l.numero])).toEqual([["411000", 120000, 0, "FA001"], ["706000", 0, 100000, "FA001"], ["445710", 0, 20000, "FA001"]]);
  });
});

/** Une ligne XIMPORT de 142 caractères, zone par zone (exports-pgi.md § 3.2). */
const ximport = (piece: string, date: string, compte: string, libelle: string, montant: string, sens: string) =>
  piece.padEnd(5) + "VT" + date + " ".repeat(8) + "FA-101".padEnd(12) + compte.padEnd(11) + libelle.padEnd(25).slice(0, 25) + montant.padStart(13) + sens + " ".repeat(18) + libelle.padEnd(34).slice(0, 34) + "O2003";

describe("Sage 50 / Ciel XIMPORT (largeur fixe, 142 caractères)", () => {
  const lignes = [ximport("1", "20250115", "411000", "Facture Élodie", "1200,00", "D"), ximport("1", "20250115", "706000", "Facture Élodie", "1000,00", "C"), ximport("1", "20250115", "445710", "Facture Élodie", "200,00", "C")];
  it("positions comptées en caractères après décodage : un « É » en Windows-1252 ne décale rien", () => {
    expect(lignes[0]).toHaveLength(142);
    const r = importerSync(octets(lignes.join("\r\n"), "windows-1252"));
    expect(r.reconnaissance?.format).toBe("sage");
    expect(r.encodage?.encodage).toBe("windows-1252");
    expect(totaux(r)).toEqual([3, 1, 120000, 120000, true]);
    expect(r.lignes[0]).toMatchObject({ libelle: "Facture Élodie", piece: "FA-101", numero: "1", compte: "411000", journal: "VT" });
  });
  it("une ligne tronquée est une erreur qui la nomme ; rien n'est importé", () => {
    const r = importerTexte([...lignes.slice(0, 2), lignes[2].slice(0, 60)].join("\n"), { format: "sage" });
    expect(r.ok).toBe(false);
    expect(r.lignes).toEqual([]);
    expect(r.erreurs).toEqual([{ ligne: 3, message: "Ligne 3 : 60 caractères au lieu de 142 (format XIMPORT à largeur fixe ; au moins 85 jusqu'au sens D/C)." }]);
  });
  it("Sage 100 à balises (#FLG) : reconnu et refusé avec un message", () => {
    const r = importerTexte("#FLG 000\n#VER 18\n#MECG\nVT\n");
    expect(r.ok).toBe(false);
    expect(r.reconnaissance?.libelle).toBe("Sage 100 — format texte à balises");
    expect(r.erreurs[0].message).toContain("exportez plutôt le FEC");
  });
});

describe("Odoo : export d'éléments de journal (§ 2.1)", () => {
  const csv = [
    '"Date","Journal","Écriture comptable","Compte","Partenaire","Libellé","Débit","Crédit","Numéro de lettrage"',
    '"2025-01-15","Factures clients","INV/2025/00001","411100 Clients","Dupont SA","INV/2025/00001",1200.0,0.0,"A1"',
    '"2025-01-15","Factures clients","INV/2025/00001","706000 Prestations de services","Dupont SA","Conseil",0.0,1000.0,""',
    '"2025-01-15","Factures clients","INV/2025/00001","445710 TVA collectée","Dupont SA","TVA 20 %",0.0,200.0,""',
  ].join("\n");
  it("libellés traduits : le compte « 411100 Clients » est séparé de son intitulé, le partenaire devient le nom du tiers", () => {
    const r = importerTexte(csv);
    expect(r.reconnaissance?.format).toBe("odoo");
    expect(totaux(r)).toEqual([3, 1, 120000, 120000, true]);
    expect(r.lignes[0]).toMatchObject({ compte: "411100", compteLibelle: "Clients", numero: "INV/2025/00001", tiersLibelle: "Dupont SA", lettrage: "A1", debit: 120000 });
  });
  it("noms techniques (export compatible avec l'import) : account_id, move_id, partner_id", () => {
    const technique = csv.replace(/^.*\n/, '"date","journal_id","move_id","account_id","partner_id","name","debit","credit","matching_number"\n');
    const r = importerTexte(technique);
    expect(r.reconnaissance?.format).toBe("odoo");
    expect(r.lignes[1]).toMatchObject({ compte: "706000", compteLibelle: "Prestations de services", libelle: "Conseil", credit: 100000 });
  });
  it("la même grille lue dans un XLSX (dates en numéros de série, montants en nombres)", () => {
    const r = importerGrilleSync([
      ["Date", "Journal", "Compte", "Partenaire", "Libellé", "Débit", "Crédit"],
      [45672, "VT", "411100 Clients", "Dupont SA", "Facture", 1200, 0],
      [45672, "VT", "706000 Ventes", "Dupont SA", "Facture", 0, 1200],
    ]);
    expect(r.ok).toBe(true);
    expect(r.lignes[0]).toMatchObject({ date: { annee: 2025, mois: 1, jour: 15 }, compte: "411100", debit: 120000 });
  });
});

describe("CSV générique à en-têtes, encodages (§ 7.1) et séparateurs (§ 7.2)", () => {
  const journal = ["Date;Journal;N° pièce;Compte;Libellé;Débit;Crédit", "15/01/2025;VTE;FA-101;411000;Facture Hélène;1 200,00;", "15/01/2025;VTE;FA-101;706000;Facture Hélène;;1 000,00", "15/01/2025;VTE;FA-101;445710;Facture Hélène;;200,00"].join("\r\n");
  it.each([
    ["utf-8", false, "UTF-8"],
    ["utf-8", true, "UTF-8 avec BOM"],
    ["windows-1252", false, "Windows-1252"],
    ["cp850", false, "CP850 (DOS)"],
  ] as const)("%s (BOM %s) : « Hélène » relu, 1 200,00 équilibré", (encodage, bom, libelle) => {
    const r = importerSync(octets(journal, encodage, bom));
    expect(r.encodage?.libelle).toBe(libelle);
    expect(r.reconnaissance?.format).toBe("csv");
    expect(r.separateur).toBe(";");
    expect(totaux(r)).toEqual([3, 1, 120000, 120000, true]);
    expect(r.lignes[0].libelle).toBe("Facture Hélène");
  });
  it("tabulation et virgule (montants au point décimal) détectées", () => {
    expect(importerTexte(journal.replace(/;/g, "\t")).separateur).toBe("\t");
    const virgule = importerTexte(journal.replace(/;/g, ",").replace(/1 200,00/, "1200.00").replace(/1 000,00/, "1000.00").replace(/200,00/, "200.00"));
    expect(virgule.separateur).toBe(",");
    expect(totaux(virgule)).toEqual([3, 1, 120000, 120000, true]);
  });
  it("tout ou rien : chaque erreur est listée (ligne, colonne, message) et aucune ligne n'est rendue", () => {
    const faux = journal.replace("15/01/2025;VTE;FA-101;706000", "30/02/2025;VTE;FA-101;706000").replace("1 200,00", "12,345").replace(";445710;", ";;");
    const r = importerTexte(faux);
    expect(r.ok).toBe(false);
    expect(r.lignes).toEqual([]);
    expect(r.erreurs).toEqual([
      { ligne: 2, colonne: "Débit", message: "Ligne 2, colonne « Débit » : « 12,345 » n'est pas un montant en euros à deux décimales au plus (exemples : 1 234,56 ; -1234.56 ; (12,00))." },
      { ligne: 3, colonne: "Date", message: "Ligne 3, colonne « Date » : la date « 30/02/2025 » n'existe pas (lue au format JJ/MM/AAAA)." },
      { ligne: 4, colonne: "Compte", message: "Ligne 4, colonne « Compte » : le numéro de compte est vide." },
    ]);
    expect(r.nombreErreurs).toBe(3);
  });
  it("fichier inconnu : erreur sur le fichier entier (ligne 0) qui cite la première ligne", () => {
    const r = importerTexte("Bonjour, ceci n'est pas un journal\nni ceci\n");
    expect(r.ok).toBe(false);
    expect(r.reconnaissance).toBeUndefined();
    expect(r.erreurs[0].ligne).toBe(0);
    expect(r.erreurs[0].message).toMatch(/^format non reconnu .*La première ligne est « Bonjour, ceci n'est pas un journal »/);
  });
  it("format imposé qui ne correspond pas : le message nomme le format attendu", () => {
    const r = importerTexte(journal, { format: "ebp" });
    expect(r.reconnaissance?.format).toBe("ebp");
    expect(r.ok).toBe(true);
    expect(importerTexte("a;b;c\n1;2;3", { format: "odoo" }).erreurs[0].message).toContain("le fichier n'a pas la forme attendue d'un export Odoo");
  });
});

describe("import paramétrable : correspondance de colonnes (§ 4)", () => {
  const releve = ["Relevé de compte", "Date opération;Libellé;Montant;Cpte", "02/03/2025;Virement Dupont;1 200,00;512000", "05/03/2025;Prélèvement EDF;-84,50;512000"].join("\n");
  const correspondance = { colonnes: { date: "Date opération", libelle: "Libellé", montant: "Montant", compte: "Cpte" }, separateur: ";", formatDate: "JJ/MM/AAAA", montants: "signe", lignesIgnorees: 1 };
  it("montant signé : positif au débit, négatif au crédit ; en-têtes repérés sans casse ni accents", () => {
    const r = importerTexte(releve, { correspondance: { ...correspondance, colonnes: { ...correspondance.colonnes, libelle: "LIBELLE" } } });
    expect(r.erreurs).toEqual([]);
    expect(r.lignes.map((l) => [l.origine, l.compte, l.debit, l.credit, l.libelle])).toEqual([[3, "512000", 120000, 0, "Virement Dupont"], [4, "512000", 0, 8450, "Prélèvement EDF"]]);
    expect(r.colonnes.map((c) => `${c.champ}←${c.source}`)).toEqual(["date←Date opération", "libelle←Libellé", "montant←Montant", "compte←Cpte"]);
  });
  it("correspondance fautive : chaque faute nommée, rien n'est lu", () => {
    const r = importerTexte(releve, { correspondance: { colonnes: { date: "Date", debitt: "X" }, separateur: "#", formatDate: "JJ-MM" } });
    expect(r.ok).toBe(false);
    expect(r.erreurs.map((e) => e.message)).toEqual([
      expect.stringContaining("colonnes : « debitt » n'est pas un champ du journal"),
      "correspondance de colonnes : separateur : « ; », « , », « | » ou « tabulation » attendu.",
      expect.stringContaining("formatDate :"),
    ]);
  });
  it("en-tête introuvable : les en-têtes lus sont cités", () => {
    const r = importerTexte(releve, { correspondance: { ...correspondance, colonnes: { ...correspondance.colonnes, compte: "Compte" } } });
    expect(r.erreurs[0].message).toBe("correspondance de colonnes : en-tête « Compte » (champ compte) introuvable dans la ligne d'en-tête (en-têtes lus : « Date opération », « Libellé », « Montant », « Cpte »).");
  });
});

describe("detecterFormat : ce qui a été reconnu, et pourquoi", () => {
  it("rend le format, la variante et la raison en français", () => {
    const d = detecterFormat("Date;Compte;Débit;Crédit;Pièce\n01/01/2025;512000;10;;P1\n");
    expect(d.reconnaissance).toMatchObject({ format: "csv", libelle: "CSV avec ligne d'en-tête" });
    expect(d.reconnaissance?.raison).toMatch(/^ligne d'en-tête 1 : 5 colonnes/);
  });
});
