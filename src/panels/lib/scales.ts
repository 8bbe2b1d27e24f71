// Pure scale helpers shared by the charts (d3-scale). Domains in data units, ranges in pixels.
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';

export type NumberScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/** Pixel box of a plot area inside its SVG. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function plotRight(box: PlotBox): number {
  return box.left + box.width;
}
export function plotBottom(box: PlotBox): number {
  return box.top + box.height;
}

/** Linear time axis (minutes) across a plot box. */
export function linearTimeScale(domainMin: readonly [number, number], box: PlotBox) {
  return scaleLinear()
    .domain([domainMin[0], domainMin[1]])
    .range([box.left, plotRight(box)]);
}

/** Log time axis (minutes) across a plot box; values are clamped to the domain. */
export function logTimeScale(domainMin: readonly [number, number], box: PlotBox) {
  const lo = Math.max(1e-3, domainMin[0]);
  return scaleLog()
    .domain([lo, Math.max(lo * 1.0001, domainMin[1])])
    .range([box.left, plotRight(box)])
    .clamp(true);
}

/** Vertical value axis, bottom to top. `nice` rounds the domain to friendly ticks. */
export function valueScale(domain: readonly [number, number], box: PlotBox, nice = true) {
  const s = scaleLinear()
    .domain([domain[0], domain[1]])
    .range([plotBottom(box), box.top]);
  return nice ? s.nice() : s;
}

/** Horizontal value axis, left to right. */
export function horizontalValueScale(domain: readonly [number, number], box: PlotBox, nice = true) {
  const s = scaleLinear()
    .domain([domain[0], domain[1]])
    .range([box.left, plotRight(box)]);
  return nice ? s.nice() : s;
}

/** Friendly log-time ticks, minutes: 1 min, 10 min, 1 h, 6 h, 1 d, 3 d, 7 d, 14 d, 28 d. */
export const LOG_TIME_TICKS_MIN = [1, 10, 60, 360, 1440, 4320, 10080, 20160, 40320] as const;

export function logTimeTicks(domainMin: readonly [number, number]): number[] {
  return LOG_TIME_TICKS_MIN.filter((t) => t >= domainMin[0] - 1e-9 && t <= domainMin[1] + 1e-9);
}

/** Linear time ticks in minutes, on 10/15/30/60-minute steps, about `count` of them. */
export function linearTimeTicks(domainMin: readonly [number, number], count: number): number[] {
  const span = domainMin[1] - domainMin[0];
  const steps = [5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720];
  const step = steps.find((s) => span / s <= Math.max(1, count)) ?? steps[steps.length - 1]!;
  const out: number[] = [];
  for (let t = Math.ceil(domainMin[0] / step) * step; t <= domainMin[1] + 1e-9; t += step) {
    out.push(t);
  }
  return out;
}

/** Upper bound for a value axis: the data max with head-room, at least `floor`. */
export function headroomMax(values: Iterable<number>, floor: number, headroom = 1.1): number {
  let max = floor;
  for (const v of values) if (Number.isFinite(v) && v * headroom > max) max = v * headroom;
  return max;
}
