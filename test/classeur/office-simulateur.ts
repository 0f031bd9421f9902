/**
 * Un Excel simulé avec office-addin-mock pour les tests de l'adaptateur Office : le simulateur fournit `run`,
 * `context.sync()` (compté) et `load()` des objets présents au départ ; les feuilles, plages et collections sont
 * de petits faux qui notent chaque écriture dans un journal, dans l'ordre.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface EtatSimule {
  feuilles: string[];
  tables?: { nom: string; feuille: string }[];
  noms?: string[];
  protegees?: string[];
  graphiques?: { nom: string; feuille: string }[];
  selection?: { address: string; rowCount: number; columnCount: number };
  /** Contenu rendu par `getRange(adresse).load(...)` pour `lirePlage`. */
  plages?: Record<string, { address: string; values: unknown[][]; formulas: unknown[][]; rowCount: number; columnCount: number }>;
}

export interface Journal {
  /** Opérations dans l'ordre : « sync », « formulas Feuil1!B3 », « ajout feuille Bilan »… */
  operations: string[];
  plages: FaussePlage[];
  syncs: number;
}

type Item = { code: string; message: string };
const erreurOffice = (code: string, message: string): Error & Item => Object.assign(new Error(message), { code });

export class FaussePlage {
  private donnees: Record<string, unknown> = {};
  readonly format = { autofitColumns: () => this.journal.operations.push(`autofit ${this.id}`) };
  readonly conditionalFormats = {
    clearAll: () => this.journal.operations.push(`effacer MFC ${this.id}`),
    add: () => {
      this.journal.operations.push(`MFC ${this.id}`);
      return { custom: { rule: {} as Record<string, unknown>, format: { fill: {}, font: {} } } };
    },
  };
  readonly dataValidation = {
    clear: () => this.journal.operations.push(`effacer validation ${this.id}`),
    rule: undefined as unknown,
    errorAlert: undefined as unknown,
  };

  constructor(
    readonly feuille: string,
    readonly adresse: string,
    private readonly journal: Journal,
  ) {}

  get id(): string {
    return `${this.feuille}!${this.adresse}`;
  }
  get formulas(): unknown[][] {
    return this.donnees.formulas as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.donnees.formulas = v;
    this.journal.operations.push(`formulas ${this.id}`);
  }
  get numberFormat(): unknown[][] {
    return this.donnees.numberFormat as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.donnees.numberFormat = v;
    this.journal.operations.push(`numberFormat ${this.id}`);
  }
  get values(): unknown[][] {
    return this.donnees.values as unknown[][];
  }
  set values(v: unknown[][]) {
    this.donnees.values = v;
    this.journal.operations.push(`values ${this.id}`);
  }
  clear(quoi: string): void {
    this.journal.operations.push(`effacer ${quoi} ${this.id}`);
  }
  select(): void {
    this.journal.operations.push(`sélection ${this.id}`);
  }
}

/** Installe `global.Excel` et rend le journal des écritures. */
export function simulerExcel(etat: EtatSimule): { journal: Journal; excel: OfficeMockObject } {
  const journal: Journal = { operations: [], plages: [], syncs: 0 };
  const existe = (nom: string) => etat.feuilles.some((f) => f.toLowerCase() === nom.toLowerCase());
  const plagesLues = etat.plages ?? {};
  const lues = new Set<string>();

  const feuille = (nom: string) => ({
    name: nom,
    getRange(adresse = "") {
      const cle = `${nom}!${adresse}`;
      // Une plage décrite dans `plages` est rendue (chargeable) à la première demande : la lecture ; ensuite, écriture.
      if (plagesLues[cle] && !lues.has(cle) && lues.add(cle)) return (excel as unknown as { context: { lectures: Record<string, unknown> } }).context.lectures[cle.replace(/\W/g, "_")];
      const p = new FaussePlage(nom, adresse || "*", journal);
      journal.plages.push(p);
      return p;
    },
    activate: () => journal.operations.push(`activer ${nom}`),
    tables: {
      add(adresse: string, entetes: boolean) {
        journal.operations.push(`ajout tableau ${nom}!${adresse} ${entetes ? "avec" : "sans"} en-têtes`);
        const table = {
          set name(n: string) {
            journal.operations.push(`nom tableau ${n}`);
          },
          getRange: () => new FaussePlage(nom, adresse, journal),
        };
        return table;
      },
      getItem: (t: string) => ({ delete: () => journal.operations.push(`suppression tableau ${t}`) }),
    },
    charts: {
      getItem: (g: string) => ({ delete: () => journal.operations.push(`suppression graphique ${g}`) }),
      add(genre: string, source: FaussePlage) {
        journal.operations.push(`graphique ${genre} ${source.id}`);
        const series = {
          getItemAt: (i: number) => ({
            set chartType(t: string) {
              journal.operations.push(`série ${i} en ${t}`);
            },
          }),
        };
        return { title: {}, series, setPosition: (p: string) => journal.operations.push(`position ${p}`) };
      },
    },
  });

  const donnees = {
    context: {
      lectures: Object.fromEntries(Object.entries(plagesLues).map(([k, v]) => [k.replace(/\W/g, "_"), v])),
      workbook: {
        selection: etat.selection ?? { address: "Feuil1!A1", rowCount: 1, columnCount: 1 },
        getSelectedRange: function () {
          return (this as unknown as { selection: unknown }).selection;
        },
        application: {
          suspendApiCalculationUntilNextSync: () => journal.operations.push("suspendre calcul"),
          suspendScreenUpdatingUntilNextSync: () => journal.operations.push("suspendre écran"),
        },
        worksheets: {
          load: function () {
            journal.operations.push("lecture feuilles");
            (this as unknown as { items: unknown[] }).items = etat.feuilles.map((nom) => ({
              name: nom,
              protection: { protected: (etat.protegees ?? []).includes(nom) },
              tables: { items: (etat.tables ?? []).filter((t) => t.feuille === nom).map((t) => ({ name: t.nom })) },
              charts: { items: (etat.graphiques ?? []).filter((g) => g.feuille === nom).map((g) => ({ name: g.nom })) },
            }));
            return this;
          },
          getItem(nom: string) {
            if (!existe(nom)) throw erreurOffice("ItemNotFound", `The requested resource doesn't exist. (${nom})`);
            return feuille(nom);
          },
          add(nom: string) {
            journal.operations.push(`ajout feuille ${nom}`);
            etat.feuilles.push(nom);
            return feuille(nom);
          },
        },
        names: {
          load: function () {
            journal.operations.push("lecture noms");
            (this as unknown as { items: unknown[] }).items = (etat.noms ?? []).map((name) => ({ name }));
            return this;
          },
          add: (nom: string, reference: string) => journal.operations.push(`nom ${nom} ${reference}`),
          getItem: (nom: string) => ({ delete: () => journal.operations.push(`suppression nom ${nom}`) }),
        },
      },
    },
    run: async function (rappel: (ctx: unknown) => Promise<unknown>) {
      return rappel((this as unknown as { context: unknown }).context);
    },
  };

  const excel = new OfficeMockObject(donnees);
  const ctx = (excel as unknown as { context: { sync: () => Promise<void> } }).context;
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    journal.syncs++;
    journal.operations.push("sync");
    await sync();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return { journal, excel };
}
