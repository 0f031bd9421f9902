#!/usr/bin/env node
// `npm run e2e:prepare` : installe le navigateur des tests de bout en bout, le paquet Debian « chromium »
// (jamais de téléchargement de navigateur par npm). Ailleurs : indiquer un Chromium ou un Chrome dans CHROMIUM_PATH.
import { execFileSync, spawnSync } from "node:child_process";

function chemin(commande) {
  try {
    return execFileSync("sh", ["-c", `command -v ${commande}`]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

const existant = process.env.CHROMIUM_PATH || chemin("chromium") || chemin("chromium-browser");
if (existant) {
  console.log(`Chromium est prêt : ${existant}`);
  process.exit(0);
}
if (process.platform !== "linux" || !chemin("apt-get")) {
  console.error(
    "Installez Chromium (ou Google Chrome) puis indiquez son chemin dans la variable CHROMIUM_PATH, par exemple :\n" +
      '  macOS :   export CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"\n' +
      '  Windows : set CHROMIUM_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  );
  process.exit(1);
}
const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
console.log("Installation du paquet Debian chromium (apt-get)…");
for (const commande of [["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]]) {
  const r = spawnSync(sudo.length ? "sudo" : commande[0], [...(sudo.length ? commande : commande.slice(1))], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0) {
    console.error(`« ${commande.join(" ")} » a échoué : installez chromium à la main (sudo apt-get install chromium).`);
    process.exit(1);
  }
}
console.log(`Chromium est installé : ${chemin("chromium")}`);
