/**
 * Import d'un FEC (exports-pgi.md § 1) : délègue au lecteur FEC du noyau (src/core/fec/lecture.ts), puis trie ses
 * constats. Sont des erreurs d'import (tout ou rien) : une ligne que le lecteur n'a pas pu lire, une date impossible
 * (FEC-014), un montant à plus de deux décimales (FEC-020 : l'arrondir changerait le montant), un fichier vide ou dont
 * l'en-tête n'a pas les champs indispensables. Le reste (montant au point décimal lu sans ambiguïté, champ en trop,
 * ligne vide…) devient une remarque : l'import n'est pas un contrôle de conformité (`agora fec valider` l'est).
 */
import type { LigneEcriture } from "../compta/ecriture";
import { decouperLignes, lireFec, CHAMPS_FEC, type FormatFec } from "../fec";
import type { CollecteErreurs } from "./erreurs";
import type { Reconnaissance } from "./types";

const TOUJOURS_ERREUR = new Set(["FEC-004", "FEC-014", "FEC-020"]);

const CHAMPS_CITES = new RegExp(`\\b(${[...CHAMPS_FEC, "Montant", "Sens"].join("|")})\\b`);

export interface ImportFec {
  lignes: LigneEcriture[];
  remarques: string[];
  format: FormatFec | undefined;
  reconnaissance: Reconnaissance;
}

const NOMS_SEPARATEUR: Record<string, string> = { "\t": "tabulation", "|": "barre verticale", ";": "point-virgule" };

export function importerFec(texte: string, erreurs: CollecteErreurs, libelle = "FEC"): ImportFec {
  const { lignes, diagnostics, format } = lireFec(texte);
  const lues = new Set<number>();
  for (const l of lignes) if (l.origine !== undefined) lues.add(l.origine);
  const reconnaissance: Reconnaissance = {
    format: "fec",
    libelle: format?.estFec ? `${libelle} (${NOMS_SEPARATEUR[format.separateur]}${format.variante === "montant-sens" ? ", variante Montant/Sens" : ""})` : libelle,
    raison: format?.sansEntete ? "pas d'en-tête, mais 18 champs avec une date AAAAMMJJ en 4e position" : "en-tête aux noms des champs du FEC (JournalCode, EcritureNum, CompteNum…)",
  };
  const expliquees = new Set<number>();
  const remarques = new Map<string, { nombre: number; premier: string }>();
  for (const d of diagnostics) {
    const nonLue = d.ligne > 1 && !lues.has(d.ligne);
    const enteteIncomplete = d.regle === "FEC-006" && format?.estFec && !format.complet;
    const pasFec = d.regle === "FEC-006" && !format?.estFec;
    if (TOUJOURS_ERREUR.has(d.regle) || (nonLue && d.severite === "erreur") || enteteIncomplete || pasFec) {
      const champ = CHAMPS_CITES.exec(d.message)?.[1];
      erreurs.ajouter(d.ligne, `${d.message} (${d.regle}).`, champ);
      expliquees.add(d.ligne);
    } else {
      const r = remarques.get(d.regle);
      if (r) r.nombre++;
      else remarques.set(d.regle, { nombre: 1, premier: d.ligne > 0 ? `ligne ${d.ligne} : ${d.message}` : d.message });
    }
  }
  if (format?.estFec && format.complet) {
    decouperLignes(texte).forEach((t, i) => {
      const n = i + 1;
      if (n > 1 && t.trim() !== "" && !lues.has(n) && !expliquees.has(n)) erreurs.ajouter(n, "ligne d'écriture illisible.");
    });
  }
  return {
    lignes,
    format,
    reconnaissance,
    remarques: [...remarques].map(([regle, r]) => `${regle} : ${r.premier}${r.nombre > 1 ? ` (et ${r.nombre - 1} autre${r.nombre > 2 ? "s" : ""})` : ""}.`),
  };
}
