/**
 * Rendu serveur du volet dans un test (environnement node, sans DOM) : le HTML d'un élément dans le thème Fluent,
 * son texte visible (sans balises ni styles, entités décodées, blancs réduits), et celui d'un module par son id.
 */
import type { JSX } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ClasseurMemoire } from "../../src/classeur/memoire";
import type { Classeur } from "../../src/classeur/port";
import { MODULES } from "../../taskpane/modules";

/** Texte visible d'un HTML rendu : balises et styles ôtés, entités décodées, blancs réduits à une espace. */
export const texte = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** Le HTML d'un élément rendu dans le thème du volet. */
export const html = (element: JSX.Element): string => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

/** Le texte visible d'un élément rendu dans le thème du volet. */
export const rendu = (element: JSX.Element): string => texte(html(element));

/** Le HTML du module `id` du volet sur un classeur (vide par défaut), dans l'aperçu ; erreur si le module n'est pas implémenté. */
export function htmlModule(id: string, classeur: Classeur = new ClasseurMemoire()): string {
  const Composant = MODULES.find((m) => m.id === id)?.Composant;
  if (!Composant) throw new Error(`module ${id} sans composant`);
  return html(<Composant classeur={classeur} hote="apercu" />);
}

/** Le texte visible du module `id` du volet (voir htmlModule). */
export const renduModule = (id: string, classeur?: Classeur): string => texte(htmlModule(id, classeur));
