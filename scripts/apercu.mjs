// Aperçu sans Excel : construction (webpack.apercu.js) et petit serveur statique local (node:http), partagés par
// `npm start` (scripts/start.mjs) et les tests de bout en bout (test/e2e/).
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DOSSIER_APERCU = path.join(RACINE, "dist", "apercu");

/** Construit l'aperçu dans dist/apercu. `surveiller` : reconstruit à chaque modification (rend une fonction d'arrêt). */
export function construireApercu({ mode = "development", surveiller = false, surReconstruction } = {}) {
  const webpack = require("webpack");
  const config = require(path.join(RACINE, "webpack.apercu.js"))({}, { mode });
  config.context = RACINE;
  config.infrastructureLogging = { level: "error" };
  const compilateur = webpack(config);
  return new Promise((resoudre, rejeter) => {
    const fin = (err, stats) => {
      if (err) return { erreur: err };
      if (stats.hasErrors()) return { erreur: new Error(stats.toString({ all: false, errors: true, colors: false })) };
      return {};
    };
    if (surveiller) {
      let premiere = true;
      const veille = compilateur.watch({ aggregateTimeout: 300 }, (err, stats) => {
        const { erreur } = fin(err, stats);
        if (premiere) {
          premiere = false;
          if (erreur) rejeter(erreur);
          else resoudre(() => new Promise((r) => veille.close(r)));
        } else surReconstruction?.(erreur);
      });
      return;
    }
    compilateur.run((err, stats) => {
      compilateur.close(() => {
        const { erreur } = fin(err, stats);
        if (erreur) rejeter(erreur);
        else resoudre(() => Promise.resolve());
      });
    });
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

function repondre(dossier, requete, reponse) {
  const chemin = decodeURIComponent(new URL(requete.url ?? "/", "http://localhost").pathname);
  const fichier = path.normalize(path.join(dossier, chemin === "/" ? "index.html" : chemin));
  if (!fichier.startsWith(dossier + path.sep)) {
    reponse.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Accès refusé.");
    return;
  }
  fs.readFile(fichier, (err, contenu) => {
    if (err) {
      reponse.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Introuvable : ${chemin}`);
      return;
    }
    reponse.writeHead(200, { "Content-Type": TYPES[path.extname(fichier)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    reponse.end(contenu);
  });
}

/**
 * Sert `dossier` sur http://localhost:<port> (le premier port libre à partir de `port`), sur la boucle locale
 * seulement : rien n'est visible depuis le réseau de l'établissement.
 */
export function servir(dossier = DOSSIER_APERCU, port = 3001, essais = 50) {
  return new Promise((resoudre, rejeter) => {
    const serveur = http.createServer((req, res) => repondre(dossier, req, res));
    let courant = port;
    serveur.on("error", (err) => {
      if (err.code === "EADDRINUSE" && courant < port + essais) {
        courant++;
        serveur.listen(courant, "127.0.0.1");
      } else rejeter(err);
    });
    serveur.on("listening", () => {
      const { port: reel } = serveur.address();
      resoudre({
        url: `http://localhost:${reel}/`,
        port: reel,
        fermer: () => new Promise((r) => serveur.close(() => r())),
      });
    });
    serveur.listen(courant, "127.0.0.1");
  });
}
