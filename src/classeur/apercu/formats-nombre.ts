/**
 * Affichage d'un nombre selon un code de format invariant (anglais) comme le ferait Excel en français :
 * virgule décimale, espace fine insécable entre milliers, « 1 234,50 € », « 20,00 % », « 15/03/2025 ».
 * Sous-ensemble géré : sections « positif;négatif;zéro;texte », 0 # ? , . %, littéraux "…" et \x, [Red], [$€-40C],
 * formats de date et d'heure (d, m, y, h, s). Le reste retombe sur le format Standard.
 */
import Decimal from "decimal.js";
import { Dec } from "../../core/argent";
import { depuisSerie } from "../../core/dates";

/** Séparateur de milliers d'Excel et d'Intl en français : espace fine insécable. */
export const SEPARATEUR_MILLIERS = "\u202f";

export interface NombreAffiche {
  texte: string;
  /** Couleur demandée par le format ([Red], [Blue]…), en CSS. */
  couleur?: string;
}

const COULEURS: Record<string, string> = {
  red: "#c50f1f", rouge: "#c50f1f", blue: "#0f6cbd", bleu: "#0f6cbd", green: "#107c10", vert: "#107c10",
  black: "#000000", noir: "#000000", magenta: "#c239b3", cyan: "#038387", yellow: "#8a6d00", jaune: "#8a6d00", white: "#ffffff", blanc: "#ffffff",
};

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MOIS_COURTS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const JOURS_COURTS = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."];

/** Découpe le code en sections « ; » (hors guillemets et crochets). */
export function sections(code: string): string[] {
  const out: string[] = [];
  let courant = "";
  let guillemets = false;
  let crochets = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "\\" && !guillemets) {
      courant += c + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === '"') guillemets = !guillemets;
    else if (c === "[" && !guillemets) crochets = true;
    else if (c === "]" && !guillemets) crochets = false;
    if (c === ";" && !guillemets && !crochets) {
      out.push(courant);
      courant = "";
    } else courant += c;
  }
  out.push(courant);
  return out;
}

/** Écriture scientifique d'Excel : « 1,23457E+11 », mantisse sur `chiffres` chiffres significatifs au plus. */
function scientifique(n: number, chiffres: number): string {
  const [mantisse, exposant] = n.toExponential(chiffres - 1).split("e");
  const m = mantisse.replace(/\.?0+$/, "").replace(".", ",");
  const e = Number(exposant);
  return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** Chiffres significatifs d'une écriture (« -0,00194 » → 3). */
function significatifs(t: string): number {
  return t.replace(/E.*$/, "").replace(/[^0-9]/g, "").replace(/^0+/, "").length;
}

/**
 * Format Standard d'Excel (largeur de colonne par défaut) : au plus 11 caractères ; l'écriture scientifique
 * quand elle garde plus de chiffres significatifs que l'écriture décimale (très grands ou très petits nombres).
 */
export function nombreStandard(n: number): string {
  if (!Number.isFinite(n)) return "#NOMBRE!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const sci = scientifique(n, n < 0 ? 5 : 6);
  if (abs >= 1e11) return sci;
  let decimal: string | undefined;
  for (let p = 15; p >= 1; p--) {
    const t = new Dec(n.toPrecision(p)).toFixed();
    if (t.length <= 11) {
      decimal = t.replace(".", ",");
      break;
    }
  }
  const utiles = significatifs(new Dec(n.toPrecision(15)).toFixed());
  if (!decimal || /^-?0$/.test(decimal) || significatifs(decimal) < Math.min(significatifs(sci), utiles)) return sci;
  return decimal;
}

interface Jeton {
  genre: "litteral" | "chiffre" | "virgule" | "point" | "pourcent" | "date";
  texte: string;
}

function jetons(section: string): { jetons: Jeton[]; couleur?: string } {
  const out: Jeton[] = [];
  let couleur: string | undefined;
  let i = 0;
  while (i < section.length) {
    const c = section[i];
    if (c === '"') {
      const fin = section.indexOf('"', i + 1);
      const texte = fin < 0 ? section.slice(i + 1) : section.slice(i + 1, fin);
      out.push({ genre: "litteral", texte });
      i = fin < 0 ? section.length : fin + 1;
    } else if (c === "\\") {
      out.push({ genre: "litteral", texte: section[i + 1] ?? "" });
      i += 2;
    } else if (c === "_") {
      out.push({ genre: "litteral", texte: " " });
      i += 2;
    } else if (c === "*") {
      i += 2;
    } else if (c === "[") {
      const fin = section.indexOf("]", i);
      const dedans = section.slice(i + 1, fin < 0 ? section.length : fin);
      const symbole = /^\$([^-]*)/.exec(dedans);
      if (symbole) out.push({ genre: "litteral", texte: symbole[1] });
      else if (COULEURS[dedans.toLowerCase()]) couleur = COULEURS[dedans.toLowerCase()];
      i = fin < 0 ? section.length : fin + 1;
    } else if (c === "0" || c === "#" || c === "?") {
      out.push({ genre: "chiffre", texte: c });
      i++;
    } else if (c === ",") {
      out.push({ genre: "virgule", texte: c });
      i++;
    } else if (c === ".") {
      out.push({ genre: "point", texte: c });
      i++;
    } else if (c === "%") {
      out.push({ genre: "pourcent", texte: c });
      i++;
    } else if (/[dmyhsDMYHS]/.test(c)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === c.toLowerCase()) j++;
      out.push({ genre: "date", texte: section.slice(i, j).toLowerCase() });
      i = j;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(section.slice(i))!;
      i += m[0].length;
    } else {
      out.push({ genre: "litteral", texte: c });
      i++;
    }
  }
  return { jetons: out, couleur };
}

/** Groupe les chiffres d'un entier écrit en base 10 : « 1234567 » → « 1 234 567 ». */
function grouper(entier: string): string {
  return entier.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATEUR_MILLIERS);
}

function formaterPartieNombre(valeur: Decimal, js: Jeton[]): string {
  const premier = js.findIndex((j) => j.genre === "chiffre");
  let dernier = -1;
  js.forEach((j, k) => {
    if (j.genre === "chiffre") dernier = k;
  });
  const point = js.findIndex((j, k) => j.genre === "point" && k >= premier && (dernier < 0 || k <= dernier + 1));
  const finEntier = point >= 0 ? point : dernier + 1;
  const entier = js.slice(premier, finEntier);
  const decimales = point >= 0 ? js.slice(point + 1, dernier + 1).filter((j) => j.genre === "chiffre") : [];
  const groupe = entier.some((j, k) => j.genre === "virgule" && k < entier.length - 1);
  const minEntier = entier.filter((j) => j.texte === "0").length;
  const minDecimales = decimales.filter((j) => j.texte === "0").length;
  const fixe = valeur.toFixed(decimales.length, Decimal.ROUND_HALF_UP);
  let [partieEntiere, partieDecimale = ""] = fixe.replace("-", "").split(".");
  partieDecimale = partieDecimale.replace(/0+$/, "").padEnd(minDecimales, "0");
  if (partieEntiere === "0" && minEntier === 0) partieEntiere = "";
  partieEntiere = partieEntiere.padStart(minEntier, "0");
  if (groupe) partieEntiere = grouper(partieEntiere);
  const nombre = point >= 0 ? `${partieEntiere},${partieDecimale}` : partieEntiere;
  const avant = js.slice(0, premier).map(texteJeton).join("");
  const apres = js
    .slice(dernier + 1)
    .filter((_, k) => dernier + 1 + k !== point)
    .map(texteJeton)
    .join("");
  return avant + nombre + apres;
}

function texteJeton(j: Jeton): string {
  return j.genre === "pourcent" ? "%" : j.genre === "virgule" ? "" : j.texte;
}

function deuxChiffres(n: number): string {
  return String(n).padStart(2, "0");
}

function formaterDate(serie: number, js: Jeton[]): string {
  if (serie < 0 || serie >= 2_958_466 || Math.floor(serie) === 60) return "#".repeat(8);
  const jour = serie < 1 ? { annee: 1900, mois: 1, jour: 0 } : depuisSerie(serie);
  const secondes = Math.round((serie - Math.floor(serie)) * 86_400);
  const h = Math.floor(secondes / 3600) % 24;
  const min = Math.floor(secondes / 60) % 60;
  const s = secondes % 60;
  const jourSemaine = new Date(Date.UTC(jour.annee, jour.mois - 1, Math.max(jour.jour, 1))).getUTCDay();
  return js
    .map((j, k) => {
      if (j.genre !== "date") return texteJeton(j);
      const t = j.texte;
      if (t.startsWith("y")) return t.length <= 2 ? deuxChiffres(jour.annee % 100) : String(jour.annee);
      if (t.startsWith("d")) {
        if (t.length >= 4) return JOURS[jourSemaine];
        if (t.length === 3) return JOURS_COURTS[jourSemaine];
        return t.length === 2 ? deuxChiffres(jour.jour) : String(jour.jour);
      }
      if (t.startsWith("h")) return t.length >= 2 ? deuxChiffres(h) : String(h);
      if (t.startsWith("s")) return t.length >= 2 ? deuxChiffres(s) : String(s);
      // « m » : minutes juste après une heure ou juste avant des secondes, mois sinon.
      const precedent = js.slice(0, k).reverse().find((x) => x.genre === "date");
      const suivant = js.slice(k + 1).find((x) => x.genre === "date");
      if (precedent?.texte.startsWith("h") || suivant?.texte.startsWith("s")) return t.length >= 2 ? deuxChiffres(min) : String(min);
      if (t.length >= 4) return MOIS[jour.mois - 1];
      if (t.length === 3) return MOIS_COURTS[jour.mois - 1];
      return t.length === 2 ? deuxChiffres(jour.mois) : String(jour.mois);
    })
    .join("");
}

/** Vrai si le code décrit une date ou une heure. */
export function estFormatDate(code: string | undefined): boolean {
  if (!code) return false;
  return jetons(sections(code)[0]).jetons.some((j) => j.genre === "date");
}

/** Affiche un nombre selon le code de format (undefined, « General » : format Standard). */
export function formaterNombre(n: number, code?: string): NombreAffiche {
  if (!code || /^(general|standard)$/i.test(code.trim())) return { texte: nombreStandard(n) };
  const secs = sections(code);
  let section = secs[0];
  let signe = n < 0 ? "-" : "";
  if (n < 0 && secs.length >= 2 && secs[1] !== "") {
    section = secs[1];
    signe = "";
  } else if (n === 0 && secs.length >= 3 && secs[2] !== "") section = secs[2];
  if (/^(general|standard)$/i.test(section.trim())) return { texte: nombreStandard(n) };
  const { jetons: js, couleur } = jetons(section);
  const avecCouleur = (texte: string): NombreAffiche => (couleur ? { texte, couleur } : { texte });
  if (js.some((j) => j.genre === "date")) return avecCouleur(formaterDate(n, js));
  if (!js.some((j) => j.genre === "chiffre")) return avecCouleur(js.map(texteJeton).join(""));
  const pourcents = js.filter((j) => j.genre === "pourcent").length;
  let valeur = new Dec(Math.abs(n).toPrecision(15));
  for (let k = 0; k < pourcents; k++) valeur = valeur.times(100);
  // Comme Excel, un petit nombre négatif arrondi à zéro garde son signe : « -0,00 ».
  return avecCouleur(signe + formaterPartieNombre(valeur, js));
}

/** Le format de texte « @ » (et la 4e section d'un format) : le texte tel quel. */
export function formaterTexte(t: string, code?: string): string {
  if (!code) return t;
  const secs = sections(code);
  const section = secs.length >= 4 ? secs[3] : secs[0].includes("@") ? secs[0] : undefined;
  if (!section) return t;
  return jetons(section.replace(/@/g, "\u0000")).jetons.map((j) => (j.texte === "\u0000" ? t : texteJeton(j))).join("");
}
