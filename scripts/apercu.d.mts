// Types de scripts/apercu.mjs (utilisé par les tests de bout en bout en TypeScript).
export declare const RACINE: string;
export declare const DOSSIER_APERCU: string;
export declare function construireApercu(options?: {
  mode?: "development" | "production";
  surveiller?: boolean;
  surReconstruction?: (erreur?: Error) => void;
}): Promise<() => Promise<void>>;
export declare function servir(dossier?: string, port?: number, essais?: number): Promise<{ url: string; port: number; fermer(): Promise<void> }>;
