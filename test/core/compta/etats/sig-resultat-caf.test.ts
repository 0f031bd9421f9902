// Compte de résultat (§ 3.2), SIG (§ 3.3) et CAF (§ 3.4) : l'exemple chiffré de comptabilite.md, au centime.
import fc from "fast-check";
import { capaciteAutofinancement } from "../../../../src/core/compta/etats/caf";
import { compteDeResultat } from "../../../../src/core/compta/etats/resultat";
import type { SoldeCompte } from "../../../../src/core/compta/etats/rubriques";
import { soldesIntermediaires } from "../../../../src/core/compta/etats/sig";
import { TraceEnregistree } from "../../../../src/core/trace";
import { BALANCE_SIG } from "./exemple-sig";

const euros = (n: number) => n * 100;

describe("SIG : l'exemple de comptabilite.md § 3.3", () => {
  const sig = soldesIntermediaires(BALANCE_SIG);
  it("coût d'achat des marchandises vendues = 110 000 − 2 000 = 108 000 ; MC = 72 000", () => {
    expect(sig.composantes.coutAchatMarchandises.montant).toBe(euros(108000));
    expect(sig.margeCommerciale.montant).toBe(euros(72000));
  });
  it("production 63 000, consommations 46 000, VA 89 000", () => {
    expect(sig.production.montant).toBe(euros(63000));
    expect(sig.composantes.consommations.montant).toBe(euros(46000));
    expect(sig.valeurAjoutee.montant).toBe(euros(89000));
  });
  it("EBE 36 000, RE 25 500, RCAI 24 000, résultat exceptionnel 500, résultat net 19 500", () => {
    expect(sig.ebe.montant).toBe(euros(36000));
    expect(sig.resultatExploitation.montant).toBe(euros(25500));
    expect(sig.rcai.montant).toBe(euros(24000));
    expect(sig.resultatExceptionnel.montant).toBe(euros(500));
    expect(sig.resultatNet.montant).toBe(euros(19500));
    expect(sig.nonClasses).toEqual([]);
  });
  it("écrit la formule de chaque solde dans la trace", () => {
    const t = new TraceEnregistree();
    soldesIntermediaires(BALANCE_SIG, t);
    expect(t.lignes()).toContain("Marge commerciale = ventes de marchandises − coût d'achat des marchandises vendues = 180\u202f000,00 − 108\u202f000,00 = 72\u202f000,00.");
  });
});

describe("compte de résultat : l'exemple de § 3.3 présenté selon § 3.2", () => {
  const cr = compteDeResultat(BALANCE_SIG);
  it("résultats par rubrique et résultat de l'exercice 19 500", () => {
    // Exploitation : produits 180 000 + 60 000 + 3 000 + 5 000 + 1 000 + 2 000 = 251 000 ;
    // charges 110 000 − 2 000 + 20 000 + 1 000 + 25 000 + 3 000 + 55 000 + 12 000 + 1 500 = 225 500.
    expect(cr.produitsExploitation.total.montant).toBe(euros(251000));
    expect(cr.chargesExploitation.total.montant).toBe(euros(225500));
    expect(cr.resultatExploitation.montant).toBe(euros(25500));
    expect(cr.resultatFinancier.montant).toBe(euros(-1500));
    expect(cr.resultatCourant.montant).toBe(euros(24000));
    expect(cr.resultatExceptionnel.montant).toBe(euros(500));
    expect(cr.participationImpot.total.montant).toBe(euros(5000));
    expect(cr.resultat.montant).toBe(euros(19500));
    expect(cr.totalProduits - cr.totalCharges).toBe(euros(19500));
  });
  it("la variation de stock de marchandises créditrice vient en moins des charges (−2 000)", () => {
    expect(cr.chargesExploitation.postes.find((p) => p.code === "variationMarchandises")?.montant).toBe(euros(-2000));
  });
  it("signale un compte de gestion non classé (79 n'existe plus depuis 2025)", () => {
    const t = new TraceEnregistree();
    const r = compteDeResultat([...BALANCE_SIG, { compte: "791000", debit: 0, credit: 100 }], t);
    expect(r.nonClasses).toEqual(["791000"]);
    expect(t.lignes().some((l) => l.startsWith("Attention : comptes de gestion non classés"))).toBe(true);
  });
});

describe("CAF : l'exemple de comptabilite.md § 3.4", () => {
  it("additive = 19 500 + 12 000 − 1 000 = 30 500 = soustractive", () => {
    const caf = capaciteAutofinancement(BALANCE_SIG);
    expect(caf.additive.montant).toBe(euros(30500));
    expect(caf.soustractive.montant).toBe(euros(30500));
    expect(caf.concordantes).toBe(true);
  });

  // Comptes de gestion couvrant chaque poste, y compris les cas particuliers (657/757, 6671/7671, 747, 755/655, 6989).
  const COMPTES = ["601", "6037", "6031", "607", "6097", "613", "63", "641", "655", "657", "658", "6811", "6866", "6871", "6671", "661", "671", "691", "695", "6989",
    "701", "707", "7097", "713", "72", "740", "747", "755", "757", "758", "7815", "7866", "7872", "7671", "768", "771"];
  it("propriété : les deux méthodes concordent toujours, et le résultat net des SIG = résultat du compte de résultat = Σ7 − Σ6", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...COMPTES), fc.nat(10_000_000), fc.nat(10_000_000)), { maxLength: 40 }), (lignes) => {
        const balance: SoldeCompte[] = lignes.map(([compte, debit, credit]) => ({ compte, debit, credit }));
        const caf = capaciteAutofinancement(balance);
        expect(caf.additive.montant).toBe(caf.soustractive.montant);
        // Σ produits (crédit − débit) − Σ charges (débit − crédit) = Σ (crédit − débit) sur les classes 6 et 7.
        const global = balance.reduce((s, c) => s + c.credit - c.debit, 0);
        expect(soldesIntermediaires(balance).resultatNet.montant).toBe(global);
        expect(compteDeResultat(balance).resultat.montant).toBe(global);
      }),
    );
  });
});
