/**
 * Date d'échéance d'une facture selon les conditions de paiement, et contrôle du plafond légal
 * des délais de paiement entre professionnels (C. com. art. L. 441-10 ; comptabilite.md § 5.4).
 */
import { enFrancais } from "./argent";
import { ajouterJours, ajouterMois, comparerJours, finDeMois, jourFr, jourValide, type Jour } from "./dates";
import { erreurNombre, erreurValeur } from "./erreurs";
import { normaliserMotCle } from "./nombres";
import { TRACE_MUETTE, type Trace } from "./trace";

export type ModeEcheance =
  /** date de facture + N jours */
  | { genre: "net" }
  /** date + N jours, puis fin de ce mois (« 30 jours fin de mois ») */
  | { genre: "finDeMois" }
  /** fin du mois de la facture, puis + N jours (« fin de mois + 45 jours ») */
  | { genre: "finDeMoisPlusJours" }
  /** date + N jours, fin de mois, puis le jour J du mois suivant (« 30 jours fin de mois le 10 ») */
  | { genre: "jourDuMois"; jour: number };

export const MODES_ACCEPTES =
  "« net » (date + jours), « fin de mois » (date + jours, puis fin de ce mois), « fin de mois + jours » " +
  "(fin du mois de la facture, puis + jours), « le 10 » ou « fin de mois le 10 » (date + jours, fin de mois, puis le 10 du mois suivant ; tout jour de 1 à 31)";

/** Lit un mode d'échéance écrit en français (accents, majuscules et « fdm » tolérés). */
export function lireModeEcheance(texte: string): ModeEcheance {
  const n = normaliserMotCle(texte)
    .replace(/\bfdm\b/g, "fin de mois")
    .replace(/\bfin du mois\b/g, "fin de mois")
    .replace(/\s*\+\s*/g, " + ")
    .replace(/ (plus|puis) /g, " + ");
  if (n === "net") return { genre: "net" };
  if (n === "fin de mois") return { genre: "finDeMois" };
  if (n === "fin de mois + jours") return { genre: "finDeMoisPlusJours" };
  const m = /^(?:fin de mois )?le (\d{1,2})$/.exec(n);
  if (m) {
    const jour = Number(m[1]);
    if (jour >= 1 && jour <= 31) return { genre: "jourDuMois", jour };
    throw erreurValeur(`mode : le jour ${jour} n'existe dans aucun mois (un jour de 1 à 31 est attendu).`);
  }
  throw erreurValeur(`mode : « ${texte} » n'est pas un mode d'échéance. Modes acceptés : ${MODES_ACCEPTES}.`);
}

function decaler(j: Jour, jours: number): Jour {
  const r = ajouterJours(j, jours);
  if (!jourValide(r.annee, r.mois, r.jour)) throw erreurNombre(`jours : l'échéance tomberait au-delà du 31/12/9999, la dernière date qu'Excel connaît.`);
  return r;
}

const pluriel = (n: number, mot: string): string => `${n} ${mot}${Math.abs(n) > 1 ? "s" : ""}`;

/**
 * Plafond légal (C. com. art. L. 441-10) : 60 jours après la date d'émission de la facture, ou 45 jours
 * fin de mois. « 45 jours fin de mois » se lit de deux façons admises : fin du mois de (date + 45 jours),
 * ou fin du mois de la facture + 45 jours. On retient la plus tardive des trois dates.
 */
export function plafondLegal(dateFacture: Jour): Jour {
  const candidats = [decaler(dateFacture, 60), finDeMois(decaler(dateFacture, 45)), decaler(finDeMois(dateFacture), 45)];
  return candidats.reduce((a, b) => (comparerJours(b, a) > 0 ? b : a));
}

/** Date d'échéance ; si elle dépasse le plafond légal, elle est rendue quand même, avec une alerte dans la trace. */
export function echeance(dateFacture: Jour, jours: number, mode: ModeEcheance, trace: Trace = TRACE_MUETTE): Jour {
  if (!Number.isInteger(jours)) throw erreurValeur(`jours : ${jours} n'est pas un nombre entier de jours.`);
  if (jours < 0) throw erreurNombre(`jours : le délai de paiement (${enFrancais(jours)} jours) ne peut pas être négatif.`);
  let date: Jour;
  const plusJours = (depuis: Jour): Jour => {
    const r = decaler(depuis, jours);
    trace.etape(`${jourFr(depuis)} + ${pluriel(jours, "jour")} = ${jourFr(r)}`);
    return r;
  };
  switch (mode.genre) {
    case "net":
      date = plusJours(dateFacture);
      break;
    case "finDeMois":
      date = finDeMois(plusJours(dateFacture));
      trace.etape(`Fin de ce mois : ${jourFr(date)}`);
      break;
    case "finDeMoisPlusJours": {
      const fin = finDeMois(dateFacture);
      trace.etape(`Fin du mois de la facture : ${jourFr(fin)}`);
      date = plusJours(fin);
      break;
    }
    case "jourDuMois": {
      const fin = finDeMois(plusJours(dateFacture));
      trace.etape(`Fin de ce mois : ${jourFr(fin)}`);
      // Le jour demandé du mois suivant, ramené à la longueur de ce mois (le 31 en avril → le 30).
      date = ajouterMois({ ...fin, jour: mode.jour }, 1);
      if (!jourValide(date.annee, date.mois, date.jour)) throw erreurNombre("jours : l'échéance tomberait au-delà du 31/12/9999, la dernière date qu'Excel connaît.");
      trace.etape(`Le ${mode.jour} du mois suivant${date.jour !== mode.jour ? ` (ramené au dernier jour du mois)` : ""} : ${jourFr(date)}`);
      break;
    }
  }
  const plafond = plafondLegal(dateFacture);
  if (comparerJours(date, plafond) > 0) {
    trace.alerte(
      `l'échéance du ${jourFr(date)} dépasse le plafond légal des délais de paiement entre professionnels (C. com. art. L. 441-10 : ` +
        `60 jours après la facture ou 45 jours fin de mois), soit au plus tard le ${jourFr(plafond)}. Des dérogations sectorielles existent.`,
    );
  } else {
    trace.regle(`Délai conforme au plafond légal entre professionnels (C. com. art. L. 441-10) : au plus tard le ${jourFr(plafond)}.`);
  }
  return date;
}
