// Écriture d'un journal de 10 000 lignes depuis le volet (issue 5, point 6) : le plan de « Structurer le journal »
// appliqué par l'adaptateur Office.js sur un Excel simulé (office-addin-mock) tient en 3 context.sync() au plus.
import { appliquerPreparation, preparerStructuration } from "../../src/actions/compta";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { ClasseurOffice } from "../../src/classeur/office";
import type { Cellule } from "../../src/classeur/port";
import { simulerExcel } from "../classeur/office-simulateur";

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const CLIENTS = ["Restaurant La Marée Haute", "CSE Atlantique Logistique", "Hôtel Les Trois Rives", "Traiteur Bellevue", "Cave & Comptoir SAS"];

/** 10 000 lignes : 2 500 factures de vente de 4 lignes (411 / 707 / 706 / 44571), libellés réalistes. */
function journal(n: number): Cellule[][] {
  const lignes: Cellule[][] = [["Journal", "Date", "N° pièce", "Compte", "Tiers", "Libellé", "Débit", "Crédit", "Échéance"]];
  for (let f = 0; lignes.length <= n; f++) {
    const date = 46023 + (f % 365);
    const piece = `FV2026-${String(f + 1).padStart(5, "0")}`;
    const client = CLIENTS[f % CLIENTS.length];
    const ht1 = 100 + (f % 97) * 3.5;
    const ht2 = 40 + (f % 13);
    const tva = Math.round((ht1 + ht2) * 20) / 100;
    const ttc = Math.round((ht1 + ht2 + tva) * 100) / 100;
    const libelle = `Facture ${piece} ${client}`;
    lignes.push(["VTE", date, piece, "411000", `C${String((f % 500) + 1).padStart(4, "0")}`, libelle, ttc, null, date + 30]);
    lignes.push(["VTE", date, piece, "707000", null, libelle, null, ht1, null]);
    lignes.push(["VTE", date, piece, "706000", null, libelle, null, ht2, null]);
    lignes.push(["VTE", date, piece, "445710", null, libelle, null, tva, null]);
  }
  return lignes;
}

describe("journal de 10 000 lignes écrit dans Excel (office-addin-mock)", () => {
  it("le plan (feuille, tableau Journal, liste, mise en forme) part en 3 context.sync() au plus, sans erreur", async () => {
    const donnees = journal(10_000);
    expect(donnees).toHaveLength(10_001);
    const memoire = new ClasseurMemoire({ feuilles: { Export: donnees } });
    const issue = await preparerStructuration(memoire, { source: { genre: "feuille", feuille: "Export" } });
    if (!issue.ok) throw new Error(issue.message);
    expect(issue.preparation.lecture).toMatchObject({ lignes: 10_000, ecritures: 2_500 });

    const { journal: excel } = simulerExcel({ feuilles: ["Export"] });
    const office = new ClasseurOffice();
    expect(await appliquerPreparation(office, issue.preparation)).toMatchObject({ ok: true });
    // 1 lecture (feuilles, tableaux, noms) + 2 requêtes d'écriture sous la limite de 5 Mo d'Excel pour le Web.
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(office.dernierNombreDeSync).toBe(excel.syncs);
    // Tout le tableau (en-têtes compris) est écrit en tableaux 2-D entiers.
    const ecrites = excel.plages.filter((p) => p.formulas !== undefined);
    expect(ecrites.reduce((n, p) => n + p.formulas.length, 0)).toBe(10_001);
    expect(excel.operations).toContain("ajout tableau Journal structuré!A1:L10001 avec en-têtes");
    expect(excel.operations).toContain("nom tableau Journal");
    expect(excel.operations).toContain("MFC Journal structuré!A2:L10001");
  });
});
