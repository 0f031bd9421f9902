/** Registre du personnel, paramètres de l'employeur et grille des variables du mois : lecture, contrôles, grille vide. */
import { Dec } from "../../../src/core/argent";
import { calculerPaieDuMois, lireParametresPaie, lireRegistre, periodeProposee, preparerGrilleVariables } from "../../../src/actions/paie";
import { lirePeriode } from "../../../src/actions/paie/periode";
import { lireStatut } from "../../../src/actions/paie/registre";
import { lireMethodeAbsence } from "../../../src/actions/paie/entreprise";
import { appliquer, refus } from "../immobilisations-outils";
import { classeurPaie, PARAMETRES_A, REGISTRE, SALARIE_A, variables } from "./outils";

const MARS_2026 = { annee: 2026, mois: 3 };
const options = { registre: REGISTRE, periode: MARS_2026 };

describe("registre du personnel", () => {
  it("lit identité, contrat, heures (151,67 par défaut), statut, dates, salaire et taux PAS (« 2 % » comme 0,02)", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A, ["A02", "Guérin", "Théo", "CDI 28 h", 121.33, "Livreur", "agent de maîtrise (non-cadre)", null, 1441.44, "2 %"], ["A03", "Jouan", null, "CDD", null, null, "Cadre", null, 3600, null]],
      parametres: PARAMETRES_A,
    });
    const r = await lireRegistre(c, REGISTRE);
    expect(r.salaries.map((s) => [s.matricule, s.contrat, s.heuresMensuelles.toNumber(), s.statut, s.tauxPAS?.toNumber()])).toEqual([
      ["A01", "CDI", 151.67, "non-cadre", 0.02],
      ["A02", "CDI", 121.33, "non-cadre", 0.02],
      ["A03", "CDD", 151.67, "cadre", undefined],
    ]);
    expect(r.salaries[0].entree).toEqual({ annee: 2020, mois: 9, jour: 1 });
  });

  it("statuts reconnus : cadre, non-cadre, employé, agent de maîtrise ; refus d'un statut inconnu", () => {
    expect(["Cadre", "NON-CADRE", "non cadre", "Employé", "agent de maîtrise", "cadre dirigeant"].map((s) => lireStatut(s, "x"))).toEqual(["cadre", "non-cadre", "non-cadre", "non-cadre", "non-cadre", "cadre"]);
    expect(() => lireStatut("stagiaire", "Feuille « P », ligne 2, colonne G (Statut)")).toThrow("Feuille « P », ligne 2, colonne G (Statut) : « stagiaire » n'est pas un statut");
  });

  it("deux fois le même matricule : refus qui nomme les deux lignes", async () => {
    const c = classeurPaie({ registre: [SALARIE_A, ["a01", "Autre", "Jean", "CDI", null, null, "cadre", null, 3000, null]], parametres: PARAMETRES_A });
    await expect(lireRegistre(c, REGISTRE)).rejects.toThrow("Feuille « Personnel », ligne 3, colonne A (Matricule) : le matricule « a01 » est déjà celui de la ligne 2");
  });

  it("colonne obligatoire absente : le message liste les en-têtes lus", async () => {
    const c = classeurPaie({ registre: [], parametres: PARAMETRES_A });
    c.feuilles[0].ecrireGrille({ ligne: 0, colonne: 0 }, [["Matricule", "Nom", "Poste", null, null, null, null, null, null, null], ["S01", "X", "Y", null, null, null, null, null, null, null]]);
    await expect(lireRegistre(c, REGISTRE)).rejects.toThrow(/colonnes Statut, Salaire de base introuvables dans la ligne d'en-tête \(ligne 1 ; en-têtes lus : « Matricule », « Nom », « Poste »\)\. Colonnes attendues : Matricule, Nom, Statut, Salaire de base ;/);
  });
});

describe("paramètres de paie", () => {
  it("étiquettes reconnues sans accents ; taux en % ou en fraction ; santé à 50 % par défaut", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: [["EFFECTIF", 11], ["taux at/mp", "1,5 %"], ["Mutuelle", 60], ["Méthode de retenue des absences", "jours ouvrés"]] });
    const p = await lireParametresPaie(c);
    expect(p.entreprise.effectif).toBe(11);
    expect(p.entreprise.tauxAT).toEqual(new Dec("0.015"));
    expect(p.entreprise.complementaireSante?.partPatronale).toEqual(new Dec("0.5"));
    expect(p.entreprise.methodeAbsence).toBe("jours-ouvres");
  });

  it("méthodes d'absence : heures réelles, horaire moyen, trentième, jours calendaires", () => {
    expect(["heures réelles", "Horaire moyen", "trentième", "jours calendaires", "jours ouvrés moyens"].map((m) => lireMethodeAbsence(m, "x"))).toEqual([
      "heures-reelles",
      "horaire-moyen",
      "trentieme",
      "jours-calendaires",
      "jours-ouvres-moyens",
    ]);
  });

  it("part patronale de santé sous 50 % : refus (CSS art. L911-7), qui nomme la cellule", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: [["Effectif", 11], ["Complémentaire santé", 60], ["Part patronale de la complémentaire santé", 0.4]] });
    await expect(lireParametresPaie(c)).rejects.toThrow("Feuille « Paramètres de paie », ligne 3, colonne B (Part patronale de la complémentaire santé) : l'employeur finance au moins 50 %");
  });

  it("feuille absente : le message dit comment la créer", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: [] });
    c.feuilles[1].nom = "Autre";
    await expect(lireParametresPaie(c)).rejects.toThrow(/^La feuille « Paramètres de paie » est introuvable : créez-la/);
  });
});

describe("mois de paie", () => {
  it("le volet propose le mois de la dernière grille « Variables AAAA-MM » du classeur", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A, variables: [], mois: "2025-01" });
    await c.appliquer([{ type: "feuille", nom: "Variables 2026-02", remplacer: false }]);
    expect(await periodeProposee(c)).toBe("2026-02");
  });

  it("2026-03, 03/2026, mars 2026 ; refus hors des paramètres (2024 à 2026)", () => {
    expect(["2026-03", "3/2026", "Mars 2026", "février 2025"].map((t) => lirePeriode(t))).toEqual([MARS_2026, MARS_2026, MARS_2026, { annee: 2025, mois: 2 }]);
    expect(() => lirePeriode("2023-12")).toThrow("Mois de paie : les paramètres de paie couvrent janvier 2024 à décembre 2026 (décembre 2023 demandé).");
    expect(() => lirePeriode("13/2026")).toThrow("n'est pas un mois de paie");
  });
});

describe("grille des variables du mois", () => {
  it("grille vide préremplie des matricules et des noms des salariés présents (sans l'apprentie)", async () => {
    const c = classeurPaie({ registre: [SALARIE_A, ["A03", "Moreau", "Lina", "apprentissage", null, null, "non-cadre", null, 918.92, null]], parametres: PARAMETRES_A });
    const p = await appliquer(c, preparerGrilleVariables(c, options));
    expect(p.resume).toEqual(["Feuille « Variables 2026-03 » : grille des variables de 1 salarié."]);
    const t = await c.lireTable("Variables_2026_03");
    expect(t?.entetes).toEqual([
      "Matricule",
      "Nom",
      "Heures sup. 25 %",
      "Heures sup. 50 %",
      "Heures compl. 10 %",
      "Heures compl. 25 %",
      "Absence (heures)",
      "Début d'absence",
      "Fin d'absence",
      "Motif d'absence",
      "Prime",
      "Libellé de la prime",
      "Formation (heures)",
    ]);
    expect(t?.lignes).toEqual([["A01", "Léa Martin", null, null, null, null, null, null, null, null, null, null, null]]);
    // La grille vide se relit : bulletin sans variables.
    const paie = await calculerPaieDuMois(c, options);
    expect(paie.feuilleVariables).toBe("Variables 2026-03");
    expect(paie.bulletins[0].bulletin.totaux.netPaye.toNumber()).toBe(1633.8);
  });

  it("plusieurs lignes d'un matricule : les heures s'ajoutent, absences et primes s'accumulent", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A],
      parametres: PARAMETRES_A,
      variables: [
        variables("A01", { "Heures sup. 25 %": 3, Prime: 100, "Libellé de la prime": "Prime d'objectifs" }),
        variables("A01", { "Heures sup. 25 %": 2, "Absence (heures)": 7, "Motif d'absence": "Absence injustifiée", "Formation (heures)": 7 }),
      ],
    });
    const paie = await calculerPaieDuMois(c, options);
    const v = paie.bulletins[0].variables;
    expect(v.heuresSup25.toNumber()).toBe(5);
    expect(v.primes).toEqual([{ libelle: "Prime d'objectifs", montant: new Dec(100) }]);
    expect(v.absences).toEqual([{ motif: "Absence injustifiée", heures: new Dec(7) }]);
    expect(v.formation.toNumber()).toBe(7);
  });

  it("refus : matricule inconnu, heures et période à la fois, motif sans absence ; rien n'est calculé", async () => {
    const c = classeurPaie({
      registre: [SALARIE_A],
      parametres: PARAMETRES_A,
      variables: [variables("Z99", { "Heures sup. 25 %": 1 }), variables("A01", { "Absence (heures)": 7, "Début d'absence": "09/03/2026" }), variables("A01", { "Motif d'absence": "Maladie" })],
    });
    const message = refus(await (await import("../../../src/actions/paie")).preparerBulletins(c, options));
    expect(message).toBe(
      "3 problèmes dans la grille des variables du mois (feuille « Variables 2026-03 »), rien n'a été écrit. " +
        "Feuille « Variables 2026-03 », ligne 2, colonne A (Matricule) : le matricule « Z99 » n'est pas au registre du personnel. " +
        "Feuille « Variables 2026-03 », ligne 3, colonne E (Absence (heures)) : donnez soit le nombre d'heures d'absence, soit la période (début et fin), pas les deux. " +
        "Feuille « Variables 2026-03 », ligne 4, colonne H (Motif d'absence) : motif « Maladie » sans absence ; indiquez les heures, ou le début et la fin de l'absence.",
    );
  });

  it("heures complémentaires pour un temps plein : refus clair", async () => {
    const c = classeurPaie({ registre: [SALARIE_A], parametres: PARAMETRES_A });
    c.feuilles.push(...[]);
    await c.appliquer([
      { type: "feuille", nom: "Variables 2026-03", remplacer: false },
      { type: "valeurs", feuille: "Variables 2026-03", adresse: "A1", valeurs: [["Matricule", "Heures compl. 10 %"], ["A01", 4]] },
    ]);
    await expect(calculerPaieDuMois(c, options)).rejects.toThrow("A01 Léa Martin travaille à temps plein : ses heures au-delà du contrat sont des heures supplémentaires");
  });

  it("heures supplémentaires pour un temps partiel : refus clair ; ses heures complémentaires sont payées (+10 %)", async () => {
    const partiel = ["P01", "Petit", "Jean", "CDI", 104, "Vendeur", "non-cadre", null, 1300, 0];
    const refuse = classeurPaie({ registre: [partiel], parametres: PARAMETRES_A, variables: [variables("P01", { "Heures sup. 25 %": 2 })] });
    await expect(calculerPaieDuMois(refuse, options)).rejects.toThrow("P01 Jean Petit travaille à temps partiel : ses heures au-delà du contrat sont des heures complémentaires");
    const c = classeurPaie({ registre: [partiel], parametres: PARAMETRES_A });
    await c.appliquer([{ type: "feuille", nom: "Variables 2026-03", remplacer: false }, { type: "valeurs", feuille: "Variables 2026-03", adresse: "A1", valeurs: [["Matricule", "Heures compl. 10 %"], ["P01", 4]] }]);
    const paie = await calculerPaieDuMois(c, options);
    // 1 300 ÷ 104 = 12,50 €/h ; × 1,10 × 4 h = 55,00 € (paie.md § 2.2) : brut 1 355,00.
    expect(paie.bulletins[0].bulletin.totaux.brut.toNumber()).toBe(1355);
  });
});
