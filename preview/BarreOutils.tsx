/** Barre d'outils de l'aperçu : ouvrir, enregistrer, classeur vide, entreprise d'exemple, annuler, rétablir. */
import { useRef, type JSX } from "react";
import { Spinner, Text, Toolbar, ToolbarButton, ToolbarDivider, Tooltip, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  barre: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    minHeight: "44px",
    backgroundColor: "#217346",
    color: "#ffffff",
  },
  titre: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
  outils: { flexGrow: 1, minWidth: 0, overflowX: "auto" },
  bouton: {
    color: "#ffffff",
    whiteSpace: "nowrap",
    ":hover": { color: "#ffffff", backgroundColor: "rgba(255,255,255,0.16)" },
    ":hover:active": { color: "#ffffff", backgroundColor: "rgba(255,255,255,0.24)" },
    ":disabled": { color: "rgba(255,255,255,0.5)" },
  },
  separateur: { "::after": { borderRightColor: "rgba(255,255,255,0.4)" } },
});

export type Commande = "ouvrir" | "enregistrer" | "vide" | "exemple" | "annuler" | "retablir";

interface Props {
  occupe: Commande | null;
  peutAnnuler: boolean;
  peutRetablir: boolean;
  commande(c: Commande): void;
  ouvrirFichier(f: File): void;
}

function Icone({ d }: { d: string }): JSX.Element {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const ICONES: Record<Commande, string> = {
  ouvrir: "M2.5 5.5v10h13l2-7H5l-2.5 7M2.5 5.5v-2h5l1.5 2h6v3",
  enregistrer: "M3.5 3.5h10l3 3v10h-13zM6.5 3.5v4h6v-4M6 16.5v-5h8v5",
  vide: "M5 2.5h7l3.5 3.5v11.5H5zM12 2.5V6h3.5",
  exemple: "M3 17.5V6l7-3.5L17 6v11.5M7 17.5v-5h6v5M6.5 8.5h1M12.5 8.5h1",
  annuler: "M7 5 3.5 8.5 7 12M3.5 8.5H12a4.5 4.5 0 0 1 0 9H9",
  retablir: "M13 5l3.5 3.5L13 12M16.5 8.5H8a4.5 4.5 0 0 0 0 9h3",
};

export function BarreOutils(props: Props): JSX.Element {
  const styles = useStyles();
  const fichier = useRef<HTMLInputElement>(null);
  const bouton = (c: Commande, libelle: string, aide: string, desactive = false) => (
    <Tooltip content={aide} relationship="description" withArrow>
      <ToolbarButton
        className={styles.bouton}
        appearance="subtle"
        disabled={desactive || props.occupe !== null}
        icon={props.occupe === c ? <Spinner size="extra-tiny" appearance="inverted" /> : <Icone d={ICONES[c]} />}
        onClick={() => (c === "ouvrir" ? fichier.current?.click() : props.commande(c))}
      >
        {libelle}
      </ToolbarButton>
    </Tooltip>
  );
  return (
    <div className={styles.barre}>
      <div className={styles.titre}>
        <Text weight="semibold" size={400}>
          Agora
        </Text>
        <Text size={300}>· aperçu sans Excel</Text>
      </div>
      <Toolbar aria-label="Classeur" className={styles.outils} size="small">
        {bouton("ouvrir", "Ouvrir un .xlsx", "Ouvrir un classeur .xlsx de votre ordinateur (ou le déposer sur la grille)")}
        {bouton("enregistrer", "Enregistrer en .xlsx", "Télécharger le classeur au format .xlsx")}
        <ToolbarDivider className={styles.separateur} />
        {bouton("vide", "Classeur vide", "Repartir d'un classeur vide")}
        {bouton("exemple", "Entreprise exemple", "Recharger l'entreprise fictive Grain de Sel & Cie")}
        <ToolbarDivider className={styles.separateur} />
        {bouton("annuler", "Annuler", "Annuler la dernière modification (Ctrl+Z)", !props.peutAnnuler)}
        {bouton("retablir", "Rétablir", "Rétablir la modification annulée (Ctrl+Y)", !props.peutRetablir)}
      </Toolbar>
      <input
        ref={fichier}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Fichier .xlsx à ouvrir"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) props.ouvrirFichier(f);
        }}
      />
    </div>
  );
}
