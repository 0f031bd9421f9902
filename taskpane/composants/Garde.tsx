/** Barrière d'erreur : une erreur de rendu d'un module s'affiche en français au lieu d'un volet blanc. */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface Proprietes {
  children: ReactNode;
}

export class Garde extends Component<Proprietes, { erreur?: Error }> {
  override state: { erreur?: Error } = {};

  static getDerivedStateFromError(erreur: Error): { erreur: Error } {
    return { erreur };
  }

  override componentDidCatch(erreur: Error, info: ErrorInfo): void {
    console.error("Agora : erreur d'affichage", erreur, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.erreur) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Ce module n'a pas pu s'afficher.</MessageBarTitle>
          {this.state.erreur.message} Fermez puis rouvrez le volet ; si l'erreur revient, signalez-la à votre enseignant.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
