/**
 * La page de l'aperçu : barre d'outils, classeur à gauche (grille HyperFormula), volet Agora à droite (~360 px),
 * le même volet que dans Excel, branché sur l'adaptateur d'aperçu du port Classeur.
 */
import { memo, useEffect, useRef, useState, useSyncExternalStore, type DragEvent, type JSX } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { ClasseurApercu } from "../src/classeur/apercu";
import { App } from "../taskpane/App";
import { BarreOutils, type Commande } from "./BarreOutils";
import { chargerExemple } from "./donnees/charger";
import { enregistrerXlsx, ouvrirXlsx } from "./fichiers";
import { ZoneClasseur } from "./grille/ZoneClasseur";

const LARGEUR_VOLET = 360;

/** Le volet ne se redessine pas à chaque déplacement dans la grille : il lit le classeur quand il en a besoin. */
const Volet = memo(App);

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden", backgroundColor: tokens.colorNeutralBackground2 },
  message: { margin: "6px 8px 0" },
  corps: { display: "flex", flexGrow: 1, minHeight: 0 },
  classeur: { position: "relative", display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, backgroundColor: "#fff" },
  volet: {
    width: `${LARGEUR_VOLET}px`,
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chargement: { margin: "auto" },
  depot: {
    position: "absolute",
    inset: "8px",
    zIndex: 20,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    border: `3px dashed #217346`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: "rgba(255,255,255,0.9)",
    fontSize: tokens.fontSizeBase500,
    color: "#217346",
    pointerEvents: "none",
  },
});

type Message = { intention: "success" | "error" | "info"; texte: string };

export function Apercu({ classeur, exemple }: { classeur: ClasseurApercu; exemple: boolean }): JSX.Element {
  const styles = useStyles();
  useSyncExternalStore(
    (f) => classeur.abonner(f),
    () => classeur.etiquette,
  );
  const [pret, setPret] = useState(false);
  const [occupe, setOccupe] = useState<Commande | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [aConfirmer, setAConfirmer] = useState<Commande | File | null>(null);
  const [depot, setDepot] = useState(false);
  const [nomFichier, setNomFichier] = useState("classeur-agora.xlsx");
  const volet = useRef<HTMLElement>(null);

  useEffect(() => {
    void (async () => {
      if (exemple) await chargerExemple(classeur);
      setNomFichier(exemple ? "grain-de-sel.xlsx" : "classeur-agora.xlsx");
      setPret(true);
      document.documentElement.dataset.pret = "oui";
    })();
  }, [classeur, exemple]);

  const executer = async (c: Commande | File) => {
    setOccupe(c instanceof File ? "ouvrir" : c);
    setMessage(null);
    try {
      if (c instanceof File) {
        setMessage({ intention: "success", texte: await ouvrirXlsx(c, classeur) });
        setNomFichier(c.name);
      } else if (c === "enregistrer") setMessage({ intention: "success", texte: await enregistrerXlsx(classeur, nomFichier) });
      else if (c === "vide") {
        classeur.vider();
        setNomFichier("classeur-agora.xlsx");
      } else if (c === "exemple") {
        await chargerExemple(classeur);
        setNomFichier("grain-de-sel.xlsx");
      } else if (c === "annuler") classeur.annuler();
      else if (c === "retablir") classeur.retablir();
    } catch (e) {
      setMessage({ intention: "error", texte: e instanceof Error ? e.message : String(e) });
    } finally {
      setOccupe(null);
    }
  };

  /** Remplacer le classeur : on demande d'abord si des modifications seraient perdues. */
  const remplacer = (c: Commande | File) => {
    if (classeur.peutAnnuler()) setAConfirmer(c);
    else void executer(c);
  };

  const commande = (c: Commande) => (c === "vide" || c === "exemple" ? remplacer(c) : void executer(c));

  const deposer = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDepot(false);
    const f = e.dataTransfer.files?.[0];
    if (f) remplacer(f);
  };

  const versVolet = () => volet.current?.querySelector<HTMLElement>("button, select, input, [tabindex='0']")?.focus();

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.racine}>
      <BarreOutils occupe={occupe} peutAnnuler={classeur.peutAnnuler()} peutRetablir={classeur.peutRetablir()} commande={commande} ouvrirFichier={remplacer} />
      {message && (
        <MessageBar intent={message.intention} layout="multiline" className={styles.message}>
          <MessageBarBody>{message.texte}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Fermer le message" onClick={() => setMessage(null)}>✕</Button>} />
        </MessageBar>
      )}
      <div className={styles.corps}>
        <main
          className={styles.classeur}
          aria-label="Classeur"
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes("Files")) return;
            e.preventDefault();
            setDepot(true);
          }}
          onDragLeave={() => setDepot(false)}
          onDrop={deposer}
        >
          {pret ? <ZoneClasseur classeur={classeur} versVolet={versVolet} /> : <Spinner className={styles.chargement} label="Chargement du classeur d'exemple…" />}
          {depot && <div className={styles.depot}>Déposez le fichier .xlsx pour l'ouvrir</div>}
        </main>
        <aside
          ref={volet}
          className={styles.volet}
          aria-label="Volet Agora"
          onKeyDown={(e) => {
            // F6 : retour à la grille (comme entre le volet et la feuille dans Excel).
            if (e.key !== "F6") return;
            e.preventDefault();
            document.querySelector<HTMLElement>('[role="grid"]')?.focus();
          }}
        >
          {pret ? <Volet classeur={classeur} hote="apercu" /> : <Spinner className={styles.chargement} size="small" label="Chargement du volet…" />}
        </aside>
      </div>
      <Dialog open={aConfirmer !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setAConfirmer(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Remplacer le classeur ouvert ?</DialogTitle>
            <DialogContent>Les modifications qui ne sont pas enregistrées en .xlsx seront perdues.</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAConfirmer(null)}>
                Annuler
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const c = aConfirmer;
                  setAConfirmer(null);
                  if (c) void executer(c);
                }}
              >
                Remplacer
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      </div>
    </FluentProvider>
  );
}
