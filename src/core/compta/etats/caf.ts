/**
 * Capacité d'autofinancement (comptabilite.md § 3.4), par les deux méthodes, qui doivent toujours concorder :
 * additive (à partir du résultat net) et soustractive (à partir de l'EBE).
 */
import { TRACE_MUETTE, type Trace } from "../../trace";
import { centimesFr } from "../centimes";
import { combiner, poste, type Poste, type SoldesComptes } from "./rubriques";
import { soldesIntermediaires } from "./sig";

export interface Caf {
  additive: Poste;
  soustractive: Poste;
  /** Les deux méthodes donnent le même montant (contrôle). */
  concordantes: boolean;
}

export function capaciteAutofinancement(balance: SoldesComptes, trace: Trace = TRACE_MUETTE): Caf {
  const sig = soldesIntermediaires(balance);
  const b = balance;
  const additive = combiner("cafAdditive", "CAF (méthode additive)", [
    [1, sig.resultatNet],
    [1, poste(b, "dotations", "Dotations (681, 686, 687)", { comptes: ["681", "686", "687"] }, "D")],
    [-1, poste(b, "reprises", "Reprises (781, 786, 787)", { comptes: ["781", "786", "787"] }, "C")],
    [1, poste(b, "valeursCedees", "Valeurs comptables des actifs cédés (657, 6671)", { comptes: ["657", "6671"] }, "D")],
    [-1, poste(b, "produitsCession", "Produits de cession (757, 7671)", { comptes: ["757", "7671"] }, "C")],
    [-1, poste(b, "quotePartSubventions", "Quote-part des subventions d'investissement (747)", { comptes: ["747"] }, "C")],
  ]);
  const soustractive = combiner("cafSoustractive", "CAF (méthode soustractive)", [
    [1, sig.ebe],
    [1, poste(b, "autresProduits", "Autres produits encaissables (75 hors 755, 757)", { comptes: ["75"], sauf: ["755", "757"] }, "C")],
    [-1, poste(b, "autresCharges", "Autres charges décaissables (65 hors 655, 657)", { comptes: ["65"], sauf: ["655", "657"] }, "D")],
    [1, poste(b, "quotesPartsProduits", "Quotes-parts de résultat (755)", { comptes: ["755"] }, "C")],
    [-1, poste(b, "quotesPartsCharges", "Quotes-parts de résultat (655)", { comptes: ["655"] }, "D")],
    [1, poste(b, "produitsFinanciers", "Produits financiers encaissables (76 hors 7671)", { comptes: ["76"], sauf: ["7671"] }, "C")],
    [-1, poste(b, "chargesFinancieres", "Charges financières décaissables (66 hors 6671)", { comptes: ["66"], sauf: ["6671"] }, "D")],
    [1, poste(b, "produitsExceptionnels", "Produits exceptionnels encaissables (77)", { comptes: ["77"] }, "C")],
    [-1, poste(b, "chargesExceptionnelles", "Charges exceptionnelles décaissables (67)", { comptes: ["67"] }, "D")],
    [-1, sig.composantes.participation],
    [-1, sig.composantes.impotBenefices],
  ]);
  const concordantes = additive.montant === soustractive.montant;
  trace.etape(`${additive.libelle} = ${additive.detail}.`);
  trace.etape(`${soustractive.libelle} = ${soustractive.detail}.`);
  trace.regle("CAF : méthodes additive et soustractive (comptabilite.md § 3.4) ; elles doivent concorder.");
  if (!concordantes) trace.alerte(`les deux méthodes diffèrent de ${centimesFr(Math.abs(additive.montant - soustractive.montant))} (compte de gestion non classé ?).`);
  return { additive, soustractive, concordantes };
}
