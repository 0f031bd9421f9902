export { ClasseurOffice } from "./classeur-office";
export { traduireErreurOffice } from "./erreurs";
