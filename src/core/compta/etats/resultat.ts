/**
 * Compte de résultat simplifié, système de base en liste (comptabilite.md § 3.2) : produits et charges par
 * rubrique (exploitation, quotes-parts sur opérations en commun, financier, exceptionnel, participation et impôt),
 * les résultats intermédiaires et le résultat de l'exercice. Contrôle : résultat = Σ classe 7 − Σ classe 6 (§ 3.1).
 */
import { TRACE_MUETTE, type Trace } from "../../trace";
import { centimesFr, type Centimes } from "../centimes";
import { combiner, comptesNonClasses, poste, soldeSelection, type Poste, type Selection, type Sens, type SoldesComptes } from "./rubriques";

interface Definition {
  code: string;
  libelle: string;
  selection: Selection;
  sens: Sens;
}

const def = (code: string, libelle: string, sens: Sens, comptes: string[], sauf?: string[]): Definition => ({ code, libelle, sens, selection: { comptes, sauf } });

/** Les postes du compte de résultat, par rubrique (produits en sens C, charges en sens D). */
export const POSTES_RESULTAT = {
  produitsExploitation: [
    def("ventesMarchandises", "Ventes de marchandises", "C", ["707", "7097"]),
    def("productionVendue", "Production vendue (biens et services)", "C", ["70"], ["707", "7097"]),
    def("productionStockee", "Production stockée", "C", ["713"]),
    def("productionImmobilisee", "Production immobilisée", "C", ["72"]),
    def("subventionsExploitation", "Subventions d'exploitation (dont quote-part de subvention d'investissement 747)", "C", ["74"]),
    def("reprisesExploitation", "Reprises sur amortissements, dépréciations et provisions", "C", ["781"]),
    def("autresProduits", "Autres produits de gestion (dont produits de cession 757)", "C", ["75"], ["755"]),
  ],
  chargesExploitation: [
    def("achatsMarchandises", "Achats de marchandises", "D", ["607", "6097"]),
    def("variationMarchandises", "Variation de stock de marchandises", "D", ["6037"]),
    def("achatsMatieres", "Achats de matières premières et autres approvisionnements", "D", ["601", "602", "6091", "6092"]),
    def("variationMatieres", "Variation de stock de matières et approvisionnements", "D", ["6031", "6032"]),
    def("autresAchatsCharges", "Autres achats et charges externes", "D", ["604", "605", "606", "608", "609", "61", "62"], ["6091", "6092", "6097"]),
    def("impotsTaxes", "Impôts, taxes et versements assimilés", "D", ["63"]),
    def("salaires", "Salaires et traitements", "D", ["641", "644", "648"]),
    def("chargesSociales", "Charges sociales", "D", ["645", "646", "647", "649"]),
    def("dotationsExploitation", "Dotations aux amortissements, dépréciations et provisions", "D", ["681"]),
    def("autresCharges", "Autres charges de gestion (dont valeurs comptables des actifs cédés 657)", "D", ["65"], ["655"]),
  ],
  quotesPartsProduits: [def("beneficeAttribue", "Quotes-parts de résultat : bénéfice attribué ou perte transférée", "C", ["755"])],
  quotesPartsCharges: [def("perteSupportee", "Quotes-parts de résultat : perte supportée ou bénéfice transféré", "D", ["655"])],
  produitsFinanciers: [def("produitsFinanciers", "Produits financiers", "C", ["76", "786"])],
  chargesFinancieres: [def("chargesFinancieres", "Charges financières", "D", ["66", "686"])],
  produitsExceptionnels: [def("produitsExceptionnels", "Produits exceptionnels", "C", ["77", "787"])],
  chargesExceptionnelles: [def("chargesExceptionnelles", "Charges exceptionnelles", "D", ["67", "687"])],
  participationImpot: [
    def("participation", "Participation des salariés aux résultats", "D", ["691"]),
    def("impotBenefices", "Impôts sur les bénéfices (nets des produits d'intégration fiscale 6989 et 699)", "D", ["69"], ["691"]),
  ],
} as const satisfies Record<string, readonly Definition[]>;

/** Toutes les sélections des postes du compte de résultat (pour signaler un compte non classé). */
export const SELECTIONS_RESULTAT: Selection[] = Object.values(POSTES_RESULTAT).flatMap((l) => l.map((d) => d.selection));

export interface Rubrique {
  libelle: string;
  postes: Poste[];
  total: Poste;
}

export interface CompteDeResultat {
  produitsExploitation: Rubrique;
  chargesExploitation: Rubrique;
  resultatExploitation: Poste;
  quotesParts: Poste;
  produitsFinanciers: Rubrique;
  chargesFinancieres: Rubrique;
  resultatFinancier: Poste;
  resultatCourant: Poste;
  produitsExceptionnels: Rubrique;
  chargesExceptionnelles: Rubrique;
  resultatExceptionnel: Poste;
  participationImpot: Rubrique;
  totalProduits: Centimes;
  totalCharges: Centimes;
  /** Résultat de l'exercice : bénéfice (> 0) ou perte (< 0). */
  resultat: Poste;
  /** Comptes de classe 6 ou 7 soldés ailleurs que dans un poste (ils faussent le résultat : alerte). */
  nonClasses: string[];
}

function rubrique(balance: SoldesComptes, code: string, libelle: string, defs: readonly Definition[]): Rubrique {
  const postes = defs.map((d) => poste(balance, d.code, d.libelle, d.selection, d.sens));
  return { libelle, postes, total: combiner(code, `Total ${libelle.toLowerCase()}`, postes.map((p) => [1, p] as const)) };
}

export function compteDeResultat(balance: SoldesComptes, trace: Trace = TRACE_MUETTE): CompteDeResultat {
  const P = POSTES_RESULTAT;
  const produitsExploitation = rubrique(balance, "produitsExploitation", "Produits d'exploitation", P.produitsExploitation);
  const chargesExploitation = rubrique(balance, "chargesExploitation", "Charges d'exploitation", P.chargesExploitation);
  const resultatExploitation = combiner("resultatExploitation", "Résultat d'exploitation", [[1, produitsExploitation.total], [-1, chargesExploitation.total]]);
  const qpProduits = poste(balance, "qpProduits", "Bénéfice attribué ou perte transférée", P.quotesPartsProduits[0].selection, "C");
  const qpCharges = poste(balance, "qpCharges", "Perte supportée ou bénéfice transféré", P.quotesPartsCharges[0].selection, "D");
  const quotesParts = combiner("quotesParts", "Quotes-parts de résultat sur opérations faites en commun", [[1, qpProduits], [-1, qpCharges]]);
  const produitsFinanciers = rubrique(balance, "produitsFinanciers", "Produits financiers", P.produitsFinanciers);
  const chargesFinancieres = rubrique(balance, "chargesFinancieres", "Charges financières", P.chargesFinancieres);
  const resultatFinancier = combiner("resultatFinancier", "Résultat financier", [[1, produitsFinanciers.total], [-1, chargesFinancieres.total]]);
  const resultatCourant = combiner("resultatCourant", "Résultat courant avant impôts", [[1, resultatExploitation], [1, quotesParts], [1, resultatFinancier]]);
  const produitsExceptionnels = rubrique(balance, "produitsExceptionnels", "Produits exceptionnels", P.produitsExceptionnels);
  const chargesExceptionnelles = rubrique(balance, "chargesExceptionnelles", "Charges exceptionnelles", P.chargesExceptionnelles);
  const resultatExceptionnel = combiner("resultatExceptionnel", "Résultat exceptionnel", [[1, produitsExceptionnels.total], [-1, chargesExceptionnelles.total]]);
  const participationImpot = rubrique(balance, "participationImpot", "Participation des salariés et impôts sur les bénéfices", P.participationImpot);
  const resultat = combiner("resultat", "Résultat de l'exercice", [[1, resultatCourant], [1, resultatExceptionnel], [-1, participationImpot.total]]);
  const totalProduits = produitsExploitation.total.montant + qpProduits.montant + produitsFinanciers.total.montant + produitsExceptionnels.total.montant;
  const totalCharges = chargesExploitation.total.montant + qpCharges.montant + chargesFinancieres.total.montant + chargesExceptionnelles.total.montant + participationImpot.total.montant;

  for (const r of [produitsExploitation, chargesExploitation]) for (const p of r.postes) if (p.montant) trace.etape(`${p.libelle} : ${p.detail}.`);
  for (const p of [resultatExploitation, quotesParts, resultatFinancier, resultatCourant, resultatExceptionnel, participationImpot.total, resultat]) {
    trace.etape(`${p.libelle} = ${p.detail}.`);
  }
  trace.regle("Compte de résultat du système de base, présentation en liste (comptabilite.md § 3.2).");
  const nonClasses = comptesNonClasses(balance, SELECTIONS_RESULTAT);
  const global = soldeSelection(balance, { comptes: ["7"] }, "C") - soldeSelection(balance, { comptes: ["6"] }, "D");
  trace.etape(`Contrôle : Σ produits (classe 7) − Σ charges (classe 6) = ${centimesFr(global)}.`);
  if (nonClasses.length) trace.alerte(`comptes de gestion non classés dans un poste (hors du résultat présenté) : ${nonClasses.join(", ")}.`);
  return {
    produitsExploitation, chargesExploitation, resultatExploitation, quotesParts, produitsFinanciers, chargesFinancieres, resultatFinancier,
    resultatCourant, produitsExceptionnels, chargesExceptionnelles, resultatExceptionnel, participationImpot, totalProduits, totalCharges, resultat, nonClasses,
  };
}
