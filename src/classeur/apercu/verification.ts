/**
 * Vérification propre à l'aperçu, après celle commune à tous les adaptateurs (src/classeur/verifier-plan.ts) :
 * chaque formule du plan doit être lisible par HyperFormula, et ses références structurées résolues.
 * Si une seule formule est impossible, rien n'est écrit.
 */
import { erreurValeur, versErreurAgora } from "../../core/erreurs";
import { dimensions, lirePlageA1, separerFeuille, type Rectangle } from "../adresses";
import type { Cellule, Modification } from "../port";
import { contenuHf } from "./contenus";
import { rectangleDe } from "./plages";
import type { TableReperee } from "./references-structurees";

const MAX_PROBLEMES = 5;

/** Zone réellement écrite par des valeurs : l'adresse d'une seule cellule s'étend à la taille du tableau. */
export function zoneEcrite(adresse: string, valeurs: readonly (readonly unknown[])[]): Rectangle {
  const zone = lirePlageA1(separerFeuille(adresse).adresse);
  const { lignes, colonnes } = dimensions(zone);
  const hauteur = Math.max(valeurs.length, 1);
  const largeur = Math.max(1, ...valeurs.map((l) => l.length));
  return lignes === 1 && colonnes === 1 ? rectangleDe(zone.debut, hauteur, largeur) : zone;
}

function formulesIllisibles(
  valeurs: readonly (readonly Cellule[])[],
  zone: Rectangle,
  feuille: string,
  tables: readonly TableReperee[],
  lisible: (formuleHf: string) => boolean,
): string[] {
  const problemes: string[] = [];
  valeurs.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) return;
      const position = { ligne: zone.debut.ligne + i, colonne: zone.debut.colonne + j };
      try {
        const { contenu } = contenuHf(v, { tables, feuille, position });
        if (!lisible(String(contenu))) problemes.push(`la formule ${v} ne peut pas être lue (parenthèses, séparateurs).`);
      } catch (e) {
        problemes.push(versErreurAgora(e).message);
      }
    }),
  );
  return problemes;
}

/**
 * Lève une ErreurAgora qui liste les formules impossibles du plan. `tables` : tableaux connus des formules
 * (ceux du classeur et ceux que le plan crée).
 */
export function verifierFormules(plan: readonly Modification[], tables: readonly TableReperee[], lisible: (formuleHf: string) => boolean): void {
  const problemes = plan.flatMap((m) => {
    const ou = (adresse: string) => `${"feuille" in m ? m.feuille : ""}!${adresse}`;
    switch (m.type) {
      case "valeurs":
        return formulesIllisibles(m.valeurs, zoneEcrite(m.adresse, m.valeurs), m.feuille, tables, lisible).map((p) => `Valeurs en ${ou(m.adresse)} : ${p}`);
      case "formule":
        return formulesIllisibles([[m.formule]], lirePlageA1(m.adresse), m.feuille, tables, lisible).map((p) => `Formule en ${ou(m.adresse)} : ${p}`);
      case "table": {
        const debut = lirePlageA1(m.adresse).debut;
        const corps = rectangleDe({ ligne: debut.ligne + 1, colonne: debut.colonne }, Math.max(m.lignes.length, 1), m.entetes.length);
        return formulesIllisibles(m.lignes, corps, m.feuille, tables, lisible).map((p) => `Tableau « ${m.nom} » : ${p}`);
      }
      case "mise-en-forme":
        return formulesIllisibles([[m.formule]], lirePlageA1(m.adresse), m.feuille, tables, lisible).map((p) => `Mise en forme conditionnelle en ${ou(m.adresse)} : ${p}`);
      default:
        return [];
    }
  });
  if (!problemes.length) return;
  const uniques = [...new Set(problemes)];
  const reste = uniques.length - MAX_PROBLEMES;
  const suite = reste > 0 ? ` … et ${reste} autre${reste > 1 ? "s" : ""} problème${reste > 1 ? "s" : ""}.` : "";
  throw erreurValeur(`Rien n'a été modifié dans le classeur. ${uniques.slice(0, MAX_PROBLEMES).join(" ")}${suite}`);
}
