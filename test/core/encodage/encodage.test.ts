// Détection et décodage des encodages (exports-pgi.md § 7.1). Les octets attendus sont écrits à la main, d'après
// les tables des encodages (é = C3 A9 en UTF-8, E9 en Windows-1252, 82 en CP850 ; € = 80 en Windows-1252, A4 en
// ISO-8859-15), pas produits par iconv-lite.
import fc from "fast-check";
import { creerDecodeur, decoderTexte, detecterEncodage, encoderTexte } from "../../../src/core/encodage";

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const octets = (...parties: (string | number[])[]): Uint8Array => new Uint8Array(parties.flatMap((p) => (typeof p === "string" ? ascii(p) : p)));

describe("detecterEncodage (exports-pgi.md § 7.1)", () => {
  it("BOM UTF-8 EF BB BF : UTF-8 avec BOM, retiré au décodage", () => {
    const o = octets([0xef, 0xbb, 0xbf], "TVA collect", [0xc3, 0xa9], "e");
    expect(detecterEncodage(o)).toMatchObject({ encodage: "utf-8", bom: true, libelle: "UTF-8 avec BOM" });
    expect(decoderTexte(o).texte).toBe("TVA collectée");
  });

  it("UTF-8 strict réussi avec des octets ≥ 0x80 : UTF-8 sans BOM", () => {
    const o = octets("R", [0xc3, 0xa8], "glement");
    expect(detecterEncodage(o)).toMatchObject({ encodage: "utf-8", bom: false, certain: true });
    expect(decoderTexte(o).texte).toBe("Règlement");
  });

  it("ASCII seul : UTF-8 provisoire (certain = faux)", () => {
    expect(detecterEncodage(octets("JournalCode\tJournalLib"))).toMatchObject({ encodage: "utf-8", certain: false });
  });

  it("octet 0x80 (« € ») et E9 (é) : Windows-1252", () => {
    const o = octets("Prix 12 ", [0x80], " r", [0xe9], "gl", [0xe9]);
    expect(detecterEncodage(o).encodage).toBe("windows-1252");
    expect(decoderTexte(o).texte).toBe("Prix 12 € réglé");
  });

  it("« € » en 0xA4 sans octet 0x80–0x9F : ISO-8859-15", () => {
    const o = octets("Total 5 ", [0xa4], " pay", [0xe9]);
    expect(detecterEncodage(o).encodage).toBe("iso-8859-15");
    expect(decoderTexte(o).texte).toBe("Total 5 € payé");
  });

  it("é = 0x82, è = 0x8A, à = 0x85 dans des mots : CP850 (DOS)", () => {
    const o = octets("Soci", [0x82], "t", [0x82], " g", [0x82], "n", [0x82], "rale, r", [0x8a], "glement ", [0x85], " terme");
    expect(detecterEncodage(o).encodage).toBe("cp850");
    expect(decoderTexte(o).texte).toBe("Société générale, règlement à terme");
  });

  it("texte accentué Latin-1 sans octet 0x80–0x9F : Windows-1252 par défaut", () => {
    const o = octets("Cr", [0xe9], "dit ", [0xe0], " payer");
    expect(detecterEncodage(o).encodage).toBe("windows-1252");
    expect(decoderTexte(o).texte).toBe("Crédit à payer");
  });

  it("œ en Windows-1252 (0x9C entre deux lettres) n'est pas pris pour du CP850", () => {
    const o = octets("s", [0x9c], "ur et c", [0x9c], "ur");
    expect(detecterEncodage(o).encodage).toBe("windows-1252");
    expect(decoderTexte(o).texte).toBe("sœur et cœur");
  });

  it("BOM UTF-16 LE (FF FE) : décodé", () => {
    const o = octets([0xff, 0xfe], [0x41, 0, 0xe9, 0]);
    expect(detecterEncodage(o)).toMatchObject({ encodage: "utf-16le", bom: true });
    expect(decoderTexte(o).texte).toBe("Aé");
  });
});

describe("décodeur par blocs", () => {
  it("un caractère UTF-8 coupé entre deux blocs est reconstitué (é = C3 | A9, € = E2 82 | AC)", () => {
    const d = creerDecodeur("utf-8");
    const texte = d.decoder(octets("caf", [0xc3])) + d.decoder(octets([0xa9], " 5 ", [0xe2, 0x82])) + d.decoder(octets([0xac])) + d.terminer();
    expect(texte).toBe("café 5 €");
  });

  it("les octets en attente sont copiés : le tampon de lecture peut être réutilisé (Buffer, comme lignesFichier)", () => {
    const d = creerDecodeur("utf-8");
    const tampon = Buffer.from([0x54, 0x56, 0x41, 0x20, 0x64, 0xc3]); // « TVA d » + 1er octet de « é »
    const debut = d.decoder(tampon);
    tampon.set([0xa9, 0x64, 0x75, 0x63, 0x74, 0x65]); // le bloc suivant est lu dans le même tampon
    expect(debut + d.decoder(tampon) + d.terminer()).toBe("TVA déducte");
  });

  it("le BOM n'est retiré qu'en tête du flux", () => {
    const d = creerDecodeur("utf-8");
    expect(d.decoder(octets([0xef, 0xbb]))).toBe("");
    expect(d.decoder(octets([0xbf], "A"))).toBe("A");
    expect(d.decoder(octets([0xef, 0xbb, 0xbf], "B"))).toBe("\ufeffB");
  });

  it("un caractère incomplet en fin de flux devient « � »", () => {
    const d = creerDecodeur("utf-8");
    expect(d.decoder(octets("a", [0xc3])) + d.terminer()).toBe("a\ufffd");
  });

  it("propriété : tout texte UTF-8 découpé en blocs quelconques se décode comme d'un seul tenant", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), (texte, coupes) => {
        const o = new TextEncoder().encode(texte);
        const points = [...new Set(coupes.map((c) => c % (o.length + 1)))].sort((a, b) => a - b);
        const d = creerDecodeur("utf-8");
        let sortie = "";
        let debut = 0;
        for (const p of [...points, o.length]) {
          sortie += d.decoder(o.subarray(debut, p));
          debut = p;
        }
        expect(sortie + d.terminer()).toBe(texte);
      }),
    );
  });
});

describe("encoderTexte", () => {
  it("ISO-8859-15 : « € » = A4, « œ » = BD, é = E9 ; UTF-8 avec BOM", () => {
    expect([...encoderTexte("€œé", "iso-8859-15")]).toEqual([0xa4, 0xbd, 0xe9]);
    expect([...encoderTexte("é", "utf-8", { bom: true })]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect([...encoderTexte("é", "cp850")]).toEqual([0x82]);
  });

  it("aller-retour dans chaque encodage pour un texte français", () => {
    const texte = "Règlement à réception, dû : 1 200,00 € ; cœur";
    for (const e of ["utf-8", "windows-1252", "iso-8859-15"] as const) expect(decoderTexte(encoderTexte(texte, e), e).texte).toBe(texte);
    expect(decoderTexte(encoderTexte("Règlement à réception", "cp850"), "cp850").texte).toBe("Règlement à réception");
  });
});
