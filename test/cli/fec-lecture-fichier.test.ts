// Lecture d'un fichier texte en flux (src/cli/lecture-fichier.ts) : blocs d'un Mio, encodage détecté sur le premier
// bloc non ASCII, fins de ligne CRLF/LF/CR, numéros de ligne physiques ; lireJournalFichier sur les FEC de test.
// Oracle : le fichier entier décodé par Buffer.toString et découpé par une expression régulière.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LigneEcriture } from "../../src/core/compta/ecriture";
import { Constats } from "../../src/core/fec";
import { ErreurFichierIllisible, TAILLE_BLOC, lignesFichier, lireJournalFichier, type SuiviLecture } from "../../src/cli/lecture-fichier";

const FIXTURE_FEC = path.resolve(__dirname, "../../../shared/fixtures/adh-studio-123456782FEC20251231.txt");
const CORROMPU = path.resolve(__dirname, "../core/fec/donnees/corrompu/123456782FEC20251231.txt");
let dossier: string;
beforeAll(() => (dossier = mkdtempSync(path.join(tmpdir(), "agora-lecture-"))));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

function fichier(nom: string, contenu: Buffer | string): string {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, contenu);
  return chemin;
}

async function toutes(chemin: string, suivi?: SuiviLecture) {
  const lignes: { texte: string; numero: number }[] = [];
  for await (const l of lignesFichier(chemin, suivi)) lignes.push(l);
  return lignes;
}

const oracle = (texte: string) => {
  const l = texte.split(/\r\n|\r|\n/);
  if (l[l.length - 1] === "") l.pop();
  return l.map((t, i) => ({ texte: t, numero: i + 1 }));
};

describe("lignesFichier", () => {
  it("CRLF, LF et CR mélangés, sans saut de ligne final ; avec saut final, pas de ligne vide en plus", async () => {
    expect(await toutes(fichier("a.txt", "un\r\ndeux\ntrois\rquatre"))).toEqual(oracle("un\r\ndeux\ntrois\rquatre"));
    expect(await toutes(fichier("b.txt", "un\r\n\r\ntrois\r\n"))).toEqual([
      { texte: "un", numero: 1 },
      { texte: "", numero: 2 },
      { texte: "trois", numero: 3 },
    ]);
    expect(await toutes(fichier("c.txt", ""))).toEqual([]);
  });

  it("BOM UTF-8 retiré, encodage signalé", async () => {
    const suivi: SuiviLecture = { octets: 0 };
    expect(await toutes(fichier("bom.txt", Buffer.from("\ufeffJournalCode\tx\né", "utf8")), suivi)).toEqual([
      { texte: "JournalCode\tx", numero: 1 },
      { texte: "é", numero: 2 },
    ]);
    expect(suivi.encodageDetecte).toMatchObject({ encodage: "utf-8", bom: true });
  });

  it("gros fichier UTF-8 : CRLF à cheval sur deux blocs, « é » coupé entre deux blocs, ASCII pur dans le premier bloc", async () => {
    const ligne = "VT\tVentes\tVT0001\t20250115\t41100000\n";
    let texte = ligne.repeat(Math.floor((TAILLE_BLOC - 10) / ligne.length));
    texte += "x".repeat(TAILLE_BLOC - 1 - Buffer.byteLength(texte)) + "\r\n"; // CR = dernier octet du bloc 1, LF = premier du bloc 2
    texte += ligne.repeat(Math.floor((TAILLE_BLOC - 10) / ligne.length));
    texte += "y".repeat(2 * TAILLE_BLOC - 1 - Buffer.byteLength(texte)) + "é fin\n"; // C3 | A9 de part et d'autre de la 2e limite
    // Un 3e bloc plein : le tampon de lecture est réécrit en entier (l'octet C3 en attente ne doit pas y être resté).
    texte += ligne.repeat(Math.ceil(TAILLE_BLOC / ligne.length));
    texte += "dernière ligne";
    const octets = Buffer.from(texte, "utf8");
    expect(octets[TAILLE_BLOC - 1]).toBe(0x0d);
    expect([octets[2 * TAILLE_BLOC - 1], octets[2 * TAILLE_BLOC]]).toEqual([0xc3, 0xa9]);
    const suivi: SuiviLecture = { octets: 0 };
    const lues = await toutes(fichier("gros.txt", octets), suivi);
    expect(lues).toEqual(oracle(octets.toString("utf8")));
    expect(suivi).toMatchObject({ octets: octets.length, encodageDetecte: { encodage: "utf-8", certain: true } });
  });

  it("premier bloc ASCII, accents Windows-1252 plus loin : l'encodage est décidé au premier bloc accentué", async () => {
    const debut = "BQ\tBanque\n".repeat(Math.ceil((TAILLE_BLOC * 1.5) / 10));
    const octets = Buffer.concat([Buffer.from(debut, "latin1"), Buffer.from([0x52, 0xe8, 0x67, 0x6c, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x0a])]); // « Règlement » en Windows-1252
    const suivi: SuiviLecture = { octets: 0 };
    const lues = await toutes(fichier("w1252.txt", octets), suivi);
    expect(lues[lues.length - 1]).toEqual({ texte: "Règlement", numero: lues.length });
    expect(suivi.encodageDetecte?.encodage).toBe("windows-1252");
  });

  it("fichier binaire (octets nuls) ou absent : ErreurFichierIllisible en français", async () => {
    await expect(toutes(fichier("bin.dat", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).rejects.toThrow(new ErreurFichierIllisible(`Le fichier « ${path.join(dossier, "bin.dat")} » n'est pas un fichier texte (octets nuls : fichier binaire, classeur, archive ou PDF ?).`));
    await expect(toutes(path.join(dossier, "absent.txt"))).rejects.toThrow(/est introuvable/);
  });
});

describe("lireJournalFichier", () => {
  async function journal(chemin: string, constats = new Constats()) {
    const lignes: LigneEcriture[] = [];
    const it = lireJournalFichier(chemin, { constats });
    for (;;) {
      const r = await it.next();
      if (r.done) return { lignes, bilan: r.value };
      lignes.push(r.value);
    }
  }

  it("la fixture FEC : 10 lignes d'écriture, 2 612,00 au débit et au crédit (fixtures-attendus.json)", async () => {
    const { lignes, bilan } = await journal(FIXTURE_FEC);
    expect(lignes).toHaveLength(10);
    expect(lignes.reduce((s, l) => s + l.debit, 0)).toBe(261200);
    expect(lignes.reduce((s, l) => s + l.credit, 0)).toBe(261200);
    expect(lignes[0]).toMatchObject({ journal: "VT", numero: "VT0001", compte: "41100000", tiers: "CLI001", origine: 2 });
    expect(bilan).toMatchObject({ lignes: 10, diagnostics: [] });
  });

  it("la copie corrompue : les lignes inutilisables (5 : date, 11 : champs) sont sautées et notées", async () => {
    const constats = new Constats();
    const { lignes, bilan } = await journal(CORROMPU, constats);
    expect(lignes.map((l) => l.origine)).toEqual([2, 3, 4, 6, 7, 8, 9, 10]);
    expect(bilan.diagnostics.map((d) => `${d.regle}@${d.ligne}`)).toEqual(["FEC-014@5", "FEC-018@6", "FEC-011@8", "FEC-009@11"]);
    expect(constats.nombreErreurs).toBe(4);
  });

  it("un fichier qui n'est pas un FEC : ErreurFichierIllisible", async () => {
    await expect(journal(fichier("pas-fec.csv", "date;compte;montant\n2025-01-01;411;12,00\n"))).rejects.toThrow(/n'est pas un FEC/);
    await expect(journal(fichier("vide.txt", ""))).rejects.toThrow(/est vide/);
  });
});
