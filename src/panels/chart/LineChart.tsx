// A time-series chart: lines, shaded ranges, marked points and the "now" cursor. Scales and
// paths come from d3 (pure); React renders the SVG. Laid out in pixels from the measured size.
import type { ReactNode } from 'react';
import { line } from 'd3-shape';
import type { Clock } from '../../state/clock';
import { chartHeight, plotBox, type Size } from '../lib/layout';
import {
  linearTimeScale,
  logTimeScale,
  plotBottom,
  plotRight,
  valueScale,
  type NumberScale,
  type PlotBox,
} from '../lib/scales';
import { AxisX, AxisY, widestTick, type Tick } from './Axes';
import { NowCursor } from './NowCursor';

export interface LineSeries {
  id: string;
  color: string;
  /** [x, y] in data units */
  points: readonly (readonly [number, number])[];
  dash?: string;
  width?: number;
}

export interface ShadedBand {
  id: string;
  low: number;
  high: number;
  color: string;
  opacity?: number;
}

/** A shaded span along x (e.g. "rodent data", "dissociation window"). */
export interface XSpan {
  id: string;
  from: number;
  to: number;
  color: string;
  opacity?: number;
}

export interface Marker {
  key: string;
  x: number;
  y: number;
  color: string;
  /** data value as text, for data-value (tests compare it with the table) */
  value: string;
  /** key of the table row that lists this point (default: key) */
  rowKey?: string;
  r?: number;
}

export interface ChartContext {
  x: NumberScale;
  y: NumberScale;
  box: PlotBox;
  fontPx: number;
  width: number;
  height: number;
}

export interface LineChartProps {
  size: Size;
  aspect?: number;
  minHeightEm?: number;
  maxHeightPx?: number;
  xKind: 'linear' | 'log';
  xDomain: readonly [number, number];
  xTicks: readonly Tick[];
  yDomain: readonly [number, number];
  yFormat: (v: number) => string;
  series: readonly LineSeries[];
  bands?: readonly ShadedBand[];
  spans?: readonly XSpan[];
  markers?: readonly Marker[];
  /** show the scene's "now" cursor; dotValue gives the y (data units) of a dot on it */
  cursor?: { label: string; dotValue?: (c: Clock) => number };
  ariaLabel: string;
  testId?: string;
  /** annotations drawn over the plot with the chart's scales */
  extra?: (ctx: ChartContext) => ReactNode;
  /** room kept above the plot for annotations, in em */
  topEm?: number;
}

const pathOf = (x: NumberScale, y: NumberScale, xMin: number, xMax: number) =>
  line<readonly [number, number]>()
    .defined((d) => Number.isFinite(d[1]) && d[0] >= xMin && d[0] <= xMax)
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));

/**
 * Tallest a chart may be in a window this high: the window less 11 lines of text (px), the room
 * a landscape phone's open chart sheet keeps above the chart for its handle, the chart tabs and
 * the figure's heading, so the whole chart shows without scrolling (issue 12). Windows 600 px
 * high or more (tablets, desktops, projectors) allow more than the 420 px default, so the cap
 * changes nothing there. No window (markup rendered in Node): no cap.
 */
export function windowCapPx(fontPx: number): number {
  return typeof window === 'undefined' ? Infinity : window.innerHeight - 11 * fontPx;
}

export function LineChart(props: LineChartProps) {
  const { size, xKind, xDomain, yDomain } = props;
  const fontPx = size.fontPx;
  const width = size.width;
  // (re-read whenever the chart's width changes: turning a phone changes both)
  const height = chartHeight(
    width,
    props.aspect ?? 0.6,
    fontPx * (props.minHeightEm ?? 11),
    Math.min(props.maxHeightPx ?? 420, windowCapPx(fontPx)),
  );
  const top = fontPx * (props.topEm ?? 0.8);
  // Pass 1: vertical extent → y ticks; pass 2: left margin from the widest y label.
  const draft = plotBox({ width, height, fontPx, yLabelWidth: 0, xAxis: true, top });
  const yDraft = valueScale(yDomain, draft);
  const yTickValues = yDraft.ticks(Math.max(2, Math.floor(draft.height / (fontPx * 2.4))));
  const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, label: props.yFormat(v) }));
  const box = plotBox({
    width,
    height,
    fontPx,
    yLabelWidth: widestTick(
      yTicks.map((t) => t.label),
      fontPx,
    ),
    xAxis: true,
    top,
  });
  const y = valueScale([yDraft.domain()[0]!, yDraft.domain()[1]!], box, false);
  const x = xKind === 'log' ? logTimeScale(xDomain, box) : linearTimeScale(xDomain, box);
  const yMin = y.domain()[0]!;
  const yMax = y.domain()[1]!;
  const clampY = (v: number) => y(Math.min(yMax, Math.max(yMin, v)));
  const path = pathOf(x, y, xDomain[0], xDomain[1]);
  const ctx: ChartContext = { x, y, box, fontPx, width, height };

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.ariaLabel}
      data-testid={props.testId}
    >
      <AxisY ticks={yTicks} y={y} left={box.left} right={plotRight(box)} fontPx={fontPx} />
      {(props.spans ?? []).map((s) => {
        const x0 = x(Math.max(xDomain[0], s.from));
        const x1 = x(Math.min(xDomain[1], s.to));
        if (!(x1 > x0)) return null;
        return (
          <rect
            key={s.id}
            data-span={s.id}
            x={x0}
            width={x1 - x0}
            y={box.top}
            height={box.height}
            fill={s.color}
            opacity={s.opacity ?? 0.14}
          />
        );
      })}
      {(props.bands ?? []).map((b) => {
        if (b.low >= yMax || b.high <= yMin) return null;
        const y0 = clampY(b.high);
        const y1 = clampY(b.low);
        return (
          <rect
            key={b.id}
            data-band={b.id}
            x={box.left}
            width={box.width}
            y={y0}
            height={Math.max(1, y1 - y0)}
            fill={b.color}
            opacity={b.opacity ?? 0.2}
          />
        );
      })}
      <AxisX
        ticks={props.xTicks}
        x={x}
        y={plotBottom(box)}
        left={box.left}
        right={plotRight(box)}
        svgWidth={width}
        fontPx={fontPx}
      />
      {props.series.map((s) => (
        <path
          key={s.id}
          data-series={s.id}
          d={path(s.points) ?? ''}
          fill="none"
          stroke={s.color}
          strokeWidth={s.width ?? 2.5}
          strokeDasharray={s.dash}
          strokeLinejoin="round"
        />
      ))}
      {(props.markers ?? []).map((m) => (
        <circle
          key={m.key}
          className="chart-marker"
          data-key={m.key}
          data-row-key={m.rowKey ?? m.key}
          data-value={m.value}
          cx={x(m.x)}
          cy={clampY(m.y)}
          r={m.r ?? 3}
          fill={m.color}
          stroke="var(--panel)"
          strokeWidth={1}
        />
      ))}
      {props.extra?.(ctx)}
      {props.cursor ? (
        <NowCursor
          x={x}
          domain={xDomain}
          top={box.top}
          bottom={plotBottom(box)}
          label={props.cursor.label}
          dotY={props.cursor.dotValue ? makeDotY(props.cursor.dotValue, clampY) : undefined}
        />
      ) : null}
    </svg>
  );
}

function makeDotY(value: (c: Clock) => number, toPx: (v: number) => number) {
  return (c: Clock) => toPx(value(c));
}
