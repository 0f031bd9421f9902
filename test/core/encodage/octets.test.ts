// Les tables des encodages d'un octet (src/core/encodage/octets.ts) contre iconv-lite, oracle indépendant : les 256
// octets décodés à l'identique dans chaque encodage, et chaque caractère encodable revient à son octet.
import fc from "fast-check";
import iconv from "iconv-lite";
import { decoderOctets, encoderOctets, encoderUtf16, type EncodageOctet } from "../../../src/core/encodage/octets";

const NOMS: Record<EncodageOctet, string> = { "windows-1252": "win1252", "iso-8859-15": "iso885915", cp850: "cp850" };
const TOUS = Uint8Array.from({ length: 256 }, (_, i) => i);

describe.each(Object.keys(NOMS) as EncodageOctet[])("%s", (e) => {
  it("les 256 octets se décodent comme par iconv-lite", () => {
    expect(decoderOctets(TOUS, e)).toBe(iconv.decode(Buffer.from(TOUS), NOMS[e]));
  });
  it("chaque caractère de la table s'encode comme par iconv-lite ; l'absent devient « ? »", () => {
    const texte = decoderOctets(TOUS, e).replace(/\ufffd/g, "");
    expect([...encoderOctets(texte, e)]).toEqual([...iconv.encode(texte, NOMS[e])]);
    expect([...encoderOctets("Ω😀", e)]).toEqual([0x3f, 0x3f]);
  });
  it("propriété : des octets au hasard (au-delà d'un morceau de 8 192) décodés comme par iconv-lite", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (o) => decoderOctets(o, e) === iconv.decode(Buffer.from(o), NOMS[e])),
      { numRuns: 30 },
    );
  });
});

it("UTF-16 : mêmes octets que iconv-lite, petit et grand boutiste", () => {
  const texte = "Règlement 1 200,00 € — cœur 😀";
  expect([...encoderUtf16(texte, false)]).toEqual([...iconv.encode(texte, "utf16le")]);
  expect([...encoderUtf16(texte, true)]).toEqual([...iconv.encode(texte, "utf16be")]);
});
