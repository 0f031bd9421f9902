/** Encodages des fichiers texte importés ou exportés (exports-pgi.md § 7.1). */
export { contientOctetNul, detecterEncodage, estAscii, LIBELLES_ENCODAGE, type InfoEncodage, type NomEncodage } from "./detection";
export { creerDecodeur, decoderTexte, encoderTexte, type Decodeur } from "./decodage";
