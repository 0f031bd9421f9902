/**
 * Module « Immobilisations » : du registre des immobilisations, la feuille des plans d'amortissement et celle des
 * dotations de l'exercice (écritures 6811 / 28…), puis la cession d'un bien (657 / 757). Le calcul est celui des
 * fonctions AGORA.PLAN.AMORT et AGORA.CESSION (comptabilite.md § 9).
 */
import { useCallback, useEffect, useState, type JSX } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { listerBiens, preparerAmortissements, preparerCession, type BienListe } from "../../../src/actions/immobilisations";
import type { Source } from "../../../src/actions/commun/source";
import { lireDate, type Jour } from "../../../src/core/dates";
import { erreurValeur } from "../../../src/core/erreurs";
import { lireMontantPositif, lireTaux } from "../../../src/core/nombres";
import { ChampTexte, ChoixSource, ListeDeroulante, cleSource } from "../../composants/Formulaire";
import { SuiviGeneration, useGeneration } from "../../composants/Generation";
import { useTypographie } from "../../composants/typographie";
import type { ProprietesModule } from "../../types";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  bloc: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  separation: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalL },
  deux: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM },
  bouton: { alignSelf: "flex-start" },
});

const CLOTURE_PAR_DEFAUT = `31/12/${new Date().getFullYear()}`;
const JOUR_SECOURS: Jour = { annee: 2000, mois: 12, jour: 31 };

function lireCloture(texte: string): Jour {
  return lireDate(texte, "Clôture de l'exercice");
}

export function ModuleImmobilisations({ classeur }: ProprietesModule): JSX.Element {
  const styles = useStyles();
  const t = useTypographie();
  const [source, setSource] = useState<Source | undefined>(undefined);
  const [cloture, setCloture] = useState(CLOTURE_PAR_DEFAUT);
  const [biens, setBiens] = useState<BienListe[]>([]);
  const [erreurBiens, setErreurBiens] = useState<string | undefined>(undefined);
  const [rang, setRang] = useState<number | undefined>(undefined);
  const [dateCession, setDateCession] = useState("");
  const [prix, setPrix] = useState("");
  const [tva, setTva] = useState("20 %");

  const relireBiens = useCallback(async () => {
    if (!source) return;
    let jour = JOUR_SECOURS;
    try {
      jour = lireCloture(cloture);
    } catch {
      // la clôture sera signalée à la génération ; pour la liste, une clôture au 31/12 suffit
    }
    const issue = await listerBiens(classeur, source, jour);
    if (issue.etat === "ok") {
      setBiens(issue.biens);
      setErreurBiens(undefined);
      setRang((r) => (r !== undefined && issue.biens.some((b) => b.rang === r) ? r : issue.biens[0]?.rang));
    } else {
      setBiens([]);
      setErreurBiens(issue.message);
    }
  }, [classeur, source, cloture]);

  useEffect(() => {
    void relireBiens();
    // Relire quand la source change ; la liste est aussi relue à l'ouverture de la liste des biens.
  }, [cleSource(source)]);

  const plans = useGeneration(classeur, () => void relireBiens());
  const cession = useGeneration(classeur);

  const generer = () =>
    plans.lancer(async () => {
      if (!source) throw erreurValeur("Choisissez la feuille du registre des immobilisations.");
      return preparerAmortissements(classeur, { source, cloture: lireCloture(cloture) });
    });

  const ceder = () =>
    cession.lancer(async () => {
      if (!source) throw erreurValeur("Choisissez la feuille du registre des immobilisations.");
      if (rang === undefined) throw erreurValeur(erreurBiens ?? "Choisissez le bien cédé.");
      return preparerCession(classeur, {
        source,
        cloture: lireCloture(cloture),
        rang,
        date: lireDate(dateCession, "Date de cession"),
        prix: lireMontantPositif(prix, "Prix de cession HT"),
        tauxTva: lireTaux(tva.trim() === "" ? "0" : tva, "TVA sur le prix"),
      });
    });

  return (
    <section className={styles.racine} aria-labelledby="titre-immobilisations">
      <div className={styles.bloc}>
        <h2 className={t.section} id="titre-immobilisations">
          Immobilisations
        </h2>
        <p className={mergeClasses(t.corps, t.secondaire)}>
          À partir du registre des immobilisations : un plan d'amortissement par bien, les dotations de l'exercice en écritures (D 6811 / C 28…) et
          la cession d'un bien.
        </p>
        <ChoixSource classeur={classeur} libelle="Registre des immobilisations" motsCles={["immobilisation", "registre"]} valeur={source} changer={setSource} />
        <p className={mergeClasses(t.legende, t.discret)}>
          Colonnes reconnues : Désignation (ou Bien), Date de mise en service (ou d'acquisition), Valeur d'origine, Durée ; facultatives : Mode
          (« linéaire » ou « dégressif »), Valeur résiduelle, Compte.
        </p>
        <ChampTexte
          libelle="Clôture de l'exercice"
          valeur={cloture}
          changer={setCloture}
          placeholder="jj/mm/aaaa"
          aide="Les dotations sont celles de l'exercice clos ce jour-là ; son jour et son mois fixent la clôture de chaque exercice."
        />
        <Button className={styles.bouton} appearance="primary" disabledFocusable={plans.occupe} onClick={() => void generer()}>
          Générer les plans et les dotations
        </Button>
        <SuiviGeneration generation={plans} titreFait="Plans d'amortissement générés" />
      </div>

      <div className={mergeClasses(styles.bloc, styles.separation)}>
        <h3 className={t.sousSection}>Céder un bien</h3>
        <p className={mergeClasses(t.corps, t.secondaire)}>
          Dotation complémentaire jusqu'à la date de cession, sortie de l'actif (VNC au 657) et prix de cession (757), avec la plus ou moins-value.
        </p>
        <ListeDeroulante
          libelle="Bien cédé"
          valeur={rang === undefined ? "" : String(rang)}
          options={biens.length ? biens.map((b) => ({ valeur: String(b.rang), texte: `${b.rang}. ${b.designation}` })) : [{ valeur: "", texte: "Aucun bien lu dans le registre" }]}
          changer={(v) => setRang(v === "" ? undefined : Number(v))}
          auFocus={() => void relireBiens()}
        />
        {erreurBiens && <p className={mergeClasses(t.legende, t.discret)}>{erreurBiens}</p>}
        <div className={styles.deux}>
          <ChampTexte libelle="Date de cession" valeur={dateCession} changer={setDateCession} placeholder="jj/mm/aaaa" />
          <ChampTexte libelle="Prix HT (€)" valeur={prix} changer={setPrix} placeholder="4 500,00" mode="decimal" />
        </div>
        <ChampTexte libelle="TVA sur le prix" valeur={tva} changer={setTva} aide="20 % pour un bien mobilier dont la TVA a été déduite ; 0 sinon." />
        <Button className={styles.bouton} appearance="secondary" disabledFocusable={cession.occupe} onClick={() => void ceder()}>
          Préparer les écritures de cession
        </Button>
        <SuiviGeneration generation={cession} titreFait="Cession préparée" />
      </div>
    </section>
  );
}
