// Construction de l'aperçu sans Excel dans dist/apercu/ : une page web ordinaire avec la grille (HyperFormula,
// fonctions AGORA) à gauche et le vrai volet à droite. HyperFormula n'entre que dans ce bundle, jamais dans ceux
// d'Excel (webpack.config.js). ExcelJS (ouvrir/enregistrer un .xlsx) est chargé à la demande, dans son propre morceau.
// Le typage est vérifié par `npm run typecheck` ; ts-loader ne fait ici que transpiler.
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "cheap-module-source-map" : false,
    target: ["web", "es2022"],
    entry: { apercu: "./preview/index.tsx" },
    output: {
      path: path.join(__dirname, "dist", "apercu"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS : son paquet pointe le navigateur vers dist/exceljs.min.js (déjà prêt pour le web).
      mainFields: ["browser", "module", "main"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
      // Le bundle d'ExcelJS est déjà construit : webpack n'a pas à l'analyser.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./preview/index.html",
        filename: "index.html",
        scriptLoading: "defer",
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
