// La feuille « Journal 2025 » de l'exemple (preview/donnees/janvier.ts), dans un classeur d'aperçu (HyperFormula)
// chargé avec tout l'exemple : étape 1 sur cette feuille, lettrage, puis balance âgée au 31/01/2025. Attendus
// calculés à la main à partir des pièces de la feuille (voir chaque commentaire) ; soldes par tiers recoupés avec
// hledger (exemple-janvier.journal, recopié à la main depuis les pièces).
import { appliquerPreparation, preparerBalanceAgee, preparerLettrage, preparerStructuration, type IssuePreparation, type Preparation } from "../../../src/actions/compta";
import { ClasseurApercu } from "../../../src/classeur/apercu";
import type { Cellule } from "../../../src/classeur/port";
import { planExemple, PREMIERE_FEUILLE } from "../../../preview/donnees/exemple";
import { FEUILLE_JOURNAL_2025, JOURNAL_2025 } from "../../../preview/donnees/janvier";
import { OUVERTURE } from "../../../preview/donnees/grain-de-sel";
import { decrireAvecHledger, soldes } from "./hledger-exemple";

function prete(issue: IssuePreparation): Preparation {
  if (!issue.ok) throw new Error(`préparation refusée : ${issue.message} ${issue.anomalies.map((a) => a.message).join(" | ")}`);
  return issue.preparation;
}
const cts = (v: number | null) => Math.round((v ?? 0) * 100);

describe("l'exemple « Journal 2025 » : lettrage et balance âgée", () => {
  let c: ClasseurApercu;
  beforeAll(async () => {
    c = new ClasseurApercu(PREMIERE_FEUILLE);
    await c.appliquer(planExemple());
    expect((await appliquerPreparation(c, prete(await preparerStructuration(c, { source: { genre: "feuille", feuille: FEUILLE_JOURNAL_2025 } })))).ok).toBe(true);
  });

  it("les données : chaque écriture est équilibrée ; l'ouverture détaillée par tiers garde 79 258,40 € de chaque côté", () => {
    const ecarts = new Map<string, number>();
    for (const [, , numero, , , , , d, cr] of JOURNAL_2025) ecarts.set(numero, (ecarts.get(numero) ?? 0) + cts(d) - cts(cr));
    expect([...ecarts.entries()].filter(([, e]) => e !== 0)).toEqual([]);
    const an = JOURNAL_2025.filter((l) => l[0] === "AN");
    expect([an.reduce((s, l) => s + cts(l[7]), 0), an.reduce((s, l) => s + cts(l[8]), 0)]).toEqual([7_925_840, 7_925_840]);
    expect(an).toHaveLength(OUVERTURE.length + 2);
  });

  it("lettrage : 6 groupes, 13 cellules (F001, F002 par montant ; C001 A par montant et B par pièce ; C005 somme nulle ; C008 partiel)", async () => {
    const p = prete(await preparerLettrage(c));
    expect(p.resume[0]).toBe("6 groupes proposés dans 5 comptes de tiers : 5 lettrages totaux, 1 lettrage partiel (code en minuscules) ; 13 lignes lettrées sur 17 lignes sans code.");
    // Les groupes, dans l'ordre des comptes (401 puis 411) et des tiers.
    const groupes = p.resume.slice(2).map((r) => r.replace(/ en [^—]+—/, " —").replace(/ : .*; /, " ; "));
    expect(groupes).toEqual([
      "« A » — compte 401000, tiers F001 ; même montant.", // à-nouveau CDL-2024-77 1 320,00 = chèque n° 1001
      "« A » — compte 401000, tiers F002 ; même montant.", // à-nouveau DCB-2024-312 2 880,00 = chèque n° 1002
      "« A » — compte 411000, tiers C001 ; même montant.", // à-nouveau F2024-118 864,00 = VIR-C001
      "« B » — compte 411000, tiers C001 ; même pièce.", // F2025-001 529,01 = « Règlement F2025-001 »
      "« A » — compte 411000, tiers C005 ; somme nulle.", // 1 555,91 = 55,86 + 1 500,05
      "« a » — compte 411000, tiers C008 ; lettrage partiel, reste 222,34\u00a0€ au débit.", // 422,34 − 200,00
    ]);
    expect((await appliquerPreparation(c, p, { confirme: true })).ok).toBe(true);
    const journal = (await c.lireTable("Journal"))!;
    const k = journal.entetes.indexOf("Lettrage");
    expect(journal.lignes.filter((l) => l[k] !== null && l[k] !== "").length).toBe(13);
  });

  it("balance âgée au 31/01/2025 : clients 3 388,54 (dont 1 632,00 à 31–60 jours), fournisseurs 1 258,56 non échus", async () => {
    const p = prete(await preparerBalanceAgee(c));
    expect((await appliquerPreparation(c, p)).ok).toBe(true);
    const g = (await c.lirePlage("Balance âgée")).valeurs;
    const ligne = (a: Cellule, b: Cellule): Cellule[] => g.find((l) => l[0] === a && l[2] === b) ?? [];
    // C002 : à-nouveau F2024-121 (échéance 15/12/2024, 47 jours) 1 632,00 ; F2025-002 (27/02/2025) 1 534,20 non échue.
    expect(ligne("Clients", "C002").slice(3, 9)).toEqual([1534.2, null, 1632, null, null, 3166.2]);
    // C008 : reste du lettrage partiel, 222,34, échéance 19/02/2025.
    expect(ligne("Clients", "C008").slice(3, 9)).toEqual([222.34, null, null, null, null, 222.34]);
    // F002 : DCB-2025-014 552,96 (22/02) ; F003 : FA-MAU-118 705,60 (08/02).
    expect(ligne("Fournisseurs", "F002").slice(3, 9)).toEqual([552.96, null, null, null, null, 552.96]);
    expect(ligne("Fournisseurs", "F003").slice(3, 9)).toEqual([705.6, null, null, null, null, 705.6]);
    // Pas de colonne Nom (le journal ne donne pas le nom des tiers). Totaux par SOMME.SI.ENS, recalculés par HyperFormula.
    const total = (libelle: string) => g.find((l) => l[0] === libelle)?.slice(3, 9);
    expect(total("Total clients")).toEqual([1756.54, 0, 1632, 0, 0, 3388.54]);
    expect(total("Total fournisseurs")).toEqual([1258.56, 0, 0, 0, 0, 1258.56]);
  });
});

decrireAvecHledger("l'exemple « Journal 2025 » : soldes des tiers de hledger = total de chaque ligne de la balance âgée", () => {
  it("clients C002 3 166,20, C008 222,34 (Σ 3 388,54) ; fournisseurs F002 552,96, F003 705,60 (Σ 1 258,56) ; les autres tiers soldés", () => {
    const s = soldes("^411000:", "^401000:");
    expect([...s].filter(([, v]) => v !== 0)).toEqual([
      ["401000:F002", -55_296],
      ["401000:F003", -70_560],
      ["411000:C002", 316_620],
      ["411000:C008", 22_234],
    ]);
    expect([316_620 + 22_234, 55_296 + 70_560]).toEqual([338_854, 125_856]);
  });
});
