/**
 * Soldes intermédiaires de gestion (comptabilite.md § 3.3) : marge commerciale, production, consommations,
 * valeur ajoutée, EBE, résultat d'exploitation, RCAI, résultat exceptionnel, résultat net. Une variation de stock
 * 603x est prise avec son signe (solde débiteur = déstockage, augmente la charge).
 */
import { TRACE_MUETTE, type Trace } from "../../trace";
import { combiner, comptesNonClasses, poste, type Poste, type Selection, type Sens, type SoldesComptes } from "./rubriques";
import { SELECTIONS_RESULTAT } from "./resultat";

const s = (comptes: string[], sauf?: string[]): Selection => ({ comptes, sauf });

/** Les composantes des soldes, chacune lue dans la balance (comptabilite.md § 3.3, colonne « Comptes »). */
export const COMPOSANTES_SIG = {
  ventesMarchandises: ["Ventes de marchandises", s(["707", "7097"]), "C"],
  coutAchatMarchandises: ["Coût d'achat des marchandises vendues", s(["607", "6097", "6037"]), "D"],
  productionVendue: ["Production vendue", s(["70"], ["707", "7097"]), "C"],
  productionStockee: ["Production stockée", s(["713"]), "C"],
  productionImmobilisee: ["Production immobilisée", s(["72"]), "C"],
  consommations: ["Consommations en provenance des tiers", s(["601", "602", "6031", "6032", "604", "605", "606", "608", "609", "61", "62"], ["6097"]), "D"],
  subventionsExploitation: ["Subventions d'exploitation", s(["74"], ["747"]), "C"],
  impotsTaxes: ["Impôts et taxes", s(["63"]), "D"],
  chargesPersonnel: ["Charges de personnel", s(["64"]), "D"],
  reprisesExploitation: ["Reprises d'exploitation", s(["781"]), "C"],
  autresProduits: ["Autres produits (75 hors 755, et 747)", s(["75", "747"], ["755"]), "C"],
  dotationsExploitation: ["Dotations d'exploitation", s(["681"]), "D"],
  autresCharges: ["Autres charges de gestion", s(["65"], ["655"]), "D"],
  quotesPartsProduits: ["Quotes-parts de résultat (produits)", s(["755"]), "C"],
  quotesPartsCharges: ["Quotes-parts de résultat (charges)", s(["655"]), "D"],
  produitsFinanciers: ["Produits financiers", s(["76", "786"]), "C"],
  chargesFinancieres: ["Charges financières", s(["66", "686"]), "D"],
  produitsExceptionnels: ["Produits exceptionnels", s(["77", "787"]), "C"],
  chargesExceptionnelles: ["Charges exceptionnelles", s(["67", "687"]), "D"],
  participation: ["Participation des salariés", s(["691"]), "D"],
  impotBenefices: ["Impôts sur les bénéfices", s(["69"], ["691"]), "D"],
} as const satisfies Record<string, readonly [string, Selection, Sens]>;

export type CodeComposante = keyof typeof COMPOSANTES_SIG;

export interface Sig {
  /** Les composantes lues dans la balance. */
  composantes: Record<CodeComposante, Poste>;
  margeCommerciale: Poste;
  production: Poste;
  valeurAjoutee: Poste;
  ebe: Poste;
  resultatExploitation: Poste;
  rcai: Poste;
  resultatExceptionnel: Poste;
  resultatNet: Poste;
  /** Comptes de gestion qui ne sont dans aucune composante (alerte). */
  nonClasses: string[];
}

/** Les composantes des SIG lues dans une balance. */
export function composantesSig(balance: SoldesComptes): Record<CodeComposante, Poste> {
  const r = {} as Record<CodeComposante, Poste>;
  for (const [code, [libelle, selection, sens]] of Object.entries(COMPOSANTES_SIG) as [CodeComposante, readonly [string, Selection, Sens]][]) {
    r[code] = poste(balance, code, libelle, selection, sens);
  }
  return r;
}

export function soldesIntermediaires(balance: SoldesComptes, trace: Trace = TRACE_MUETTE): Sig {
  const c = composantesSig(balance);
  const margeCommerciale = combiner("margeCommerciale", "Marge commerciale", [[1, c.ventesMarchandises], [-1, c.coutAchatMarchandises]]);
  const production = combiner("production", "Production de l'exercice", [[1, c.productionVendue], [1, c.productionStockee], [1, c.productionImmobilisee]]);
  const valeurAjoutee = combiner("valeurAjoutee", "Valeur ajoutée", [[1, margeCommerciale], [1, production], [-1, c.consommations]]);
  const ebe = combiner("ebe", "Excédent brut d'exploitation", [[1, valeurAjoutee], [1, c.subventionsExploitation], [-1, c.impotsTaxes], [-1, c.chargesPersonnel]]);
  const resultatExploitation = combiner("resultatExploitation", "Résultat d'exploitation", [
    [1, ebe], [1, c.reprisesExploitation], [1, c.autresProduits], [-1, c.dotationsExploitation], [-1, c.autresCharges],
  ]);
  const rcai = combiner("rcai", "Résultat courant avant impôts", [
    [1, resultatExploitation], [1, c.quotesPartsProduits], [-1, c.quotesPartsCharges], [1, c.produitsFinanciers], [-1, c.chargesFinancieres],
  ]);
  const resultatExceptionnel = combiner("resultatExceptionnel", "Résultat exceptionnel", [[1, c.produitsExceptionnels], [-1, c.chargesExceptionnelles]]);
  const resultatNet = combiner("resultatNet", "Résultat net", [[1, rcai], [1, resultatExceptionnel], [-1, c.participation], [-1, c.impotBenefices]]);
  for (const p of Object.values(c)) if (p.montant) trace.etape(`${p.libelle} : ${p.detail}.`);
  for (const p of [margeCommerciale, production, valeurAjoutee, ebe, resultatExploitation, rcai, resultatExceptionnel, resultatNet]) trace.etape(`${p.libelle} = ${p.detail}.`);
  trace.regle("Soldes intermédiaires de gestion (comptabilite.md § 3.3).");
  const nonClasses = comptesNonClasses(balance, SELECTIONS_RESULTAT);
  if (nonClasses.length) trace.alerte(`comptes de gestion non classés (hors des soldes) : ${nonClasses.join(", ")}.`);
  return { composantes: c, margeCommerciale, production, valeurAjoutee, ebe, resultatExploitation, rcai, resultatExceptionnel, resultatNet, nonClasses };
}
