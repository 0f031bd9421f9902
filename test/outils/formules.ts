/** Évaluer une formule française par HyperFormula dans un test : sa valeur, ou l'erreur attendue. */
import { evaluerFormule, type Evaluation } from "../../src/hotes/hyperformula/evaluer";

export function valeur(formule: string): unknown {
  const r = evaluerFormule(formule);
  if (!r.ok) throw new Error(`${formule} : ${r.erreur} ${r.message}`);
  return r.valeur;
}

export function erreur(formule: string): Extract<Evaluation, { ok: false }> {
  const r = evaluerFormule(formule);
  if (r.ok) throw new Error(`${formule} : une erreur était attendue, résultat ${JSON.stringify(r.valeur)}`);
  return r;
}
