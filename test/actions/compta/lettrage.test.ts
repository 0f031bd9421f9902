// « Lettrer les comptes de tiers » et « Générer la balance âgée » (module Comptabilité du volet) sur un
// ClasseurMemoire dont le journal a été structuré à l'étape 1. Le journal reprend l'exemple de comptabilite.md § 1.5
// (client C0042 : FA-101 = avoir AV-7 + règlement ; FA-105 et son acompte) et une facture fournisseur réglée.
// Attendus calculés à la main dans chaque test ; refus : rien n'est écrit, le message dit où et quoi faire.
import { appliquerPreparation, preparerBalanceAgee, preparerLettrage, preparerStructuration, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurMemoire } from "../../../src/classeur/memoire";
import type { Cellule, Modification } from "../../../src/classeur/port";

const ENTETES = ["Journal", "Date", "Pièce", "Compte", "Tiers", "Libellé", "Débit", "Crédit", "Échéance"];
type Brute = [string, string, string, string, string, string, number | null, number | null, string | null];

/** Lignes de la saisie (ligne 2 de la feuille = première ligne) ; le tableau Journal les garde dans cet ordre. */
const JOURNAL: Brute[] = [
  ["VTE", "05/03/2026", "FA-101", "411", "C0042", "Facture FA-101", 1200, null, "04/04/2026"], // 2
  ["VTE", "05/03/2026", "FA-101", "707", "", "Facture FA-101", null, 1200, null], // 3
  ["VTE", "10/03/2026", "FA-105", "411", "C0042", "Facture FA-105", 600, null, "09/04/2026"], // 4
  ["VTE", "10/03/2026", "FA-105", "707", "", "Facture FA-105", null, 600, null], // 5
  ["VTE", "12/03/2026", "AV-7", "709", "", "Avoir AV-7 sur FA-101", 200, null, null], // 6
  ["VTE", "12/03/2026", "AV-7", "411", "C0042", "Avoir AV-7 sur FA-101", null, 200, null], // 7
  ["BQ", "30/03/2026", "VIR-33", "512", "", "Règlement FA-101", 1000, null, null], // 8
  ["BQ", "30/03/2026", "VIR-33", "411", "C0042", "Règlement FA-101", null, 1000, null], // 9
  ["BQ", "31/03/2026", "VIR-40", "512", "", "Acompte sur FA-105", 250, null, null], // 10
  ["BQ", "31/03/2026", "VIR-40", "411", "C0042", "Acompte sur FA-105", null, 250, null], // 11
  ["ACH", "02/03/2026", "FF-12", "607", "", "Achat de marchandises", 800, null, null], // 12
  ["ACH", "02/03/2026", "FF-12", "401", "F0012", "Achat de marchandises", null, 800, "01/04/2026"], // 13
  ["BQ", "25/03/2026", "CHQ-5", "401", "F0012", "Règlement fournisseur", 800, null, null], // 14
  ["BQ", "25/03/2026", "CHQ-5", "512", "", "Règlement fournisseur", null, 800, null], // 15
];

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}

async function structure(lignes: Brute[] = JOURNAL, entetes = ENTETES): Promise<ClasseurMemoire> {
  const classeur = new ClasseurMemoire({ feuilles: { Saisie: [entetes, ...lignes.map((l) => l.slice(0, entetes.length) as Cellule[])] } });
  const issue = await appliquerPreparation(classeur, prete(await preparerStructuration(classeur, { source: { genre: "feuille", feuille: "Saisie" } })));
  expect(issue.ok).toBe(true);
  return classeur;
}

const colonneK = (c: ClasseurMemoire, n: number): Cellule[] => Array.from({ length: n }, (_, i) => c.cellule("Journal structuré", `K${i + 2}`)?.valeur ?? null);
type Table = Extract<Modification, { type: "table" }>;
const table = (p: Preparation, nom: string): Table => p.plan.find((m): m is Table => m.type === "table" && m.nom === nom)!;

describe("lettrer les comptes de tiers du tableau Journal", () => {
  it("§ 1.5 : A (FA-101, AV-7, VIR-33) et b (FA-105 et son acompte) pour C0042 ; A pour F0012 ; seules les cellules vides K de ces lignes", async () => {
    const classeur = await structure();
    const p = prete(await preparerLettrage(classeur));
    expect(p.plan).toEqual([
      { type: "valeurs", feuille: "Journal structuré", adresse: "K2", valeurs: [["A"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K4", valeurs: [["b"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K7", valeurs: [["A"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K9", valeurs: [["A"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K11", valeurs: [["b"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K13:K14", valeurs: [["A"], ["A"]] },
    ]);
    expect(p.resume).toEqual([
      "3 groupes proposés dans 2 comptes de tiers : 2 lettrages totaux, 1 lettrage partiel (code en minuscules) ; 7 lignes lettrées sur 7 lignes sans code.",
      "Seules ces 7 cellules vides de la colonne Lettrage (K) du tableau Journal, feuille « Journal structuré » reçoivent un code ; rien d'autre n'est modifié.",
      "« A » en K13 et K14 — compte 401, tiers F0012 : FF-12 (crédit 800,00\u00a0€), CHQ-5 (débit 800,00\u00a0€) ; même montant.",
      "« A » en K2, K7 et K9 — compte 411, tiers C0042 : FA-101 (débit 1\u202f200,00\u00a0€), AV-7 (crédit 200,00\u00a0€), VIR-33 (crédit 1\u202f000,00\u00a0€) ; même pièce.",
      "« b » en K4 et K11 — compte 411, tiers C0042 : FA-105 (débit 600,00\u00a0€), VIR-40 (crédit 250,00\u00a0€) ; lettrage partiel, reste 350,00\u00a0€ au débit.",
    ]);
    expect([p.remplacees, p.feuilles]).toEqual([[], []]);
    expect(p.confirmation?.titre).toBe("Écrire dans le tableau Journal ?");
    expect(p.confirmation?.message).toContain("7 cellules vides de la colonne Lettrage (K) du tableau Journal");

    // Sans confirmation : refus, rien n'est écrit.
    const refus = await appliquerPreparation(classeur, p);
    expect(refus).toEqual({ ok: false, message: "Écrire dans le tableau Journal ? Confirmez pour continuer. Rien n'a été modifié." });
    expect(colonneK(classeur, 14).every((v) => v === null)).toBe(true);

    const fait = await appliquerPreparation(classeur, p, { confirme: true });
    expect(fait).toEqual({ ok: true, message: "7 codes écrits dans la colonne Lettrage du tableau Journal : 2 lettrages totaux, 1 lettrage partiel (code en minuscules)." });
    expect(colonneK(classeur, 14)).toEqual(["A", null, "b", null, null, "A", null, "A", null, "b", null, "A", "A", null]);
    // Le tableau relu porte les codes ; relancer : il ne reste rien à lettrer.
    const journal = (await classeur.lireTable("Journal"))!;
    expect(journal.lignes[0][10]).toBe("A");
    const encore = await preparerLettrage(classeur);
    expect(encore.ok).toBe(false);
    if (!encore.ok) expect(encore.message).toBe("Rien à lettrer : le tableau Journal n'a aucune ligne sans code sur un compte fournisseur (40) ou client (41).");
  });

  it("les codes déjà saisis restent ; les nouveaux suivent le plus grand code du compte ; un code total faux est signalé avec sa cellule", async () => {
    const classeur = await structure();
    // FA-101 et le règlement lettrés « C » à la main (1 200,00 ≠ 1 000,00 : faux) ; l'avoir reste libre.
    await classeur.appliquer([
      { type: "valeurs", feuille: "Journal structuré", adresse: "K2", valeurs: [["C"]] },
      { type: "valeurs", feuille: "Journal structuré", adresse: "K9", valeurs: [["C"]] },
    ]);
    const p = prete(await preparerLettrage(classeur));
    // C0042 : reste FA-105 (600 D), AV-7 (200 C), VIR-40 (250 C, cite FA-105) → partiel « d » (code suivant C) sur K4 et K11.
    expect(p.plan.filter((m) => m.type === "valeurs").map((m) => (m.type === "valeurs" ? [m.adresse, m.valeurs] : []))).toEqual([
      ["K4", [["d"]]],
      ["K11", [["d"]]],
      ["K13:K14", [["A"], ["A"]]],
    ]);
    expect(p.remarques[0]).toEqual({
      cellule: "'Journal structuré'!K2",
      message:
        "Compte 411, tiers C0042 : le lettrage « C » n'est pas soldé (débit 1\u202f200,00, crédit 1\u202f000,00, écart 200,00) : lignes 2 et 9. Un code en majuscules exige Σ débits = Σ crédits ; écrivez-le en minuscules s'il s'agit d'un lettrage partiel.",
    });
  });

  it("refus : pas de tableau Journal ; tableau sans colonne Lettrage ; ligne fautive ; rien à lettrer", async () => {
    const vide = new ClasseurMemoire({ feuilles: { Saisie: [ENTETES, ...JOURNAL] } });
    const sansTable = await preparerLettrage(vide);
    expect(sansTable).toEqual({
      ok: false,
      message: "Le classeur n'a pas de tableau « Journal » : commencez par l'étape 1, « Structurer le journal ». Les codes de lettrage s'écrivent dans la colonne Lettrage de ce tableau.",
      anomalies: [],
    });

    // Un tableau Journal fait à la main, sans colonne Lettrage.
    const main = new ClasseurMemoire({ feuilles: { Journal: [] } });
    await main.appliquer([{ type: "table", feuille: "Journal", nom: "Journal", adresse: "A1", entetes: ["Date", "Pièce", "Compte", "Débit", "Crédit"], lignes: [["05/03/2026", "FA-1", "411", 10, null], ["05/03/2026", "FA-1", "707", null, 10]] }]);
    const sansColonne = await preparerLettrage(main);
    expect(sansColonne.ok).toBe(false);
    if (!sansColonne.ok) {
      expect(sansColonne.message).toBe(
        "Le tableau Journal (feuille « Journal ») n'a pas de colonne Lettrage (en-têtes lus : « Date », « Pièce », « Compte », « Débit », « Crédit »). Relancez l'étape 1, « Structurer le journal », sur votre journal d'origine : le tableau Journal qu'elle crée a les colonnes Lettrage et Échéance. Vous pouvez aussi ajouter au tableau une colonne nommée « Lettrage ».",
      );
    }

    // Une ligne fautive dans le tableau (compte 190, hors PCG) : refus qui nomme la cellule.
    const faux = await structure();
    await faux.appliquer([{ type: "valeurs", feuille: "Journal structuré", adresse: "E3", valeurs: [["190"]] }]);
    const refus = await preparerLettrage(faux);
    expect(refus.ok).toBe(false);
    if (!refus.ok) {
      expect(refus.message).toMatch(/^1 anomalie empêche de continuer/);
      expect(refus.anomalies[0].cellule).toBe("'Journal structuré'!E3");
    }
    expect(colonneK(faux, 14).every((v) => v === null)).toBe(true);

    // Rien ne se compense : facture de 100,00 et règlement de 90,00 sans pièce commune.
    const rien = await structure([
      ["VTE", "05/03/2026", "FA-1", "411", "C1", "Facture", 100, null, null],
      ["VTE", "05/03/2026", "FA-1", "707", "", "Facture", null, 100, null],
      ["BQ", "06/03/2026", "V-1", "512", "", "Virement", 90, null, null],
      ["BQ", "06/03/2026", "V-1", "411", "C1", "Virement", null, 90, null],
    ]);
    const r = await preparerLettrage(rien);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe("Rien à lettrer : parmi 2 lignes sans code des comptes clients (41) et fournisseurs (40), aucune ne se compense avec une autre du même compte et du même tiers (même montant, même pièce ou groupe de somme nulle).");
  });
});

describe("générer la balance âgée", () => {
  it("après lettrage, au 15/04/2026 : reste 350,00 de FA-105 (échéance 09/04, 6 jours, tranche 1 à 30 jours) ; F0012 soldé", async () => {
    const classeur = await structure();
    expect((await appliquerPreparation(classeur, prete(await preparerLettrage(classeur)), { confirme: true })).ok).toBe(true);
    const p = prete(await preparerBalanceAgee(classeur, { dateArrete: "15/04/2026" }));
    expect(table(p, "BalanceAgee").lignes).toEqual([["Clients", "411", "C0042", null, 350, null, null, null, 350]]);
    expect(table(p, "PiecesNonLettrees").lignes).toEqual([
      ["Clients", "411", "C0042", "FA-105", 46091, 46121, 6, "1 à 30 jours", 350, "Facture FA-105", "reste du lettrage partiel « b »"],
    ]);
    // Totaux des clients : SOMME.SI.ENS sur le tableau (ligne 6, sous la seule ligne de tiers) ; pas de fournisseurs.
    const totaux = p.plan.find((m) => m.type === "valeurs" && m.adresse === "A6");
    expect(totaux && totaux.type === "valeurs" && totaux.valeurs[0].slice(0, 5)).toEqual(["Total clients", null, null, '=SUMIFS(BalanceAgee[Non échu],BalanceAgee[Catégorie],"Clients")', '=SUMIFS(BalanceAgee[1 à 30 jours],BalanceAgee[Catégorie],"Clients")']);
    expect(p.resume[2]).toBe("Clients : 350,00\u00a0€ non lettrés, dont 350,00\u00a0€ échus (à relancer) et 0,00\u00a0€ à plus de 90 jours.");
    const fait = await appliquerPreparation(classeur, p);
    expect(fait.ok).toBe(true);
    expect(classeur.cellule("Balance âgée", "A1")?.valeur).toBe("Balance âgée des clients et des fournisseurs au 15/04/2026");
    expect(classeur.cellule("Balance âgée", "A9")?.valeur).toBe("Σ tranches des clients = solde de leurs comptes au 15/04/2026 (débit − crédit : ce que les clients doivent) : vérifié (350,00\u00a0€ = 350,00\u00a0€).");
  });

  it("sans lettrage, au 31/03/2026 (dernière écriture, par défaut) : chaque ligne est une pièce ; Σ tranches = solde (C0042 350,00 ; F0012 0,00)", async () => {
    const classeur = await structure();
    const p = prete(await preparerBalanceAgee(classeur));
    // C0042 : FA-101 1 200 (échéance 04/04 : −4 j) + FA-105 600 (09/04 : −9 j) − VIR-40 250 (31/03 : 0 j) = 1 550 non échus ;
    //         AV-7 −200 (12/03 : 19 j) − VIR-33 1 000 (30/03 : 1 j) = −1 200 de 1 à 30 jours. Total 350.
    // F0012 (dettes) : FF-12 800 (01/04 : −1 j) non échu ; CHQ-5 −800 (25/03 : 6 j). Total 0.
    expect(table(p, "BalanceAgee").lignes).toEqual([
      ["Clients", "411", "C0042", 1550, -1200, null, null, null, 350],
      ["Fournisseurs", "401", "F0012", 800, -800, null, null, null, 0],
    ]);
    expect(p.titre).toBe("Générer la balance âgée au 31/03/2026");
    expect(p.remarques[0].message).toBe("4 pièces n'ont pas d'échéance (colonne Échéance vide) : la date de la pièce sert d'échéance (colonne Remarque du détail). Renseignez l'échéance des factures pour une balance âgée juste.");
  });

  it("un tableau Journal fait à la main avec le nom des tiers : colonne Nom ; retard 0 le jour de la pièce (non échu)", async () => {
    const main = new ClasseurMemoire({ feuilles: { Journal: [] } });
    await main.appliquer([
      {
        type: "table",
        feuille: "Journal",
        nom: "Journal",
        adresse: "B2",
        entetes: ["Date", "Pièce", "Compte", "Tiers", "Nom du tiers", "Débit", "Crédit", "Lettrage"],
        lignes: [
          ["05/03/2026", "FA-1", "411", "C1", "Hôtel Les Trois Rives", 100, null, null],
          ["05/03/2026", "FA-1", "707", null, null, null, 100, null],
        ],
      },
    ]);
    const p = prete(await preparerBalanceAgee(main, { dateArrete: "05/03/2026" }));
    const t = table(p, "BalanceAgee");
    expect(t.entetes).toEqual(["Catégorie", "Compte", "Tiers", "Nom", "Non échu", "1 à 30 jours", "31 à 60 jours", "61 à 90 jours", "Plus de 90 jours", "Total"]);
    expect(t.lignes).toEqual([["Clients", "411", "C1", "Hôtel Les Trois Rives", 100, null, null, null, null, 100]]);
  });

  it("refus : date d'arrêté impossible ; journal sans compte de tiers ; régénérer demande confirmation", async () => {
    const classeur = await structure();
    expect(await preparerBalanceAgee(classeur, { dateArrete: "31/02/2026" })).toEqual({ ok: false, message: "Date d'arrêté : la date « 31/02/2026 » n'existe pas.", anomalies: [] });
    const sansTiers = await structure([
      ["OD", "05/03/2026", "OD-1", "607", "", "Achat", 100, null, null],
      ["OD", "05/03/2026", "OD-1", "512", "", "Achat", null, 100, null],
    ]);
    const r = await preparerBalanceAgee(sansTiers);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Le journal n'a aucune ligne sur un compte client \(41\) ou fournisseur \(40\)/);
    expect(await sansTiers.nomsFeuilles()).toEqual(["Saisie", "Journal structuré"]);

    const p = prete(await preparerBalanceAgee(classeur));
    expect((await appliquerPreparation(classeur, p)).ok).toBe(true);
    const encore = prete(await preparerBalanceAgee(classeur));
    expect(encore.remplacees).toEqual(["Balance âgée"]);
    expect((await appliquerPreparation(classeur, encore)).ok).toBe(false);
    expect((await appliquerPreparation(classeur, encore, { confirme: true })).ok).toBe(true);
  });
});
