/** `atteindre` (sélectionner une plage pour la montrer) sur un Excel simulé : un seul sync, rien d'écrit. */
import { ClasseurApercu } from "../../src/classeur/apercu";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import { ClasseurOffice } from "../../src/classeur/office";
import { simulerExcel } from "./office-simulateur";

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("Classeur.atteindre", () => {
  it("Office : range.select() sur la feuille demandée, en un seul sync, aucune écriture", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1", "Journal structuré"] });
    await new ClasseurOffice().atteindre("Journal structuré", "A12:L12");
    expect(journal.syncs).toBe(1);
    expect(journal.operations).toEqual(["sélection Journal structuré!A12:L12", "sync"]);
  });

  it("Office : adresse invalide refusée avant tout appel ; feuille absente : message français", async () => {
    const { journal } = simulerExcel({ feuilles: ["Feuil1"] });
    await expect(new ClasseurOffice().atteindre("Feuil1", "ZZZZ0")).rejects.toThrow();
    expect(journal.syncs).toBe(0);
    await expect(new ClasseurOffice().atteindre("Absente", "A1")).rejects.toThrow("La feuille « Absente » n'existe pas.");
  });

  it("mémoire et aperçu : la sélection et la feuille active changent", async () => {
    const m = new ClasseurMemoire({ feuilles: { Feuil1: [], Journal: [[1]] } });
    await m.atteindre("journal", "a3:c3");
    expect(await m.selection()).toEqual({ feuille: "Journal", adresse: "A3:C3", lignes: 1, colonnes: 3 });
    expect(m.feuilleActive).toBe("Journal");

    const a = new ClasseurApercu("Feuil1");
    await a.appliquer([{ type: "feuille", nom: "Journal", remplacer: false }]);
    await a.atteindre("Journal", "A5:L5");
    expect(a.feuilleActive()).toBe("Journal");
    expect(await a.selection()).toEqual({ feuille: "Journal", adresse: "A5:L5", lignes: 1, colonnes: 12 });
  });
});
