#!/usr/bin/env node
// `npm start` : là où Excel est installé (Windows, macOS), lance Excel avec le complément (office-addin-debugging) ;
// sinon (Linux, CI) ou avec `--apercu`, construit et sert l'aperçu sans Excel sur http://localhost:3001.
//
//   npm start                        Excel si présent, sinon l'aperçu
//   npm start -- --apercu            l'aperçu, même si Excel est installé
//   npm start -- --vide              l'aperçu avec un classeur vide (sans l'entreprise d'exemple)
//   npm start -- --port 8080         premier port essayé (3001 par défaut, puis les suivants s'il est pris)
//   npm start -- --production        construction optimisée (plus lente)
//   npm start -- --surveiller        reconstruit l'aperçu à chaque modification du code (développeurs)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { construireApercu, DOSSIER_APERCU, RACINE, servir } from "./apercu.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (nom) => args.includes(`--${nom}`);
const valeur = (nom) => {
  const i = args.indexOf(`--${nom}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Excel de bureau est-il installé ? (Windows : clé « App Paths » d'excel.exe ou dossiers d'Office ; macOS : l'application.) */
export function excelInstalle(plateforme = process.platform) {
  if (plateforme === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (plateforme !== "win32") return false;
  try {
    execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], { stdio: "ignore" });
    return true;
  } catch {
    const dossiers = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return dossiers.some((d) => ["Office16", "Office15"].some((v) => fs.existsSync(path.join(d, "Microsoft Office", "root", v, "EXCEL.EXE"))));
  }
}

function outilExcelDisponible() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [RACINE] });
    return true;
  } catch {
    return false;
  }
}

function lancerExcel() {
  console.log("Excel est installé : lancement du complément Agora dans Excel (office-addin-debugging)…");
  const certificat = path.join(os.homedir(), ".office-addin-dev-certs", "localhost.crt");
  if (!fs.existsSync(certificat)) {
    console.log("Pas encore de certificat HTTPS local : si Excel refuse le complément, lancez une fois « npx office-addin-dev-certs install ».");
  }
  const enfant = spawn("npx", ["office-addin-debugging", "start", "manifest.xml"], { cwd: RACINE, stdio: "inherit", shell: process.platform === "win32" });
  enfant.on("exit", (code) => process.exit(code ?? 0));
  process.on("SIGINT", () => enfant.kill("SIGINT"));
}

async function lancerApercu() {
  const vide = option("vide");
  const mode = option("production") ? "production" : "development";
  const surveiller = option("surveiller");
  const port = Number(valeur("port") ?? process.env.PORT ?? 3001);
  console.log(`Construction de l'aperçu sans Excel (${mode === "production" ? "optimisée" : "rapide"})…`);
  let arreterConstruction;
  try {
    arreterConstruction = await construireApercu({
      mode,
      surveiller,
      surReconstruction: (erreur) => console.log(erreur ? `La reconstruction a échoué :\n${erreur.message}` : "Aperçu reconstruit : rechargez la page."),
    });
  } catch (e) {
    console.error(`L'aperçu n'a pas pu être construit :\n${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(DOSSIER_APERCU, "index.html"))) {
    console.error("L'aperçu n'a pas été construit : dist/apercu/index.html est absent.");
    process.exit(1);
  }
  const serveur = await servir(DOSSIER_APERCU, port);
  const adresse = vide ? `${serveur.url}?vide` : serveur.url;
  console.log("");
  console.log(`Aperçu Agora (sans Excel) : ${adresse}`);
  console.log(vide ? `  avec l'entreprise d'exemple : ${serveur.url}` : `  classeur vide : ${serveur.url}?vide`);
  console.log("Ouvrez cette adresse dans votre navigateur. Ctrl+C pour arrêter.");
  const arreter = async () => {
    console.log("\nArrêt de l'aperçu.");
    await arreterConstruction?.();
    await serveur.fermer();
    process.exit(0);
  };
  process.on("SIGINT", arreter);
  process.on("SIGTERM", arreter);
}

const principal = fileURLPrincipal();
if (principal) {
  if (!option("apercu") && !option("vide") && excelInstalle()) {
    if (outilExcelDisponible()) lancerExcel();
    else {
      console.log(
        [
          "Excel est installé, mais l'outil qui le lance avec le complément n'est pas dans ce projet.",
          "Pour l'ajouter :  npm install --save-dev office-addin-debugging office-addin-dev-certs",
          "puis :            npx office-addin-dev-certs install   et   npm start",
          "En attendant, voici l'aperçu sans Excel.",
          "",
        ].join("\n"),
      );
      await lancerApercu();
    }
  } else await lancerApercu();
}

/** Vrai quand ce fichier est lancé directement (et non importé par un test). */
function fileURLPrincipal() {
  return process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}
