/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock 4 → office-addin-manifest → module ESM seul ; le simulateur n'utilise que OfficeApp.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // Le rapport final « N passed, N failed » de .ci/run est écrit par ce rapporteur.
  reporters: ["default", "<rootDir>/test/outils/rapporteur-total.js"],
  maxWorkers: 2,
};
