/** Les erreurs d'Office.js (OfficeExtension.Error, codes anglais) deviennent des ErreurAgora en français. */
import { ErreurAgora, erreurValeur } from "../../core/erreurs";

export interface ContexteErreur {
  /** La feuille visée, pour nommer ce qui manque. */
  feuille?: string;
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel est en train de modifier une cellule : validez la saisie (Entrée) ou annulez-la (Échap), puis recommencez.",
  AccessDenied: "Excel a refusé la modification : la feuille ou le classeur est peut-être protégé, ou ouvert en lecture seule.",
  InvalidSelection: "Sélectionnez une plage de cellules (pas un graphique ni une forme), puis recommencez.",
  ItemAlreadyExists: "Un élément du même nom existe déjà dans le classeur.",
  ApiNotFound: "Cette version d'Excel ne permet pas cette opération : mettez Excel à jour ou utilisez Excel pour le Web.",
  InsertDeleteConflict: "Un tableau ou des cellules fusionnées empêchent l'écriture à cet endroit.",
  MergedRangeConflict: "Des cellules fusionnées empêchent l'écriture à cet endroit.",
  RequestPayloadSizeLimitExceeded: "Trop de données à la fois pour Excel : réduisez la plage et recommencez.",
  ResponsePayloadSizeLimitExceeded: "La plage à lire est trop grande pour Excel : sélectionnez une plage plus petite.",
  RangeExceedsLimit: "La plage est trop grande pour Excel.",
  OperationCellsExceedLimit: "L'opération porte sur trop de cellules pour Excel.",
  UnsupportedSheet: "Cette feuille (graphique ou macro) ne contient pas de cellules : choisissez une feuille de calcul.",
};

/** Traduit une erreur levée dans Excel.run ; une ErreurAgora passe telle quelle. */
export function traduireErreurOffice(e: unknown, contexte: ContexteErreur = {}): ErreurAgora {
  if (e instanceof ErreurAgora) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const detail = e instanceof Error ? e.message : String(e);
  if (code === "ItemNotFound") {
    return erreurValeur(
      contexte.feuille !== undefined
        ? `La feuille « ${contexte.feuille} » n'existe pas.`
        : "Un élément demandé (feuille, tableau ou nom) n'existe pas dans le classeur.",
    );
  }
  if (MESSAGES[code]) return erreurValeur(MESSAGES[code]);
  if (code === "InvalidArgument" || code === "InvalidReference") return erreurValeur(`Excel a refusé une valeur ou une adresse : ${detail}`);
  if (e instanceof ReferenceError && /\b(Excel|Office)\b/.test(detail)) {
    return erreurValeur("Ce volet doit être ouvert dans Excel : Office.js n'est pas chargé.");
  }
  return erreurValeur(`Excel a signalé une erreur : ${detail}`);
}
