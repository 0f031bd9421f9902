/**
 * Conversion des formules entre l'écriture française (« =AGORA.TTC(100;20%) », virgule décimale)
 * et l'écriture invariante qu'attend Office.js `range.formulas` (« =AGORA.TTC(100,20%) »).
 * Les textes entre guillemets ne sont jamais touchés. Seules les fonctions AGORA et les littéraux sont concernés :
 * les noms des fonctions natives (ARRONDI/ROUND) ne sont pas traduits ici.
 */

type Remplacement = (morceau: string) => string;

/** Applique `f` aux parties hors des chaînes "…" (les "" doublés restent dans la chaîne). */
export function horsChaines(formule: string, f: Remplacement): string {
  let sortie = "";
  let i = 0;
  while (i < formule.length) {
    const debut = formule.indexOf('"', i);
    if (debut < 0) {
      sortie += f(formule.slice(i));
      break;
    }
    sortie += f(formule.slice(i, debut));
    let fin = debut + 1;
    while (fin < formule.length) {
      if (formule[fin] === '"' && formule[fin + 1] === '"') fin += 2;
      else if (formule[fin] === '"') break;
      else fin++;
    }
    sortie += formule.slice(debut, fin + 1);
    i = fin + 1;
  }
  return sortie;
}

/** Français → invariant : « ; » devient « , » et la virgule décimale un point. */
export function versInvariante(formule: string): string {
  return horsChaines(formule, (m) => m.replace(/(\d),(\d)/g, "$1.$2").replace(/;/g, ","));
}

/** Invariant → français : le point décimal devient une virgule et « , » devient « ; ». */
export function versFrancaise(formule: string): string {
  return horsChaines(formule, (m) => m.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2"));
}
