// Fonctions de comptabilité sur un journal saisi dans la feuille : les quatre premières écritures de comptabilite.md § 6
// (balance du § 1.6), messages d'erreur qui nomment la ligne de la plage, explications, dans HyperFormula.
import { DetailedCellError } from "hyperformula";
import { creerClasseurHf } from "../../src/hotes/hyperformula/plugin";
import { BALANCE, DEBIT, LIBELLE_COMPTE, RESULTAT, SOLDE, SOLDE_TIERS } from "../../src/fonctions/compta";
import { executer, expliquer } from "../../src/fonctions/executer";
import { trouverFonction } from "../../src/fonctions/index";

type Cellule = string | number | boolean | null;
const ENTETE: Cellule[] = ["Date", "Journal", "N° pièce", "Compte", "Tiers", "Libellé", "Débit", "Crédit"];
const JOURNAL: Cellule[][] = [
  ENTETE,
  ["05/03/2026", "ACH", "FF-301", 607, null, "Achat", 1000, null],
  ["05/03/2026", "ACH", "FF-301", 44566, null, "Achat", 200, null],
  ["05/03/2026", "ACH", "FF-301", 401, "F0012", "Achat", null, 1200],
  ["10/03/2026", "VTE", "FA-101", 411, "C0042", "Vente", 2400, null],
  ["10/03/2026", "VTE", "FA-101", 707, null, "Vente", null, 2000],
  ["10/03/2026", "VTE", "FA-101", 44571, null, "Vente", null, 400],
  ["20/03/2026", "BQ", "VIR-101", 512, null, "Règlement client", 2400, null],
  ["20/03/2026", "BQ", "VIR-101", 411, "C0042", "Règlement client", null, 2400],
  ["25/03/2026", "BQ", "CHQ-301", 401, "F0012", "Règlement fournisseur", 1200, null],
  ["25/03/2026", "BQ", "CHQ-301", 512, null, "Règlement fournisseur", null, 1200],
];

const avec = (journal: Cellule[][], ...args: unknown[]) => [journal, ...args];
const valeur = (f: Parameters<typeof executer>[0], args: unknown[]) => {
  const r = executer(f, args);
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = (f: Parameters<typeof executer>[0], args: unknown[]) => {
  const r = executer(f, args);
  if (r.ok) throw new Error("pas d'erreur");
  return { code: r.erreur.code, message: r.erreur.message };
};

describe("AGORA.SOLDE, DEBIT, CREDIT, RESULTAT sur le journal du § 6", () => {
  it("soldes du § 1.6 : 512 = 1 200,00 D ; 707 = 2 000,00 C ; 44571 = 400,00 C ; 401 et 411 soldés", () => {
    expect(valeur(SOLDE, avec(JOURNAL, "512"))).toBe(1200);
    expect(valeur(SOLDE, avec(JOURNAL, "707"))).toBe(-2000);
    expect(valeur(SOLDE, avec(JOURNAL, 44571))).toBe(-400);
    expect(valeur(SOLDE, avec(JOURNAL, "401;411"))).toBe(0);
  });
  it("par période : la banque au 20/03 (après le règlement client, avant le chèque fournisseur)", () => {
    expect(valeur(SOLDE, avec(JOURNAL, "512", null, "20/03/2026"))).toBe(2400);
    expect(valeur(SOLDE, avec(JOURNAL, "512", "21/03/2026"))).toBe(-1200);
    expect(valeur(DEBIT, avec(JOURNAL, "4", "01/03/2026", "10/03/2026"))).toBe(2600);
  });
  it("résultat = produits − charges = 2 000,00 − 1 000,00", () => {
    expect(valeur(RESULTAT, avec(JOURNAL))).toBe(1000);
    expect(valeur(RESULTAT, avec(JOURNAL, "06/03/2026"))).toBe(2000);
  });
  it("EXPLIQUE détaille le calcul", () => {
    const { etapes } = expliquer(SOLDE, avec(JOURNAL, "6;7"));
    expect(etapes).toEqual([
      "Solde des comptes 6, 7 (toutes dates) : 2 lignes ; débit 1\u202f000,00 ; crédit 2\u202f000,00.",
      "Solde = débit − crédit = 1\u202f000,00 − 2\u202f000,00 = −1\u202f000,00 (créditeur).",
      "Résultat : −1\u202f000,00\u00a0€",
    ]);
    expect(expliquer(RESULTAT, avec(JOURNAL)).etapes).toContain("Résultat = produits − charges = 2\u202f000,00 − 1\u202f000,00 = 1\u202f000,00 (bénéfice).");
  });
});

describe("AGORA.SOLDE.TIERS et AGORA.LIBELLE.COMPTE", () => {
  it("solde du client C0042 avant et après son règlement ; un compte auxiliaire dans la colonne Compte", () => {
    expect(valeur(SOLDE_TIERS, avec(JOURNAL, "C0042", "15/03/2026"))).toBe(2400);
    expect(valeur(SOLDE_TIERS, avec(JOURNAL, "c0042"))).toBe(0);
    const aux = [ENTETE, ["05/03/2026", "VTE", "1", "411DUPONT", null, "Facture", 1200, null], ["05/03/2026", "VTE", "1", "707", null, "Facture", null, 1200]];
    expect(valeur(SOLDE_TIERS, avec(aux, "411DUPONT"))).toBe(1200);
  });
  it("un tiers absent du journal donne #N/A", () => {
    expect(erreur(SOLDE_TIERS, avec(JOURNAL, "C9999"))).toEqual({ code: "na", message: "tiers : « C9999 » n'apparaît pas dans le journal (colonne Tiers ou Compte)." });
  });
  it("intitulé du PCG ; #N/A pour un compte hors PCG", () => {
    expect(valeur(LIBELLE_COMPTE, ["401DUPONT"])).toBe("Fournisseurs");
    expect(valeur(LIBELLE_COMPTE, [6811])).toBe("Dotations aux amortissements sur immobilisations incorporelles et corporelles");
    expect(erreur(LIBELLE_COMPTE, ["791000"])).toEqual({ code: "na", message: "numero : le compte « 791000 » ne commence par aucun numéro du plan comptable général 2025." });
  });
});

describe("lecture du journal d'une plage", () => {
  it("ignore les lignes vides et les lignes sans montant (en cours de saisie)", () => {
    const j = [...JOURNAL, [null, null, null, null, null, null, null, null], ["31/03/2026", "OD", "X", 607, null, "à saisir", null, null]];
    expect(valeur(SOLDE, avec(j, "6"))).toBe(1000);
  });
  it("accepte des en-têtes d'export (FEC) et des montants en texte", () => {
    const fec = [
      ["EcritureDate", "JournalCode", "EcritureNum", "CompteNum", "EcritureLib", "Debit", "Credit"],
      ["20260305", "VTE", "42", "411000", "Facture", "1200,00", "0,00"],
      ["20260305", "VTE", "42", "707000", "Facture", "0,00", "1000,00"],
      ["20260305", "VTE", "42", "445710", "Facture", "0,00", "200,00"],
    ];
    expect(valeur(SOLDE, avec(fec, "7"))).toBe(-1000);
  });
  it("nomme la ligne de la plage et la colonne de chaque valeur fautive (trois citées, les autres comptées)", () => {
    const j = [
      ...JOURNAL,
      ["31/03/2026", "OD", "X", 607, null, "x", "abc", null],
      ["31/02/2026", "OD", "X", 607, null, "x", 10, null],
      ["31/03/2026", "OD", "X", 607, null, "x", 10, 10],
      ["31/03/2026", "OD", "X", 999, null, "x", 10, null],
      ["31/03/2026", "OD", "X", 512, null, "x", -10, null],
    ];
    expect(erreur(SOLDE, avec(j, "6"))).toEqual({
      code: "valeur",
      message:
        "journal : ligne 12 de la plage, colonne « Débit » : « abc » n'est pas un montant en euros à deux décimales au plus ; ligne 13 de la plage, colonne « Date » : la date « 31/02/2026 » n'existe pas ; ligne 14 de la plage : débit (10,00) et crédit (10,00) renseignés sur la même ligne : une ligne porte un débit ou un crédit (et 2 autres anomalies).",
    });
  });
  it("refuse une plage sans en-tête de journal", () => {
    expect(erreur(SOLDE, avec(JOURNAL.slice(1), "6")).message).toMatch(
      /^journal : la première ligne de la plage doit être l'en-tête du journal ; colonnes Date, Compte, Débit, Crédit absentes de la ligne d'en-tête/,
    );
  });
  it("une écriture déséquilibrée ne bloque pas le calcul : EXPLIQUE la signale avec ses lignes", () => {
    const j = [...JOURNAL, ["31/03/2026", "OD", "X-1", 607, null, "x", 10, null]];
    const { etapes, issue } = expliquer(SOLDE, avec(j, "6"));
    expect(issue.ok).toBe(true);
    expect(etapes[0]).toBe("Attention : Écriture OD n° X-1 déséquilibrée : débit 10,00 / crédit 0,00 (écart 10,00 ; ligne de la plage 12).");
  });
});

describe("AGORA.BALANCE dans une feuille HyperFormula", () => {
  function evaluer(formule: string, journal = JOURNAL) {
    const feuille = journal.map((l, i) => [...l, null, i === 0 ? formule : null]);
    const hf = creerClasseurHf({ Feuil1: feuille });
    try {
      const premiere = hf.getCellValue({ sheet: 0, col: 9, row: 0 });
      if (premiere instanceof DetailedCellError) return premiere.value;
      return hf.getSheetValues(0).map((l) => l.slice(9)).filter((l) => l.some((c) => c !== null && c !== ""));
    } finally {
      hf.destroy();
    }
  }
  it("renverse la balance du § 1.6 avec en-tête et totaux", () => {
    const t = evaluer("=AGORA.BALANCE(A1:H11)") as unknown[][];
    expect(t[0]).toEqual(["Compte", "Libellé", "Débit", "Crédit", "Solde débiteur", "Solde créditeur"]);
    expect(t.map((l) => l[0])).toEqual(["Compte", "401", "411", "44566", "44571", "512", "607", "707", "Total"]);
    expect(t[t.length - 1]).toEqual(["Total", "", 7200, 7200, 2400, 2400]);
  });
  it("la taille prévue suffit au pire cas : un compte par ligne", () => {
    expect(BALANCE.tailleMax!([{ lignes: 11, colonnes: 8 }])).toEqual({ lignes: 12, colonnes: 6 });
    const unParLigne = [ENTETE, ...Array.from({ length: 6 }, (_, i): Cellule[] => ["05/03/2026", "OD", "1", `60${i}`, null, "x", i % 2 ? null : 10, i % 2 ? 10 : null])];
    expect((evaluer("=AGORA.BALANCE(A1:H7)", unParLigne) as unknown[][]).length).toBe(8);
  });
  it("AGORA.SOLDE dans une formule de la feuille", () => {
    expect(evaluer('=AGORA.SOLDE(A1:H11;"512")*2')).toEqual([[2400]]);
  });
  it("est enregistrée dans le registre, catégorie Comptabilité", () => {
    expect(trouverFonction("agora.solde.tiers")?.categorie).toBe("Comptabilité");
  });
});
