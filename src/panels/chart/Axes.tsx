// Axes drawn by React from precomputed ticks (d3 gives the scale; React owns the DOM).
// Tick labels are measured and kept inside the SVG, so none clips.
import { placeTickLabels } from '../lib/layout';
import { measureText } from '../lib/text-measure';

export interface Tick {
  value: number;
  label: string;
}

/** Tick label size relative to the container font. */
export const TICK_EM = 0.85;

export function AxisX({
  ticks,
  x,
  y,
  left,
  right,
  svgWidth,
  fontPx,
  gridTop,
}: {
  ticks: readonly Tick[];
  x: (v: number) => number;
  /** baseline of the axis, px */
  y: number;
  left: number;
  right: number;
  svgWidth: number;
  fontPx: number;
  /** draw vertical grid lines up to this y */
  gridTop?: number;
}) {
  const px = fontPx * TICK_EM;
  const placed = placeTickLabels(
    ticks.map((t) => ({ pos: x(t.value), width: measureText(t.label, px) })),
    0,
    svgWidth,
    px * 0.6,
  );
  return (
    <g className="axis axis-x" aria-hidden="true">
      <line className="axis-line" x1={left} x2={right} y1={y} y2={y} />
      {ticks.map((t, i) => {
        const pos = x(t.value);
        const p = placed[i]!;
        return (
          <g key={`${t.value}`}>
            {gridTop !== undefined ? (
              <line className="grid-line" x1={pos} x2={pos} y1={gridTop} y2={y} />
            ) : null}
            <line className="axis-tick" x1={pos} x2={pos} y1={y} y2={y + px * 0.35} />
            {p.visible ? (
              <text
                x={p.center}
                y={y + px * 0.45}
                dy="0.9em"
                textAnchor="middle"
                style={{ fontSize: `${px}px` }}
              >
                {t.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

export function AxisY({
  ticks,
  y,
  left,
  right,
  fontPx,
  grid = true,
}: {
  ticks: readonly Tick[];
  y: (v: number) => number;
  left: number;
  right: number;
  fontPx: number;
  grid?: boolean;
}) {
  const px = fontPx * TICK_EM;
  return (
    <g className="axis axis-y" aria-hidden="true">
      {ticks.map((t) => {
        const pos = y(t.value);
        return (
          <g key={`${t.value}`}>
            {grid ? <line className="grid-line" x1={left} x2={right} y1={pos} y2={pos} /> : null}
            <text
              x={left - px * 0.4}
              y={pos}
              dy="0.35em"
              textAnchor="end"
              style={{ fontSize: `${px}px` }}
            >
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Widest of the given labels at tick size, px. */
export function widestTick(labels: readonly string[], fontPx: number): number {
  let w = 0;
  for (const l of labels) w = Math.max(w, measureText(l, fontPx * TICK_EM));
  return w;
}
