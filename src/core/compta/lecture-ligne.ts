/**
 * Lecture d'une ligne de journal (cellules d'une feuille ou champs d'un CSV) en `LigneEcriture`, selon les colonnes
 * reconnues. Chaque valeur illisible produit une anomalie qui nomme la ligne et la colonne ; la ligne est alors écartée.
 */
import type { Jour } from "../dates";
import { lireDate } from "../dates";
import { ErreurAgora } from "../erreurs";
import { estVide, normaliserMotCle, type ValeurCellule } from "../nombres";
import type { Anomalies } from "./anomalie";
import { centimesDeNombre, lireCentimes, type Centimes } from "./centimes";
import type { ChampJournal, StructureJournal } from "./colonnes";
import { NOM_CHAMP } from "./colonnes";
import type { LigneEcriture } from "./ecriture";

/** Texte d'une cellule : vide → "", nombre → sa chaîne (un compte 411000 saisi comme nombre). */
export function texteCellule(v: ValeurCellule): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return String(v).trim();
}

/** Montant d'une cellule en centimes ; vide → 0 ; undefined si illisible ou avec plus de deux décimales. */
export function centimesCellule(v: ValeurCellule): Centimes | undefined {
  if (estVide(v)) return 0;
  if (typeof v === "number") return centimesDeNombre(v);
  if (typeof v === "string") return lireCentimes(v);
  return undefined;
}

/** Sens d'une ligne en variante Montant/Sens (tableau Journal ou fichier importé) : D, C, +1, -1, « débit », « crédit » ; undefined sinon. */
export function lireSens(v: ValeurCellule): "D" | "C" | undefined {
  const t = texteCellule(v).replace(/\s/g, "").replace("\u2212", "-");
  if (t === "+1" || t === "1") return "D";
  if (t === "-1") return "C";
  const s = normaliserMotCle(t);
  if (s === "d" || s === "debit") return "D";
  if (s === "c" || s === "credit") return "C";
  return undefined;
}

/** Lit une ligne ; undefined si elle est entièrement vide ou si une valeur est illisible (l'anomalie est ajoutée). */
export function lireLigneJournal(cellules: readonly ValeurCellule[], s: StructureJournal, origine: number, anomalies: Anomalies): LigneEcriture | undefined {
  if (cellules.every((c) => estVide(c))) return undefined;
  const c = s.colonnes;
  let ok = true;
  const nommer = (champ: ChampJournal) => {
    const i = c[champ];
    const entete = i === undefined ? "" : s.entetes[i];
    return `colonne « ${entete || NOM_CHAMP[champ]} »`;
  };
  const signaler = (champ: ChampJournal, message: string) => {
    ok = false;
    anomalies.ajouter({ origine, message: `Ligne ${origine}, ${nommer(champ)} : ${message}` });
  };
  const brut = (champ: ChampJournal): ValeurCellule => {
    const i = c[champ];
    return i === undefined ? undefined : cellules[i];
  };
  const texte = (champ: ChampJournal): string => texteCellule(brut(champ));
  const jour = (champ: ChampJournal, obligatoire: boolean): Jour | undefined => {
    const v = brut(champ);
    if (estVide(v)) {
      if (obligatoire) signaler(champ, "la date est vide.");
      return undefined;
    }
    try {
      return lireDate(v, "");
    } catch (e) {
      signaler(champ, e instanceof ErreurAgora ? e.message.replace(/^ : /, "") : `« ${String(v)} » n'est pas une date.`);
      return undefined;
    }
  };
  const montant = (champ: ChampJournal): Centimes => {
    const v = brut(champ);
    const m = centimesCellule(v);
    if (m === undefined) {
      signaler(champ, `« ${String(v)} » n'est pas un montant en euros à deux décimales au plus.`);
      return 0;
    }
    return m;
  };

  const compte = texte("compte");
  if (!compte) signaler("compte", "le numéro de compte est vide.");
  const date = jour("date", true);
  let debit = 0;
  let credit = 0;
  if (c.debit !== undefined || c.credit !== undefined) {
    debit = montant("debit");
    credit = montant("credit");
  } else {
    const m = montant("montant");
    const sens = lireSens(brut("sens"));
    if (sens === undefined && m !== 0) signaler("sens", `« ${texte("sens")} » n'est pas un sens : D ou C (ou +1, -1) attendu.`);
    if (sens === "C") credit = m;
    else debit = m;
  }
  const echeance = jour("echeance", false);
  const pieceDate = jour("pieceDate", false);
  const dateLettrage = jour("dateLettrage", false);
  const validation = jour("validation", false);
  if (!ok || !date) return undefined;

  const numero = texte("numero") || texte("piece");
  const ligne: LigneEcriture = {
    journal: texte("journal"),
    numero,
    date,
    compte,
    piece: texte("piece") || numero,
    libelle: texte("libelle"),
    debit,
    credit,
    origine,
  };
  const optionnels: [keyof LigneEcriture, string | Jour | undefined][] = [
    ["journalLibelle", texte("journalLibelle")],
    ["compteLibelle", texte("compteLibelle")],
    ["tiers", texte("tiers")],
    ["tiersLibelle", texte("tiersLibelle")],
    ["lettrage", texte("lettrage")],
    ["echeance", echeance],
    ["pieceDate", pieceDate],
    ["dateLettrage", dateLettrage],
    ["validation", validation],
  ];
  for (const [cle, v] of optionnels) if (v) (ligne as unknown as Record<string, unknown>)[cle] = v;
  return ligne;
}
