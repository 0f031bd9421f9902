/**
 * `npm run e2e` : construit l'aperçu une fois, le sert sur un port libre, lance Chromium et passe les tests de
 * bout en bout (grille, volet, fichiers .xlsx, captures d'écran des modules dans docs/images/).
 *   npm run e2e -- --filtre "catalogue"     seulement les tests dont le nom contient ce texte
 *   npm run e2e -- --sans-construction      réutilise dist/apercu
 * Dernière ligne : « N passed, N failed » (et test-results/e2e.json pour .ci/run).
 */
import fs from "node:fs";
import path from "node:path";
import { construireApercu, DOSSIER_APERCU, RACINE, servir } from "../../scripts/apercu.mjs";
import { chercherChromium, ecrireResultats, executerTests, lancerNavigateur } from "./outils";
import "./grille.e2e";
import "./fichiers.e2e";
import "./volet.e2e";
import "./comptabilite.e2e";
import "./comptabilite-import.e2e";
import "./comptabilite-fec.e2e";
import "./comptabilite-etats.e2e";
import "./comptabilite-lettrage.e2e";
import "./immobilisations.e2e";
import "./stocks.e2e";
import "./tresorerie.e2e";
import "./paie.e2e";

async function principal(): Promise<number> {
  const args = process.argv.slice(2);
  const i = args.indexOf("--filtre");
  const filtre = i >= 0 ? args[i + 1] : undefined;
  const chemin = chercherChromium();
  if (!chemin) {
    console.error("Chromium est introuvable : lancez « npm run e2e:prepare » (paquet Debian chromium) ou donnez son chemin dans CHROMIUM_PATH.");
    ecrireResultats(RACINE, 0, 1);
    console.log("0 passed, 1 failed");
    return 1;
  }
  if (!args.includes("--sans-construction") || !fs.existsSync(path.join(DOSSIER_APERCU, "index.html"))) {
    console.log("Construction de l'aperçu…");
    await construireApercu({ mode: "development" });
  }
  const serveur = await servir(DOSSIER_APERCU, 3101);
  const navigateur = await lancerNavigateur(chemin);
  console.log(`Aperçu servi sur ${serveur.url}, Chromium : ${chemin}`);
  try {
    const { passes, echecs } = await executerTests({ navigateur, url: serveur.url, racine: RACINE }, filtre);
    console.log(`${passes} passed, ${echecs} failed`);
    return echecs > 0 ? 1 : 0;
  } finally {
    await navigateur.close();
    await serveur.fermer();
  }
}

principal().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    ecrireResultats(RACINE, 0, 1);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
