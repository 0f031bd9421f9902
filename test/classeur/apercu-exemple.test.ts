import { ClasseurApercu } from "../../src/classeur/apercu";
import { planExemple, PREMIERE_FEUILLE } from "../../preview/donnees/exemple";

async function exemple(): Promise<ClasseurApercu> {
  const c = new ClasseurApercu(PREMIERE_FEUILLE);
  await c.appliquer(planExemple());
  return c;
}

/** Colonne d'un tableau lu par le port. */
async function colonne(c: ClasseurApercu, table: string, nom: string) {
  const t = (await c.lireTable(table))!;
  const j = t.entetes.indexOf(nom);
  return t.lignes.map((l) => l[j]);
}

describe("classeur d'exemple de l'aperçu : Grain de Sel & Cie (pedagogie.md § 6, organisation A)", () => {
  it("crée les feuilles dans l'ordre, avec leurs tableaux", async () => {
    const c = await exemple();
    // Les feuilles de départ, dans l'ordre ; les modules en ajoutent d'autres après (opérations de trésorerie…).
    const noms = await c.nomsFeuilles();
    expect(noms.slice(0, 11)).toEqual(["Entreprise", "Clients", "Fournisseurs", "Articles", "Ventes", "Facture", "Journal", "Salariés", "Immobilisations", "Mouvements de stock", "Prévisions de trésorerie"]);
    expect(noms).toContain("Opérations de trésorerie");
    expect((await c.lireTable("TabClients"))!.lignes).toHaveLength(10);
    expect((await c.lireTable("TabFournisseurs"))!.lignes).toHaveLength(6);
  });

  it("pedagogie.md § 6, articles : le prix TTC calculé par AGORA.TTC est celui de la fiche pour les 15 articles", async () => {
    const c = await exemple();
    // Colonne « Prix TTC » de la fiche, P001 à P015.
    const fiche = [6.22, 6.86, 4.75, 15.72, 9.39, 12.13, 5.7, 4.43, 4.11, 15, 21.48, 23.88, 58.8, 28.8, 5.88];
    expect(await colonne(c, "TabArticles", "Prix TTC")).toEqual(fiche);
  });

  it("pedagogie.md § 6, bilan d'ouverture : total débit = total crédit = 79 258,40 €", async () => {
    const c = await exemple();
    const n = (await c.lireTable("TabJournal"))!.lignes.length;
    const totaux = await c.lirePlage("Journal", `F${n + 3}:G${n + 4}`);
    expect(totaux.valeurs).toEqual([[79258.4, 79258.4], [0, null]]);
  });

  it("pedagogie.md § 6 : clients 2 496,00 € (compte 411), fournisseurs 4 200,00 € (compte 401)", async () => {
    const c = await exemple();
    const somme = (xs: unknown[]) => xs.reduce<number>((s, x) => s + Math.round((x as number) * 100), 0) / 100;
    expect(somme(await colonne(c, "TabClients", "Solde au 01/01/2025"))).toBe(2496);
    expect(somme(await colonne(c, "TabFournisseurs", "Solde au 01/01/2025"))).toBe(4200);
  });

  it("pedagogie.md § 6 : masse salariale brute mensuelle 10 210,36 € ; immobilisations 52 400,00 / 23 100,00 / VNC 29 300,00 €", async () => {
    const c = await exemple();
    expect((await c.lirePlage("Salariés", "F8")).valeurs).toEqual([[10210.36]]);
    expect((await c.lirePlage("Immobilisations", "D8:G8")).valeurs).toEqual([[52400, null, 23100, 29300]]);
    expect(await colonne(c, "TabImmobilisations", "VNC au 01/01/2025")).toEqual([14800, 3400, 800, 9900, 400]);
  });

  it("facture F2025-004 par AGORA.FACTURE : net à payer 1 555,91 € (calcul à la main selon comptabilite.md § 5.1)", async () => {
    const c = await exemple();
    // 20 % : 980,00 − 5 % = 931,00 ; + 298,50 = 1 229,50 ; escompte 2 % = 24,59 → 1 204,91 ; + port 15,00 = 1 219,91 ;
    //        TVA = 243,982 → 243,98.  5,5 % : 89,00 − 1,78 = 87,22 ; TVA = 4,7971 → 4,80.
    // Total HT 1 307,13 ; TVA 248,78 ; TTC 1 555,91.
    const g = await c.lirePlage("Facture", "A25:B29");
    expect(g.valeurs).toEqual([["Total HT", 1307.13], ["Total TVA", 248.78], ["Total TTC", 1555.91], ["Acompte", 0], ["Net à payer", 1555.91]]);
  });

  it("lignes de ventes : TVA et TTC par AGORA.TVA et AGORA.TTC, total 2 485,55 € (somme à la main des TTC de ligne)", async () => {
    const c = await exemple();
    // 360,00 + 94,32 + 74,69 + 1 176,00 + 358,20 + 257,76 + 164,58 = 2 485,55
    expect(await colonne(c, "TabVentes", "TTC")).toEqual([360, 94.32, 74.69, 1176, 358.2, 257.76, 164.58]);
    expect((await c.lirePlage("Ventes", "J10")).valeurs).toEqual([[2485.55]]);
    expect(await colonne(c, "TabCAFactures", "Montant HT")).toEqual([460.2, 1278.5, 370.8]);
  });
});
