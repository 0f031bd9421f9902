/**
 * Graphique d'une feuille dessiné simplement en SVG (colonnes, barres, courbe, secteurs), à l'emplacement demandé.
 * Excel dessine les siens ; l'aperçu n'en montre que l'essentiel : titre, catégories, valeurs, légende.
 */
import type { JSX } from "react";
import type { GraphiqueAffiche } from "../../src/classeur/apercu";
import { formaterNombre } from "../../src/classeur/apercu/formats-nombre";
import { hautLigne, type Colonnes } from "./geometrie";

const LARGEUR = 460;
const HAUTEUR = 280;
const COULEURS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];
const ZONE = { gauche: 64, droite: 16, haut: 40, bas: 48 };

function court(n: number): string {
  return formaterNombre(n, Math.abs(n) >= 1000 ? "#,##0" : "#,##0.##").texte.replace(/,$/, "");
}

/** Maximum « rond » de l'axe (1, 2 ou 5 × 10^n par graduation, 4 graduations). */
export function maximumRond(max: number): number {
  const brut = Math.max(max, 1e-9) / 4;
  const puissance = 10 ** Math.floor(Math.log10(brut));
  const pas = [1, 2, 2.5, 5, 10].map((k) => k * puissance).find((p) => p >= brut) ?? brut;
  return pas * 4;
}

/** Axe vertical « rond » contenant 0 et toutes les valeurs (les négatives aussi : une trésorerie, un solde). */
export function axeRond(valeurs: readonly number[]): { bas: number; haut: number; pas: number } {
  const min = Math.min(0, ...valeurs);
  const max = Math.max(0, ...valeurs);
  if (min === 0) {
    const haut = maximumRond(max);
    return { bas: 0, haut, pas: haut / 4 };
  }
  const pas = maximumRond(max - min) / 4;
  return { bas: -Math.ceil(-min / pas - 1e-9) * pas, haut: Math.ceil(max / pas - 1e-9) * pas || pas, pas };
}

type Axe = ReturnType<typeof axeRond>;

const hauteurUtile = HAUTEUR - ZONE.haut - ZONE.bas;
/** Ordonnée d'une valeur sur l'axe. */
const yDe = (a: Axe, v: number): number => ZONE.haut + (hauteurUtile * (a.haut - v)) / (a.haut - a.bas);

function Axes({ axe }: { axe: Axe }): JSX.Element {
  const graduations: number[] = [];
  for (let v = axe.bas; v <= axe.haut + axe.pas / 2; v += axe.pas) graduations.push(Math.abs(v) < axe.pas / 1e6 ? 0 : v);
  return (
    <g>
      {graduations.map((g) => {
        const y = yDe(axe, g);
        return (
          <g key={g}>
            <line x1={ZONE.gauche} x2={LARGEUR - ZONE.droite} y1={y} y2={y} stroke={g === 0 && axe.bas < 0 ? "#a6a6a6" : "#e1e1e1"} />
            <text x={ZONE.gauche - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#595959">
              {court(g)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Colonnes({ g }: { g: GraphiqueAffiche }): JSX.Element {
  const axe = axeRond(g.series.flatMap((s) => s.valeurs));
  const l = LARGEUR - ZONE.gauche - ZONE.droite;
  const pas = l / Math.max(1, g.categories.length);
  const enColonnes = g.series.filter((s) => !s.courbe);
  const barre = (pas * 0.7) / Math.max(1, enColonnes.length);
  const zero = yDe(axe, 0);
  return (
    <g>
      <Axes axe={axe} />
      {g.categories.map((cat, i) => (
        <g key={i}>
          {g.series.map((s, j) => {
            if (s.courbe) return null;
            const v = s.valeurs[i] ?? 0;
            const y = yDe(axe, v);
            const x = ZONE.gauche + i * pas + pas * 0.15 + enColonnes.indexOf(s) * barre;
            return (
              <rect key={j} x={x} y={Math.min(y, zero)} width={barre - 2} height={Math.abs(zero - y)} fill={COULEURS[j % COULEURS.length]}>
                <title>{`${s.nom} — ${cat} : ${court(v)}`}</title>
              </rect>
            );
          })}
          <text x={ZONE.gauche + i * pas + pas / 2} y={HAUTEUR - ZONE.bas + 16} textAnchor="middle" fontSize="11" fill="#404040">
            {cat}
          </text>
        </g>
      ))}
      {g.series.map(
        (s, j) =>
          s.courbe && (
            <g key={j}>
              <polyline
                fill="none"
                strokeWidth="2"
                stroke={COULEURS[j % COULEURS.length]}
                points={s.valeurs.map((v, i) => `${ZONE.gauche + i * pas + pas / 2},${yDe(axe, v)}`).join(" ")}
              />
              {s.valeurs.map((v, i) => (
                <circle key={i} cx={ZONE.gauche + i * pas + pas / 2} cy={yDe(axe, v)} r="3" fill={COULEURS[j % COULEURS.length]}>
                  <title>{`${s.nom} — ${g.categories[i]} : ${court(v)}`}</title>
                </circle>
              ))}
            </g>
          ),
      )}
    </g>
  );
}

function Secteurs({ g }: { g: GraphiqueAffiche }): JSX.Element {
  const valeurs = (g.series[0]?.valeurs ?? []).map((v) => Math.max(0, v));
  const total = valeurs.reduce((a, b) => a + b, 0) || 1;
  const cx = LARGEUR / 2 - 60;
  const cy = (HAUTEUR + ZONE.haut - ZONE.bas) / 2 + 8;
  const r = 88;
  let angle = -Math.PI / 2;
  return (
    <g>
      {valeurs.map((v, i) => {
        const a = (v / total) * Math.PI * 2;
        const x1 = cx + r * Math.cos(angle);
        const y1 = cy + r * Math.sin(angle);
        angle += a;
        const x2 = cx + r * Math.cos(angle);
        const y2 = cy + r * Math.sin(angle);
        return (
          <path key={i} d={`M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${a > Math.PI ? 1 : 0} 1 ${x2},${y2} Z`} fill={COULEURS[i % COULEURS.length]} stroke="#fff">
            <title>{`${g.categories[i]} : ${court(v)}`}</title>
          </path>
        );
      })}
      {g.categories.map((c, i) => (
        <g key={c + i}>
          <rect x={LARGEUR - 150} y={ZONE.haut + i * 18} width="10" height="10" fill={COULEURS[i % COULEURS.length]} />
          <text x={LARGEUR - 134} y={ZONE.haut + i * 18 + 9} fontSize="11" fill="#404040">
            {c}
          </text>
        </g>
      ))}
    </g>
  );
}

export function Graphique({ graphique: g, cols }: { graphique: GraphiqueAffiche; cols: Colonnes }): JSX.Element {
  const left = cols.gauches[g.position.colonne] ?? cols.total;
  const legende = g.genre !== "secteurs" && g.series.length > 0;
  return (
    <figure
      style={{ position: "absolute", left, top: hautLigne(g.position.ligne), margin: 0, zIndex: 3, background: "#fff", border: "1px solid #c8c8c8", boxShadow: "0 2px 6px rgba(0,0,0,.12)" }}
      aria-label={`Graphique : ${g.titre}`}
    >
      <svg width={LARGEUR} height={HAUTEUR} viewBox={`0 0 ${LARGEUR} ${HAUTEUR}`} role="img" aria-label={g.titre} style={{ display: "block", fontFamily: "Segoe UI, sans-serif" }}>
        <text x={LARGEUR / 2} y={24} textAnchor="middle" fontSize="14" fontWeight="600" fill="#404040">
          {g.titre}
        </text>
        {g.genre === "secteurs" ? <Secteurs g={g} /> : <Colonnes g={g} />}
        {legende &&
          g.series.map((s, j) => (
            <g key={j}>
              <rect x={ZONE.gauche + j * 140} y={HAUTEUR - 18} width="10" height="10" fill={COULEURS[j % COULEURS.length]} />
              <text x={ZONE.gauche + j * 140 + 14} y={HAUTEUR - 9} fontSize="11" fill="#404040">
                {s.nom}
              </text>
            </g>
          ))}
      </svg>
    </figure>
  );
}
