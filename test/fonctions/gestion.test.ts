// Seuil de rentabilité, point mort et échéances évalués de bout en bout par HyperFormula.
import { FONCTIONS_GESTION } from "../../src/fonctions/gestion";
import { evaluerFormule, type Evaluation } from "../../src/hotes/hyperformula/evaluer";

/** Numéro de série Excel (système 1900) calculé indépendamment du code testé : jours depuis le 30/12/1899. */
const serie = (annee: number, mois: number, jour: number): number => (Date.UTC(annee, mois - 1, jour) - Date.UTC(1899, 11, 30)) / 86_400_000;

function valeur(formule: string): unknown {
  const r = evaluerFormule(formule);
  if (!r.ok) throw new Error(`${formule} : ${r.erreur} ${r.message}`);
  return r.valeur;
}

function dateDe(formule: string): number {
  const r = evaluerFormule(formule);
  if (!r.ok) throw new Error(`${formule} : ${r.erreur} ${r.message}`);
  expect(r.estDate).toBe(true);
  return r.valeur as number;
}

function erreur(formule: string): Extract<Evaluation, { ok: false }> {
  const r = evaluerFormule(formule);
  if (r.ok) throw new Error(`${formule} : une erreur était attendue, résultat ${JSON.stringify(r.valeur)}`);
  return r;
}

describe("fonctions de gestion — descripteurs", () => {
  it("chaque argument est décrit, les exemples de dates sont les bons numéros de série", () => {
    for (const f of FONCTIONS_GESTION) {
      for (const a of f.arguments) expect(a.description.length).toBeGreaterThan(10);
      expect(f.exemples.length).toBeGreaterThanOrEqual(1);
    }
    const exemples = Object.fromEntries(FONCTIONS_GESTION.flatMap((f) => f.exemples.map((e) => [e.formule, e.resultat])));
    expect(exemples['=AGORA.POINT.MORT(210000;300000;"01/01/2026")']).toBe(serie(2026, 9, 12));
    expect(exemples['=AGORA.ECHEANCE("15/03/2026";30;"fin de mois")']).toBe(serie(2026, 4, 30));
    expect(exemples['=AGORA.ECHEANCE("15/03/2026";45;"fin de mois le 10")']).toBe(serie(2026, 5, 10));
  });
  it("la convention du point mort est écrite dans la description et l'aide", () => {
    const pm = FONCTIONS_GESTION.find((f) => f.nom === "POINT.MORT")!;
    expect(pm.description).toMatch(/360 jours/);
    expect(pm.description).toMatch(/1er janvier de l'année en cours/);
    expect(pm.aide).toMatch(/jour supérieur/);
  });
});

describe("SEUIL.RENTABILITE et POINT.MORT — comptabilite.md § 11.2", () => {
  it("SR = 84 000 / 40 % = 210 000 ; point mort le 12/09/2026", () => {
    expect(valeur("=AGORA.SEUIL.RENTABILITE(84000;40%)")).toBe(210000);
    expect(valeur("=AGORA.SEUIL.RENTABILITE(84000;40)")).toBe(210000);
    expect(valeur("=AGORA.SEUIL.RENTABILITE(84000;(300000-180000)/300000)")).toBe(210000);
    expect(dateDe('=AGORA.POINT.MORT(210000;300000;"01/01/2026")')).toBe(serie(2026, 9, 12));
    expect(dateDe("=AGORA.POINT.MORT(AGORA.SEUIL.RENTABILITE(84000;40%);300000;DATE(2026;1;1))")).toBe(serie(2026, 9, 12));
  });
  it("sans date de début : exercice commencé le 1er janvier de l'année en cours", () => {
    expect(dateDe("=AGORA.POINT.MORT(210000;300000)")).toBe(serie(new Date().getFullYear(), 9, 12));
  });
  it("erreurs : taux de MCV nul ou négatif → #NOMBRE! ; SR > CA → #N/A avec le message français", () => {
    for (const t of ["0", "-10%", '"-5 %"']) {
      expect(erreur(`=AGORA.SEUIL.RENTABILITE(84000;${t})`)).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/seuil inatteignable/) });
    }
    const na = erreur('=AGORA.POINT.MORT(310000;300000;"01/01/2026")');
    expect(na.erreur).toBe("#N/A");
    expect(na.message).toBe(
      "Le seuil de rentabilité (310\u202f000,00\u00a0€) dépasse le chiffre d'affaires annuel (300\u202f000,00\u00a0€) : il n'est pas atteint pendant l'exercice, il n'y a pas de point mort.",
    );
    expect(erreur('=AGORA.POINT.MORT(210000;300000;"31/02/2026")')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^debut_exercice : /) });
  });
  it('=AGORA.EXPLIQUE("POINT.MORT";…) détaille 8,4 mois → 8 mois et 12 jours → 12/09/2026', () => {
    const lignes = (valeur('=AGORA.EXPLIQUE("POINT.MORT";210000;300000;"01/01/2026")') as string[][]).map((l) => l[0]);
    expect(lignes).toContain("Durée = seuil ÷ chiffre d'affaires × 12 = 210\u202f000,00 ÷ 300\u202f000,00 × 12 = 8,4 mois");
    expect(lignes).toContain("Partie décimale : 0,4 mois × 30 = 12 jours, soit 8 mois et 12 jours");
    expect(lignes).toContain("Point mort = 01/01/2026 + 8 mois + 12 jours − 1 jour = 12/09/2026");
    expect(lignes[lignes.length - 1]).toBe("Résultat : 12/09/2026");
  });
});

describe("ECHEANCE", () => {
  it("modes : net (par défaut), fin de mois, fin de mois + jours, le 10", () => {
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";30)')).toBe(serie(2026, 4, 14));
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";30;"net")')).toBe(serie(2026, 4, 14));
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";30;"fin de mois")')).toBe(serie(2026, 4, 30));
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";45;"fin de mois + jours")')).toBe(serie(2026, 5, 15));
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";45;"le 10")')).toBe(serie(2026, 5, 10));
    expect(dateDe('=AGORA.ECHEANCE(DATE(2028;1;15);30;"Fin de mois")')).toBe(serie(2028, 2, 29));
  });
  it("erreurs : mode inconnu → #VALEUR! listant les modes ; jours négatifs → #NOMBRE! ; jours décimaux → #VALEUR!", () => {
    const mode = erreur('=AGORA.ECHEANCE("15/03/2026";30;"hebdomadaire")');
    expect(mode.erreur).toBe("#VALEUR!");
    expect(mode.message).toMatch(/^mode : « hebdomadaire » n'est pas un mode d'échéance\. Modes acceptés : « net »/);
    expect(erreur('=AGORA.ECHEANCE("15/03/2026";-30)')).toMatchObject({ erreur: "#NOMBRE!", message: expect.stringMatching(/^jours : /) });
    expect(erreur('=AGORA.ECHEANCE("15/03/2026";30,5)')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^jours : /) });
    expect(erreur('=AGORA.ECHEANCE("31/04/2026";30)')).toMatchObject({ erreur: "#VALEUR!", message: expect.stringMatching(/^date_facture : /) });
  });
  it("au-delà du plafond légal : la date est rendue et EXPLIQUE affiche l'alerte", () => {
    expect(dateDe('=AGORA.ECHEANCE("15/03/2026";60;"fin de mois")')).toBe(serie(2026, 5, 31));
    const lignes = (valeur('=AGORA.EXPLIQUE("ECHEANCE";"15/03/2026";60;"fin de mois")') as string[][]).map((l) => l[0]);
    expect(lignes.slice(0, 2)).toEqual(["15/03/2026 + 60 jours = 14/05/2026", "Fin de ce mois : 31/05/2026"]);
    expect(lignes[2]).toMatch(/^Attention : l'échéance du 31\/05\/2026 dépasse le plafond légal .*L\. 441-10.*au plus tard le 15\/05\/2026/);
    expect(lignes[lignes.length - 1]).toBe("Résultat : 31/05/2026");
  });
});
