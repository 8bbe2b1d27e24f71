// Where each scene label goes: beside the point it names, joined to it by a leader line, and
// moved up or down (or to the other side) until it overlaps no label placed before it and stays
// clear of the corner controls and of what is drawn over the scene (the keep-out boxes: the
// scale note, the spines stage's clock). Pure arithmetic on preallocated boxes: no allocation
// per frame.

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

/** Horizontal and vertical run of the leader from the anchor to its label, px. */
export const LEADER_PX = 30;
const RISE_PX = 18;
const GAP = 4;
/** Top band kept free for the time readout and the structure-list button, px. */
export const TOP_RESERVED_PX = 50;
const EDGE = 6;

/** A box labels stay out of, px (w = 0: none): a note over the scene, such as its scale note. */
export interface KeepOut {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NO_KEEP_OUTS: readonly KeepOut[] = [];

function overlaps(
  boxes: readonly LabelBox[],
  upto: number,
  x: number,
  y: number,
  w: number,
  h: number,
  keepOuts: readonly KeepOut[],
) {
  for (const k of keepOuts) {
    if (
      k.w > 0 &&
      x < k.x + k.w + GAP &&
      x + w + GAP > k.x &&
      y < k.y + k.h + GAP &&
      y + h + GAP > k.y
    )
      return true;
  }
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
 * Places boxes[0..n) in order (earlier ones win). Labels move out from the middle of the
 * labelled points (where the subject of the view is) along a short diagonal leader: left or
 * right, above or below. If that place is taken, the other side and then vertical shifts are
 * tried, nearest first.
 */
export function layoutLabels(
  boxes: LabelBox[],
  n: number,
  width: number,
  height: number,
  keepOuts: readonly KeepOut[] = NO_KEEP_OUTS,
): void {
  let cx = 0;
  let cy = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    if (!b.shown) continue;
    cx += b.ax;
    cy += b.ay;
    count++;
  }
  if (count < 2) {
    cx = width * 0.5;
    cy = height * 0.5;
  } else {
    cx /= count;
    cy /= count;
  }
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    if (!b.shown) continue;
    const preferLeft = b.ax < cx - 4 || (Math.abs(b.ax - cx) <= 4 && b.ax > width * 0.62);
    const above = b.ay <= cy;
    const baseY = above ? b.ay - RISE_PX - b.h : b.ay + RISE_PX;
    let placed = false;
    // the preferred side first, moved away from the middle and then toward it; then the other
    for (let step = 0; step < 14 && !placed; step++) {
      const side = step < 7 ? preferLeft : !preferLeft;
      const k = step % 7;
      const away = above ? -1 : 1;
      const dy = k === 0 ? 0 : (k % 2 === 1 ? away : -away) * Math.ceil(k / 2) * (b.h + GAP);
      const x = clampX(side ? b.ax - LEADER_PX - b.w : b.ax + LEADER_PX, b.w, width);
      const y = clampY(baseY + dy, b.h, height);
      if (!overlaps(boxes, i, x, y, b.w, b.h, keepOuts)) {
        b.x = x;
        b.y = y;
        b.left = side;
        placed = true;
      }
    }
    if (!placed) {
      b.left = preferLeft;
      b.x = clampX(preferLeft ? b.ax - LEADER_PX - b.w : b.ax + LEADER_PX, b.w, width);
      b.y = clampY(baseY, b.h, height);
    }
  }
}
