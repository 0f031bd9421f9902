import { guideHtml, guideMarkdown } from "../../src/fonctions/guide";
import { FONCTIONS } from "../../src/fonctions/index";
import { ancreAide } from "../../src/fonctions/catalogue";

describe("guide généré", () => {
  it("documente chaque fonction, avec une ancre pour le lien d'aide d'Excel", () => {
    const html = guideHtml();
    const md = guideMarkdown();
    for (const f of FONCTIONS) {
      expect(html).toContain(`id="${ancreAide(f.nom)}"`);
      expect(md).toContain(`### AGORA.${f.nom}`);
    }
  });
  it("échappe le HTML des descriptions", () => {
    expect(guideHtml()).not.toMatch(/<code>=AGORA\.[^<]*"[^<]*<\/code>/);
  });
});
