// Where each scene label goes: beside the point it names, joined to it by a leader line, and
// moved up or down (or to the other side) until it overlaps no label placed before it and stays
// clear of the corner controls. Pure arithmetic on preallocated boxes: no allocation per frame.

export interface LabelBox {
  /** anchor on screen, px */
  ax: number;
  ay: number;
  /** label size, px */
  w: number;
  h: number;
  /** placed top-left corner, px (output) */
  x: number;
  y: number;
  /** whether the label sits to the left of its anchor (output) */
  left: boolean;
  /** whether it is shown this frame (input: anchor on screen; output unchanged) */
  shown: boolean;
}

export function makeBoxes(n: number): LabelBox[] {
  return Array.from({ length: n }, () => ({
    ax: 0,
    ay: 0,
    w: 0,
    h: 0,
    x: 0,
    y: 0,
    left: false,
    shown: false,
  }));
}

/** Gap between the anchor and its label, and between labels, px. */
export const LEADER_PX = 26;
const GAP = 4;
/** Top band kept free for the time readout and the structure-list button, px. */
export const TOP_RESERVED_PX = 50;
const EDGE = 6;

function overlaps(
  boxes: readonly LabelBox[],
  upto: number,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  for (let j = 0; j < upto; j++) {
    const b = boxes[j]!;
    if (!b.shown) continue;
    if (x < b.x + b.w + GAP && x + w + GAP > b.x && y < b.y + b.h + GAP && y + h + GAP > b.y) {
      return true;
    }
  }
  return false;
}

function clampX(x: number, w: number, width: number) {
  return Math.min(Math.max(EDGE, x), width - w - EDGE);
}
function clampY(y: number, h: number, height: number) {
  return Math.min(Math.max(TOP_RESERVED_PX, y), height - h - EDGE);
}

/**
 * Places boxes[0..n) in order (earlier ones win). Each label prefers the side of its anchor that
 * faces the middle of the view, a little above the anchor; then tries the other side and
 * vertical shifts, nearest first.
 */
export function layoutLabels(boxes: LabelBox[], n: number, width: number, height: number): void {
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    if (!b.shown) continue;
    const preferLeft = b.ax > width * 0.62;
    let placed = false;
    // 0: preferred side; 1: other side; then up/down in steps of one label height, each side
    for (let step = 0; step < 14 && !placed; step++) {
      const side = step % 2 === 0 ? preferLeft : !preferLeft;
      const k = Math.floor(step / 2);
      const dy = k === 0 ? 0 : (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2) * (b.h + GAP);
      const x = clampX(side ? b.ax - LEADER_PX - b.w : b.ax + LEADER_PX, b.w, width);
      const y = clampY(b.ay - b.h - 6 + dy, b.h, height);
      if (!overlaps(boxes, i, x, y, b.w, b.h)) {
        b.x = x;
        b.y = y;
        b.left = side;
        placed = true;
      }
    }
    if (!placed) {
      b.left = preferLeft;
      b.x = clampX(preferLeft ? b.ax - LEADER_PX - b.w : b.ax + LEADER_PX, b.w, width);
      b.y = clampY(b.ay - b.h - 6, b.h, height);
    }
  }
}
