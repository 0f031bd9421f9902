/**
 * Ouvrir et enregistrer des .xlsx dans l'aperçu, par l'adaptateur ExcelJS (chargé à la demande : il pèse lourd).
 * Enregistrer télécharge le classeur ; rien ne part sur un serveur.
 */
import type { ClasseurApercu } from "../src/classeur/apercu";

const TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function estXlsx(fichier: File): boolean {
  return /\.xlsx$/i.test(fichier.name) || fichier.type === TYPE_XLSX;
}

/** Ouvre le fichier dans l'aperçu ; rend un message pour l'utilisateur. */
export async function ouvrirXlsx(fichier: File, classeur: ClasseurApercu): Promise<string> {
  if (!estXlsx(fichier)) {
    throw new Error(`« ${fichier.name} » n'est pas un classeur .xlsx. Dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) ».`);
  }
  const { lireXlsx } = await import(/* webpackChunkName: "xlsx" */ "../src/classeur/fichier");
  const instantane = await lireXlsx(await fichier.arrayBuffer());
  classeur.charger(instantane);
  const n = instantane.feuilles.length;
  return `« ${fichier.name} » est ouvert (${n} feuille${n > 1 ? "s" : ""}).`;
}

/** Écrit le classeur en .xlsx et le télécharge sous `nom` ; rend un message (avec ce qui n'a pas pu être écrit). */
export async function enregistrerXlsx(classeur: ClasseurApercu, nom: string): Promise<string> {
  const { ecrireXlsx, pertesEcriture } = await import(/* webpackChunkName: "xlsx" */ "../src/classeur/fichier");
  const instantane = classeur.exporter();
  const octets = await ecrireXlsx(instantane);
  const url = URL.createObjectURL(new Blob([octets as BlobPart], { type: TYPE_XLSX }));
  const lien = document.createElement("a");
  lien.href = url;
  lien.download = nom;
  document.body.appendChild(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  const pertes = pertesEcriture(instantane);
  return `« ${nom} » est enregistré dans vos téléchargements.${pertes.length ? ` Non écrit dans le fichier : ${pertes.join(" ")}` : ""}`;
}
