/**
 * L'adaptateur Office.js du port : un Excel.run par opération, le moins de `context.sync()` possible.
 * `appliquer` : une lecture (feuilles, tableaux, noms, graphiques, protections) si le plan en a besoin, la
 * vérification complète du plan, puis une écriture. Rien n'est écrit si la vérification échoue.
 */
import { erreurValeur } from "../../core/erreurs";
import { lirePlageA1, normaliserAdresse, separerFeuille } from "../adresses";
import type { Cellule, Classeur, Grille, Modification, Plage, Progres, Table } from "../port";
import { verifierPlan, type EtatClasseur } from "../verifier-plan";
import { ecrireModification, prisEnCharge } from "./ecrire";
import { traduireErreurOffice, type ContexteErreur } from "./erreurs";
import { Lot } from "./lot";

/** Cellule lue : Office rend "" pour une cellule vide, le port null. */
const lue = (v: unknown): Cellule => (v === "" || v === undefined ? null : (v as Cellule));

/** Adresse rendue par Office (« Feuil1!$B$3:$C$4 », « 'Ma feuille'!B3 ») → feuille et adresse normalisée. */
function adresseOffice(adresse: string): { feuille: string; adresse: string } {
  const { feuille, adresse: a } = separerFeuille(adresse);
  let normale = a.replace(/\$/g, "");
  try {
    normale = normaliserAdresse(a);
  } catch {
    // Colonnes ou lignes entières (« A:A ») : gardées telles qu'Excel les écrit.
  }
  return { feuille: feuille ?? "", adresse: normale };
}

/** Le plan a-t-il besoin de connaître le classeur avant d'écrire (existence des feuilles, tableaux, noms) ? */
function lectureNecessaire(plan: readonly Modification[]): boolean {
  const feuilles = new Set<string>();
  for (const m of plan) {
    if (m.type === "feuille" || m.type === "table" || m.type === "nom" || m.type === "graphique") return true;
    feuilles.add(m.feuille.toLowerCase());
  }
  // Une seule feuille visée : si elle n'existe pas, Excel échoue dès `getItem`, avant toute écriture.
  return feuilles.size > 1;
}

export interface OptionsClasseurOffice {
  /** Taille estimée maximale d'une requête d'écriture, en octets (par défaut sous la limite de 5 Mo). */
  budgetRequete?: number;
}

export class ClasseurOffice implements Classeur {
  /** Nombre de `context.sync()` du dernier `appliquer` (mesure). */
  dernierNombreDeSync = 0;

  constructor(private readonly options: OptionsClasseurOffice = {}) {}

  private async executer<T>(travail: (ctx: Excel.RequestContext) => Promise<T>, contexte?: ContexteErreur): Promise<T> {
    if (typeof Excel === "undefined") throw erreurValeur("Ce volet doit être ouvert dans Excel : Office.js n'est pas chargé.");
    try {
      return await Excel.run(travail);
    } catch (e) {
      throw traduireErreurOffice(e, contexte);
    }
  }

  async selection(): Promise<Plage> {
    return this.executer(async (ctx) => {
      const plage = ctx.workbook.getSelectedRange().load("address, rowCount, columnCount");
      await ctx.sync();
      return { ...adresseOffice(plage.address), lignes: plage.rowCount, colonnes: plage.columnCount };
    });
  }

  async lirePlage(feuille: string, adresse?: string): Promise<Grille> {
    if (adresse !== undefined) lirePlageA1(adresse);
    return this.executer(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(feuille);
        const plage = adresse !== undefined ? ws.getRange(adresse) : ws.getUsedRangeOrNullObject(true);
        plage.load("address, values, formulas, rowCount, columnCount");
        await ctx.sync();
        if (plage.isNullObject) return { plage: { feuille, adresse: "A1", lignes: 0, colonnes: 0 }, valeurs: [], formules: [] };
        const lieu = adresseOffice(plage.address);
        return {
          plage: { feuille: lieu.feuille || feuille, adresse: lieu.adresse, lignes: plage.rowCount, colonnes: plage.columnCount },
          valeurs: plage.values.map((l) => l.map(lue)),
          formules: plage.formulas.map((l) => l.map((f) => (typeof f === "string" && f.startsWith("=") ? f : ""))),
        };
      },
      { feuille },
    );
  }

  async lireTable(nom: string): Promise<Table | undefined> {
    return this.executer(async (ctx) => {
      const table = ctx.workbook.tables.getItemOrNullObject(nom).load("name");
      await ctx.sync();
      if (table.isNullObject) return undefined;
      const ws = table.worksheet.load("name");
      const entetes = table.getHeaderRowRange().load("values");
      const corps = table.getDataBodyRange().load("values");
      await ctx.sync();
      return {
        nom: table.name,
        feuille: ws.name,
        entetes: (entetes.values[0] ?? []).map((e) => String(e)),
        lignes: corps.values.map((l) => l.map(lue)),
      };
    });
  }

  /** Un seul sync : la plage est sélectionnée (Excel active sa feuille et la fait défiler jusqu'à elle). */
  async atteindre(feuille: string, adresse: string): Promise<void> {
    lirePlageA1(adresse);
    return this.executer(
      async (ctx) => {
        ctx.workbook.worksheets.getItem(feuille).getRange(adresse).select();
        await ctx.sync();
      },
      { feuille },
    );
  }

  async nomsFeuilles(): Promise<string[]> {
    return this.executer(async (ctx) => {
      const feuilles = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return feuilles.items.map((f) => f.name);
    });
  }

  async appliquer(plan: readonly Modification[], progres?: Progres): Promise<void> {
    if (plan.length === 0) return;
    const lecture = lectureNecessaire(plan);
    const premiere = plan[0];
    const contexte = !lecture && "feuille" in premiere ? { feuille: premiere.feuille } : {};
    this.dernierNombreDeSync = 0;
    return this.executer(async (ctx) => {
      const application = ctx.workbook.application;
      const lot = new Lot(ctx, this.options.budgetRequete, () => this.dernierNombreDeSync++);
      progres?.avancer(0, "Vérification des modifications…");
      const decisions = lecture ? verifierPlan(plan, await lireEtat(ctx, lot)) : verifierPlan(plan);
      if (progres?.annule) throw erreurValeur("Opération annulée : rien n'a été modifié dans le classeur.");
      if (prisEnCharge("1.9")) application.suspendScreenUpdatingUntilNextSync();
      // La suspension du calcul ne vaut que jusqu'au prochain sync : elle est renouvelée pour chaque requête.
      if (prisEnCharge("1.6")) lot.auDebutDeRequete = () => application.suspendApiCalculationUntilNextSync();
      for (let i = 0; i < plan.length; i++) {
        await ecrireModification(ctx, lot, plan[i], decisions[i]);
        progres?.avancer(0.1 + (0.8 * (i + 1)) / plan.length, "Écriture dans le classeur…");
      }
      if (lot.enAttente) await lot.envoyer();
      progres?.avancer(1, "Terminé.");
    }, contexte);
  }
}

/** Une seule lecture : feuilles (nom, protection, tableaux, graphiques) et noms définis. */
async function lireEtat(ctx: Excel.RequestContext, lot: Lot): Promise<EtatClasseur> {
  const feuilles = ctx.workbook.worksheets.load({
    name: true,
    protection: { protected: true },
    tables: { name: true },
    charts: { name: true },
  });
  const noms = ctx.workbook.names.load("items/name");
  await lot.envoyer();
  return {
    feuilles: feuilles.items.map((f) => ({
      nom: f.name,
      protegee: f.protection.protected,
      tables: f.tables.items.map((t) => t.name),
      graphiques: f.charts.items.map((g) => g.name),
    })),
    noms: noms.items.map((n) => n.name),
  };
}
