import { describe, expect, it } from 'vitest';
import {
  LEADER_PX,
  TOP_RESERVED_PX,
  layoutLabels,
  makeBoxes,
  type LabelBox,
} from '../../../src/scene3d/overlay/label-layout';

const W = 800;
const H = 500;

function boxes(anchors: [number, number][], w = 120, h = 22): LabelBox[] {
  const out = makeBoxes(anchors.length);
  anchors.forEach(([ax, ay], i) => Object.assign(out[i]!, { ax, ay, w, h, shown: true }));
  return out;
}

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;

describe('scene label layout', () => {
  it('puts labels beside their anchors, away from the middle of the labelled points', () => {
    const b = boxes([
      [200, 150], // upper left of the middle: label to the left, above
      [600, 350], // lower right: label to the right, below
    ]);
    layoutLabels(b, 2, W, H);
    expect(b[0]!.left).toBe(true);
    expect(b[0]!.x + b[0]!.w).toBe(200 - LEADER_PX);
    expect(b[0]!.y + b[0]!.h).toBeLessThan(150);
    expect(b[1]!.left).toBe(false);
    expect(b[1]!.x).toBe(600 + LEADER_PX);
    expect(b[1]!.y).toBeGreaterThan(350);
  });

  it('never overlaps two shown labels when there is room', () => {
    // a cluster of anchors at nearly the same point
    const b = boxes(Array.from({ length: 6 }, (_, i) => [400 + i, 250 + i] as [number, number]));
    layoutLabels(b, b.length, W, H);
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++)
        expect(overlap(b[i]!, b[j]!), `${i} and ${j}`).toBe(false);
  });

  it('keeps labels on screen and out of the top band', () => {
    const b = boxes([
      [5, 5],
      [W - 5, H - 5],
    ]);
    layoutLabels(b, 2, W, H);
    for (const box of b) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(W);
      expect(box.y).toBeGreaterThanOrEqual(TOP_RESERVED_PX);
      expect(box.y + box.h).toBeLessThanOrEqual(H);
    }
  });

  it('leaves hidden labels alone and lets them take no room', () => {
    const b = boxes([
      [300, 200],
      [300, 200],
    ]);
    b[0]!.shown = false;
    b[0]!.x = -99;
    layoutLabels(b, 2, W, H);
    expect(b[0]!.x).toBe(-99);
    // the shown one takes its first choice, as if alone
    const alone = boxes([[300, 200]]);
    layoutLabels(alone, 1, W, H);
    expect([b[1]!.x, b[1]!.y]).toEqual([alone[0]!.x, alone[0]!.y]);
  });

  it('keeps labels out of a note drawn over the scene (the scale note, bottom right)', () => {
    // a label whose natural place (below right of its anchor) is where the note sits
    const note = { x: 560, y: 420, w: 230, h: 70 };
    const natural = boxes([
      [400, 100],
      [620, 400],
    ]);
    layoutLabels(natural, 2, W, H);
    const hits = (b: LabelBox) =>
      b.x < note.x + note.w && b.x + b.w > note.x && b.y < note.y + note.h && b.y + b.h > note.y;
    expect(hits(natural[1]!)).toBe(true);
    const kept = boxes([
      [400, 100],
      [620, 400],
    ]);
    layoutLabels(kept, 2, W, H, [note]);
    expect(hits(kept[0]!)).toBe(false);
    expect(hits(kept[1]!)).toBe(false);
    expect(overlap(kept[0]!, kept[1]!)).toBe(false);
  });

  it('keeps labels out of every box drawn over the scene (the scale note and the clock)', () => {
    const clock = { x: 600, y: 400, w: 190, h: 90 };
    const note = { x: 10, y: 400, w: 230, h: 90 };
    const hits = (b: LabelBox, k: typeof note) =>
      b.x < k.x + k.w && b.x + b.w > k.x && b.y < k.y + k.h && b.y + b.h > k.y;
    // a label low on the left whose natural place runs over both
    const natural = boxes([[300, 380]], 330);
    layoutLabels(natural, 1, W, H);
    expect(hits(natural[0]!, clock) || hits(natural[0]!, note)).toBe(true);
    const kept = boxes([[300, 380]], 330);
    layoutLabels(kept, 1, W, H, [note, clock]);
    expect(hits(kept[0]!, clock)).toBe(false);
    expect(hits(kept[0]!, note)).toBe(false);
  });
});
