/**
 * Le dialogue qui demande avant d'écraser ce que l'utilisateur a saisi (feuille existante, cellule non vide) :
 * « Annuler » (ou Échap) renonce, le bouton principal confirme.
 */
import type { JSX, ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from "@fluentui/react-components";

export interface ProprietesConfirmation {
  ouvert: boolean;
  titre: ReactNode;
  /** Libellé du bouton qui confirme : « Remplacer ». */
  bouton: ReactNode;
  confirmer: () => void;
  /** Appelé quand l'utilisateur ferme le dialogue sans confirmer. */
  renoncer: () => void;
  children?: ReactNode;
}

export function Confirmation(props: ProprietesConfirmation): JSX.Element {
  return (
    <Dialog
      open={props.ouvert}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) props.renoncer();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.titre}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Annuler</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={props.confirmer}>
              {props.bouton}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
