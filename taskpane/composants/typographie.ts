/**
 * Typographie Fluent appliquée à des éléments HTML ordinaires (h1…h5, p, span) : les styles du thème sans les
 * composants Text de Fluent, pour garder le bundle du volet sous 600 Kio (office-addin.md § 5.3).
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useTypographie = makeStyles({
  titre: { ...typographyStyles.title3, marginTop: 0, marginBottom: 0 },
  section: { ...typographyStyles.subtitle1, marginTop: 0, marginBottom: 0 },
  sousSection: { ...typographyStyles.subtitle2, marginTop: 0, marginBottom: 0 },
  corps: { ...typographyStyles.body1, marginTop: 0, marginBottom: 0 },
  fort: { ...typographyStyles.body1Strong, marginTop: 0, marginBottom: 0 },
  /** Intertitre d'une fiche (« Syntaxe », « Arguments ») : discret, au-dessous des titres de section. */
  intertitre: { ...typographyStyles.body1Strong, marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
  legende: { ...typographyStyles.caption1, marginTop: 0, marginBottom: 0 },
  discret: { color: tokens.colorNeutralForeground3 },
  secondaire: { color: tokens.colorNeutralForeground2 },
});
