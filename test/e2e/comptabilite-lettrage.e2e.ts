/**
 * Module « Comptabilité » dans l'aperçu, lettrage et balance âgée : la feuille « Journal 2025 » de Grain de Sel & Cie
 * (preview/donnees/janvier.ts) est structurée, le lettrage proposé est écrit après confirmation dans la colonne
 * Lettrage du tableau Journal, puis la balance âgée au 31/01/2025 est générée. Calculs faits à la main :
 * - Lettrage : F001 (1 320,00 = chèque n° 1001), F002 (2 880,00 = chèque n° 1002), C001 A (864,00 = VIR-C001) et
 *   B (F2025-001 = « Règlement F2025-001 »), C005 (1 555,91 = 55,86 + 1 500,05), C008 partiel a (422,34 − 200,00) :
 *   6 groupes, 13 cellules.
 * - Balance âgée : C002 1 534,20 non échu + 1 632,00 à 31–60 jours (échéance 15/12/2024, 47 jours) ; C008 222,34 ;
 *   total clients 3 388,54 ; fournisseurs F002 552,96 et F003 705,60 non échus, total 1 258,56.
 */
import path from "node:path";
import { JOURNAL_2025 } from "../../preview/donnees/janvier";
import { allerA, feuille, texteCellule } from "./grille.e2e";
import { capturer, euros } from "./immobilisations.e2e";
import { journal2025Structure } from "./comptabilite-outils";
import { bientot, egal, erreursDe, test, verifier } from "./outils";


/** Ligne du tableau Journal (en-tête en ligne 1, lignes dans l'ordre de la feuille source) de la ligne 401/411 d'une pièce. */
function ligneDuTableau(piece: string): number {
  const i = JOURNAL_2025.findIndex((l) => l[3] === piece && (l[4] === "411000" || l[4] === "401000"));
  verifier(i >= 0, `pièce ${piece} absente de l'exemple`);
  return i + 2;
}

test("comptabilité : lettrage de l'exemple « Journal 2025 » (13 codes écrits après confirmation) et balance âgée au 31/01/2025 (clients 3 388,54 ; fournisseurs 1 258,56)", async (ctx) => {
  // Étape 1 sur « Journal 2025 ».
  const { page, etape } = await journal2025Structure(ctx);

  // Lettrage : proposition, puis confirmation (seule écriture dans le tableau de l'utilisateur).
  const lettrage = etape("Lettrer les clients et les fournisseurs");
  await lettrage.getByRole("button", { name: "Proposer le lettrage" }).click();
  await lettrage.getByText("6 groupes proposés dans 5 comptes de tiers", { exact: false }).waitFor();
  const partiel = `« a » en K${ligneDuTableau("F2025-003")} et K${ligneDuTableau("VIR-0130")} — compte 411000, tiers C008 : F2025-003 (débit 422,34\u00a0€), VIR-0130 (crédit 200,00\u00a0€) ; lettrage partiel, reste 222,34\u00a0€ au débit.`;
  verifier(await lettrage.getByText(partiel, { exact: true }).isVisible(), "le lettrage partiel est listé avec ses cellules");
  await capturer(page, ctx.racine, "comptabilite-lettrage-proposition");
  await lettrage.getByRole("button", { name: "Écrire les 13 codes" }).click();
  const dialogue = page.getByRole("alertdialog");
  await dialogue.getByText("13 cellules vides de la colonne Lettrage (K) du tableau Journal", { exact: false }).waitFor();
  await capturer(page, ctx.racine, "comptabilite-lettrage-confirmation");
  await dialogue.getByRole("button", { name: "Écrire les codes" }).click();
  await lettrage.getByText("13 codes écrits dans la colonne Lettrage du tableau Journal", { exact: false }).waitFor();
  await feuille(page, "Journal structuré");
  for (const [piece, code] of [["F2024-118", "A"], ["VIR-C001", "A"], ["F2025-001", "B"], ["F2025-003", "a"], ["MDT-0042", "A"], ["F2025-002", ""]] as const) {
    const ligne = ligneDuTableau(piece);
    // La zone Nom sélectionne la cellule ; un aller-retour au clavier fait défiler la grille jusqu'à elle.
    await allerA(page, `K${ligne}`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await bientot(() => texteCellule(page, `K${ligne}`), code, `code de lettrage de ${piece} (ligne ${ligne})`);
  }

  // Balance âgée à la date de la dernière écriture.
  const agee = etape("Générer la balance âgée");
  await agee.getByRole("button", { name: "Calculer la balance âgée" }).click();
  await agee.getByText("Clients : 3\u202f388,54\u00a0€ non lettrés, dont 1\u202f632,00\u00a0€ échus", { exact: false }).waitFor();
  await agee.getByRole("button", { name: "Créer la feuille", exact: true }).click();
  await agee.getByText("Balance âgée au 31/01/2025 générée", { exact: false }).waitFor();
  await bientot(() => page.getByRole("tab", { selected: true }).textContent(), "Balance âgée", "feuille active");
  // Tableau en A4 (sans colonne Nom : le journal ne donne pas le nom des tiers) : C002, C008, F002, F003 (lignes 5 à 8),
  // totaux en lignes 9 et 10.
  await bientot(() => texteCellule(page, "C5"), "C002", "premier tiers");
  await bientot(() => texteCellule(page, "F5"), euros("1 632,00"), "C002 : 31 à 60 jours");
  await bientot(() => texteCellule(page, "A9"), "Total clients", "libellé du total des clients");
  await bientot(() => texteCellule(page, "D9"), euros("1 756,54"), "clients non échus (SOMME.SI.ENS)");
  await bientot(() => texteCellule(page, "I9"), euros("3 388,54"), "total des clients");
  await bientot(() => texteCellule(page, "I10"), euros("1 258,56"), "total des fournisseurs");
  await bientot(() => texteCellule(page, "A13"), "Σ tranches des clients = solde de leurs comptes au 31/01/2025 (débit − crédit : ce que les clients doivent) : vérifié (3\u202f388,54\u00a0€ = 3\u202f388,54\u00a0€).", "contrôle des clients");
  await agee.getByText("Balance âgée au 31/01/2025 générée", { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ctx.racine, "docs", "images", "comptabilite-lettrage.png") });
  egal(erreursDe(page), [], "erreurs JavaScript");
  await page.close();
});
