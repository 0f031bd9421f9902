/**
 * La feuille « Écriture de paie AAAA-MM » : les deux écritures du mois (salaires, charges patronales) dans les
 * colonnes du tableau Journal du module « Comptabilité » (src/actions/compta/table-journal.ts), pour les recopier
 * à la fin du journal ; sous le tableau, les totaux en formules et l'écart (nul).
 */
import { montantFr } from "../../core/argent";
import { versCentimes } from "../../core/compta/centimes";
import type { LigneEcriture } from "../../core/compta/ecriture";
import { jourFr } from "../../core/dates";
import { lettresColonne } from "../../classeur/adresses";
import { FORMATS, type Modification } from "../../classeur/port";
import { COLONNES_JOURNAL, FORMATS_JOURNAL, ligneTable } from "../compta/table-journal";
import { compte, feuilleTitree, phraseFeuille, type FeuillesGenerees } from "../commun/preparation";
import type { PaieDuMois } from "./calcul";
import { ecriturePaie, type EcriturePaie, type LignePaie } from "./ecriture";
import { codePeriode, dernierJour, periodeFr, type Periode } from "./periode";
import { formuleSomme } from "./livre";

export const JOURNAL_PAIE = "OD";
export const feuilleEcriture = (p: Periode): string => `Écriture de paie ${codePeriode(p)}`;
export const tableEcriture = (p: Periode): string => `EcriturePaie_${codePeriode(p).replace("-", "_")}`;

export const versLigneEcriture = (l: LignePaie): LigneEcriture => ({
  journal: JOURNAL_PAIE,
  numero: l.numero,
  date: l.date,
  compte: l.compte,
  compteLibelle: l.compteLibelle,
  piece: l.piece,
  libelle: l.libelle,
  debit: l.debit ? versCentimes(l.debit) : 0,
  credit: l.credit ? versCentimes(l.credit) : 0,
});

export function feuilleDeLEcriture(paie: PaieDuMois, feuilles: FeuillesGenerees): { modifs: Modification[]; resume: string; ecriture: EcriturePaie } {
  const p = paie.periode;
  const nom = feuilleEcriture(p);
  const table = tableEcriture(p);
  const ecriture = ecriturePaie(
    paie.bulletins.map((b) => b.bulletin),
    paie.parametres.entreprise.effectif,
    p,
  );
  const debut = 4;
  const ligneTotal = debut + ecriture.lignes.length + 2;
  const colDebit = COLONNES_JOURNAL.indexOf("Débit");
  const [d, c] = [lettresColonne(colDebit), lettresColonne(colDebit + 1)];
  const modifs: Modification[] = [
    ...feuilleTitree(
      feuilles,
      nom,
      `Écriture de paie — ${periodeFr(p)} (journal ${JOURNAL_PAIE}, ${jourFr(dernierJour(p))})`,
      "Écriture 1 : salaires (brut, parts salariales, impôt, net payé). Écriture 2 : charges patronales. Recopiez ces lignes à la fin du tableau Journal (paie.md § 7.3).",
    ),
    {
      type: "table",
      feuille: nom,
      nom: table,
      adresse: `A${debut}`,
      entetes: [...COLONNES_JOURNAL],
      lignes: ecriture.lignes.map((l) => ligneTable(versLigneEcriture(l))),
      formats: { ...FORMATS_JOURNAL } as Record<string, string>,
    },
    {
      type: "valeurs",
      feuille: nom,
      adresse: `${lettresColonne(colDebit - 1)}${ligneTotal}`,
      valeurs: [
        ["Totaux", formuleSomme(table, "Débit"), formuleSomme(table, "Crédit")],
        ["Écart (doit être nul)", `=${d}${ligneTotal}-${c}${ligneTotal}`, null],
      ],
      formats: [
        ["", FORMATS.euros, FORMATS.euros],
        ["", FORMATS.euros, ""],
      ],
    },
  ];
  const total = ecriture.totalSalaires.plus(ecriture.totalCharges);
  return {
    modifs,
    ecriture,
    resume: phraseFeuille(feuilles, nom, `2 écritures équilibrées (${compte(ecriture.lignes.length, "ligne")}), ${montantFr(total)} € au débit et au crédit`),
  };
}
