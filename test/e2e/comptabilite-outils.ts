/** Ce que les tests de bout en bout du module « Comptabilité » font d'abord : l'étape 1 sur la feuille « Journal 2025 ». */
import type { Page } from "playwright-core";
import { FEUILLE_JOURNAL_2025 } from "../../preview/donnees/janvier";
import { ouvrirModule } from "./immobilisations.e2e";
import { ouvrir, type Contexte } from "./outils";

export async function journal2025Structure(ctx: Contexte): Promise<{ page: Page; volet: Awaited<ReturnType<typeof ouvrirModule>>; etape: (titre: string) => ReturnType<Page["getByRole"]> }> {
  const page = await ouvrir(ctx);
  const volet = await ouvrirModule(page, "comptabilite");
  await volet.getByRole("combobox", { name: "Journal à lire" }).selectOption(`feuille:${FEUILLE_JOURNAL_2025}`);
  await volet.getByRole("button", { name: "Analyser le journal" }).click();
  await volet.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await volet.getByText("Feuille « Journal structuré » créée", { exact: false }).waitFor();
  return { page, volet, etape: (titre: string) => volet.getByRole("region", { name: titre }) };
}
