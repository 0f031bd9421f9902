// Construction du complément Excel (runtime partagé) dans dist/ :
//   taskpane.html  page du runtime partagé : Office.js (CDN) puis functions.js et taskpane.js
//   functions.js   enregistre les fonctions AGORA (functions/functions.ts)
//   taskpane.js    le volet React (taskpane/index.tsx)
//   functions.json généré depuis le registre des descripteurs (scripts/functions-json.cjs), avec aide/fonctions.html
//   manifest.xml   copié avec l'adresse AGORA_URL (par défaut https://localhost:3000), assets/ (icônes)
// Le typage est vérifié par `npm run typecheck` ; ts-loader ne fait ici que transpiler.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WebpackError, sources } = require("webpack");
const { genererFunctionsJson, urlProduction } = require("./scripts/functions-json.cjs");

const URL_DEV = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MODULES_INTERDITS = [/[\\/]node_modules[\\/]hyperformula[\\/]/];

/**
 * Émet functions.json et la page d'aide de ses liens (aide/fonctions.html) depuis le registre à chaque compilation ;
 * les fonctions refusées par Excel deviennent des avertissements.
 */
class FunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsJsonPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        try {
          const { json, aide, avertissement, sources: fichiers } = genererFunctionsJson(urlProduction());
          compilation.emitAsset("functions.json", new sources.RawSource(json));
          compilation.emitAsset("aide/fonctions.html", new sources.RawSource(aide));
          compilation.fileDependencies.addAll(fichiers);
          if (avertissement) compilation.warnings.push(new WebpackError(avertissement));
        } catch (e) {
          compilation.errors.push(new WebpackError(`functions.json n'a pas pu être généré : ${e instanceof Error ? e.message : String(e)}`));
        }
      });
    });
  }
}

/** HyperFormula appartient à l'hôte d'aperçu : il ne doit jamais entrer dans les bundles Excel. */
class SansModulesInterditsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SansModulesInterditsPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("SansModulesInterditsPlugin", (modules) => {
        const interdit = [...modules].map((m) => m.resource || "").find((f) => MODULES_INTERDITS.some((motif) => motif.test(f)));
        if (interdit) {
          compilation.errors.push(new WebpackError(`HyperFormula est entré dans un bundle Excel (${path.relative(__dirname, interdit)}) : il est réservé à l'hôte d'aperçu.`));
        }
      });
    });
  }
}

/**
 * Page du runtime partagé : le gabarit du volet (taskpane/taskpane.html), où la balise Office.js (CDN) remplace
 * le repère `<!-- office.js -->` (ou s'ajoute en fin de <head>) ; à défaut de gabarit, une page minimale.
 * Office.js se charge avant les bundles, injectés en `defer`.
 */
function gabaritPage() {
  const balise = `<script src="${OFFICE_JS}"></script>`;
  const gabarit = path.join(__dirname, "taskpane", "taskpane.html");
  if (fs.existsSync(gabarit)) {
    const html = fs.readFileSync(gabarit, "utf8");
    if (html.includes(OFFICE_JS)) return html;
    return html.includes("<!-- office.js -->") ? html.replace("<!-- office.js -->", balise) : html.replace("</head>", `  ${balise}\n  </head>`);
  }
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Agora</title>
    ${balise}
  </head>
  <body>
    <div id="racine"></div>
    <noscript>Le volet Agora a besoin de JavaScript.</noscript>
  </body>
</html>
`;
}

/** Certificats de `npx office-addin-dev-certs install` (poste de développement seulement), sinon HTTP. */
function serveurDev() {
  const dossier = path.join(os.homedir(), ".office-addin-dev-certs");
  const fichiers = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dossier, f));
  if (!fichiers.every((f) => fs.existsSync(f))) {
    console.warn("Certificats de développement absents (npx office-addin-dev-certs install) : serveur en HTTP, inutilisable par Excel.");
    return { type: "http" };
  }
  const [key, cert, ca] = fichiers.map((f) => fs.readFileSync(f));
  return { type: "https", options: { key, cert, ca } };
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const url = urlProduction();
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    target: ["web", "es2022"],
    entry: {
      functions: "./functions/functions.ts",
      // Runtime partagé : taskpane.html charge functions.js puis taskpane.js dans la même page. Le volet réutilise
      // donc le noyau et le registre déjà chargés par functions.js au lieu de les embarquer une seconde fois.
      taskpane: { import: "./taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new FunctionsJsonPlugin(),
      new SansModulesInterditsPlugin(),
      new HtmlWebpackPlugin({
        templateContent: () => gabaritPage(),
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (contenu) => contenu.toString().split(URL_DEV).join(url),
          },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxAssetSize: 600 * 1024,
      maxEntrypointSize: 600 * 1024,
      assetFilter: (fichier) => fichier.endsWith(".js"),
    },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? serveurDev() : undefined,
      static: false,
    },
  };
};
