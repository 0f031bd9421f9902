#!/usr/bin/env node
// Point d'entrée de la commande `agora` : le code est construit par `npm install` (script prepare) dans build/.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const cible = path.join(__dirname, "..", "build", "agora.cjs");
if (!fs.existsSync(cible)) {
  console.error("agora : la commande n'est pas construite. Lancez « npm install » ou « npm run build ».");
  process.exit(2);
}
require(cible);
