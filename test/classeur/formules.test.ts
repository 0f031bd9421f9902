import { versFrancaise, versInvariante } from "../../src/classeur/formules";

describe("formules françaises et invariantes", () => {
  it.each([
    ["=AGORA.TTC(100;20%)", "=AGORA.TTC(100,20%)"],
    ["=AGORA.TTC(1234,56;0,2)", "=AGORA.TTC(1234.56,0.2)"],
    ['=AGORA.TAUX.TVA("réduit; 5,5";"15/03/2026")', '=AGORA.TAUX.TVA("réduit; 5,5","15/03/2026")'],
    ['=AGORA.EXPLIQUE("a""b;c";A1:B2)', '=AGORA.EXPLIQUE("a""b;c",A1:B2)'],
  ])("%s ↔ %s", (fr, inv) => {
    expect(versInvariante(fr)).toBe(inv);
    expect(versFrancaise(inv)).toBe(fr);
  });
});
