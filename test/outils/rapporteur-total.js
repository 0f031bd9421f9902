// Rapporteur Jest : écrit le total des tests dans test-results/jest.json pour le décompte final de .ci/run.
const fs = require("node:fs");
const path = require("node:path");

class RapporteurTotal {
  onRunComplete(_contexts, resultats) {
    const dossier = path.join(process.cwd(), "test-results");
    fs.mkdirSync(dossier, { recursive: true });
    const total = {
      passes: resultats.numPassedTests,
      echecs: resultats.numFailedTests + resultats.numRuntimeErrorTestSuites,
      ignores: resultats.numPendingTests + resultats.numTodoTests,
    };
    fs.writeFileSync(path.join(dossier, "jest.json"), JSON.stringify(total));
  }
}
module.exports = RapporteurTotal;
