// Pure layout: chart heights from the measured width, margins from label widths, and label
// placement that keeps every label inside the SVG and off its neighbours.
import type { PlotBox } from './scales';

export interface Size {
  width: number;
  height: number;
  /** the container's computed font size, px (grows in present mode) */
  fontPx: number;
}

/** Height for a chart of the given width: width × aspect, kept within [min, max] (all px). */
export function chartHeight(width: number, aspect: number, minPx: number, maxPx: number): number {
  const h = Math.round(width * aspect);
  return Math.max(minPx, Math.min(maxPx, h));
}

export interface MarginInput {
  width: number;
  height: number;
  fontPx: number;
  /** widest y tick label, px */
  yLabelWidth: number;
  /** whether there is an x axis with tick labels under the plot */
  xAxis: boolean;
  /** extra room on the right (e.g. end labels), px */
  right?: number;
  /** extra room at the top, px */
  top?: number;
}

/** Plot box that leaves room for the y tick labels, the x tick labels and half a label at each end. */
export function plotBox(m: MarginInput): PlotBox {
  const tick = Math.round(m.fontPx * 0.4);
  const left = Math.ceil(m.yLabelWidth + tick + 4);
  const top = Math.ceil(m.top ?? m.fontPx * 0.7);
  const bottom = m.xAxis ? Math.ceil(m.fontPx * 1.9) : Math.ceil(m.fontPx * 0.5);
  const right = Math.ceil(m.right ?? m.fontPx * 0.9);
  return {
    left,
    top,
    width: Math.max(10, m.width - left - right),
    height: Math.max(10, m.height - top - bottom),
  };
}

export interface TickLabel {
  /** where the tick is, px */
  pos: number;
  /** label width, px */
  width: number;
}

export interface PlacedLabel {
  /** centre of the label after keeping it inside [min, max], px */
  center: number;
  visible: boolean;
}

/**
 * Keeps horizontal tick labels inside [min, max] (shifting edge labels inwards) and hides any
 * label that would overlap the last visible one (first and last labels are kept when possible).
 */
export function placeTickLabels(
  labels: readonly TickLabel[],
  min: number,
  max: number,
  gap: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = labels.map((l) => {
    const half = l.width / 2;
    const center = Math.min(max - half, Math.max(min + half, l.pos));
    return { center, visible: l.width <= max - min };
  });
  let lastRight = -Infinity;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const half = labels[i]!.width / 2;
    if (!p.visible) continue;
    if (p.center - half < lastRight + gap) {
      p.visible = false;
      continue;
    }
    lastRight = p.center + half;
  }
  // Prefer the last tick over the one before it, so the axis shows where it ends.
  const n = placed.length;
  if (n >= 2 && !placed[n - 1]!.visible && labels[n - 1]!.width <= max - min) {
    const last = placed[n - 1]!;
    const lastHalf = labels[n - 1]!.width / 2;
    for (let i = n - 2; i > 0; i--) {
      const p = placed[i]!;
      if (!p.visible) continue;
      p.visible = false;
      const prevRight = previousRight(placed, labels, i);
      if (last.center - lastHalf >= prevRight + gap) last.visible = true;
      break;
    }
  }
  return placed;
}

function previousRight(
  placed: readonly PlacedLabel[],
  labels: readonly TickLabel[],
  before: number,
): number {
  for (let i = before - 1; i >= 0; i--) {
    if (placed[i]!.visible) return placed[i]!.center + labels[i]!.width / 2;
  }
  return -Infinity;
}

/**
 * Spreads vertically stacked labels so none overlaps: each wants `y` (its top), has height `h`;
 * the result keeps order, stays inside [minY, maxY] when it fits, and moves labels as little as
 * a simple forward-then-backward pass allows.
 */
export function spreadLabels(
  items: readonly { y: number; h: number }[],
  minY: number,
  maxY: number,
  gap: number,
): number[] {
  const ys = items.map((it) => it.y);
  for (let i = 0; i < ys.length; i++) {
    const prevBottom = i === 0 ? minY : ys[i - 1]! + items[i - 1]!.h + gap;
    if (ys[i]! < prevBottom) ys[i] = prevBottom;
  }
  for (let i = ys.length - 1; i >= 0; i--) {
    const limit = i === ys.length - 1 ? maxY - items[i]!.h : ys[i + 1]! - gap - items[i]!.h;
    if (ys[i]! > limit) ys[i] = limit;
  }
  // If the column is too short, the backward pass may push the first label above minY: start
  // from minY and let the column run long instead (the caller sizes the SVG from the result).
  if (ys.length && ys[0]! < minY) {
    ys[0] = minY;
    for (let i = 1; i < ys.length; i++) {
      const prevBottom = ys[i - 1]! + items[i - 1]!.h + gap;
      if (ys[i]! < prevBottom) ys[i] = prevBottom;
    }
  }
  return ys;
}

/**
 * Where a label of width w goes next to point x within [min, max]: to the right of the point if
 * it fits, else to the left. Returns the x of the label's start and the SVG text-anchor.
 */
export function sideLabel(
  x: number,
  w: number,
  min: number,
  max: number,
  pad: number,
): { x: number; anchor: 'start' | 'end' } {
  if (x + pad + w <= max) return { x: x + pad, anchor: 'start' };
  if (x - pad - w >= min) return { x: x - pad, anchor: 'end' };
  return { x: Math.max(min, max - w), anchor: 'start' };
}
