// Row charts: forest plots (point + 95% CI), bars (with CI whiskers), ranges and time spans,
// one row per number, each with its label wrapped above it. d3 gives the scales; React draws.
import type { ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { layoutRows } from '../lib/row-layout';
import type { Size } from '../lib/layout';
import { measureText } from '../lib/text-measure';
import { plotRight, type NumberScale } from '../lib/scales';
import { AxisX, TICK_EM, type Tick } from './Axes';
import { NowCursor } from './NowCursor';

export interface RowMark {
  kind: 'bar' | 'point' | 'range' | 'span';
  /** bar end or point */
  value?: number;
  /** CI (bar, point) or the range / span itself (range, span) */
  low?: number;
  high?: number;
  color: string;
  /** open marker (e.g. no control group) */
  hollow?: boolean;
  /** short text printed right of the mark */
  valueLabel?: string;
  /** matches the table row's key (data-key) */
  key: string;
  /** the number shown, as text (data-value; tests compare it with the table) */
  dataValue: string;
}

export interface RowSpec {
  key: string;
  label: string;
  header?: boolean;
  /** one mark per lane, drawn under the label */
  marks?: readonly RowMark[];
}

export interface RowChartProps {
  size: Size;
  rows: readonly RowSpec[];
  xKind: 'linear' | 'log';
  xDomain: readonly [number, number];
  xTicks: readonly Tick[];
  /** vertical reference line (0 for differences, 1 for ratios) */
  reference?: number;
  cursor?: { label: string };
  ariaLabel: string;
  testId?: string;
}

export const LABEL_EM = 0.85;

export function RowChart(props: RowChartProps) {
  const { size, rows, xDomain } = props;
  const fontPx = size.fontPx;
  const labelPx = fontPx * LABEL_EM;
  const tickPx = fontPx * TICK_EM;
  let right = 0;
  for (const r of rows) {
    for (const m of r.marks ?? []) {
      if (m.valueLabel) right = Math.max(right, measureText(m.valueLabel, tickPx) + 6);
    }
  }
  // A point at the right edge sticks out by its half-width; leave room for it and its label.
  right += fontPx * 0.6;
  const layout = layoutRows(
    rows.map((r) => ({ key: r.key, label: r.label, header: r.header, lanes: r.marks?.length })),
    {
      width: size.width,
      fontPx,
      labelEm: LABEL_EM,
      measure: (t) => measureText(t, labelPx),
      measureBold: (t) => measureText(t, labelPx, true),
      rightPx: right,
      xAxis: true,
    },
  );
  const { box } = layout;
  const x: NumberScale =
    props.xKind === 'log'
      ? scaleLog()
          .domain([xDomain[0], xDomain[1]])
          .range([box.left, plotRight(box)])
          .clamp(true)
      : scaleLinear()
          .domain([xDomain[0], xDomain[1]])
          .range([box.left, plotRight(box)])
          .clamp(true);
  const axisY = box.top + box.height;
  const mh = layout.markHeight;

  return (
    <svg
      width={size.width}
      height={layout.height}
      viewBox={`0 0 ${size.width} ${layout.height}`}
      role="img"
      aria-label={props.ariaLabel}
      data-testid={props.testId}
    >
      <AxisX
        ticks={props.xTicks}
        x={x}
        y={axisY}
        left={box.left}
        right={plotRight(box)}
        svgWidth={size.width}
        fontPx={fontPx}
        gridTop={box.top}
      />
      {props.reference !== undefined ? (
        <line
          className="reference-line"
          x1={x(props.reference)}
          x2={x(props.reference)}
          y1={box.top}
          y2={axisY}
          stroke="var(--muted)"
          strokeDasharray="4 3"
        />
      ) : null}
      {/* Under the labels, so it never hides text. */}
      {props.cursor ? (
        <NowCursor x={x} domain={xDomain} top={box.top} bottom={axisY} label={props.cursor.label} />
      ) : null}
      {layout.rows.map((placed, i) => {
        const spec = rows[i]!;
        return (
          <g key={placed.key} data-row={placed.key}>
            {placed.lines.map((line, j) => (
              <text
                key={j}
                x={box.left}
                y={placed.labelY + j * layout.lineHeight}
                fontWeight={placed.header ? 700 : 400}
                className="row-label"
                style={{ fontSize: `${labelPx}px` }}
              >
                {line}
              </text>
            ))}
            {(spec.marks ?? []).map((m, k) => (
              <g
                key={m.key}
                className="row-mark"
                data-key={m.key}
                data-row-key={m.key}
                data-value={m.dataValue}
              >
                <Mark mark={m} x={x} y={placed.laneY[k] ?? 0} h={mh} tickPx={tickPx} />
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function Mark({
  mark,
  x,
  y,
  h,
  tickPx,
}: {
  mark: RowMark;
  x: NumberScale;
  y: number;
  h: number;
  tickPx: number;
}) {
  const parts: ReactNode[] = [];
  let end = -Infinity;
  const fill = mark.hollow ? 'var(--panel)' : mark.color;
  if (mark.kind === 'bar' && mark.value !== undefined) {
    const x0 = x(0);
    const x1 = x(mark.value);
    const left = Math.min(x0, x1);
    const w = Math.max(1.5, Math.abs(x1 - x0));
    parts.push(
      <rect
        key="bar"
        className="mark-bar"
        x={left}
        y={y - h * 0.4}
        width={w}
        height={h * 0.8}
        fill={fill}
        stroke={mark.color}
        strokeWidth={mark.hollow ? 2 : 0}
        rx={2}
      />,
    );
    end = Math.max(end, left + w);
  }
  if (
    (mark.kind === 'bar' || mark.kind === 'point') &&
    mark.low !== undefined &&
    mark.high !== undefined
  ) {
    const a = x(mark.low);
    const b = x(mark.high);
    parts.push(
      <g key="ci" className="mark-ci" stroke="var(--text)" strokeWidth={1.5}>
        <line x1={a} x2={b} y1={y} y2={y} />
        <line x1={a} x2={a} y1={y - h * 0.3} y2={y + h * 0.3} />
        <line x1={b} x2={b} y1={y - h * 0.3} y2={y + h * 0.3} />
      </g>,
    );
    end = Math.max(end, a, b);
  }
  if (mark.kind === 'point' && mark.value !== undefined) {
    const cx = x(mark.value);
    const r = h * 0.38;
    parts.push(
      <rect
        key="pt"
        className="mark-point"
        x={cx - r}
        y={y - r}
        width={2 * r}
        height={2 * r}
        transform={`rotate(45 ${cx} ${y})`}
        fill={fill}
        stroke={mark.color}
        strokeWidth={2}
      />,
    );
    end = Math.max(end, cx + r * 1.4);
  }
  if (
    (mark.kind === 'range' || mark.kind === 'span') &&
    mark.low !== undefined &&
    mark.high !== undefined
  ) {
    const a = x(mark.low);
    const b = x(mark.high);
    const thick = mark.kind === 'span' ? 0.7 : 0.5;
    if (mark.low === mark.high) {
      const r = h * 0.38;
      parts.push(
        <rect
          key="instant"
          className="mark-point"
          x={a - r}
          y={y - r}
          width={2 * r}
          height={2 * r}
          transform={`rotate(45 ${a} ${y})`}
          fill={fill}
          stroke={mark.color}
          strokeWidth={2}
        />,
      );
      end = Math.max(end, a + r * 1.4);
    } else {
      parts.push(
        <rect
          key="range"
          className="mark-range"
          x={Math.min(a, b - 6)}
          y={y - (h * thick) / 2}
          width={Math.max(6, b - a)}
          height={h * thick}
          rx={Math.min(4, (h * thick) / 2)}
          fill={fill}
          stroke={mark.color}
          strokeWidth={mark.hollow ? 2 : 0}
          opacity={mark.kind === 'range' ? 0.75 : 1}
        />,
      );
      end = Math.max(end, b);
    }
  }
  if (mark.valueLabel) {
    parts.push(
      <text
        key="label"
        className="mark-value"
        x={end + 5}
        y={y}
        dy="0.35em"
        style={{ fontSize: `${tickPx}px` }}
      >
        {mark.valueLabel}
      </text>,
    );
  }
  return <>{parts}</>;
}
