// Layout of row charts (forest plots, bars, timelines): each row has a wrapped label above its
// mark, so labels use the full width and never clip. Pure; pixels in, pixels out.
import type { PlotBox } from './scales';
import { wrapLines, type Measure } from './wrap';

export interface RowInput {
  key: string;
  label: string;
  /** a group heading row: bold label, no mark */
  header?: boolean;
  /** marks stacked under the label (e.g. drug and placebo), default 1 */
  lanes?: number;
}

export interface RowPlaced {
  key: string;
  header: boolean;
  lines: string[];
  /** baseline of the first label line, px */
  labelY: number;
  /** centre line of each mark lane, px (headers: none) */
  laneY: number[];
}

export interface RowLayout {
  rows: RowPlaced[];
  box: PlotBox;
  height: number;
  lineHeight: number;
  markHeight: number;
}

export interface RowLayoutOptions {
  width: number;
  fontPx: number;
  /** label font size relative to fontPx */
  labelEm: number;
  measure: Measure;
  measureBold: Measure;
  /** room on the right for value labels, px */
  rightPx: number;
  /** whether an x axis with labels sits under the rows */
  xAxis: boolean;
  /** room above the first row (e.g. for a top annotation), px */
  topPx?: number;
}

export function layoutRows(inputs: readonly RowInput[], o: RowLayoutOptions): RowLayout {
  const labelPx = o.fontPx * o.labelEm;
  const lineHeight = labelPx * 1.25;
  const markHeight = Math.max(12, o.fontPx * 0.95);
  const pad = Math.ceil(o.fontPx * 0.5);
  const box: PlotBox = {
    left: pad,
    top: 0,
    width: Math.max(10, o.width - pad - o.rightPx - pad),
    height: 0,
  };
  let y = o.topPx ?? Math.ceil(o.fontPx * 0.3);
  const rows: RowPlaced[] = [];
  for (const input of inputs) {
    const header = input.header === true;
    if (header && rows.length) y += lineHeight * 0.5;
    const lines = wrapLines(input.label, o.width - 2 * pad, header ? o.measureBold : o.measure);
    const labelY = y + labelPx;
    y += lines.length * lineHeight;
    const laneY: number[] = [];
    if (!header) {
      const lanes = Math.max(1, input.lanes ?? 1);
      for (let k = 0; k < lanes; k++) laneY.push(y + markHeight / 2 + 2 + k * (markHeight + 2));
      y += lanes * (markHeight + 2) + 2 + lineHeight * 0.35;
    }
    rows.push({ key: input.key, header, lines, labelY, laneY });
  }
  box.top = o.topPx ?? 0;
  box.height = Math.max(1, y - box.top);
  const height = Math.ceil(y + (o.xAxis ? o.fontPx * 2 : pad));
  return { rows, box, height, lineHeight, markHeight };
}
